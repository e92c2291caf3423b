"""The demo's learning content as the learner simulation needs it, read once.

Everything comes from the published pages and the instrument themselves (step
definitions, quiz definitions, the instrument definition) so the generated
records name the same ids, keys, titles and snapshots the site would write.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field

from wagtail.models import Locale

from pathways.learning.assessments import quiz_questions, survey_instrument
from pathways.models import HowToModulePage, PathwayPage, SelfEfficacyInstrument

from . import PATHWAYS

LANGUAGES = ("en", "es")


@dataclass
class ModuleContent:
    key: uuid.UUID
    slug: str  # English slug
    minutes: int
    titles: dict  # language → title
    definitions: dict  # language → quiz_definition()
    questions: list  # scoring.Question (ids are shared by the languages)
    difficulty: dict = field(default_factory=dict)  # question id → chance of a right answer

    @property
    def pass_mark(self):
        return self.definitions["en"]["pass_mark"]

    @property
    def max_attempts(self):
        return self.definitions["en"]["max_attempts"]


@dataclass
class PathwayContent:
    slug: str  # English slug
    page: PathwayPage  # the English copy: its progress rule decides completion
    key: uuid.UUID
    titles: dict
    definitions: list  # step_definitions() of the English copy (ids shared by both)
    issues_certificate: bool

    def step(self, kind, *, phase=None, target=None):
        """The first step of this kind (and phase, or module key), or None."""
        for definition in self.definitions:
            if definition["kind"] != kind:
                continue
            if phase is not None and definition.get("phase") != phase:
                continue
            if target is not None and definition["target"] != str(target):
                continue
            return definition
        return None


@dataclass
class InstrumentContent:
    key: uuid.UUID
    names: dict
    definitions: dict  # language → definition()
    scorer: object  # scoring.Instrument

    @property
    def items(self):
        return self.definitions["en"]["items"]


@dataclass
class Course:
    pathways: dict  # English slug → PathwayContent
    modules: dict  # module key (str) → ModuleContent
    instrument: InstrumentContent | None


def by_language(model, translation_key):
    objects = model.objects.filter(translation_key=translation_key).select_related("locale")
    return {obj.locale.language_code: obj for obj in objects}


def difficulty(module_slug, questions, seed):
    """Per question, the chance a first-time learner answers it right.

    One question per module is noticeably harder (about 60 %), the others easy
    (84–96 %); "choose all that apply" questions a little harder still. Seeded by
    the module's slug, so the hard question is the same on every load.
    """
    rng = random.Random(f"{seed}-{module_slug}")
    hard = rng.randrange(len(questions))
    chances = {}
    for index, question in enumerate(questions):
        chance = 0.6 if index == hard else rng.uniform(0.84, 0.96)
        if question.kind == "multiple":
            chance -= 0.05
        chances[question.question_id] = chance
    return chances


def load_course(seed):
    """The demo pathways, their modules and the survey; None before the content exists."""
    english = Locale.objects.get(language_code="en")
    pathways, modules, instrument = {}, {}, None
    for data in PATHWAYS:
        slug = data["slug"]["en"]
        page = PathwayPage.objects.filter(slug=slug, locale=english).first()
        if page is None:
            return None
        copies = by_language(PathwayPage, page.translation_key)
        definitions = page.step_definitions()
        pathways[slug] = PathwayContent(
            slug=slug,
            page=page,
            key=page.translation_key,
            titles={language: copies.get(language, page).title for language in LANGUAGES},
            definitions=definitions,
            issues_certificate=page.issues_certificate,
        )
        for definition in definitions:
            target = definition["target"]
            if definition["kind"] == "module" and target and target not in modules:
                modules[target] = load_module(target, seed)
            elif definition["kind"] == "survey" and target and instrument is None:
                instrument = load_instrument(target)
    return Course(pathways=pathways, modules=modules, instrument=instrument)


def load_module(key, seed):
    copies = by_language(HowToModulePage, key)
    english = copies["en"]
    definitions = {
        language: copies.get(language, english).quiz_definition() for language in LANGUAGES
    }
    questions = quiz_questions(definitions["en"])
    return ModuleContent(
        key=english.translation_key,
        slug=english.slug,
        minutes=english.estimated_minutes or 10,
        titles={language: copies.get(language, english).title for language in LANGUAGES},
        definitions=definitions,
        questions=questions,
        difficulty=difficulty(english.slug, questions, seed),
    )


def load_instrument(key):
    copies = by_language(SelfEfficacyInstrument, key)
    english = copies["en"]
    definitions = {language: copies.get(language, english).definition() for language in LANGUAGES}
    return InstrumentContent(
        key=english.translation_key,
        names={language: copies.get(language, english).name for language in LANGUAGES},
        definitions=definitions,
        scorer=survey_instrument(definitions["en"]),
    )
