"""Becoming a partner and reviewing listings, in a real browser.

A person from a community organization asks, at phone width in English and Spanish,
to keep their organization's listings (a mistake first, then a good request); family-
engagement staff read the listings to check, send the reminders, and approve the
request. axe-core (WCAG 2.2 A/AA) finds nothing on any of these pages.
"""

import pytest
from playwright.sync_api import expect

from django.core import mail
from django.test import Client

from portal import roles
from resources.models import PartnerMembership, PartnerRequest
from tests.browser.axe import PHONE, WCAG_21_AA, describe_violations, run_axe
from tests.factories import UserFactory
from tests.resources.world import build_directory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

WCAG_22_AA = [*WCAG_21_AA, "wcag22aa"]
TEXT = {
    "en": {
        "heading": "List your organization in the directory",
        "name_error": "Choose your organization from the list, or write the name of a new one.",
        "send": "Send my request",
        "done": "We have your request",
    },
    "es": {
        "heading": "Publique su organización en el directorio",
        "name_error": "Elija su organización de la lista o escriba el nombre de una nueva.",
        "send": "Enviar mi solicitud",
        "done": "Recibimos su solicitud",
    },
}


def signed_in_context(new_context, live_server, user, **options):
    client = Client()
    client.force_login(user)
    context = new_context(**options)
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
    return context


def assert_accessible(page, where, phone=True):
    page.wait_for_load_state("load")
    if phone:
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{where} is {overflow}px wider than a phone"
    violations = run_axe(page, WCAG_22_AA)["violations"]
    assert violations == [], f"{where} ({page.url}):\n{describe_violations(violations)}"


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_someone_asks_to_become_a_partner(new_context, live_server, portal_site, language):
    build_directory(portal_site)
    text = TEXT[language]
    url = f"/{language}/partners/join/"

    visitor = new_context(locale=language, viewport=PHONE).new_page()
    assert visitor.goto(url).status == 200
    expect(visitor.get_by_role("heading", level=1)).to_have_text(text["heading"])
    assert_accessible(visitor, "the page for a visitor")

    person = UserFactory(email=f"coordinator-{language}@literacy.example.org")
    page = signed_in_context(
        new_context, live_server, person, locale=language, viewport=PHONE
    ).new_page()
    page.goto(url)
    page.locator("#id_job_title").fill("Coordinator")
    page.get_by_role("button", name=text["send"]).click()
    expect(page.locator(".field__errors").first).to_contain_text(text["name_error"])
    assert_accessible(page, "the form with its errors")
    assert not PartnerRequest.objects.exists()

    page.locator("#id_organization_name").fill("Valle Literacy Project")
    page.locator("#id_description").fill("English classes for parents.")
    page.locator("#id_job_title").fill("Coordinator")
    page.get_by_role("button", name=text["send"]).click()
    expect(page.get_by_role("heading", name=text["done"])).to_be_visible()
    assert_accessible(page, "the request's status")
    request = PartnerRequest.objects.get()
    assert (request.user, request.organization_name) == (person, "Valle Literacy Project")


def test_staff_review_listings_remind_and_approve(new_context, live_server, portal_site):
    world = build_directory(portal_site)
    partner = UserFactory(email="marta@clinic.example.org", preferred_language="es")
    PartnerMembership.objects.create(user=partner, organization=world.clinic)
    asker = UserFactory(email="ana@foodbank.example.org")
    request = PartnerRequest.objects.create(
        user=asker, organization=world.food_bank, job_title="Pantry lead"
    )
    staff = UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF])
    page = signed_in_context(
        new_context, live_server, staff, locale="en-US", viewport={"width": 1280, "height": 800}
    ).new_page()

    page.goto("/admin/directory/reports/expired-opportunities/")
    expect(page.locator("#listing-results")).to_contain_text("Spring camp")
    assert_accessible(page, "expired opportunities", phone=False)

    page.goto("/admin/directory/reports/stale-listings/")
    expect(page.locator("#listing-results")).to_contain_text("Checkups for children")
    assert_accessible(page, "listings to check", phone=False)
    page.get_by_role("button", name="Send reminders now (1 listing)").click()
    expect(page.locator(".messages")).to_contain_text("Reminder sent about 1 listing")
    assert [email.to for email in mail.outbox] == [["marta@clinic.example.org"]]
    expect(page.locator("#listing-results")).to_contain_text("marta@clinic.example.org (ES)")

    page.goto("/admin/snippets/resources/partnerrequest/")
    assert_accessible(page, "partner requests", phone=False)
    page.get_by_role("link", name=asker.get_full_name()).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Partner request")
    assert_accessible(page, "a partner request", phone=False)
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".messages")).to_contain_text("is now a partner of Valle Food Bank")
    assert PartnerMembership.objects.get(user=asker).organization == world.food_bank
    request.refresh_from_db()
    assert request.status == "approved"
