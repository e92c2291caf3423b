"""An editor writes a page and submits it; a moderator approves it; it is live."""

import re

import pytest
from playwright.sync_api import expect

from wagtail.models import Page

from tests.browser.journey import admin_login
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

TITLE = "Parent University workshops"
INTRO = "Free evening workshops for parents, in English and Spanish."


def test_editor_submits_and_moderator_approves_a_page(new_context, live_server, portal_site):
    home = portal_site["home"]
    editor = UserFactory(email="editor@example.org", roles=["Communications staff"])
    moderator = UserFactory(email="moderator@example.org", roles=["Family-engagement staff"])

    # The editor writes a standard page under the English home and submits it.
    page = new_context(locale="en-US").new_page()
    admin_login(page, editor)
    page.goto(f"/admin/pages/{home.pk}/add_subpage/")
    if "/add/portal/standardpage/" not in page.url:
        page.get_by_role("link", name=re.compile("^Standard page", re.I)).click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/add/portal/standardpage/{home.pk}/$"))
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_intro").fill(INTRO)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Family-engagement approval").click()
    expect(page.locator(".messages")).to_contain_text("submitted")

    created = Page.objects.get(title=TITLE)
    assert created.get_parent().pk == home.pk
    assert not created.live
    assert created.workflow_in_progress
    page.context.close()
    anonymous = new_context(locale="en-US").new_page()
    assert anonymous.goto(f"/en/{created.slug}/").status == 404

    # The family-engagement staff member approves it from the edit view.
    page = new_context(locale="en-US").new_page()
    admin_login(page, moderator)
    page.goto(f"/admin/pages/{created.pk}/edit/")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(page.locator(".messages")).to_contain_text(f"{TITLE}' has been updated")

    created.refresh_from_db()
    assert created.live
    assert not created.workflow_in_progress
    assert created.latest_revision.user == editor

    # Anyone can now read it at its URL.
    response = anonymous.goto(f"/en/{created.slug}/")
    assert response.status == 200
    expect(anonymous.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(anonymous.locator("main")).to_contain_text(INTRO)
