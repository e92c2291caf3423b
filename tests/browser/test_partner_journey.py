"""A community partner edits their service in English and Spanish and submits each change;
family-engagement staff approve both; visitors then read the new text in both languages.

All at phone width: the partner signs into the admin, sees no "Publish" button, cannot
open another organization's service, and the public pages keep the old text (served
from the anonymous page cache, see portal/page_cache.py) until the moderator approves.
axe-core checks the partner's edit view and the changed public pages.
"""

import re

import pytest
from playwright.sync_api import expect

from portal import roles
from resources.models import PartnerMembership
from tests.browser.axe import PHONE, describe_violations, run_axe
from tests.browser.journey import admin_login
from tests.factories import UserFactory
from tests.resources.world import build_directory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

#: The partner's service in each language: its title, and its description before and
#: after the partner's change (the old one is what tests/resources/world.py publishes).
SERVICE = {
    "en": {
        "key": "pantry",
        "title": "Food pantry",
        "old": "Groceries every week for families.",
        "new": "Groceries every Tuesday and Friday, with fresh fruit for children.",
        "eligibility": "Families living in the district. No documents needed.",
    },
    "es": {
        "key": "pantry_es",
        "title": "Despensa de alimentos",
        "old": "Comestibles cada semana para las familias.",
        "new": "Comestibles cada martes y viernes, con fruta fresca para los niños.",
        "eligibility": "Familias que viven en el distrito. No se necesitan documentos.",
    },
}


@pytest.fixture
def partner_world(portal_site):
    """The directory in both languages, a partner of the food bank and a moderator."""
    world = build_directory(portal_site)
    partner = UserFactory(email="ana@foodbank.example.org")
    PartnerMembership.objects.create(user=partner, organization=world.food_bank)
    moderator = UserFactory(email="moderator@example.org", roles=[roles.FAMILY_ENGAGEMENT_STAFF])
    return {"world": world, "partner": partner, "moderator": moderator}


#: Each field the admin form refused, as "field: error".
FIELD_ERRORS = """nodes => nodes.map(node => node.dataset.contentpath + ': '
    + node.querySelector('.error-message').innerText.trim())"""


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def assert_accessible(page, where):
    """axe-core (WCAG 2.1 A/AA) finds nothing and nothing scrolls sideways on the phone."""
    page.wait_for_load_state("load")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{where} ({page.url}) is {overflow}px wider than the phone"
    violations = run_axe(page)["violations"]
    assert violations == [], f"axe on {where} ({page.url}):\n{describe_violations(violations)}"


def read_service(visitor, url, language):
    """The public service page as an anonymous visitor gets it: its response and <main>."""
    response = visitor.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    expect(visitor.locator("html")).to_have_attribute("lang", language)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(SERVICE[language]["title"])
    return response, visitor.locator("main")


def partner_submits(page, service, language):
    """The partner changes the description and eligibility, then submits for approval."""
    text = SERVICE[language]
    response = page.goto(edit_url(service))
    assert response.status == 200
    expect(page.locator("#id_description")).to_have_value(text["old"])
    assert_accessible(page, f"the partner's edit view ({language})")

    # No way to publish: the only way forward is the approval workflow.
    page.get_by_role("button", name="More actions").click()
    submit = page.get_by_role("button", name="Submit to Family-engagement approval")
    expect(submit).to_be_visible()
    expect(page.get_by_role("button", name=re.compile(r"^Publish", re.I))).to_have_count(0)
    expect(page.locator('[name="action-publish"]')).to_have_count(0)
    page.keyboard.press("Escape")

    page.locator("#id_description").fill(text["new"])
    page.locator("#id_eligibility_description").fill(text["eligibility"])
    page.get_by_role("button", name="More actions").click()
    submit.click()
    expect(page.locator(".messages li").first).to_be_visible()
    refused = page.locator(".w-field--error").evaluate_all(FIELD_ERRORS)
    assert refused == [], f"the partner's {language} change was refused: {refused}"
    expect(page.locator(".messages")).to_contain_text("submitted")

    service.refresh_from_db()
    assert service.workflow_in_progress, f"the {language} change is not waiting for approval"
    assert service.has_unpublished_changes
    assert service.description == text["old"]  # the live page has not changed
    revision = service.latest_revision
    assert revision.user_id is not None and revision.content["description"] == text["new"]


def moderator_approves(page, service, language):
    page.goto(edit_url(service))
    expect(page.locator("#id_description")).to_have_value(SERVICE[language]["new"])
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(page.locator(".messages")).to_contain_text(
        f"{SERVICE[language]['title']}' has been updated"
    )
    service.refresh_from_db()
    assert service.live and not service.workflow_in_progress
    assert not service.has_unpublished_changes
    assert service.description == SERVICE[language]["new"]


def test_partner_edits_moderator_approves_and_the_change_is_visible(
    new_context, live_server, partner_world
):
    world, partner = partner_world["world"], partner_world["partner"]
    services = {language: world.services[SERVICE[language]["key"]] for language in SERVICE}
    urls = {language: services[language].url for language in SERVICE}
    assert urls["en"].startswith("/en/") and urls["es"].startswith("/es/")

    # An anonymous parent reads both pages; the second visit comes from the page cache.
    visitor = new_context(locale="es-US", viewport=PHONE).new_page()
    for language, url in urls.items():
        read_service(visitor, url, language)
        response, main = read_service(visitor, url, language)
        assert response.headers.get("x-page-cache") == "hit", f"{url} was not cached"
        expect(main).to_contain_text(SERVICE[language]["old"])

    # The partner signs in on a phone; another organization's service stays closed.
    page = new_context(locale="en-US", viewport=PHONE).new_page()
    admin_login(page, partner)
    other = world.services["checkups"]
    page.goto(edit_url(other))
    expect(page).not_to_have_url(re.compile(re.escape(edit_url(other)) + "$"))
    expect(page.locator("#id_description")).to_have_count(0)
    expect(page.locator(".messages")).to_contain_text("permission")

    # English first: the public page keeps the old text while the change waits.
    partner_submits(page, services["en"], "en")
    _, main = read_service(visitor, urls["en"], "en")
    expect(main).to_contain_text(SERVICE["en"]["old"])
    expect(main).not_to_contain_text(SERVICE["en"]["new"])

    # Then the Spanish copy, in the same session.
    partner_submits(page, services["es"], "es")
    _, main = read_service(visitor, urls["es"], "es")
    expect(main).to_contain_text(SERVICE["es"]["old"])
    expect(main).not_to_contain_text(SERVICE["es"]["new"])
    page.context.close()

    # Family-engagement staff approve both from the edit view.
    page = new_context(locale="en-US", viewport=PHONE).new_page()
    admin_login(page, partner_world["moderator"])
    for language in SERVICE:
        moderator_approves(page, services[language], language)
        assert services[language].latest_revision.user == partner
    page.context.close()

    # The same anonymous visitor now reads the new text in both languages.
    for language, url in urls.items():
        _, main = read_service(visitor, url, language)
        expect(main).to_contain_text(SERVICE[language]["new"])
        expect(main).to_contain_text(SERVICE[language]["eligibility"])
        expect(main).not_to_contain_text(SERVICE[language]["old"])
        assert_accessible(visitor, f"the changed service page ({language})")
