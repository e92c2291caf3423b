"""Rebuilding beside the live index, and writers that meet."""

import multiprocessing
import os
from pathlib import Path

import pytest

from django.core.management import call_command

from wagtail.models import Page

from portal.search.storage import CURRENT
from portal.search.whoosh_backend import WhooshRebuilder
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def titles(text):
    return {page.title for page in Page.objects.live().search(text)}


def test_searches_read_the_old_index_until_the_new_one_is_swapped_in(whoosh, site_tree, committed):
    with committed():
        StandardPageFactory(parent=site_tree["home"], title="Homework help")
    path = Path(whoosh.store.path)
    before = (path / CURRENT).read_text()

    rebuilder = WhooshRebuilder(whoosh.get_index_for_model(Page))
    building = rebuilder.start()
    assert titles("homework") == {"Homework help"}  # still the old generation

    # A change published mid-rebuild reaches both generations.
    with committed():
        StandardPageFactory(parent=site_tree["home"], title="Homework club")
    assert titles("homework") == {"Homework help", "Homework club"}

    # The rebuild reads the content before that change (an older snapshot)...
    building.add_items(Page, [p.specific for p in Page.objects.filter(title="Homework help")])
    assert titles("homework") == {"Homework help", "Homework club"}
    rebuilder.finish()

    # ...and after the swap nothing is lost.
    assert (path / CURRENT).read_text() != before
    assert titles("homework") == {"Homework help", "Homework club"}
    # the generation searched a moment ago stays for readers still on it
    assert (path / before).exists()


def test_update_index_rebuilds_everything_and_keeps_two_generations(whoosh, site_tree, committed):
    with committed():
        StandardPageFactory(parent=site_tree["home"], title="Family literacy night")
    call_command("update_index", verbosity=0)
    call_command("update_index", verbosity=0)
    call_command("update_index", verbosity=0)
    assert titles("literacy") == {"Family literacy night"}
    generations = [p for p in Path(whoosh.store.path).glob("index-*") if p.is_dir()]
    assert len(generations) == 2


def _write_many(path, start, count):
    """In another process: index `count` documents, one commit each."""
    from django.test.utils import override_settings  # noqa: PLC0415 - runs in the child

    from wagtail.search.backends import get_search_backend  # noqa: PLC0415

    backends = {"default": {"BACKEND": "portal.search.whoosh_backend", "PATH": path}}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        backend = get_search_backend()
        for number in range(start, start + count):
            backend._write_now(
                [
                    {
                        "key": f"test.doc:{number}",
                        "pk": str(number),
                        "content_types": "test.doc",
                        "all__t_en": f"document number{number}",
                    }
                ],
                [],
            )
    os._exit(0)  # leave the parent's database connection alone


def test_two_processes_writing_at_once_lose_nothing(whoosh):
    context = multiprocessing.get_context("fork")
    path = str(whoosh.store.path)
    workers = [context.Process(target=_write_many, args=(path, start, 40)) for start in (0, 1000)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    with whoosh.store.current().searcher() as searcher:
        keys = {fields["key"] for fields in searcher.all_stored_fields()}
    assert len(keys) == 80
    assert {"test.doc:0", "test.doc:39", "test.doc:1000", "test.doc:1039"} <= keys
