"""The admin Figures page and the home panel in a real browser: no WCAG 2.1 A/AA violations."""

import pytest
from playwright.sync_api import expect

from django.test import Client

from portal import roles
from tests.browser.axe import describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]
PAGES = {
    "figures": "/admin/figures/",
    "invalid-filter": "/admin/figures/?school=999999",
    "home-panel": "/admin/",
}


@pytest.fixture
def staff_context(new_context, live_server):
    from tests.factories import SchoolFactory, UserFactory, build_site

    build_site()
    SchoolFactory(name="Lincoln Elementary", code="LIN")
    client = Client()
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    context = new_context(locale="en-US", viewport={"width": 1280, "height": 800})
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
    return context


@pytest.mark.parametrize("name", list(PAGES), ids=list(PAGES))
def test_no_wcag_violations(staff_context, name):
    page = staff_context.new_page()
    response = page.goto(PAGES[name])
    assert response.status == 200
    page.wait_for_load_state("load")
    if name == "invalid-filter":
        expect(page.get_by_role("alert")).to_contain_text("Choose a school from the list.")
    else:
        expect(page.locator("table caption").filter(has_text="School year").first).to_be_visible()
    violations = run_axe(page)["violations"]
    assert violations == [], (
        f"axe found {len(violations)} WCAG 2.1 A/AA violation(s) on {PAGES[name]}:\n"
        f"{describe_violations(violations)}"
    )
