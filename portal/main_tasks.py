"""The few things people come to the portal for, on the first screen of the home page
and on the "page not found" page: learn with a pathway, find help, workshops, your
center, and "continue where you left off" for someone with progress.

The portal does not import the domain apps: each registers a function with the
``main_tasks`` Wagtail hook in its ``wagtail_hooks.py``. It gets the request (whose
language is active) and returns a ``MainTask`` or None (nothing to offer: its page is
not published in this language). A task appears only when its app is installed and its
page is live, so the first screen never promises what the portal does not do.

    @hooks.register("main_tasks")
    def workshops_task(request):
        return MainTask("workshops", _("Workshops and events"), _("…"), url, order=30)

The visitor's own task (``personal=True``, "continue where you left off") is asked only
when the request carries a session, so a page cached for anonymous visitors never
holds anyone's progress.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language

from wagtail import hooks
from wagtail.models import Page

from portal import page_cache


@dataclass(frozen=True)
class MainTask:
    key: str
    title: str
    text: str
    url: str
    order: int = 100
    #: The visitor's own (progress): shown first, never in a shared cached page.
    personal: bool = False


def has_session(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES or request.user.is_authenticated


def tasks_for(request) -> list[MainTask]:
    """Every registered task for this request, personal ones first, then by order."""
    found = []
    for task_for in hooks.get_hooks("main_tasks"):
        task = task_for(request)
        if task is not None and (not task.personal or has_session(request)):
            found.append(task)
    return sorted(found, key=lambda task: (not task.personal, task.order, task.key))


def first_live_url(model_label: str) -> str | None:
    """The address of the live page of ``model_label`` ("app.Model") just under the home
    page of the active language, or None. One query finds every section page of the
    language, kept until the next publish, whatever the number of tasks."""
    language = (get_language() or settings.LANGUAGE_CODE)[:2]

    def build():
        sections = (
            Page.objects.live()
            .filter(locale__language_code=language, depth=3)
            .select_related("content_type")
            .order_by("path")
        )
        found = {}
        for page in sections:
            found.setdefault(page.content_type.model_class()._meta.label, page.url)
        return found

    return page_cache.until_publish(("main-task-pages", language), build).get(model_label)


def page_task(key, model_label, title, text, order) -> MainTask | None:
    """A task that leads to an app's index page (None while it is not published)."""
    url = first_live_url(model_label)
    return MainTask(key, str(title), str(text), url, order) if url else None
