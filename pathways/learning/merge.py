"""Anonymous progress → account, at sign-up or log-in."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from pathways import xapi
from pathways.models import Enrollment, QuizAttempt, StepCompletion, SurveyResponse
from pathways.progress import StepRecord, merge_progress

from .actors import Learner, key_for_user
from .enrollments import evaluate, pathway_for

#: Attempt numbers are moved above this while renumbering, so no two rows ever
#: share a number on the way.
RENUMBER_OFFSET = 1_000_000


@dataclass(frozen=True)
class MergeReport:
    enrollments_moved: int = 0  # anonymous enrollments the account did not have
    enrollments_merged: int = 0  # folded into the account's own enrollment
    steps_added: int = 0
    attempts: int = 0
    responses: int = 0
    statements: int = 0  # xAPI statements that now name the person


def _fold(anonymous, account):
    """Fold an anonymous enrollment into the account's enrollment of the same pathway."""
    session = {c.step_id: c for c in anonymous.step_completions.all()}
    merged = merge_progress(
        [StepRecord(c.step_id, c.completed_at) for c in session.values()],
        [StepRecord(c.step_id, c.completed_at) for c in account.step_completions.all()],
    )
    StepCompletion.objects.bulk_create(
        StepCompletion(
            enrollment=account,
            step_id=record.step_id,
            kind=session[record.step_id].kind,
            target_key=session[record.step_id].target_key,
            completed_at=record.completed_at,
        )
        for record in merged.to_create
    )
    for record in merged.to_update:
        account.step_completions.filter(step_id=record.step_id).update(
            completed_at=record.completed_at
        )
    account.started_at = min(account.started_at, anonymous.started_at)
    finished = [e.completed_at for e in (account, anonymous) if e.completed_at]
    account.completed_at = min(finished, default=None)
    account.school = account.school or anonymous.school
    account.save(update_fields=["started_at", "completed_at", "school"])
    anonymous.delete()
    return len(merged.to_create)


def _renumber_attempts(user, user_key, learner_key):
    """Give the learner's anonymous attempts to the account, numbered in time order."""
    anonymous = QuizAttempt.objects.filter(learner_key=learner_key, user__isnull=True)
    moved = 0
    for module_key in set(anonymous.values_list("module_key", flat=True)):
        attempts = list(
            QuizAttempt.objects.filter(
                Q(user=user) | Q(learner_key=learner_key, user__isnull=True),
                module_key=module_key,
            ).order_by("submitted_at", "pk")
        )
        for index, attempt in enumerate(attempts):
            moved += attempt.user_id is None
            QuizAttempt.objects.filter(pk=attempt.pk).update(
                user=user, learner_key=user_key, attempt_number=RENUMBER_OFFSET + index
            )
        for index, attempt in enumerate(attempts, start=1):
            QuizAttempt.objects.filter(pk=attempt.pk).update(attempt_number=index)
    return moved


@transaction.atomic
def merge_learner_into_user(learner_key, user):
    """Give everything recorded under an anonymous learner key to the account.

    Only records without an account are touched: another person's records are
    never merged, even if a key were shared. A step done both anonymously and on
    the account is kept once, with its earliest time; quiz attempts are renumbered
    in time order; survey responses are kept as they are (each was answered).
    The visitor's xAPI statements follow (``xapi.reassign``: unsent ones now name
    the person; ones already sent to a learning record store stay as sent).
    Running it again finds nothing left to move.
    """
    learner_key = uuid.UUID(str(learner_key))
    user_key = key_for_user(user)
    if learner_key == user_key:
        return MergeReport()
    anonymous = Learner(learner_key=learner_key)
    moved = merged = steps = 0
    touched = []
    for enrollment in anonymous.owns(Enrollment.objects.select_for_update()).order_by("pk"):
        account = Enrollment.objects.filter(user=user, pathway_key=enrollment.pathway_key).first()
        if account is None:
            enrollment.user = user
            enrollment.learner_key = user_key
            enrollment.save(update_fields=["user", "learner_key"])
            touched.append(enrollment)
            moved += 1
        else:
            steps += _fold(enrollment, account)
            touched.append(account)
            merged += 1
    for enrollment in touched:
        pathway = pathway_for(enrollment.pathway_key, enrollment.language)
        if pathway is not None:
            evaluate(enrollment, pathway)
    attempts = _renumber_attempts(user, user_key, learner_key)
    responses = anonymous.owns(SurveyResponse.objects).update(user=user, learner_key=user_key)
    statements = xapi.reassign(learner_key, user, user_key)
    if user.school_id:
        # What was done before signing in counts for the person's school too.
        for model in (Enrollment, QuizAttempt, SurveyResponse):
            model.objects.filter(user=user, school__isnull=True).update(school_id=user.school_id)
    return MergeReport(moved, merged, steps, attempts, responses, statements)
