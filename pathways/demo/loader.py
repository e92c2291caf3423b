"""Builds the pathways demo (``pathways.demo``) as real pages and snippets.

Called by ``manage.py load_demo`` through the ``load_demo`` Wagtail hook (see
``pathways/wagtail_hooks.py``). Like the portal's loader it finds before it
creates, keyed by slug (the instrument by its English name), so a second run
adds nothing and publishes no new revision.

The Spanish copies share the English StreamField block ids: the English raw
stream is rebuilt with the Spanish texts, item by item, and the English ids are
copied onto it (``same_ids``). A quiz question's id is its identity for scoring
and item analysis, so English and Spanish answers count as one question.
"""

import uuid

from django.utils.html import escape

from wagtail.models import Locale, Page

from pathways.factories import (
    HowToModulePageFactory,
    LearningIndexPageFactory,
    PathwayPageFactory,
    SelfEfficacyInstrumentFactory,
)
from pathways.kinds import POST, PRE, RETROSPECTIVE
from pathways.models import HowToModulePage, LearningIndexPage, PathwayPage, SelfEfficacyInstrument
from portal.factories import publish_translation, translate_snippet
from portal.models import Audience

from . import INSTRUMENT, MODULES, PATHWAYS
from .learners import load_learners

# The data's audience keys and the portal demo's Audience slugs (English).
AUDIENCE_SLUGS = {"parents": "parents-caregivers", "staff": "school-staff"}

LEARN = {
    "en": {
        "title": "Learn",
        "slug": "learn",
        "intro": (
            "Short “How to” lessons and step-by-step pathways for families and school "
            "staff. Start without an account; sign up to keep your progress and earn "
            "certificates."
        ),
    },
    "es": {
        "title": "Aprender",
        "slug": "aprender",
        "intro": (
            "Lecciones cortas de «Cómo…» y rutas paso a paso para las familias y el "
            "personal escolar. Empiece sin cuenta; regístrese para guardar su progreso y "
            "obtener certificados."
        ),
    },
}

# The data's topic keys and the model's TOPICS choices.
TOPICS = {
    "technology": "technology",
    "school-partnership": "communication",
    "learning-at-home": "learning_at_home",
    "wellbeing": "wellbeing",
    "advocacy": "leadership",
    "welcoming-schools": "staff_practice",
}

MINUTES = {"en": "{} minutes", "es": "{} minutos"}


def load_pathways(tree):
    """Load (or complete) the learning area in both languages. Returns a summary line."""
    learn = load_learning_index(tree)
    instrument = load_instrument()
    modules = {module["slug"]["en"]: load_module(module, learn) for module in MODULES}
    for pathway in PATHWAYS:
        load_pathway(pathway, learn, modules, instrument)
    # The learners last: their records name the content's ids and keys.
    return f"{describe()}.\n{load_learners()}"


def describe():
    def count(model, language):
        return model.objects.filter(live=True, locale__language_code=language).count()

    return (
        f"Pathways: {count(HowToModulePage, 'en')} modules, {count(PathwayPage, 'en')} "
        f"pathways, {count(SelfEfficacyInstrument, 'en')} survey in English and "
        f"{count(HowToModulePage, 'es')} modules, {count(PathwayPage, 'es')} pathways, "
        f"{count(SelfEfficacyInstrument, 'es')} survey in Spanish"
    )


def spanish():
    return Locale.objects.get(language_code="es")


# Raw StreamField data ------------------------------------------------------------


def same_ids(raw, template=None):
    """`raw` (a StreamField or ListBlock value) with the ids of `template`, item by item.

    Items without a counterpart in `template` get a new id. Nested lists (a question's
    choices, a step list, checklist items) are matched the same way.
    """

    def walk(value, like):
        if isinstance(value, list):
            like = like if isinstance(like, list) else []
            return [walk(item, like[i] if i < len(like) else None) for i, item in enumerate(value)]
        if isinstance(value, dict):
            like = like if isinstance(like, dict) else {}
            result = {key: walk(item, like.get(key)) for key, item in value.items()}
            if "type" in value and "value" in value:
                result["id"] = like.get("id") or str(uuid.uuid4())
            return result
        return value

    return walk(raw, template or [])


def items(values):
    """A ListBlock's raw value (ids are added by `same_ids`)."""
    return [{"type": "item", "value": value} for value in values]


def rich(text):
    """Rich text: the data's HTML as is, a plain text as one escaped paragraph."""
    return text if text.lstrip().startswith("<") else f"<p>{escape(text)}</p>"


def body_stream(sections, language):
    stream = []
    for section in sections:
        kind = section["type"]
        if kind == "paragraph":
            stream.append({"type": "paragraph", "value": rich(section["text"][language])})
        elif kind == "steps":
            steps = [
                {"title": step["title"][language], "text": step["text"][language]}
                for step in section["steps"]
            ]
            value = {"heading": section["heading"][language], "steps": items(steps)}
            stream.append({"type": "steps", "value": value})
        elif kind == "tip":
            value = {"kind": section["kind"], "text": rich(section["text"][language])}
            stream.append({"type": "callout", "value": value})
        elif kind == "checklist":
            value = {
                "heading": section["heading"][language],
                "items": items(text[language] for text in section["items"]),
            }
            stream.append({"type": "checklist", "value": value})
        elif kind == "try_at_home":
            value = {
                "title": section["title"][language],
                "text": rich(section["text"][language]),
                "time_needed": MINUTES[language].format(section["minutes"]),
            }
            stream.append({"type": "activity", "value": value})
        else:
            raise ValueError(f"Unknown body section {kind!r}.")
    return stream


def quiz_stream(quiz, language):
    return [
        {
            "type": "question",
            "value": {
                "kind": question["kind"],
                "prompt": question["prompt"][language],
                "choices": items(
                    {
                        "text": choice["text"][language],
                        "correct": choice["correct"],
                        "feedback": choice["feedback"][language],
                    }
                    for choice in question["choices"]
                ),
                "explanation": question["explanation"][language],
            },
        }
        for question in quiz["questions"]
    ]


def objectives_stream(objectives, language):
    return [{"type": "objective", "value": text[language]} for text in objectives]


def module_streams(module, language):
    """The module's three StreamFields in one language, without ids."""
    return {
        "learning_objectives": objectives_stream(module["objectives"], language),
        "body": body_stream(module["body"], language),
        "quiz_questions": quiz_stream(module["quiz"], language),
    }


def translated_streams(english, streams):
    """`streams` (name → raw data) with the block ids of the English object's fields."""
    return {
        name: same_ids(raw, list(getattr(english, name).raw_data)) for name, raw in streams.items()
    }


# Pages and snippets ---------------------------------------------------------------


def fresh(page):
    """The page read again: a parent held since before children were added has a stale numchild."""
    return Page.objects.get(pk=page.pk).specific


def load_learning_index(tree):
    home = tree["home"]
    learn = LearningIndexPage.objects.child_of(home).first()
    if learn is None:
        learn = LearningIndexPageFactory(parent=fresh(home), show_in_menus=True, **LEARN["en"])
        learn.save_revision().publish()
    if learn.get_translation_or_none(spanish()) is None:
        publish_translation(learn, "es", **LEARN["es"])
    return fresh(learn)


def audiences_for(key):
    slug = AUDIENCE_SLUGS[key]
    return list(Audience.objects.filter(slug=slug, locale=Locale.get_default()))


def publish_in_both(factory, learn, data, english_fields, spanish_fields):
    """The English page under `learn` (created and published once, with its audiences)
    and its Spanish translation (created once); returns {"en": page, "es": page}."""
    model = factory._meta.model
    page = model.objects.child_of(learn).filter(slug=data["slug"]["en"]).first()
    if page is None:
        page = factory(
            parent=fresh(learn),
            title=data["title"]["en"],
            slug=data["slug"]["en"],
            intro=data["intro"]["en"],
            **english_fields,
        )
        page.audiences.set(audiences_for(data["audience"]))
        page.save_revision().publish()
        page = fresh(page)
    translation = page.get_translation_or_none(spanish())
    if translation is None:
        translation = publish_translation(
            page,
            "es",
            title=data["title"]["es"],
            slug=data["slug"]["es"],
            intro=data["intro"]["es"],
            **spanish_fields(page),
        )
    return {"en": page, "es": translation.specific}


def load_module(module, learn):
    """The English module and its Spanish translation; returns {"en": page, "es": page}."""
    quiz = module["quiz"]
    english = {
        "estimated_minutes": module["estimated_minutes"],
        "topic": TOPICS[module["topic"]],
        "quiz_pass_mark": quiz["pass_mark"],
        "quiz_max_attempts": quiz["max_attempts"],
        "quiz_shuffle": quiz["shuffle"],
        **{name: same_ids(raw) for name, raw in module_streams(module, "en").items()},
    }
    return publish_in_both(
        HowToModulePageFactory,
        learn,
        module,
        english,
        lambda page: translated_streams(page, module_streams(module, "es")),
    )


def load_instrument():
    """The demo self-efficacy survey, published, and its Spanish translation."""

    def streams(language):
        return {
            "scale_labels": [
                {"type": "label", "value": label[language]} for label in INSTRUMENT["scale_labels"]
            ],
            "subscales": [
                {"type": "subscale", "value": {"key": sub["key"], "label": sub["label"][language]}}
                for sub in INSTRUMENT["subscales"]
            ],
            "items": [
                {
                    "type": "item",
                    "value": {
                        "text": item["text"][language],
                        "subscale": item["subscale"],
                        "reverse_scored": item["reverse"],
                    },
                }
                for item in INSTRUMENT["items"]
            ],
        }

    instrument = SelfEfficacyInstrument.objects.filter(
        locale=Locale.get_default(), name=INSTRUMENT["name"]["en"]
    ).first()
    if instrument is None:
        instrument = SelfEfficacyInstrumentFactory(
            name=INSTRUMENT["name"]["en"],
            intro=INSTRUMENT["intro"]["en"],
            scale_low=INSTRUMENT["scale_low"],
            scale_high=INSTRUMENT["scale_high"],
            **{name: same_ids(raw) for name, raw in streams("en").items()},
        )
        instrument.refresh_from_db()
    translation = translate_snippet(
        instrument,
        "es",
        name=INSTRUMENT["name"]["es"],
        intro=INSTRUMENT["intro"]["es"],
        **translated_streams(instrument, streams("es")),
    )
    return {"en": instrument, "es": translation}


def pathway_steps(pathway, modules, instrument):
    """The steps in one language's objects, and how many steps complete the pathway.

    Surveys are required in every parent pathway (they measure it), except the
    optional retrospective one; an m-of-n pathway's count in the data counts
    modules, so the required surveys are added to it.
    """
    specs = list(pathway["steps"])
    if pathway["retrospective_survey"]:
        specs.append({"kind": "survey", "phase": RETROSPECTIVE, "required": False})

    def build(language):
        stream = []
        for spec in specs:
            if spec["kind"] == "module":
                page = modules[spec["module"]][language]
                value = {"module": page.pk, "required": spec["required"]}
                stream.append({"type": "module", "value": value})
            else:
                if spec["phase"] not in (PRE, POST, RETROSPECTIVE):
                    raise ValueError(f"Unknown survey phase {spec['phase']!r}.")
                value = {
                    "instrument": instrument[language].pk,
                    "phase": spec["phase"],
                    "required": spec.get("required", True),
                }
                stream.append({"type": "survey", "value": value})
        return stream

    required_surveys = sum(
        1 for spec in specs if spec["kind"] == "survey" and spec.get("required", True)
    )
    count = (pathway["required_count"] or 0) + required_surveys
    return build, count if pathway["completion_rule"] == "m_of_n" else 0


def load_pathway(pathway, learn, modules, instrument):
    build, required_count = pathway_steps(pathway, modules, instrument)
    english = {
        "completion_rule": pathway["completion_rule"],
        "required_count": required_count,
        "issues_certificate": pathway["issues_certificate"],
        "steps": same_ids(build("en")),
    }
    # The Spanish steps point at the Spanish modules and survey, with the English ids.
    return publish_in_both(
        PathwayPageFactory,
        learn,
        pathway,
        english,
        lambda page: {"steps": same_ids(build("es"), list(page.steps.raw_data))},
    )
