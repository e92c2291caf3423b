"""The in-process half of `make bench`: which pages to load, their queries and their size.

Run by ``bench.py`` with the benchmark's environment (production settings, the
demo database); prints JSON. Each page is fetched once to warm the caches that
every visitor shares (menus, settings, Wagtail's), then measured: with the page
cache on, the second visitor's request (a hit); with it off (the environment sets
``PORTAL_PAGE_CACHE_SECONDS=0``), a full render. Pages that are never cached (the
registration form: it shows the seats left at this moment) are measured uncached only.
"""

import json
import os
import sys

import django

sys.path.insert(0, os.getcwd())
django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from events.models import EventIndexPage, EventPage, Occurrence  # noqa: E402
from pathways.models import HowToModulePage, LearningIndexPage, PathwayPage  # noqa: E402
from portal.models import CenterPage, HomePage  # noqa: E402
from resources.models import DirectoryPage, ServicePage  # noqa: E402

HOST = "127.0.0.1"
#: Pages every visitor gets fresh, by design (the seats left now; the words asked):
#: no cached row for them.
NEVER_CACHED = ("registration form", "search")


def first_url(model, language):
    page = model.objects.live().filter(locale__language_code=language).order_by("path").first()
    return page.url if page is not None else None


def pages():
    found = {}
    for language in ("en", "es"):
        for name, model in (
            ("home", HomePage),
            ("center", CenterPage),
            ("learning index", LearningIndexPage),
            ("module", HowToModulePage),
            ("pathway", PathwayPage),
        ):
            url = first_url(model, language)
            if url:
                found[f"{name} ({language})"] = url
        # The directory: unfiltered, filtered as a parent would, and one service.
        directory = first_url(DirectoryPage, language)
        if directory:
            found[f"directory ({language})"] = directory
            category = "food" if language == "en" else "alimentos"
            found[f"directory filtered ({language})"] = f"{directory}?category={category}&cost=free"
            found[f"service ({language})"] = first_url(ServicePage, language)
        # The calendar: the list, the month, one event, and the registration form.
        calendar = first_url(EventIndexPage, language)
        if calendar:
            found[f"calendar ({language})"] = calendar
            found[f"calendar month ({language})"] = f"{calendar}month/"
            found[f"event ({language})"] = first_url(EventPage, language)
            open_date = next(
                (
                    o
                    for o in Occurrence.objects.upcoming().order_by("starts_at")
                    if o.registration_is_open()
                ),
                None,
            )
            if open_date is not None:
                found[f"registration form ({language})"] = (
                    f"/{language}/events/register/{open_date.pk}/"
                )
        # Search: one word, and the same word narrowed to one kind.
        word = "workshop" if language == "en" else "taller"
        search = f"/{language}/search/" if language == "en" else f"/{language}/buscar/"
        found[f"search, one word ({language})"] = f"{search}?q={word}"
        found[f"search, filtered ({language})"] = f"{search}?q={word}&kind=event"
    return found


def measure(url):
    Client(HTTP_HOST=HOST).get(url)  # warm the shared caches (and, when on, the page cache)
    with CaptureQueriesContext(connection) as queries:
        response = Client(HTTP_HOST=HOST).get(url)
    return {
        "status": response.status_code,
        "queries": len(queries),
        "bytes": len(response.content),
        "cache": response.get("X-Page-Cache", ""),
    }


if __name__ == "__main__":
    found = pages()
    if settings.PORTAL_PAGE_CACHE_SECONDS:
        found = {name: url for name, url in found.items() if not name.startswith(NEVER_CACHED)}
    print(json.dumps({name: {"url": url, **measure(url)} for name, url in found.items()}))
