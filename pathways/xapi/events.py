"""One function per learning event: the statements that describe it, built from its records.

Each returns ``Event`` tuples (the statement and the columns it is stored with);
``pathways.xapi.recording`` stores them. Which events are recorded, and why:

- *attempted* a pathway: the learner enrolled (started it);
- *attempted*, *answered* (one per question), then *passed* or *failed* a quiz:
  one submitted attempt;
- *answered* a survey: one submitted self-efficacy survey (before, after or
  looking back), with its scores;
- *completed* a module, a survey or a workshop as a step of a pathway, then
  *completed* the pathway when its rule is met;
- *attended* a workshop: a check-in (at any date of the step's event, or at any
  workshop on the step's topic) completed a step; the object is the event attended;
- *experienced* a module: a signed-in person saved the module's checklist. A
  module page read is not recorded: pages are cached for anonymous visitors, and
  a page view proves no reading, while ticking a checklist does.
"""

from __future__ import annotations

import datetime
import uuid
from typing import NamedTuple

from django.utils import timezone

from . import statements as x


class Event(NamedTuple):
    statement: dict
    verb: str
    object_key: uuid.UUID | None
    timestamp: datetime.datetime


def _key(value):
    return uuid.UUID(str(value)) if value else None


# --------------------------------------------------------------------------
# Pathways: enrolling, steps, completion
# --------------------------------------------------------------------------


def _pathway(enrollment):
    return x.activity(
        "pathway", enrollment.pathway_key, enrollment.pathway_title, enrollment.language
    )


def step_statement_id(completion) -> uuid.UUID:
    return x.statement_id("step", completion.pk, completion.step_id)


def pathway_completed_statement_id(enrollment) -> uuid.UUID:
    return x.statement_id("pathway-completed", enrollment.pk, enrollment.pathway_key)


def enrolled(enrollment) -> list[Event]:
    """*attempted* the pathway: the learner started it."""
    body = x.statement(
        sid=x.statement_id("enrolled", enrollment.pk, enrollment.pathway_key),
        who=x.actor_of(enrollment),
        verb_name=x.ATTEMPTED,
        obj=_pathway(enrollment),
        when=enrollment.started_at,
        context_=x.context(enrollment.language, registration=x.registration_for(enrollment)),
    )
    return [Event(body, x.ATTEMPTED, enrollment.pathway_key, enrollment.started_at)]


def step_completed(enrollment, completion, definition) -> list[Event]:
    """*completed* a step's module, survey or workshop, in the context of the pathway.

    ``definition`` is the step as ``PathwayPage.step_definitions()`` gives it (for
    the title, and a workshop step's ``match``: its event or its topic); the module,
    survey, event or topic is named by the completion's ``target_key``.
    """
    kind = completion.kind if completion.kind in ("module", "survey") else "step"
    if completion.kind == "event":  # one event, or "any workshop on a topic"
        kind = "topic" if definition.get("match") == "topic" else "event"
    key = completion.target_key if kind != "step" and completion.target_key else None
    if key is None:
        kind, key = "step", completion.step_id
    extensions = {x.extension("step"): completion.step_id}
    if definition.get("phase"):
        extensions[x.extension("phase")] = definition["phase"]
    body = x.statement(
        sid=step_statement_id(completion),
        who=x.actor_of(enrollment),
        verb_name=x.COMPLETED,
        obj=x.activity(kind, key, definition.get("title", ""), enrollment.language),
        when=completion.completed_at,
        result={"completion": True},
        context_=x.context(
            enrollment.language,
            parents=[x.reference("pathway", enrollment.pathway_key)],
            registration=x.registration_for(enrollment),
            extensions=extensions,
        ),
    )
    return [Event(body, x.COMPLETED, _key(completion.target_key), completion.completed_at)]


def workshop_attended(enrollment, step_id, event_key, event_title, when) -> list[Event]:
    """*attended* the event (a meeting), whose check-in completed the pathway's step.

    One per step of an enrollment (the step completes once), at the time of the check-in.
    """
    body = x.statement(
        sid=x.statement_id("attended", enrollment.pk, step_id),
        who=x.actor_of(enrollment),
        verb_name=x.ATTENDED,
        obj=x.activity("event", event_key, event_title, enrollment.language),
        when=when,
        result={"completion": True},
        context_=x.context(
            enrollment.language,
            parents=[x.reference("pathway", enrollment.pathway_key)],
            registration=x.registration_for(enrollment),
            extensions={x.extension("step"): step_id},
        ),
    )
    return [Event(body, x.ATTENDED, _key(event_key), when)]


def pathway_completed(enrollment) -> list[Event]:
    """*completed* the pathway, at the time of the last step that counted."""
    body = x.statement(
        sid=pathway_completed_statement_id(enrollment),
        who=x.actor_of(enrollment),
        verb_name=x.COMPLETED,
        obj=_pathway(enrollment),
        when=enrollment.completed_at,
        result={"completion": True},
        context_=x.context(enrollment.language, registration=x.registration_for(enrollment)),
    )
    return [Event(body, x.COMPLETED, enrollment.pathway_key, enrollment.completed_at)]


# --------------------------------------------------------------------------
# Quizzes
# --------------------------------------------------------------------------


def _question(snapshot, language):
    """A question as an xAPI choice interaction, from the attempt's snapshot."""
    right = [c["choice_id"] for c in snapshot.get("choices", []) if c.get("correct")]
    return x.activity(
        "question",
        snapshot["question_id"],
        snapshot.get("prompt", ""),
        language,
        interactionType="choice",
        correctResponsesPattern=["[,]".join(sorted(right))],
        choices=[
            {"id": c["choice_id"], "description": {language: c.get("text", "")}}
            for c in snapshot.get("choices", [])
        ],
    )


def quiz_submitted(attempt, responses) -> list[Event]:
    """*attempted* the quiz, *answered* each question, then *passed* or *failed*.

    ``responses`` are the attempt's answers (``QuizItemResponse`` rows or scoring's
    ``QuestionResult``s: ``question_id``, ``chosen``, ``correct``). The statements
    share the attempt's registration, so a store can group them.
    """
    responses = list(responses)
    who = x.actor_of(attempt)
    when = attempt.submitted_at
    language = attempt.language
    quiz = x.activity("quiz", attempt.module_key, attempt.module_title, language)
    module = x.reference("module", attempt.module_key)
    registration = x.statement_id("quiz-attempt", attempt.pk)
    events = [
        Event(
            x.statement(
                sid=x.statement_id("quiz", attempt.pk, x.ATTEMPTED),
                who=who,
                verb_name=x.ATTEMPTED,
                obj=quiz,
                when=when,
                context_=x.context(language, parents=[module], registration=registration),
            ),
            x.ATTEMPTED,
            attempt.module_key,
            when,
        )
    ]
    asked = {q["question_id"]: q for q in attempt.questions}
    for response in responses:
        snapshot = asked.get(response.question_id, {"question_id": response.question_id})
        body = x.statement(
            sid=x.statement_id("quiz", attempt.pk, x.ANSWERED, response.question_id),
            who=who,
            verb_name=x.ANSWERED,
            obj=_question(snapshot, language),
            when=when,
            result={
                "success": bool(response.correct),
                "response": "[,]".join(sorted(response.chosen)),
            },
            context_=x.context(
                language,
                parents=[x.reference("quiz", attempt.module_key)],
                grouping=[module],
                registration=registration,
            ),
        )
        events.append(Event(body, x.ANSWERED, attempt.module_key, when))
    right = sum(bool(r.correct) for r in responses)
    outcome = x.PASSED if attempt.passed else x.FAILED
    body = x.statement(
        sid=x.statement_id("quiz", attempt.pk, "outcome"),
        who=who,
        verb_name=outcome,
        obj=quiz,
        when=when,
        result={
            "score": {
                "scaled": round(float(attempt.score), 4),
                "raw": right,
                "min": 0,
                "max": len(responses),
            },
            "success": bool(attempt.passed),
            "completion": True,
        },
        context_=x.context(
            language,
            parents=[module],
            registration=registration,
            extensions={x.extension("pass-mark"): attempt.pass_mark},
        ),
    )
    events.append(Event(body, outcome, attempt.module_key, when))
    return events


def voided(original, when) -> list[Event]:
    """*voided* an earlier statement: what it said no longer holds (xAPI 1.0.3, 2.3.2).

    ``original`` is the stored statement's JSON; the voiding statement has the same
    actor and points at it by id.
    """
    body = x.statement(
        sid=x.statement_id("voided", original["id"]),
        who=original["actor"],
        verb_name=x.VOIDED,
        obj={"objectType": "StatementRef", "id": original["id"]},
        when=when,
    )
    return [Event(body, x.VOIDED, None, when)]


# --------------------------------------------------------------------------
# Surveys and checklists
# --------------------------------------------------------------------------


def survey_submitted(response) -> list[Event]:
    """*answered* the survey, with its phase and scores (per subscale and overall)."""
    parents = [x.reference("pathway", response.pathway_key)] if response.pathway_key else []
    body = x.statement(
        sid=x.statement_id("survey", response.pk, response.instrument_key),
        who=x.actor_of(response),
        verb_name=x.ANSWERED,
        obj=x.activity(
            "survey", response.instrument_key, response.instrument_name, response.language
        ),
        when=response.submitted_at,
        result={"completion": True, "extensions": {x.extension("scores"): response.scores}},
        context_=x.context(
            response.language,
            parents=parents,
            extensions={x.extension("phase"): response.phase},
        ),
    )
    return [Event(body, x.ANSWERED, response.instrument_key, response.submitted_at)]


def checklist_saved(learner_key, module_key, module_title, language, when) -> list[Event]:
    """*experienced* the module: a person saved its checklist.

    At most one a person, module and day (the id names the three): ticks saved one
    at a time as they are clicked are one visit to the module, not many.
    """
    day = timezone.localtime(when).date().isoformat()
    body = x.statement(
        sid=x.statement_id("checklist", learner_key, module_key, day),
        who=x.actor(learner_key),
        verb_name=x.EXPERIENCED,
        obj=x.activity("module", module_key, module_title, language),
        when=when,
        context_=x.context(language),
    )
    return [Event(body, x.EXPERIENCED, _key(module_key), when)]
