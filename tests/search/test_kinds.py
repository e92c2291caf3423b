"""What each app puts on its search cards, and when its things leave search."""

import datetime

import pytest

from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory, TopicFactory
from pathways.factories import HowToModulePageFactory
from portal.models import SearchEntry
from resources.factories import (
    DirectoryPageFactory,
    OrganizationPageFactory,
    ServiceCategoryFactory,
    ServicePageFactory,
)
from tests.factories import publish_translation

pytestmark = pytest.mark.django_db


def published(page):
    page.save_revision().publish()
    return page


def entry(page):
    return SearchEntry.objects.get(page=page)


def tags(search_entry):
    return sorted((tag.dimension, tag.label) for tag in search_entry.tags.all())


def test_an_event_shows_its_next_dates_place_and_topic(site_tree, committed):
    topic = TopicFactory(name="Reading")
    with committed():
        calendar = EventIndexPageFactory(parent=site_tree["home"])
        event = published(
            EventPageFactory(
                parent=calendar,
                title="Reading night",
                topic=topic,
                repeat="weekly",
                repeat_until=timezone.localdate() + datetime.timedelta(days=30),
            )
        )
    card = entry(event)
    assert card.kind == "event"
    dates = [datetime.datetime.fromisoformat(d) for d in card.facts["dates"]]
    assert len(dates) >= 4 and dates == sorted(dates) and dates[0] > timezone.now()
    assert card.facts["lines"] == ["100 Main Street, Valle del Sol, 93700"]
    assert ("topic", "Reading") in tags(card)
    assert card.visible_until >= dates[-1]


def test_a_translation_takes_new_dates_when_the_original_changes(site_tree, committed):
    with committed():
        calendar = EventIndexPageFactory(parent=site_tree["home"])
        event = published(EventPageFactory(parent=calendar, title="Math night"))
        spanish = publish_translation(event, "es", title="Noche de matemáticas", slug="mate")
    first = entry(spanish).facts["dates"]
    event.first_date = event.first_date + datetime.timedelta(days=7)
    with committed():
        event.save_revision().publish()
    assert entry(spanish).facts["dates"] != first
    assert entry(spanish).facts["dates"] == entry(event).facts["dates"]


def test_an_event_after_its_last_date_is_not_listed_as_upcoming(site_tree, committed):
    with committed():
        calendar = EventIndexPageFactory(parent=site_tree["home"])
        event = published(EventPageFactory(parent=calendar))
    card = entry(event)
    later = card.visible_until + datetime.timedelta(minutes=1)
    listed = SearchEntry.objects.filter(visible_until__gte=later, pk=card.pk)
    assert not listed.exists()


def test_a_service_shows_cost_organization_and_categories(site_tree, committed):
    food = ServiceCategoryFactory(name="Food")
    with committed():
        directory = DirectoryPageFactory(parent=site_tree["home"])
        organization = OrganizationPageFactory(parent=directory, title="Food Bank")
        service = published(
            ServicePageFactory(parent=organization, title="Pantry", categories=[food], cost="free")
        )
    card = entry(service)
    assert (card.kind, card.facts["lines"]) == ("service", ["Free", "Food Bank"])
    assert tags(card) == [("category", "Food")]
    service.status = "inactive"
    with committed():
        service.save_revision().publish()
    assert not SearchEntry.objects.filter(page=service).exists()


def test_a_kind_of_help_is_a_snippet_found_by_name_that_opens_the_directory(site_tree, committed):
    with committed():
        directory = published(DirectoryPageFactory(parent=site_tree["home"]))
        category = ServiceCategoryFactory(name="Housing", slug="housing")
    card = SearchEntry.objects.get(kind="category", target_id=category.pk)
    assert card.url == f"{directory.url}?category=housing"
    category.name = "Housing and shelter"
    with committed():
        category.save()
    assert SearchEntry.objects.get(pk=card.pk).title == "Housing and shelter"
    with committed():
        category.delete()
    assert not SearchEntry.objects.filter(pk=card.pk).exists()


def test_a_module_shows_its_length_and_topic(site_tree, committed):
    with committed():
        module = published(
            HowToModulePageFactory(
                parent=site_tree["home"], estimated_minutes=15, topic="communication"
            )
        )
    card = entry(module)
    assert card.kind == "module"
    assert card.facts["lines"] == ["15 minutes"]
    assert tags(card) == [("topic", "Talking with the school")]
