"""Two demo pathways whose steps are workshops: Parent University, and DELAC member training.

A pathway step "attend a workshop" chooses an event page or a workshop topic, so these
pathways can only be built once the events demo has made its pages and topics: the
``load_demo`` hooks run in app order (pathways before events), hence they are loaded
here, at the end of ``load_events``, with the pathways demo's own builders (demo code
may use both apps; the apps themselves meet only through ``portal.activities``).

Like the other loaders it finds before it creates (pathways by slug), so a second run
adds nothing. The two demo parent logins are enrolled in Parent University: the
workshops they came to already count (``portal.activities.attended_before``).
"""

from __future__ import annotations

from wagtail.models import Locale

from events.models import EventPage
from pathways.demo.builders import t
from pathways.demo.loader import load_learning_index, publish_in_both, same_ids
from pathways.factories import PathwayPageFactory
from pathways.learning import enroll
from pathways.models import Enrollment, HowToModulePage, PathwayPage
from portal.models import User


def _topic(slug, required=False):
    return {"kind": "topic", "topic": slug, "required": required}


def _series(slug, required=True):
    return {"kind": "series", "event": slug, "required": required}


def _module(slug, required=False):
    return {"kind": "module", "module": slug, "required": required}


PARENT_UNIVERSITY = {
    "slug": t("parent-university", "universidad-para-padres"),
    "title": t("Parent University", "Universidad para Padres"),
    "intro": t(
        "Parent University is free workshops for families at every Family Engagement "
        "Center, evenings and Saturday mornings. Come to three workshops on different "
        "topics, at any center or online, to complete this pathway and receive a "
        "certificate. Register with your account and check in at the door: the step is "
        "done when you are checked in.",
        "La Universidad para Padres son talleres gratuitos para las familias en todos los "
        "Centros de Participación Familiar, por la tarde y los sábados por la mañana. "
        "Asista a tres talleres sobre temas distintos, en cualquier centro o en línea, "
        "para completar esta ruta y recibir un certificado. Inscríbase con su cuenta y "
        "registre su llegada en la puerta: el paso queda hecho al registrar su llegada.",
    ),
    "audience": "parents",
    "completion_rule": "m_of_n",
    "required_count": 3,
    "issues_certificate": True,
    "steps": [
        _topic("learning-at-home"),
        _topic("parenting"),
        _topic("social-emotional"),
        _topic("technology"),
        _topic("college-career"),
        _module("support-reading-at-home"),
    ],
}

DELAC_TRAINING = {
    "slug": t("delac-member-training", "capacitacion-miembros-delac"),
    "title": t("DELAC member training", "Capacitación para miembros del DELAC"),
    "intro": t(
        "For members and alternates of the District English Learner Advisory Committee, "
        "and parents thinking of running. Come to a session of the DELAC member training "
        "and to one more workshop on advocacy and leadership (a second DELAC session, the "
        "DAC or LCAP trainings, or Parent University) to receive a certificate.",
        "Para los miembros y suplentes del Comité Asesor del Distrito para Aprendices de "
        "Inglés, y para los padres que piensan postularse. Asista a una sesión de la "
        "capacitación para miembros del DELAC y a otro taller sobre liderazgo y "
        "participación (una segunda sesión del DELAC, las capacitaciones del DAC o del "
        "LCAP, o la Universidad para Padres) para recibir un certificado.",
    ),
    "audience": "parents",
    "completion_rule": "all",
    "required_count": 0,
    "issues_certificate": True,
    "steps": [
        _series("delac-member-training"),
        _topic("leadership", required=True),
        _module("make-a-plan-when-your-child-is-struggling"),
    ],
}

PATHWAYS = [PARENT_UNIVERSITY, DELAC_TRAINING]
#: The demo parent logins, enrolled in Parent University (see ``loader.LOGINS``).
LEARNERS = ("parent@example.org", "familia@example.org")


def _in_language(page, language):
    """The page's copy in ``language`` (the page itself when it has none)."""
    if page is None or language == page.locale.language_code:
        return page
    translation = page.get_translation_or_none(Locale.objects.get(language_code=language))
    return translation.specific if translation is not None else page


def _steps(pathway, topics, index, language):
    """The raw steps in one language's pages and topics; None if one is missing."""
    stream = []
    for spec in pathway["steps"]:
        if spec["kind"] == "module":
            english = HowToModulePage.objects.filter(
                slug=spec["module"], locale__language_code="en"
            ).first()
            if english is None:
                return None
            value = {"module": _in_language(english, language).pk}
            kind = "module"
        elif spec["kind"] == "series":
            english = EventPage.objects.child_of(index["en"]).filter(slug=spec["event"]).first()
            if english is None:
                return None
            value = {"event": _in_language(english, language).pk, "topic": None}
            kind = "event"
        else:
            topic = topics.get(spec["topic"])
            if topic is None:
                return None
            value = {"event": None, "topic": topic[language].pk}
            kind = "event"
        stream.append({"type": kind, "value": {**value, "required": spec["required"]}})
    return stream


def load_pathway(pathway, learn, topics, index):
    """The English pathway and its Spanish translation (same step ids), or None when a
    page or topic it names is missing (a partial demo)."""
    english_steps = _steps(pathway, topics, index, "en")
    spanish_steps = _steps(pathway, topics, index, "es")
    if english_steps is None or spanish_steps is None:
        return None
    fields = {
        "completion_rule": pathway["completion_rule"],
        "required_count": pathway["required_count"],
        "issues_certificate": pathway["issues_certificate"],
        "steps": same_ids(english_steps),
    }
    return publish_in_both(
        PathwayPageFactory,
        learn,
        pathway,
        fields,
        lambda page: {"steps": same_ids(spanish_steps, list(page.steps.raw_data))},
    )


def load_workshop_pathways(tree, topics, index):
    """Load (or complete) the two pathways, enroll the demo parents. Returns a summary line."""
    learn = load_learning_index(tree)
    loaded = [load_pathway(pathway, learn, topics, index) for pathway in PATHWAYS]
    parent_university = loaded[0]
    if parent_university is not None:
        for email in LEARNERS:
            user = User.objects.filter(email=email).first()
            if user is not None:
                language = user.preferred_language or "en"
                page = parent_university.get(language, parent_university["en"])
                enroll(user, page, language)
    return describe()


def describe():
    slugs = [pathway["slug"]["en"] for pathway in PATHWAYS]
    english = PathwayPage.objects.live().filter(slug__in=slugs, locale__language_code="en")
    keys = english.values("translation_key")
    spanish = (
        PathwayPage.objects.live()
        .filter(translation_key__in=keys)
        .exclude(locale__language_code="en")
    )
    steps = Enrollment.objects.filter(pathway_key__in=keys, user__email__in=LEARNERS)
    done = sum(enrollment.step_completions.count() for enrollment in steps)
    return (
        f"Workshop pathways: {english.count()} in English and {spanish.count()} in Spanish, "
        f"{steps.count()} demo parents enrolled with {done} workshops already counted"
    )
