"""`manage.py load_demo` loads the community directory in English and Spanish.

The demo is loaded once for the package (twice, to prove the second run changes
nothing): see ``tests/demo/conftest.py``.
"""

import pytest

from django.utils import timezone

from resources import directory as rules
from resources import review
from resources.demo.data import CATEGORIES, ORGANIZATIONS
from resources.directory import DirectoryFilters
from resources.models import (
    DirectoryPage,
    ListingReminder,
    OpportunityPage,
    OrganizationPage,
    PartnerMembership,
    PartnerRequest,
    ServiceCategory,
    ServicePage,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es"]


def test_the_directory_is_complete_and_a_second_run_adds_nothing(demo):
    first, second = demo["first"], demo["second"]
    for key in ("organizations", "services", "places", "opportunities", "service categories"):
        assert first[key] == second[key], key
    assert first["organizations"] == 2 * len(ORGANIZATIONS)
    assert first["service categories"] == 2 * len(CATEGORIES)
    assert "Directory: 15 organizations, 40 services" in demo["outputs"][0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_listing_has_its_translation(demo, language):
    services = ServicePage.objects.live().filter(locale__language_code=language)
    assert services.count() == 40
    assert OrganizationPage.objects.live().filter(locale__language_code=language).count() == 15
    assert ServiceCategory.objects.filter(locale__language_code=language).count() == 9


def test_every_category_has_at_least_three_services(demo):
    locale_id = DirectoryPage.objects.get(locale__language_code="en").locale_id
    for key in rules.categories_by_key(locale_id):
        found = rules.find_services(locale_id, DirectoryFilters(category_key=key))
        assert len(found) >= 3, key


def test_some_listings_are_stale_and_some_opportunities_expired(demo):
    services = list(ServicePage.objects.filter(locale__language_code="en"))
    stale = [service for service in services if rules.is_stale(service)]
    assert 5 <= len(stale) < len(services) // 2
    today = timezone.localdate()
    opportunities = OpportunityPage.objects.filter(locale__language_code="en")
    assert opportunities.filter(expires_on__lt=today).exists()
    assert opportunities.filter(expires_on__gte=today).exists()


def test_the_spanish_services_are_in_spanish_and_name_spanish_places(demo):
    for service in ServicePage.objects.filter(locale__language_code="es"):
        organization = service.get_parent()
        for place in service.locations.all():
            assert place.organization_id == organization.pk, service.title
        for category in service.categories.all():
            assert category.locale_id == service.locale_id, service.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_directory_pages_render(demo, client, language):
    directory = DirectoryPage.objects.get(locale__language_code=language)
    response = client.get(directory.url)
    assert response.status_code == 200
    service = ServicePage.objects.live().filter(locale__language_code=language).first()
    assert client.get(service.url).status_code == 200
    assert client.get(service.get_parent().url).status_code == 200


def test_every_organization_has_a_partner_and_the_demo_partner_edits_the_food_bank(demo):
    assert PartnerMembership.objects.count() == len(ORGANIZATIONS) + 1
    demo_partner = PartnerMembership.objects.get(user__email="partner@example.org")
    food_bank = demo_partner.organization
    assert food_bank.slug == ORGANIZATIONS[0]["slug"]["en"]
    service = ServicePage.objects.child_of(food_bank).first()
    assert service.permissions_for_user(demo_partner.user).can_edit()
    assert not service.permissions_for_user(demo_partner.user).can_publish()
    other = (
        OrganizationPage.objects.exclude(pk=food_bank.pk).filter(locale=food_bank.locale).first()
    )
    assert not other.permissions_for_user(demo_partner.user).can_edit()
    for membership in PartnerMembership.objects.select_related("user"):
        assert membership.user.preferred_language in ("en", "es")


def test_staff_have_listings_to_check_and_partner_requests_to_decide(demo):
    stale = review.stale_listings()
    assert len(stale) >= 5
    assert all(row.contacts for row in stale)  # every demo organization has a partner
    assert review.expired_opportunities()
    waiting = PartnerRequest.objects.filter(status="pending")
    assert sorted(request.is_new_organization for request in waiting) == [False, True]
    assert "2 partner requests waiting" in demo["outputs"][0]
    assert sent_nothing_yet()


def sent_nothing_yet():
    """Loading the demo sends no reminder: staff choose when (the button or the command)."""
    return not ListingReminder.objects.exists()
