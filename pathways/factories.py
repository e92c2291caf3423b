"""Factories for learning content: the learning index, modules, pathways, instruments.

StreamField data is given as raw JSON lists (as stored), built with the helpers
below so every list item carries its own id like the admin would save it.
"""

import uuid

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from pathways.models import HowToModulePage, LearningIndexPage, PathwayPage, SelfEfficacyInstrument
from portal.factories.pages import publish_translation
from portal.factories.vocabulary import default_locale


def list_items(values):
    """A ListBlock's raw value: each item with an id (as the admin saves them)."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def stream(*children):
    """A StreamField's raw value from (block_type, value) pairs, each with an id."""
    return [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in children]


def choice(text, correct=False, feedback=""):
    return {"text": text, "correct": correct, "feedback": feedback}


def question(prompt, choices, kind="single", explanation=""):
    """One quiz question as a (block_type, value) pair for `stream(...)`."""
    return (
        "question",
        {
            "kind": kind,
            "prompt": prompt,
            "choices": list_items(choices),
            "explanation": explanation,
        },
    )


def module_step(module, required=True):
    return ("module", {"module": module.pk, "required": required})


def survey_step(instrument, phase="pre", required=True):
    return ("survey", {"instrument": instrument.pk, "phase": phase, "required": required})


def event_step(event=None, topic=None, required=True):
    """A workshop step: an event page (any of its dates) or a topic (any workshop on it)."""
    return (
        "event",
        {
            "event": event.pk if event is not None else None,
            "topic": topic.pk if topic is not None else None,
            "required": required,
        },
    )


def sample_quiz():
    """Three questions, one of each kind."""
    return stream(
        question(
            "Where do you find your child's grades?",
            [
                choice("In the Parent Portal", True, "Yes: open “Grades”."),
                choice("Only on the paper report card", False, "Grades are online all year."),
            ],
        ),
        question(
            "What can you bring to a parent–teacher conference?",
            [
                choice("Your questions", True),
                choice("Your child's latest report card", True),
                choice("Nothing: teachers prefer it", False, "Notes help you remember."),
            ],
            kind="multiple",
        ),
        question(
            "You can ask for an interpreter at no cost.",
            [choice("True", True), choice("False", False)],
            kind="true_false",
            explanation="Interpretation is free for every family.",
        ),
    )


class LearningIndexPageFactory(wagtail_factories.PageFactory):
    title = "Learn"
    slug = "learn"
    intro = "Short lessons and pathways for families and staff."

    class Meta:
        model = LearningIndexPage


class HowToModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"How to check grades {n}")
    intro = "Find your child's grades and assignments in the Parent Portal."
    estimated_minutes = 10
    topic = "technology"
    learning_objectives = factory.LazyFunction(
        lambda: stream(("objective", "Sign in to the Parent Portal"))
    )
    body = factory.LazyFunction(
        lambda: stream(("paragraph", "<p>The Parent Portal shows grades every day.</p>"))
    )
    quiz_questions = factory.LazyFunction(list)

    class Meta:
        model = HowToModulePage


class PathwayPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partnering with your child's school {n}")
    intro = "Five short steps to work with your child's school with confidence."
    steps = factory.LazyFunction(list)

    class Meta:
        model = PathwayPage


AGREEMENT = ["Not at all sure", "A little sure", "Somewhat sure", "Quite sure", "Completely sure"]


class SelfEfficacyInstrumentFactory(DjangoModelFactory):
    """A published instrument: five labelled points, two subscales, four items."""

    name = factory.Sequence(lambda n: f"Confidence survey {n}")
    intro = "There are no right or wrong answers."
    scale_low = 1
    scale_high = 5
    scale_labels = factory.LazyFunction(lambda: stream(*[("label", text) for text in AGREEMENT]))
    subscales = factory.LazyFunction(
        lambda: stream(
            ("subscale", {"key": "learning", "label": "Helping my child learn"}),
            ("subscale", {"key": "school", "label": "Working with the school"}),
        )
    )
    items = factory.LazyFunction(
        lambda: stream(
            (
                "item",
                {
                    "text": "I can help my child with homework.",
                    "subscale": "learning",
                    "reverse_scored": False,
                },
            ),
            (
                "item",
                {
                    "text": "I find it hard to help with reading.",
                    "subscale": "learning",
                    "reverse_scored": True,
                },
            ),
            (
                "item",
                {
                    "text": "I know whom to call at the school.",
                    "subscale": "school",
                    "reverse_scored": False,
                },
            ),
            (
                "item",
                {
                    "text": "I can ask the teacher for a meeting.",
                    "subscale": "school",
                    "reverse_scored": False,
                },
            ),
        )
    )
    locale = factory.LazyFunction(default_locale)
    live = False

    class Meta:
        model = SelfEfficacyInstrument
        skip_postgeneration_save = True

    @factory.post_generation
    def published(self, create, extracted, **kwargs):
        if create and extracted is not False:
            self.save_revision().publish()


def build_learning_index(tree):
    """The “Learn” index under the English home and its Spanish translation “Aprender”."""
    learn = LearningIndexPage.objects.child_of(tree["home"]).first()
    if learn is None:
        learn = LearningIndexPageFactory(parent=tree["home"])
    learn_es = learn.get_translation_or_none(tree["home_es"].locale)
    if learn_es is None:
        learn_es = publish_translation(
            learn,
            "es",
            title="Aprender",
            slug="aprender",
            intro="Lecciones cortas y rutas de aprendizaje.",
        )
    return learn, learn_es.specific
