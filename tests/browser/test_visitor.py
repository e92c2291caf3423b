"""A visitor finds the site in their language, switches language and opens a center."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]


def test_visitor_lands_in_spanish_switches_to_english_and_opens_a_center(
    new_context, live_server, portal_site
):
    page = new_context(locale="es-ES", viewport=PHONE).new_page()

    page.goto("/")
    expect(page).to_have_url(re.compile(r"/es/$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", level=1)).to_have_text(portal_site["home_es"].title)

    switcher = page.get_by_role("navigation", name="Idioma")
    switcher.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(portal_site["home"].title)
    expect(page.get_by_role("navigation", name="Language").locator("[aria-current]")).to_have_text(
        "English"
    )

    centers = page.locator(
        "section", has=page.get_by_role("heading", name="Family Engagement Centers")
    )
    centers.get_by_role("link", name="North Family Engagement Center").click()
    expect(page).to_have_url(re.compile(r"/en/centers/north/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("North Family Engagement Center")
    expect(page.get_by_role("table")).to_contain_text("Mon–Thu")
    expect(page.locator("address").first).to_contain_text(portal_site["center"].street_address)


def test_phone_menu_folds_and_opens_with_the_keyboard(new_context, live_server, portal_site):
    """On a phone the main menu is one "Menu" button; Enter opens it, links follow."""
    from tests.factories import StandardPageFactory

    StandardPageFactory(
        parent=portal_site["home"], title="About us", slug="about", show_in_menus=True
    )
    page = new_context(viewport=PHONE).new_page()
    page.goto("/en/")
    menu_link = page.get_by_role("navigation", name="Main").get_by_role("link", name="About us")
    expect(menu_link).to_be_hidden()
    toggle = page.locator("summary", has_text="Menu")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(menu_link).to_be_visible()
    menu_link.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/about/$"))


def test_desktop_menu_is_open_without_a_toggle(new_context, live_server, portal_site):
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    page.goto("/en/")
    expect(page.locator("summary", has_text="Menu")).to_be_hidden()
    expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Home")
    ).to_be_visible()
