"""Storing statements beside the records they describe, and keeping their actor right.

The services of ``pathways.learning`` call these inside their own transaction, so
a record and its statements are written (or rolled back) together. Statement ids
are derived from the records, and a statement already stored is skipped, so a
replayed call never stores a second copy.
"""

from __future__ import annotations

import uuid

from django.utils.timezone import now

from pathways.models.records import LearnerKey
from pathways.models.statements import LearningStatement

from . import events
from . import statements as x

#: Rows rewritten per query when a learner's statements change hands.
CHUNK = 500


def rows_for(built, user=None, learner_key=None):
    """Unsaved ``LearningStatement`` rows for built ``Event``s."""
    return [
        LearningStatement(
            id=uuid.UUID(event.statement["id"]),
            user=user,
            learner_key=learner_key,
            verb=event.verb,
            object_key=event.object_key,
            statement=event.statement,
            timestamp=event.timestamp,
        )
        for event in built
    ]


def store(built, user=None, learner_key=None):
    """Store built ``Event``s (one query); the ones already stored are left alone."""
    rows = rows_for(built, user, learner_key)
    if rows:
        LearningStatement.objects.bulk_create(rows, ignore_conflicts=True)
    return rows


def owner_of(record):
    return {"user": record.user if record.user_id else None, "learner_key": record.learner_key}


def record_enrollment(enrollment):
    return store(events.enrolled(enrollment), **owner_of(enrollment))


def record_step(enrollment, completion, definition):
    return store(events.step_completed(enrollment, completion, definition), **owner_of(enrollment))


def record_attended(enrollment, step_id, event_key, event_title, when):
    built = events.workshop_attended(enrollment, step_id, event_key, event_title, when)
    return store(built, **owner_of(enrollment))


def record_pathway_completed(enrollment):
    return store(events.pathway_completed(enrollment), **owner_of(enrollment))


def record_quiz(attempt, responses):
    return store(events.quiz_submitted(attempt, responses), **owner_of(attempt))


def record_survey(response):
    return store(events.survey_submitted(response), **owner_of(response))


def record_checklist(user, module_page, language, when=None):
    """For the checklist service: a signed-in person saved a module's checklist."""
    key = LearnerKey.for_user(user)
    built = events.checklist_saved(
        key, module_page.translation_key, module_page.title, language, when or now()
    )
    return store(built, user=user, learner_key=key)


def withdraw(statement_ids, when=None):
    """Take back statements about records that no longer hold (a step undone at merge).

    A statement not yet sent is deleted: no store has seen it. One already sent is
    answered with a *voided* statement, which the store applies to its copy.
    Returns (deleted, voided).
    """
    mine = LearningStatement.objects.filter(id__in=list(statement_ids))
    deleted, _by_model = mine.filter(sent_at__isnull=True).delete()
    sent = list(mine.filter(sent_at__isnull=False).only("statement", "user", "learner_key"))
    when = when or now()
    for row in sent:
        store(events.voided(row.statement, when), user=row.user, learner_key=row.learner_key)
    return deleted, len(sent)


def withdraw_steps(enrollment, completions, pathway_completion=False):
    """Withdraw the statements of undone steps (and of the pathway's completion)."""
    ids = [events.step_statement_id(completion) for completion in completions]
    if pathway_completion:
        ids.append(events.pathway_completed_statement_id(enrollment))
    return withdraw(ids)


# --------------------------------------------------------------------------
# When the actor changes: merge at sign-in, account deletion
# --------------------------------------------------------------------------


def _rewrite(queryset, new_actor):
    """Set each statement's actor to ``new_actor(row)``, a chunk of rows per query."""
    batch = []
    for row in queryset.only("id", "learner_key", "statement").iterator(chunk_size=CHUNK):
        row.statement = {**row.statement, "actor": new_actor(row)}
        batch.append(row)
        if len(batch) >= CHUNK:
            LearningStatement.objects.bulk_update(batch, ["statement"])
            batch = []
    if batch:
        LearningStatement.objects.bulk_update(batch, ["statement"])


def reassign(learner_key, user, user_key):
    """A visitor's statements become the person's (``merge_learner_into_user``).

    Statements not yet sent get the person's pseudonym as actor, so what a store
    receives from now on names one learner. Statements already sent keep
    their JSON as sent: a statement id must always mean the same statement, and the
    store keeps the anonymous actor for those.
    """
    anonymous = LearningStatement.objects.filter(learner_key=learner_key, user__isnull=True)
    person = x.actor(user_key)
    _rewrite(anonymous.filter(sent_at__isnull=True), lambda row: person)
    return anonymous.update(user=user, learner_key=user_key)


def forget_person(user):
    """Before deleting an account: its statements no longer point at the account.

    They already name the learner by a keyed pseudonym only (never the email), and
    the learner key row goes with the account, so nothing links them back to the
    person. Returns how many statements were the person's.
    """
    return LearningStatement.objects.filter(user=user).update(user=None)
