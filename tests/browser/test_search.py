"""Site search in a real browser on a 390 px phone, in English and Spanish.

A visitor types in the header's search box and sees suggestions (a combobox: ArrowDown
then Enter opens one), submits the words, gets results, narrows them with a filter and
removes it; a search that finds nothing says what to do. axe-core checks the results,
the empty results and the page with the suggestions open.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import PHONE, describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

WORDS = {
    "en": {
        "locale": "en-US",
        "typed": "confer",
        "query": "conference",
        "search": "/en/search/",
        "results": "2 results for “conference”",
        "one_result": "1 result for “conference”",
        "page": "Parent-teacher conferences",
        "center": "North Conference Center",
        "centers": "Family Engagement Centers",
        "filters": "Filter results",
        "remove": "Remove filter: Family Engagement Centers",
        "nothing": "0 results for “xylophone”",
        "spelling": "Check the spelling of each word.",
        "suggestions": "2 suggestions",
    },
    "es": {
        "locale": "es-US",
        "typed": "confer",
        "query": "conferencias",
        "search": "/es/buscar/",
        "results": "2 resultados para «conferencias»",
        "one_result": "1 resultado para «conferencias»",
        "page": "Conferencias de padres y maestros",
        "center": "Centro de Conferencias Norte",
        "centers": "Centros de Participación Familiar",
        "filters": "Filtrar resultados",
        "remove": "Quitar filtro: Centros de Participación Familiar",
        "nothing": "0 resultados para «xylophone»",
        "spelling": "Revise cómo se escribe cada palabra.",
        "suggestions": "2 sugerencias",
    },
}


@pytest.fixture
def search_site(live_server, settings, tmp_path):
    """A page and a center in both languages, indexed by Whoosh in a fresh index."""
    from wagtail.search.backends import get_search_backend

    from tests.factories import (
        CenterPageFactory,
        RegionFactory,
        StandardPageFactory,
        build_site,
        publish_translation,
        translate_snippet,
    )

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "portal.search.whoosh_backend", "PATH": str(tmp_path / "index")}
    }
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    get_search_backend().reset_indexes()
    tree = build_site()
    page = StandardPageFactory(
        parent=tree["home"],
        title=WORDS["en"]["page"],
        slug="conferences",
        intro="How to prepare for a conference with your child's teacher.",
        live=False,
    )
    page.save_revision().publish()
    publish_translation(
        page,
        "es",
        title=WORDS["es"]["page"],
        slug="conferencias",
        intro="Cómo prepararse para una conferencia con la maestra de sus hijos.",
    )
    region = RegionFactory(name="North", slug="north")
    translate_snippet(region, "es", name="Norte")
    center = CenterPageFactory(
        parent=tree["centers"],
        title=WORDS["en"]["center"],
        slug="north",
        region=region,
        intro="Parent conferences, workshops and computers.",
        live=False,
    )
    center.save_revision().publish()
    publish_translation(
        center,
        "es",
        title=WORDS["es"]["center"],
        slug="norte",
        intro="Conferencias para familias, talleres y computadoras.",
    )
    return tree


def check(page, what):
    page.wait_for_load_state("load")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{what} is {overflow}px wider than the phone"
    violations = run_axe(page)["violations"]
    assert violations == [], f"axe on {what} ({page.url}):\n{describe_violations(violations)}"


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_search_from_the_header_on_a_phone(new_context, search_site, language):
    words = WORDS[language]
    page = new_context(locale=words["locale"], viewport=PHONE).new_page()
    page.goto(f"/{language}/")

    # Suggestions while typing: a combobox with a listbox and a count said politely.
    box = page.locator("#site-search")
    expect(box).to_be_visible()
    box.press_sequentially(words["typed"], delay=40)
    listbox = page.locator("#site-search-listbox")
    expect(listbox).to_be_visible()
    expect(listbox.get_by_role("option")).to_have_count(2)
    expect(box).to_have_attribute("aria-expanded", "true")
    status = page.locator(".search-box--header [data-search-status]")
    expect(status).to_contain_text(words["suggestions"])
    check(page, "the home page with the suggestions open")

    # The keyboard: ArrowDown chooses the first suggestion, Enter opens it.
    box.press("ArrowDown")
    first = listbox.get_by_role("option").first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    chosen = first.locator(".search-box__option-title").inner_text()
    box.press("Enter")
    page.wait_for_load_state("load")
    expect(page.locator("h1")).to_have_text(chosen)

    # Escape closes the suggestions; Enter then submits the words.
    box = page.locator("#site-search")
    box.press_sequentially(words["typed"], delay=40)
    expect(page.locator("#site-search-listbox")).to_be_visible()
    box.press("Escape")
    expect(page.locator("#site-search-listbox")).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    box.fill(words["query"])
    box.press("Enter")
    page.wait_for_url(re.compile(re.escape(words["search"]) + r"\?q="))
    expect(page.locator("h1")).to_have_text(words["results"])
    expect(page.locator(".search-result__title")).to_have_count(2)
    expect(page.locator(".search-result__excerpt mark").first).to_be_visible()
    check(page, "the results")

    # On a phone the filters are folded above the results; one narrows them.
    filters = page.locator("[data-search-filters]")
    expect(filters).not_to_have_attribute("open", "")
    summary = filters.locator("summary")
    expect(summary).to_have_text(words["filters"])
    assert summary.bounding_box()["y"] < page.locator(".search-results").bounding_box()["y"]
    summary.click()
    filters.get_by_role("link", name=re.compile(re.escape(words["centers"]))).click()
    page.wait_for_load_state("load")
    expect(page.locator("h1")).to_have_text(words["one_result"])
    expect(page.locator(".search-result__title")).to_have_text([words["center"]])
    expect(page.locator("[data-search-filters] summary")).to_have_text(f"{words['filters']} (1)")
    check(page, "the filtered results")

    # The chip removes the filter.
    page.get_by_role("link", name=words["remove"]).click()
    page.wait_for_load_state("load")
    expect(page.locator("h1")).to_have_text(words["results"])


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_a_search_that_finds_nothing_helps(new_context, search_site, language):
    words = WORDS[language]
    page = new_context(locale=words["locale"], viewport=PHONE).new_page()
    page.goto(f"{words['search']}?q=xylophone")
    expect(page.locator("h1")).to_have_text(words["nothing"])
    expect(page.locator(".search-empty")).to_contain_text(words["spelling"])
    check(page, "no results")

    # The search page's own box suggests too (and keeps the page accessible).
    box = page.locator("#search-page")
    box.fill("")
    box.press_sequentially(words["typed"], delay=40)
    expect(page.locator("#search-page-listbox").get_by_role("option")).to_have_count(2)
    check(page, "no results with the suggestions open")
