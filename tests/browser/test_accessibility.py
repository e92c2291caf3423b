"""axe-core finds no WCAG 2.1 A/AA violation on the public pages, both languages, both widths."""

import os
from pathlib import Path

import pytest

from django.test import Client

from tests.browser.axe import DESKTOP, PHONE, describe_violations, run_axe
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

PAGES = {
    "home": {"en": "/en/", "es": "/es/"},
    "center": {"en": "/en/centers/north/", "es": "/es/centros/norte/"},
    "signup": {"en": "/en/accounts/signup/", "es": "/es/accounts/signup/"},
    "login": {"en": "/en/accounts/login/", "es": "/es/accounts/login/"},
    "account": {"en": "/en/account/", "es": "/es/account/"},
}
LOGGED_IN = {"account"}
WIDTHS = {"phone": PHONE, "desktop": DESKTOP}
# Set PORTAL_SHOTS_DIR (e.g. /tmp/shots) to keep full-page screenshots to look at.
SHOTS_DIR = os.environ.get("PORTAL_SHOTS_DIR")


def _log_in(context, live_server):
    client = Client()
    client.force_login(UserFactory(email="axe@example.org"))
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])


@pytest.mark.parametrize("width", list(WIDTHS), ids=list(WIDTHS))
@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
@pytest.mark.parametrize("name", list(PAGES), ids=list(PAGES))
def test_no_wcag_violations(new_context, live_server, portal_site, name, language, width):
    context = new_context(locale=language, viewport=WIDTHS[width])
    if name in LOGGED_IN:
        _log_in(context, live_server)
    page = context.new_page()
    response = page.goto(PAGES[name][language])
    assert response.status == 200, f"{PAGES[name][language]} answered {response.status}"
    assert page.url.endswith(PAGES[name][language]), f"redirected to {page.url}"
    assert page.locator("html").get_attribute("lang") == language
    page.wait_for_load_state("load")

    if SHOTS_DIR:
        Path(SHOTS_DIR).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS_DIR}/{name}-{language}-{width}.png", full_page=True)

    # WCAG 1.4.10 (reflow): nothing forces sideways scrolling, even at phone width.
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than the {width} viewport"

    violations = run_axe(page)["violations"]
    assert violations == [], (
        f"axe found {len(violations)} WCAG 2.1 A/AA violation(s) on "
        f"{PAGES[name][language]} at {width} width:\n{describe_violations(violations)}"
    )
