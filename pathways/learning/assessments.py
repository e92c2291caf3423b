"""Submitting a module's quiz and a self-efficacy survey.

One writer at a time: every submission holds the learner's lock
(``learner_lock``, see ``portal/locks.py``) while it reads what the learner did
and writes the new record, so concurrent submissions (a double click, twenty
tabs, a script) are taken one after the other and the rules below hold.

Quizzes: a module's "attempts allowed" limits the attempts of one learner (a
person, or a visitor's browser session until they sign in; see
``merge.py`` for what the limit means once a session's attempts join an
account). A submission identical to the learner's previous one within
``REPLAY_WINDOW`` is a replay (a double click, a resent form) and returns the
stored attempt instead of counting again; otherwise it is a new attempt, refused
once the limit is used.

Surveys: one answer per survey, phase and pathway for each learner. The first
answer stands: a "before" answer is only a baseline if it was given before the
pathway, so it cannot be replaced later, and one answer per person keeps the
response counts equal to the people who answered. Sending the same answers again
returns the stored response; different answers are refused (``AlreadyAnswered``).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from pathways import scoring, xapi
from pathways.kinds import RETROSPECTIVE
from pathways.models.records import Enrollment, QuizAttempt, QuizItemResponse, SurveyResponse
from portal import locks

from .actors import as_learner
from .content import pathway_for
from .enrollments import complete_step, enroll

REPLAY_WINDOW = timedelta(seconds=30)


def learner_lock(learner_key) -> str:
    """The lock every write of one learner's quiz and survey records holds."""
    return f"pathways:learner:{learner_key}"


class AttemptsExhausted(Exception):
    """The learner has used every attempt the module allows."""

    def __init__(self, allowed, used):
        super().__init__(f"All {allowed} attempts used ({used}).")
        self.allowed = allowed
        self.used = used


class NoQuiz(ValueError):
    """The module has no quiz questions."""


class AlreadyAnswered(Exception):
    """The learner already answered this survey in this phase (and pathway)."""

    def __init__(self, response):
        super().__init__(f"Already answered on {response.submitted_at:%Y-%m-%d}.")
        self.response = response


# --------------------------------------------------------------------------
# Definitions (plain data from the models) → scoring's dataclasses
# --------------------------------------------------------------------------


def quiz_questions(definition):
    return [
        scoring.Question(
            question_id=q["question_id"],
            kind=q["kind"],
            choices=[scoring.Choice(c["choice_id"], c["correct"]) for c in q["choices"]],
        )
        for q in definition["questions"]
    ]


def survey_instrument(definition):
    return scoring.Instrument(
        items=[
            scoring.SurveyItem(item["item_id"], item["subscale"], item["reverse_scored"])
            for item in definition["items"]
        ],
        scale=scoring.LikertScale(definition["scale_low"], definition["scale_high"]),
    )


def _complete_matching_steps(learner, kind, target_key, phase=None, enrollments=None):
    """Complete the steps with this module/instrument in the learner's enrollments."""
    enrollments = learner.owns(Enrollment.objects.all() if enrollments is None else enrollments)
    enrollments = enrollments.select_related("user")  # the statements' actor, without a query
    target = str(target_key)
    for enrollment in enrollments:
        pathway = pathway_for(enrollment.pathway_key, enrollment.language)
        if pathway is None:
            continue
        definitions = pathway.step_definitions()
        for definition in definitions:
            if definition["kind"] != kind or definition["target"] != target:
                continue
            if phase is not None and definition.get("phase") != phase:
                continue
            complete_step(enrollment, definition["step_id"], pathway, definitions)


# --------------------------------------------------------------------------
# Quizzes
# --------------------------------------------------------------------------


def _same_answers(attempt, result):
    stored = {r.question_id: set(r.chosen) for r in attempt.responses.all()}
    given = {r.question_id: set(r.chosen) for r in result.results}
    return stored == given


def submit_quiz(actor, module_page, answers, language):
    """Score and keep one attempt; when passed, complete the module's pathway steps.

    ``answers`` maps question id → choice id (or a list of ids for multiple choice).
    Raises ``scoring.InvalidAnswer`` for answers that are not the question's,
    ``AttemptsExhausted`` when the module's attempts are used up, ``NoQuiz`` for a
    module without questions. The returned attempt carries ``.result`` (the
    ``scoring.QuizResult``) when it was scored now.
    """
    learner = as_learner(actor)
    definition = module_page.quiz_definition()
    if not definition["questions"]:
        raise NoQuiz(f"{module_page.title!r} has no quiz.")
    result = scoring.score_quiz(quiz_questions(definition), answers, definition["pass_mark"])
    module_key = module_page.translation_key
    with transaction.atomic():
        locks.hold(learner_lock(learner.learner_key))
        previous = learner.owns(QuizAttempt.objects).filter(module_key=module_key)
        last = previous.order_by("-attempt_number").first()
        now = timezone.now()
        if last and now - last.submitted_at <= REPLAY_WINDOW and _same_answers(last, result):
            last.result = result
            return last
        used = last.attempt_number if last else 0
        allowed = definition["max_attempts"]
        if allowed and used >= allowed:
            raise AttemptsExhausted(allowed, used)
        attempt = _create_attempt(learner, module_page, definition, result, language, used, now)
        QuizItemResponse.objects.bulk_create(
            QuizItemResponse(
                attempt=attempt,
                question_id=r.question_id,
                chosen=sorted(r.chosen),
                correct=r.correct,
            )
            for r in result.results
        )
        xapi.record_quiz(attempt, result.results)
        if result.passed:
            _complete_matching_steps(learner, "module", module_key)
    attempt.result = result
    return attempt


def _create_attempt(learner, module_page, definition, result, language, used, now):
    """The next attempt, numbered after the last (the learner's lock is held)."""
    return QuizAttempt.objects.create(
        **learner.fields(),
        module_key=module_page.translation_key,
        module_title=module_page.title,
        language=language,
        attempt_number=used + 1,
        submitted_at=now,
        questions=definition["questions"],
        pass_mark=definition["pass_mark"],
        score=Decimal(result.score.numerator) / Decimal(result.score.denominator),
        percent=result.percentage,
        passed=result.passed,
        school_id=learner.school_id,
    )


# --------------------------------------------------------------------------
# Surveys
# --------------------------------------------------------------------------


def _clean(answers):
    return {str(item_id): value for item_id, value in answers.items() if value is not None}


def submit_survey(actor, instrument, phase, answers, language, pathway_page=None):
    """Score and keep one survey response; complete the matching survey steps.

    ``answers`` maps item id → point; for the retrospective phase it is
    ``{"then": {...}, "now": {...}}``. Raises ``scoring.InvalidAnswer`` for unknown
    items or points off the scale, ``AlreadyAnswered`` when the learner answered
    this survey, phase and pathway before with other answers. With ``pathway_page``
    the response belongs to that pathway: the learner is enrolled in it if they
    were not, and only its step is completed; without it, every enrollment of
    theirs with that survey and phase gets the step.
    """
    if phase not in SurveyResponse.Phase.values:
        raise ValueError(f"Unknown survey phase {phase!r}.")
    learner = as_learner(actor)
    definition = instrument.definition()
    scorer = survey_instrument(definition)
    if phase == RETROSPECTIVE:
        parts = set(answers) if isinstance(answers, dict) else set()
        if parts != {"then", "now"}:
            raise scoring.InvalidAnswer(
                "A looking-back response needs “then” and “now” answers.",
                code=scoring.InvalidAnswer.UNKNOWN_ITEM,
                item_id=sorted(parts - {"then", "now"} or {"then"})[0],
            )
        cleaned = {part: _clean(answers[part]) for part in ("then", "now")}
        scores = {
            part: asdict(scoring.score_response(scorer, cleaned[part])) for part in ("then", "now")
        }
    else:
        cleaned = _clean(answers)
        scores = asdict(scoring.score_response(scorer, cleaned))
    pathway_key = pathway_page.translation_key if pathway_page is not None else None
    with transaction.atomic():
        locks.hold(learner_lock(learner.learner_key))
        earlier = answered(learner, instrument, phase, pathway_page)
        if earlier is not None:
            if earlier.answers == cleaned:
                return earlier  # the same answers sent again: a replay, not a new answer
            raise AlreadyAnswered(earlier)
        response = SurveyResponse.objects.create(
            **learner.fields(),
            instrument_key=instrument.translation_key,
            instrument_name=instrument.name,
            pathway_key=pathway_key,
            phase=phase,
            language=language,
            instrument=definition,
            answers=cleaned,
            scores=scores,
            submitted_at=timezone.now(),
            school_id=learner.school_id,
        )
        xapi.record_survey(response)
        only = None
        if pathway_page is not None:
            only = Enrollment.objects.filter(pk=enroll(learner, pathway_page, language).pk)
        _complete_matching_steps(
            learner, "survey", instrument.translation_key, phase=phase, enrollments=only
        )
    return response


def answered(actor, instrument, phase, pathway_page=None):
    """The learner's answer to this survey in this phase (and pathway), or None."""
    learner = as_learner(actor)
    pathway_key = pathway_page.translation_key if pathway_page is not None else None
    return (
        learner.owns(SurveyResponse.objects)
        .filter(instrument_key=instrument.translation_key, phase=phase, pathway_key=pathway_key)
        .order_by("submitted_at", "pk")
        .first()
    )
