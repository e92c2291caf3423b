"""Anonymous progress → account, at sign-up or log-in.

Quiz attempts limits across the merge: a browser session's attempts join the
account's in time order, and the module's "attempts allowed" then applies to
the person. The account's own attempts keep the standing they had (each was
within the limit when taken). A session attempt that comes after the limit in
that order is kept as a record but marked ``within_limit=False``: it does not
pass the module. If the session passed only beyond the limit (three failures on
the account, then a pass signed out after reading the feedback), the module
steps that pass completed in the session's pathways are undone, with their xAPI
statements (deleted if unsent, voided if sent).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from pathways import xapi
from pathways.models.records import Enrollment, QuizAttempt, StepCompletion, SurveyResponse
from pathways.progress import StepRecord, merge_progress
from portal import locks

from .actors import Learner, key_for_user
from .assessments import learner_lock
from .content import attempts_allowed, pathway_for
from .enrollments import count_earlier_attendance, credit_earlier_passes, evaluate

#: Attempt numbers are moved above this while renumbering, so no two rows ever
#: share a number on the way.
RENUMBER_OFFSET = 1_000_000


@dataclass(frozen=True)
class MergeReport:
    enrollments_moved: int = 0  # anonymous enrollments the account did not have
    enrollments_merged: int = 0  # folded into the account's own enrollment
    steps_added: int = 0
    attempts: int = 0
    attempts_beyond_limit: int = 0  # session attempts past the module's limit, kept unpassed
    steps_undone: int = 0  # module steps the session passed only beyond the limit
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
    """Give the learner's anonymous attempts to the account, numbered in time order.

    Returns (attempts moved, session attempts beyond the limit, modules the session
    passed only beyond the limit, with no counting pass on the account either).
    """
    anonymous = QuizAttempt.objects.filter(learner_key=learner_key, user__isnull=True)
    moved = beyond = 0
    voided = set()
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
        limit = attempts_allowed(module_key)
        session = [a for a in attempts if a.user_id is None]
        late = [a for number, a in enumerate(attempts, start=1) if limit and number > limit]
        late = [a for a in late if a.user_id is None]
        if late:
            QuizAttempt.objects.filter(pk__in=[a.pk for a in late]).update(within_limit=False)
            beyond += len(late)
        counted = [a for a in attempts if a.passed and a.within_limit and a not in late]
        if any(a.passed for a in session) and not counted:
            voided.add(module_key)
    return moved, beyond, voided


def _undo_module_steps(enrollment, module_keys):
    """Undo the session's steps for modules it passed only beyond the limit."""
    gone = list(enrollment.step_completions.filter(kind="module", target_key__in=module_keys))
    if not gone:
        return 0
    completion_undone = enrollment.completed_at is not None
    StepCompletion.objects.filter(pk__in=[c.pk for c in gone]).delete()
    if completion_undone:
        enrollment.completed_at = None  # evaluate() completes it again if the rule still holds
        enrollment.save(update_fields=["completed_at"])
    xapi.withdraw_steps(enrollment, gone, completion_undone)
    return len(gone)


@transaction.atomic
def merge_learner_into_user(learner_key, user):
    """Give everything recorded under an anonymous learner key to the account.

    Only records without an account are touched: another person's records are
    never merged, even if a key were shared. A step done both anonymously and on
    the account is kept once, with its earliest time; quiz attempts are renumbered
    in time order and the attempts limit applies to them (module docstring);
    survey responses are kept as they are (each was answered; the reports take one
    per person and phase).
    The visitor's xAPI statements follow (``xapi.reassign``: unsent ones now name
    the person; ones already sent to a learning record store stay as sent).
    Running it again finds nothing left to move.
    """
    learner_key = uuid.UUID(str(learner_key))
    user_key = key_for_user(user)
    if learner_key == user_key:
        return MergeReport()
    locks.hold(learner_lock(learner_key), learner_lock(user_key))
    anonymous = Learner(learner_key=learner_key)
    attempts, beyond, voided = _renumber_attempts(user, user_key, learner_key)
    moved = merged = steps = undone = 0
    touched, pathways = [], {}
    for enrollment in anonymous.owns(Enrollment.objects.select_for_update()).order_by("pk"):
        if voided:
            undone += _undo_module_steps(enrollment, voided)
        account = Enrollment.objects.filter(user=user, pathway_key=enrollment.pathway_key).first()
        if account is None:
            enrollment.user = user
            enrollment.learner_key = user_key
            enrollment.save(update_fields=["user", "learner_key"])
            touched.append(enrollment)
            moved += 1
            pathways[enrollment.pk] = pathway_for(enrollment.pathway_key, enrollment.language)
            if pathways[enrollment.pk] is not None:  # now the person's: their check-ins count
                count_earlier_attendance(enrollment, pathways[enrollment.pk])
        else:
            steps += _fold(enrollment, account)
            touched.append(account)
            merged += 1
    for enrollment in touched:
        pathway = pathways.get(enrollment.pk) or pathway_for(
            enrollment.pathway_key, enrollment.language
        )
        if pathway is not None:
            evaluate(enrollment, pathway)
    # The visit's passes count in the account's pathways, and the account's in the visit's.
    if attempts or touched:
        for enrollment in Enrollment.objects.filter(user=user).select_related("user"):
            pathway = pathways.get(enrollment.pk) or pathway_for(
                enrollment.pathway_key, enrollment.language
            )
            if pathway is not None:
                credit_earlier_passes(enrollment, pathway)
    responses = anonymous.owns(SurveyResponse.objects).update(user=user, learner_key=user_key)
    statements = xapi.reassign(learner_key, user, user_key)
    if user.school_id:
        # What was done before signing in counts for the person's school too.
        for model in (Enrollment, QuizAttempt, SurveyResponse):
            model.objects.filter(user=user, school__isnull=True).update(school_id=user.school_id)
    return MergeReport(
        enrollments_moved=moved,
        enrollments_merged=merged,
        steps_added=steps,
        attempts=attempts,
        attempts_beyond_limit=beyond,
        steps_undone=undone,
        responses=responses,
        statements=statements,
    )
