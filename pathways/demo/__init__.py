"""Bilingual demo content for pathways, as plain Python data.

Nothing here touches the database: ``load_demo`` (and tests) read these
structures and build pages and snippets from them. Every text is a dict
``{"en": ..., "es": ...}``.

MODULE
    slug, title, intro, estimated_minutes, topic, audience, objectives (3 texts),
    body (sections of type paragraph / steps / tip / checklist / try_at_home),
    quiz (pass_mark, max_attempts, shuffle, questions of kind single / multiple /
    true_false, each choice with ``correct`` and ``feedback``).
INSTRUMENT
    the self-efficacy survey used by the parent pathways: name, intro, a 1–5
    scale with five labels, two subscales and about twelve items (some
    reverse-scored).
PATHWAY
    slug, title, intro, audience, completion_rule ("all" or "m_of_n"),
    required_count, issues_certificate, retrospective_survey and ordered steps:
    ``{"kind": "survey", "phase": "pre" | "post"}`` or
    ``{"kind": "module", "module": <English slug>, "required": bool}``.
"""

from .instrument import INSTRUMENT
from .modules_parent import PARENT_MODULES
from .modules_staff import STAFF_MODULES
from .pathways import PATHWAYS

MODULES = [*PARENT_MODULES, *STAFF_MODULES]


def module_by_slug(slug):
    """The module whose English slug is ``slug`` (KeyError if there is none)."""
    for module in MODULES:
        if module["slug"]["en"] == slug:
            return module
    raise KeyError(slug)


__all__ = ["INSTRUMENT", "MODULES", "PARENT_MODULES", "PATHWAYS", "STAFF_MODULES", "module_by_slug"]
