"""Records for report tests, made in bulk without the services (fast, hand-countable).

The records look exactly like what ``pathways.learning`` writes (keys, snapshots,
per-question responses scored by ``pathways.scoring``); tests that need the
services' behaviour call them directly.
"""

import datetime
import uuid
from decimal import Decimal

from django.utils import timezone

from pathways import scoring
from pathways.learning.assessments import quiz_questions
from pathways.models import Enrollment, QuizAttempt, QuizItemResponse, StepCompletion
from portal.school_year import SchoolYear


def in_year(year: SchoolYear, days: int = 30) -> datetime.datetime:
    """A moment ``days`` after the school year starts (local time, at noon)."""
    day = year.first_day + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def enroll_people(
    course,
    count,
    *,
    steps=(),
    completed_after_days=None,
    school=None,
    language="en",
    started_at=None,
):
    """``count`` people enrolled in the course's pathway, each having done ``steps``
    (names from ``build_course``: "pre", "module", "post"); with ``completed_after_days``
    each completed the pathway that many days after starting."""
    started_at = started_at or in_year(SchoolYear.current())
    pathway = course["pathway"] if language == "en" else course[f"pathway_{language}"]
    completed_at = (
        started_at + datetime.timedelta(days=completed_after_days)
        if completed_after_days is not None
        else None
    )
    enrollments = Enrollment.objects.bulk_create(
        Enrollment(
            learner_key=uuid.uuid4(),
            pathway_key=pathway.translation_key,
            pathway_title=pathway.title,
            language=language,
            school=school,
            started_at=started_at,
            completed_at=completed_at,
        )
        for _person in range(count)
    )
    StepCompletion.objects.bulk_create(
        StepCompletion(
            enrollment=enrollment,
            step_id=course["steps"][name],
            kind="module" if name == "module" else "survey",
            completed_at=started_at + datetime.timedelta(hours=1),
        )
        for enrollment in enrollments
        for name in steps
    )
    return enrollments


def answer_quiz(
    module,
    answers,
    *,
    count=1,
    school=None,
    language=None,
    attempt_number=1,
    submitted_at=None,
    learner_keys=None,
):
    """``count`` people's attempts at ``module``'s quiz, each answering ``answers``
    (question id → choice id or list of ids), snapshot and language of ``module``."""
    definition = module.quiz_definition()
    result = scoring.score_quiz(quiz_questions(definition), answers, definition["pass_mark"])
    keys = learner_keys or [uuid.uuid4() for _person in range(count)]
    attempts = QuizAttempt.objects.bulk_create(
        QuizAttempt(
            learner_key=key,
            module_key=module.translation_key,
            module_title=module.title,
            language=language or module.locale.language_code,
            attempt_number=attempt_number,
            submitted_at=submitted_at or in_year(SchoolYear.current()),
            questions=definition["questions"],
            pass_mark=definition["pass_mark"],
            score=Decimal(result.score.numerator) / Decimal(result.score.denominator),
            percent=result.percentage,
            passed=result.passed,
            school=school,
        )
        for key in keys
    )
    QuizItemResponse.objects.bulk_create(
        QuizItemResponse(
            attempt=attempt,
            question_id=r.question_id,
            chosen=sorted(r.chosen),
            correct=r.correct,
        )
        for attempt in attempts
        for r in result.results
    )
    return attempts


def quiz_ids(module):
    """The quiz as {question number: (question id, [choice ids])}, numbered from 1."""
    return {
        number: (q["question_id"], [c["choice_id"] for c in q["choices"]])
        for number, q in enumerate(module.quiz_definition()["questions"], start=1)
    }
