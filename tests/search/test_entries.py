"""Search entries follow what visitors can see: publish, edit, unpublish, delete,
privacy, withdrawn services and past events."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

from portal.factories import AudienceFactory
from portal.models import SearchEntry
from portal.search import entries
from tests.factories import StandardPageFactory, publish_translation

pytestmark = pytest.mark.django_db


def found(text, language="en"):
    locale = Locale.objects.get(language_code=language)
    return [entry.title for entry in SearchEntry.objects.filter(locale=locale).search(text)]


@pytest.fixture
def page(whoosh, site_tree, committed):
    with committed():
        page = StandardPageFactory(
            parent=site_tree["home"], title="Bus routes", intro="School bus routes and times."
        )
        page.save_revision().publish()
    return page


def test_publishing_lists_the_page_in_its_language(page, committed):
    entry = SearchEntry.objects.get(page=page)
    assert (entry.kind, entry.url, entry.locale.language_code) == ("page", page.url, "en")
    assert found("bus") == ["Bus routes"]
    with committed():
        publish_translation(page, "es", title="Rutas de autobús", slug="rutas")
    assert found("autobus", "es") == ["Rutas de autobús"]
    assert found("autobus", "en") == []


def test_an_edit_shows_at_once(page, committed):
    page.title = "Bus stops"
    with committed():
        page.save_revision().publish()
    assert found("stops") == ["Bus stops"]
    assert SearchEntry.objects.filter(page=page).count() == 1


def test_a_draft_change_waits_for_publishing(page, committed):
    page.title = "Secret draft title"
    with committed():
        page.save_revision()
    assert found("secret") == []


def test_unpublish_and_delete_remove_the_entry(page, committed):
    with committed():
        page.unpublish()
    assert found("bus") == []
    assert not SearchEntry.objects.filter(page=page).exists()
    with committed():
        page.save_revision().publish()
    assert found("bus") == ["Bus routes"]
    with committed():
        page.delete()
    assert found("bus") == []
    assert not SearchEntry.objects.filter(target_id=page.pk).exists()


def test_a_private_page_leaves_search(page, committed):
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert found("bus") == []
    with committed():
        PageViewRestriction.objects.filter(page=page).delete()
    assert found("bus") == ["Bus routes"]


def test_entries_carry_audiences_as_facet_values(page, committed):
    parents = AudienceFactory(name="Parents")
    page.audiences.add(parents)
    with committed():
        page.save_revision().publish()
    entry = SearchEntry.objects.get(page=page)
    assert [(t.dimension, t.label) for t in entry.tags.all()] == [("audience", "Parents")]
    tag = entry.tags.get()
    assert found_with_tag("bus", tag) == ["Bus routes"]


def found_with_tag(text, tag):
    return [e.title for e in SearchEntry.objects.with_tag(tag).search(text)]


def test_entries_past_their_date_can_be_filtered_out(page):
    entry = SearchEntry.objects.get(page=page)
    SearchEntry.objects.filter(pk=entry.pk).update(
        visible_until=timezone.now() - datetime.timedelta(days=1)
    )
    entries.refresh(page)  # the page's own kind sets no date: listed again without one
    assert SearchEntry.objects.get(page=page).visible_until is None


def test_refresh_all_rebuilds_missing_and_drops_stale_entries(page):
    SearchEntry.objects.all().delete()
    ghost = SearchEntry.objects.create(
        content_type_id=page.content_type_id,
        target_id=999999,
        locale=page.locale,
        kind="page",
        title="Ghost",
        url="/en/ghost/",
    )
    entries.refresh_all()
    assert not SearchEntry.objects.filter(pk=ghost.pk).exists()
    assert SearchEntry.objects.filter(page=page).exists()
