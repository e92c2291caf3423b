"""The pages the learning services look up by translation key.

The page models call the services (their forms and journeys are served by
them), so the services never import the page classes: they ask Django's app
registry for the model when a record names content by key. Everything else a
service needs from a page (a quiz's definition, a pathway's steps and rule) it
takes as an argument or reads from the page it was given.
"""

from __future__ import annotations

from django.apps import apps


def _model(name):
    return apps.get_model("pathways", name)


def pathway_for(pathway_key, language=None):
    """The pathway page with this translation key, in ``language`` if it has that copy."""
    pages = list(
        _model("PathwayPage").objects.filter(translation_key=pathway_key).select_related("locale")
    )
    in_language = [page for page in pages if page.locale.language_code == language]
    return (in_language or pages or [None])[0]


def attempts_allowed(module_key) -> int:
    """A module's attempts limit (0: unlimited), the strictest of its language copies."""
    limits = (
        _model("HowToModulePage")
        .objects.filter(translation_key=module_key)
        .values_list("quiz_max_attempts", flat=True)
    )
    return min((limit for limit in limits if limit), default=0)


def live_module_copies(module_key):
    """The live language copies of a module (for its checklists), oldest first."""
    return list(
        _model("HowToModulePage")
        .objects.live()
        .filter(translation_key=module_key)
        .select_related("locale")
        .order_by("pk")
    )


def event_title(event_key, language=None):
    """The title of the event page with this translation key, in ``language`` if it has that
    copy; "" once the page is gone. (An event page is what a workshop step chooses: the
    events app's model is named here, never imported.)"""
    copies = dict(
        apps.get_model("events", "EventPage")
        .objects.filter(translation_key=event_key)
        .values_list("locale__language_code", "title")
    )
    return copies.get(language) or next(iter(copies.values()), "")
