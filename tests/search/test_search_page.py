"""The public search page (/en/search/, /es/buscar/) and its autocomplete, on Whoosh."""

import datetime
import itertools
import json
import re

import pytest

from django.contrib.contenttypes.models import ContentType
from django.http import QueryDict
from django.test.utils import override_settings
from django.utils import timezone

from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MATCH_ALL

from portal.models import SearchEntry, SearchTag, SiteSettings
from portal.search import results
from portal.search.entries import kind_by_key
from tests.factories import StandardPageFactory, publish_translation

pytestmark = pytest.mark.django_db

SEARCH = {"en": "/en/search/", "es": "/es/buscar/"}
SUGGESTIONS = {"en": "/en/search/suggestions/", "es": "/es/buscar/sugerencias/"}
_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def _render_every_time(settings):
    """The page cache would answer a second request without running the search."""
    settings.PORTAL_PAGE_CACHE_SECONDS = 0


def html_of(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def entry(language="en", kind="page", title="Entry", body="", summary="", tags=(), **fields):
    """A search entry as `entries.refresh` leaves one (call inside `committed()`)."""
    number = next(_numbers)
    row = SearchEntry.objects.create(
        content_type=ContentType.objects.get_for_model(SearchTag),
        target_id=number,
        locale=Locale.objects.get(language_code=language),
        kind=kind,
        title=title,
        summary=summary,
        body=body,
        url=fields.pop("url", f"/{language}/entry-{number}/"),
        **fields,
    )
    row.tags.set(tags)
    return row


def tag(dimension, key, label, language="en"):
    return SearchTag.objects.create(dimension=dimension, key=key, language=language, label=label)


def kinds(count):
    """The first `count` registered kinds (whatever the apps register)."""
    keys = list(kind_by_key())
    assert len(keys) >= count, keys
    return keys[:count]


@pytest.fixture
def conferences(whoosh, site_tree, committed):
    """A published page in English and its Spanish translation."""
    with committed():
        page = StandardPageFactory(
            parent=site_tree["home"],
            title="Parent-teacher conferences",
            slug="conferences",
            intro="How to prepare for a conference with your child's teacher.",
            live=False,
        )
        page.save_revision().publish()
        page.refresh_from_db()
        page_es = publish_translation(
            page,
            "es",
            title="Conferencias de padres y maestros",
            slug="conferencias",
            intro="Cómo prepararse para una conferencia con la maestra de sus niños.",
        )
    return {"en": page, "es": page_es}


class TestThePage:
    @pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
    def test_finds_a_published_page_in_the_visitors_language(self, client, conferences, language):
        page = conferences[language]
        words = {"en": "conference", "es": "conferencias"}[language]
        html = html_of(client.get(SEARCH[language], {"q": words}))
        assert f'<a href="{page.url}">{page.title}</a>' in html
        other = conferences["es" if language == "en" else "en"]
        assert other.url not in html
        assert '<meta name="robots" content="noindex">' in html
        heading = {"en": "1 result for “conference”", "es": "1 resultado para «conferencias»"}
        assert heading[language] in text_of(html)
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert words in title
        kind = {"en": "Page", "es": "Página"}[language]
        assert f'<span class="search-result__kind">{kind}</span>' in html

    def test_the_english_address_works_in_spanish_too(self, client, conferences):
        html = html_of(client.get("/es/search/", {"q": "conferencias"}))
        assert conferences["es"].url in html

    def test_an_empty_query_offers_the_main_tasks_and_the_kinds_to_browse(
        self, client, conferences
    ):
        html = html_of(client.get(SEARCH["en"]))
        assert 'class="search-browse"' in html
        assert "?kind=page" in html
        assert "search-result" not in html
        assert 'id="search-page"' in html  # the form

    def test_browsing_a_kind_lists_its_entries_by_title(self, client, whoosh, committed):
        with committed():
            entry(title="Zinnias")
            entry(title="Apples")
        html = html_of(client.get(SEARCH["en"], {"kind": "page"}))
        assert html.index("Apples") < html.index("Zinnias")
        assert "2 results" in text_of(html)

    def test_a_long_query_is_cut(self, client, conferences):
        response = client.get(SEARCH["en"], {"q": "conference " + "x" * 500})
        assert response.status_code == 200
        assert len(response.context["query"]) == results.MAX_QUERY

    def test_an_event_shows_its_next_date_and_place(self, client, whoosh, committed):
        now = timezone.now()
        past, soon = now - datetime.timedelta(days=1), now + datetime.timedelta(days=3)
        with committed():
            entry(
                kind="event",
                title="Family math night",
                facts={
                    "dates": [past.isoformat(), soon.isoformat()],
                    "lines": ["North Center", "Free"],
                },
            )
        response = client.get(SEARCH["en"], {"q": "math"})
        html = html_of(response)
        assert f'datetime="{timezone.localtime(soon).isoformat()}"' in html
        assert "<li>North Center</li><li>Free</li>" in html
        assert response.context["outcome"].cards[0].next_date == soon

    def test_an_entry_past_its_date_is_not_found(self, client, whoosh, committed):
        with committed():
            entry(title="Old workshop", visible_until=timezone.now() - datetime.timedelta(hours=1))
            entry(title="New workshop", visible_until=timezone.now() + datetime.timedelta(days=1))
        html = html_of(client.get(SEARCH["en"], {"q": "workshop"}))
        assert "New workshop" in html and "Old workshop" not in html


class TestHighlighting:
    def test_the_text_is_escaped_and_only_matches_are_marked(self, client, whoosh, committed):
        with committed():
            entry(
                title="Safety",
                body="Never run <script>alert(1)</script> when you read about safety at school.",
            )
        html = html_of(client.get(SEARCH["en"], {"q": "safety"}))
        excerpt = re.search(r'<p class="search-result__excerpt">(.*?)</p>', html, re.S).group(1)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in excerpt
        assert "<script>alert" not in html
        assert re.findall(r"<mark>(.*?)</mark>", excerpt) == ["safety"]

    def test_accents_and_plurals_match(self, client, conferences, whoosh, committed):
        with committed():
            entry(
                "es",
                title="Lectura",
                summary="Lea con Niños y con cada nino de la clase.",
            )
        html = html_of(client.get(SEARCH["es"], {"q": "niños"}))
        excerpts = re.findall(r'<p class="search-result__excerpt">(.*?)</p>', html, re.S)
        marked = {word for text in excerpts for word in re.findall(r"<mark>(.*?)</mark>", text)}
        assert {"Niños", "nino", "niños"} <= marked


class TestFacets:
    @pytest.fixture
    def library(self, whoosh, committed):
        first, second, third = kinds(3)
        parents = tag("audience", "parents", "Parents")
        staff = tag("audience", "staff", "School staff")
        north = tag("region", "north", "North")
        with committed():
            for n in range(4):
                entry(kind=first, title=f"Reading guide {n}", tags=[parents, north])
            for n in range(2):
                entry(kind=second, title=f"Reading help {n}", tags=[staff])
            entry(kind=third, title="Reading night", tags=[parents])
        return {"kinds": (first, second, third), "parents": parents, "staff": staff}

    def test_counts_by_kind_and_tag(self, client, library):
        response = client.get(SEARCH["en"], {"q": "reading"})
        outcome = response.context["outcome"]
        assert outcome.count == 7
        facets = {facet.key: facet for facet in outcome.facets}
        registry = kind_by_key()
        first, second, third = library["kinds"]
        assert [(o.label, o.count) for o in facets["kind"].options] == [
            (str(registry[first].label), 4),
            (str(registry[second].label), 2),
            (str(registry[third].label), 1),
        ]
        assert [(o.label, o.count) for o in facets["audience"].options] == [
            ("Parents", 5),
            ("School staff", 2),
        ]
        assert [(o.label, o.count) for o in facets["region"].options] == [("North", 4)]
        html = html_of(response)
        assert "Audience" in html and "Region" in html

    def test_a_kind_narrows_the_results_but_not_its_own_facet(self, client, library):
        first, second, _third = library["kinds"]
        outcome = client.get(SEARCH["en"], {"q": "reading", "kind": second}).context["outcome"]
        assert outcome.count == 2
        kind_counts = {o.label: (o.count, o.selected) for o in outcome.facets[0].options}
        assert kind_counts[str(kind_by_key()[first].label)] == (4, False)
        assert kind_counts[str(kind_by_key()[second].label)] == (2, True)

    def test_a_tag_narrows_and_its_chip_removes_it(self, client, library):
        parents = library["parents"]
        response = client.get(SEARCH["en"], {"q": "reading", "tag": parents.pk})
        outcome = response.context["outcome"]
        assert outcome.count == 5
        assert [chip.label for chip in outcome.chips] == ["Parents"]
        html = html_of(response)
        assert "Remove filter:" in html
        chip_url = outcome.chips[0].url
        assert chip_url == "?q=reading"
        assert client.get(SEARCH["en"] + chip_url).context["outcome"].count == 7

    def test_two_tags_narrow_together(self, client, library):
        first = library["kinds"][0]
        north = SearchTag.objects.get(key="north")
        params = {"q": "reading", "tag": [library["parents"].pk, north.pk]}
        outcome = client.get(SEARCH["en"], params).context["outcome"]
        assert outcome.count == 4
        assert {o.label for o in outcome.facets[0].options} == {str(kind_by_key()[first].label)}
        assert outcome.clear_url == "?q=reading"

    def test_a_tag_of_the_other_language_means_the_same_value_here(self, client, library):
        """The language switcher keeps `?tag=`: a Spanish tag id filters the English page
        by the English tag with the same key (and a tag with no twin is left out)."""
        padres = tag("audience", "parents", "Padres", language="es")
        lonely = tag("audience", "nobody-here", "Solo en español", language="es")
        params = {"q": "reading", "tag": [padres.pk, lonely.pk]}
        outcome = client.get(SEARCH["en"], params).context["outcome"]
        assert outcome.count == 5
        assert [chip.label for chip in outcome.chips] == ["Parents"]

    def test_filters_without_words_list_every_match(self, client, library):
        outcome = client.get(SEARCH["en"], {"tag": library["staff"].pk}).context["outcome"]
        assert outcome.count == 2
        assert outcome.searched

    @pytest.mark.parametrize(
        "params",
        [
            {"kind": "no-such-kind"},
            {"tag": "abc"},
            {"tag": "-3"},
            {"tag": "99999999999999999999999"},
            {"tag": "spanish"},  # replaced by a Spanish tag with no English twin below
            {"tag": "dimension"},  # replaced by a tag of an unknown dimension
            {"page": "abc"},
            {"page": "0"},
        ],
        ids=[
            "unknown-kind",
            "text-tag",
            "negative-tag",
            "huge-tag",
            "spanish-tag",
            "other-dimension",
            "text-page",
            "page-zero",
        ],
    )
    def test_bad_parameters_change_nothing(self, client, library, params):
        if params.get("tag") == "spanish":
            params = {"tag": tag("audience", "only-es", "Solo en español", "es").pk}
        elif params.get("tag") == "dimension":
            params = {"tag": tag("colour", "green", "Green").pk}
        response = client.get(SEARCH["en"], {"q": "reading", **params})
        outcome = response.context["outcome"]
        assert outcome.count == 7
        assert outcome.chips == []
        assert outcome.params.kind == "" and outcome.params.tags == ()
        assert outcome.page.number == 1


class TestPagination:
    def test_twenty_a_page_and_a_bad_page_gives_the_last(self, client, whoosh, committed):
        with committed():
            for n in range(23):
                entry(title=f"Homework tip {n:02d}")
        first = client.get(SEARCH["en"], {"q": "homework"}).context["outcome"]
        assert first.count == 23 and len(first.cards) == 20
        assert first.next_url == "?q=homework&page=2"
        second = client.get(SEARCH["en"], {"q": "homework", "page": 2})
        assert len(second.context["outcome"].cards) == 3
        html = html_of(second)
        assert "Page 2 of 2" in html and 'rel="prev"' in html
        assert 'start="21"' in html
        beyond = client.get(SEARCH["en"], {"q": "homework", "page": 999}).context["outcome"]
        assert beyond.page.number == 2 and len(beyond.cards) == 3


class TestWhenLittleIsFound:
    def test_did_you_mean_for_a_misspelling(self, client, conferences):
        response = client.get(SEARCH["en"], {"q": "conferense"})
        outcome = response.context["outcome"]
        assert outcome.suggestion == "conference"
        html = html_of(response)
        assert 'Did you mean <a href="?q=conference">conference</a>?' in html

    def test_no_suggestion_when_the_query_finds_enough(self, client, whoosh, committed):
        with committed():
            for n in range(3):
                entry(title=f"Conference {n}")
        outcome = client.get(SEARCH["en"], {"q": "conference"}).context["outcome"]
        assert outcome.suggestion is None

    @pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
    def test_no_results_helps(self, client, conferences, site_tree, language):
        site_settings = SiteSettings.for_site(site_tree["site"])
        site_settings.contact_phone = "+15595550100"
        site_settings.save()
        html = html_of(client.get(SEARCH[language], {"q": "xylophone"}))
        text = text_of(html)
        words = {
            "en": ["0 results for “xylophone”", "Check the spelling", "Try fewer words"],
            "es": ["0 resultados para «xylophone»", "Revise cómo se escribe", "Pruebe con menos"],
        }[language]
        for phrase in words:
            assert phrase in text
        assert 'href="tel:+15595550100"' in html
        assert 'class="main-tasks"' in html or "main-task" in html or "search-empty" in html

    def test_the_index_being_rebuilt_is_said_plainly(self, client, tmp_path, caplog):
        empty = tmp_path / "empty"
        empty.mkdir()
        backends = {"default": {"BACKEND": "portal.search.whoosh_backend", "PATH": str(empty)}}
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            response = client.get(SEARCH["en"], {"q": "conference"})
            suggestions = client.get(SUGGESTIONS["en"], {"q": "conf"})
        assert response.status_code == 503
        assert "Search is being rebuilt. Please try again in a few minutes." in (
            response.content.decode()
        )
        assert any("unavailable" in record.getMessage() for record in caplog.records)
        assert json.loads(suggestions.content) == {"results": []}
        assert client.get("/en/").status_code == 200  # the rest of the portal is unaffected


class TestSuggestions:
    def test_titles_addresses_and_kinds(self, client, conferences):
        response = client.get(SUGGESTIONS["en"], {"q": "confer"})
        assert response["Content-Type"] == "application/json"
        assert json.loads(response.content) == {
            "results": [
                {"title": conferences["en"].title, "url": conferences["en"].url, "kind": "Page"}
            ]
        }

    def test_in_spanish(self, client, conferences):
        found = json.loads(client.get(SUGGESTIONS["es"], {"q": "confer"}).content)["results"]
        assert found == [
            {"title": conferences["es"].title, "url": conferences["es"].url, "kind": "Página"}
        ]

    @pytest.mark.parametrize("words", ["", "c", " c "], ids=["empty", "one", "spaced"])
    def test_nothing_for_fewer_than_two_letters(self, client, conferences, words):
        assert json.loads(client.get(SUGGESTIONS["en"], {"q": words}).content) == {"results": []}

    def test_at_most_eight(self, client, whoosh, committed):
        with committed():
            for n in range(12):
                entry(title=f"Tutoring {n}")
        found = json.loads(client.get(SUGGESTIONS["en"], {"q": "tut"}).content)["results"]
        assert len(found) == 8


class TestTheSearchBox:
    @pytest.mark.parametrize(
        ("language", "label"),
        [("en", "Search the site"), ("es", "Buscar en el sitio")],
        ids=["en", "es"],
    )
    def test_the_header_has_a_labelled_search_form(self, client, site_tree, language, label):
        html = html_of(client.get(f"/{language}/"))
        form = re.search(r'<form class="search-box search-box--header".*?</form>', html, re.S)
        assert form, "no search box in the header"
        form = form.group(0)
        assert 'role="search"' in form and f'action="{SEARCH[language]}"' in form
        label_html = (
            '<label class="search-box__label visually-hidden" id="site-search-label" '
            f'for="site-search">{label}</label>'
        )
        assert label_html in form
        assert 'type="search"' in form and 'name="q"' in form

    def test_the_404_page_has_one_too(self, client, site_tree):
        response = client.get("/es/no-existe/")
        assert response.status_code == 404
        html = response.content.decode()
        assert 'id="not-found-search"' in html and "¿Qué busca?" in html


def test_the_results_page_stays_within_ten_queries(
    client, whoosh, committed, django_assert_max_num_queries
):
    """Twenty results of several kinds with tags: the entries, the tags' labels, little else."""
    labels = [tag("topic", f"t{n}", f"Topic {n}") for n in range(4)]
    with committed():
        for n, kind in zip(range(30), itertools.cycle(kinds(3)), strict=False):
            entry(
                kind=kind,
                title=f"Attendance matters {n}",
                body="Why attendance matters for learning.",
                tags=[labels[n % 4]],
                facts={"lines": ["North Center"]},
            )
    url = SEARCH["en"]
    params = {"q": "attendance", "tag": labels[0].pk, "kind": kinds(1)[0]}
    client.get(url, {"q": "attendance"})  # warm the shared caches (menus, settings)
    with django_assert_max_num_queries(10):
        response = client.get(url, {"q": "attendance"})
    assert len(response.context["outcome"].cards) == 20
    assert "X-Page-Cache" not in response
    with django_assert_max_num_queries(10):
        response = client.get(url, params)
    assert response.status_code == 200


def test_results_module_searches_any_backend(whoosh, committed):
    """The decisions are plain functions of the GET parameters, a language and a backend."""
    with committed():
        entry(title="Bus routes", body="School bus routes and times.")
    backend = get_search_backend()
    assert backend.search(MATCH_ALL, SearchEntry.objects.all()).count() == 1
    outcome = results.search(QueryDict("q=bus"), "en", backend)
    assert [card.title for card in outcome.cards] == ["Bus routes"]
