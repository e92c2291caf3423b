"""The Content-Security-Policy blocks nothing the site uses, and does block what it must.

Every browser test reports CSP violations through ``csp_violations`` (conftest).
This file adds the pages no other browser test opens: the admin screens editors
use every day (page editor with rich text and choosers, preview, snippets, users,
images, reports) and the public site as an editor sees it (with Wagtail's userbar).
"""

import re

import pytest
from playwright.sync_api import expect

from django.conf import settings
from django.test import Client

from tests.browser.axe import DESKTOP

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]


def signed_in(new_context, live_server, person, **options):
    client = Client()
    client.force_login(person)
    context = new_context(locale="en-US", viewport=DESKTOP, **options)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return context.new_page()


def test_an_injected_inline_script_is_blocked_and_reported(
    new_context, live_server, portal_site, csp_violations
):
    """The policy and the listener both work: an inline script never runs."""
    page = new_context(locale="en-US").new_page()
    page.goto("/en/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.appendChild(script);
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.injected") is None
    assert [v["directive"] for v in csp_violations] == ["script-src-elem"]
    csp_violations.clear()


def test_admin_screens_work_under_the_admin_policy(new_context, live_server, portal_site):
    from tests.factories import UserFactory

    admin = UserFactory(is_superuser=True, is_staff=True, email="root@example.org")
    home, image = portal_site["home"], portal_site["image"]
    page = signed_in(new_context, live_server, admin)
    for url in (
        "/admin/",
        f"/admin/pages/{home.pk}/",
        f"/admin/pages/{home.pk}/edit/",
        f"/admin/pages/{home.pk}/history/",
        f"/admin/images/{image.pk}/",
        "/admin/settings/portal/sitesettings/",
        "/admin/workflows/list/",
        "/admin/learning-reports/funnel/",
        "/admin/learning-reports/self-efficacy/",
        "/admin/snippets/portal/school/",
        "/admin/snippets/portal/region/add/",
        "/admin/users/",
        f"/admin/users/edit/{admin.pk}/",
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/reports/site-history/",
        "/admin/figures/",
    ):
        response = page.goto(url)  # waits for "load": scripts and styles have run
        assert response.status == 200, url

    # The page editor: rich text, a chooser modal, and the live preview.
    page.goto(f"/admin/pages/add/portal/standardpage/{home.pk}/")
    page.locator("#id_title").fill("Policy check")
    body = page.locator("[data-contentpath='body']")
    expect(body).to_be_visible()
    page.get_by_role("button", name=re.compile("Toggle side panel|Preview", re.I)).first.click()
    expect(page.locator("iframe").first).to_be_attached()


def test_the_public_site_with_the_editors_userbar(new_context, live_server, portal_site):
    from portal import roles
    from tests.factories import UserFactory

    editor = UserFactory(roles=[roles.COMMUNICATIONS_STAFF], email="ed@example.org")
    page = signed_in(new_context, live_server, editor)
    for url in ("/en/", "/es/"):
        assert page.goto(url).status == 200
        expect(page.locator("wagtail-userbar")).to_have_count(1)
        page.locator("wagtail-userbar").get_by_role("button").first.click()
        page.wait_for_timeout(300)
