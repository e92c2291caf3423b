"""The community directory in a real browser at phone width, in English and Spanish:
axe-core finds nothing (WCAG 2.2 A/AA), nothing scrolls sideways, and a parent finds a
service by filtering and can call it with one tap."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import PHONE, WCAG_21_AA, describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

WCAG_22_AA = [*WCAG_21_AA, "wcag22aa"]
PAGES = ["directory", "filtered", "service", "organization", "opportunity", "center"]


@pytest.fixture
def directory_site(portal_site):
    from resources.models import OpportunityPage
    from tests.factories import publish_translation
    from tests.resources.world import build_directory

    world = build_directory(portal_site)
    diapers_es = publish_translation(
        world.services["diapers"], "es", title="Banco de pañales", slug="panales"
    )
    summer = OpportunityPage.objects.get(slug="summer-camp")
    urls = {
        "directory": {"en": world.page.url, "es": world.page_es.url},
        "filtered": {
            "en": world.page.url + "?category=food&open_now=on",
            "es": world.page_es.url + "?category=alimentos&open_now=on",
        },
        "service": {
            "en": world.services["checkups"].url,
            "es": world.services["pantry_es"].url,
        },
        "organization": {
            "en": world.food_bank.url,
            "es": world.services["pantry_es"].get_parent().url,
        },
        "opportunity": {"en": summer.url, "es": summer.url},
        "second": {"en": world.services["checkups"].url, "es": diapers_es.url},
        "center": {"en": world.center.url, "es": world.center_es.url},
    }
    return {"world": world, "urls": urls}


def _open(new_context, url, language):
    page = new_context(locale=language, viewport=PHONE).new_page()
    response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    page.wait_for_load_state("load")
    return page


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_directory_pages_have_no_wcag_violations(
    new_context, live_server, directory_site, language
):
    """Every directory page type in one browser context (the site is built once per language)."""
    page = new_context(locale=language, viewport=PHONE).new_page()
    for name in PAGES:
        url = directory_site["urls"][name][language]
        response = page.goto(url)
        assert response.status == 200, f"{url} answered {response.status}"
        page.wait_for_load_state("load")
        expect(page.locator("h1")).to_have_count(1)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{url} is {overflow}px wider than a phone"
        violations = run_axe(page, WCAG_22_AA)["violations"]
        assert violations == [], f"{name} {url}:\n{describe_violations(violations)}"


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_a_parent_filters_finds_a_service_and_can_call(
    new_context, live_server, directory_site, language
):
    page = _open(new_context, directory_site["urls"]["directory"][language], language)
    page.locator(".directory-filters > summary").click()
    category = "food" if language == "en" else "alimentos"
    select = page.locator("select[name=category]")
    label = page.locator(f'label[for="{select.get_attribute("id")}"]')
    expect(label).to_be_visible()  # the select is labelled, in the page's language
    select.select_option(category)
    page.locator(".directory-filters__actions button").click()
    page.wait_for_load_state("load")
    assert f"category={category}" in page.url
    results = page.locator(".service-card__title a")
    expect(results.first).to_be_visible()
    titles = results.all_inner_texts()
    expected = "Food pantry" if language == "en" else "Despensa de alimentos"
    assert expected in titles
    assert not any("Checkups" in title for title in titles)
    page.get_by_role("link", name=expected).click()
    page.wait_for_load_state("load")
    expect(page.locator("h1")).to_have_text(expected)
    call = page.locator('a[href^="tel:"]').first
    expect(call).to_be_visible()
    assert call.get_attribute("href") == "tel:+18185550111"

    # Save it, and one more; see the list, print it, share it.
    page.locator(".save-form button").click()
    page.wait_for_load_state("load")
    expect(page.locator(".messages")).to_be_visible()
    page.goto(directory_site["urls"]["second"][language])
    page.locator(".save-form button").click()
    page.wait_for_load_state("load")
    saved = "/saved-services/" if language == "en" else "/servicios-guardados/"
    page.locator(f'.save-form a[href$="{saved}"]').click()
    page.wait_for_load_state("load")
    items = page.locator(".saved-item__title")
    expect(items).to_have_count(2)
    assert expected in items.all_inner_texts()
    violations = run_axe(page, WCAG_22_AA)["violations"]
    assert violations == [], describe_violations(violations)
    expect(page.locator("[data-print]")).to_be_visible()  # the script shows the button

    page.emulate_media(media="print")
    expect(page.locator(".saved-actions")).to_be_hidden()
    expect(page.locator(".site-header__nav")).to_be_hidden()
    pdf = page.pdf(format="Letter")
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert 1 <= pages <= 2, f"the list prints on {pages} pages"
    page.emulate_media(media="screen")

    share = page.locator("#share-link").input_value()
    assert (f"{saved}shared/" if language == "en" else f"{saved}compartidos/") in share
    stranger = new_context(locale=language, viewport=PHONE).new_page()
    stranger.goto(share)
    expect(stranger.locator(".saved-item__title")).to_have_count(2)
    expect(stranger.locator(".saved-item__remove")).to_have_count(0)
    violations = run_axe(stranger, WCAG_22_AA)["violations"]
    assert violations == [], describe_violations(violations)
