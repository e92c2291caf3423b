"""xAPI statements for the demo learners' records, as the services would have written them.

The demo writes its records in bulk (``learners.py``) rather than through
``pathways.learning``, so it adds their statements here, from the same builders
the services use; staff downloading a period's statements then get real ones.
"""

from __future__ import annotations

from pathways.learning import pathway_for
from pathways.models import Enrollment, LearningStatement, QuizAttempt, SurveyResponse
from pathways.xapi import events
from pathways.xapi.recording import owner_of, rows_for

BATCH = 1000


def _step_definitions(pathway_keys):
    """Each pathway's steps by id (for the steps' titles and phases)."""
    definitions = {}
    for key in pathway_keys:
        pathway = pathway_for(key, "en")
        steps = pathway.step_definitions() if pathway is not None else []
        definitions[key] = {step["step_id"]: step for step in steps}
    return definitions


def _enrollment_rows(keys):
    enrollments = list(
        Enrollment.objects.filter(learner_key__in=keys)
        .select_related("user")
        .prefetch_related("step_completions")
    )
    steps = _step_definitions({enrollment.pathway_key for enrollment in enrollments})
    for enrollment in enrollments:
        built = events.enrolled(enrollment)
        for completion in enrollment.step_completions.all():
            definition = steps[enrollment.pathway_key].get(completion.step_id, {})
            built += events.step_completed(enrollment, completion, definition)
        if enrollment.completed_at:
            built += events.pathway_completed(enrollment)
        yield from rows_for(built, **owner_of(enrollment))


def _quiz_rows(keys):
    attempts = (
        QuizAttempt.objects.filter(learner_key__in=keys)
        .select_related("user")
        .prefetch_related("responses")
    )
    for attempt in attempts:
        yield from rows_for(
            events.quiz_submitted(attempt, list(attempt.responses.all())), **owner_of(attempt)
        )


def _survey_rows(keys):
    for response in SurveyResponse.objects.filter(learner_key__in=keys).select_related("user"):
        yield from rows_for(events.survey_submitted(response), **owner_of(response))


def record_demo_statements(learner_keys) -> int:
    """Statements for the records of these learners who have none yet; returns how many."""
    keys = set(learner_keys)
    keys -= set(
        LearningStatement.objects.filter(learner_key__in=keys)
        .values_list("learner_key", flat=True)
        .distinct()
    )
    if not keys:
        return 0
    rows = [*_enrollment_rows(keys), *_quiz_rows(keys), *_survey_rows(keys)]
    LearningStatement.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)
    return len(rows)
