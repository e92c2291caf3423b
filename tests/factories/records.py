"""Factories for learner records, and a small bilingual course to record against."""

import uuid
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

from pathways.factories import (
    HowToModulePageFactory,
    PathwayPageFactory,
    SelfEfficacyInstrumentFactory,
    build_learning_index,
    module_step,
    sample_quiz,
    stream,
    survey_step,
)
from pathways.models import (
    Certificate,
    Enrollment,
    QuizAttempt,
    StepCompletion,
    SurveyResponse,
)
from portal.factories.pages import publish_translation
from portal.factories.vocabulary import translate_snippet


class EnrollmentFactory(DjangoModelFactory):
    """An anonymous learner's enrollment unless `user=` is given."""

    user = None
    learner_key = factory.LazyFunction(uuid.uuid4)
    pathway_key = factory.LazyFunction(uuid.uuid4)
    pathway_title = factory.Sequence(lambda n: f"Pathway {n}")
    language = "en"
    started_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Enrollment


class StepCompletionFactory(DjangoModelFactory):
    enrollment = factory.SubFactory(EnrollmentFactory)
    step_id = factory.LazyFunction(lambda: str(uuid.uuid4()))
    kind = "module"
    completed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = StepCompletion


class QuizAttemptFactory(DjangoModelFactory):
    user = None
    learner_key = factory.LazyFunction(uuid.uuid4)
    module_key = factory.LazyFunction(uuid.uuid4)
    module_title = factory.Sequence(lambda n: f"Module {n}")
    language = "en"
    attempt_number = 1
    submitted_at = factory.LazyFunction(timezone.now)
    pass_mark = 70
    score = Decimal("1")
    percent = 100
    passed = True

    class Meta:
        model = QuizAttempt


class SurveyResponseFactory(DjangoModelFactory):
    user = None
    learner_key = factory.LazyFunction(uuid.uuid4)
    instrument_key = factory.LazyFunction(uuid.uuid4)
    instrument_name = factory.Sequence(lambda n: f"Survey {n}")
    phase = SurveyResponse.Phase.PRE
    language = "en"
    submitted_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = SurveyResponse


class CertificateFactory(DjangoModelFactory):
    enrollment = factory.SubFactory(EnrollmentFactory)
    code = factory.Sequence(lambda n: f"TEST{n:08d}")
    recipient_name = "Ana López"
    pathway_title = factory.SelfAttribute("enrollment.pathway_title")
    language = "en"
    issued_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Certificate


def build_course(tree, *, max_attempts=0, issues_certificate=True):
    """A bilingual pathway: before survey → module with a three-question quiz → after survey.

    Returns a dict with module/module_es, survey/survey_es, pathway/pathway_es and
    the pathway's step ids by name ("pre", "module", "post").
    """
    learn, _learn_es = build_learning_index(tree)
    module = HowToModulePageFactory(
        parent=learn,
        title="How to check grades",
        slug="check-grades",
        quiz_questions=sample_quiz(),
        quiz_pass_mark=70,
        quiz_max_attempts=max_attempts,
    )
    module.save_revision().publish()
    module_es = publish_translation(
        module, "es", title="Cómo ver las calificaciones", slug="ver-calificaciones"
    )
    survey = SelfEfficacyInstrumentFactory(name="Confidence with school")
    survey_es = translate_snippet(survey, "es", name="Confianza con la escuela")
    pathway = PathwayPageFactory(
        parent=learn,
        title="Partnering with your child's school",
        slug="partnering",
        issues_certificate=issues_certificate,
        steps=stream(
            survey_step(survey, "pre"),
            module_step(module),
            survey_step(survey, "post"),
        ),
    )
    pathway.save_revision().publish()
    pathway_es = publish_translation(
        pathway, "es", title="Colaborar con la escuela de su hijo", slug="colaborar"
    )
    ids = [step["step_id"] for step in pathway.step_definitions()]
    return {
        "module": module,
        "module_es": module_es,
        "survey": survey,
        "survey_es": survey_es,
        "pathway": pathway,
        "pathway_es": pathway_es,
        "steps": dict(zip(["pre", "module", "post"], ids, strict=True)),
    }


def right_answers(module):
    """Every question of the module's quiz answered correctly."""
    answers = {}
    for q in module.quiz_definition()["questions"]:
        right = [c["choice_id"] for c in q["choices"] if c["correct"]]
        answers[q["question_id"]] = right if q["kind"] == "multiple" else right[0]
    return answers


def wrong_answers(module):
    """Every question answered with a wrong choice."""
    answers = {}
    for q in module.quiz_definition()["questions"]:
        wrong = next(c["choice_id"] for c in q["choices"] if not c["correct"])
        answers[q["question_id"]] = [wrong] if q["kind"] == "multiple" else wrong
    return answers


def survey_answers(instrument, value=3):
    return {item["item_id"]: value for item in instrument.definition()["items"]}


def take_pathway(person, course, *, after_in="en"):
    """Before survey and passed quiz in English, then the after survey in `after_in`."""
    from pathways.learning import submit_quiz, submit_survey

    suffix = "" if after_in == "en" else f"_{after_in}"
    submit_survey(
        person,
        course["survey"],
        "pre",
        survey_answers(course["survey"], 2),
        "en",
        course["pathway"],
    )
    submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    submit_survey(
        person,
        course[f"survey{suffix}"],
        "post",
        survey_answers(course["survey"], 4),
        after_in,
        course[f"pathway{suffix}"],
    )
    return person
