"""The Whoosh backend through Wagtail's API: language, live indexing, filters,
facets, ordering, autocomplete and suggestions."""

import pytest

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from portal.models import StandardPage
from tests.factories import StandardPageFactory, publish_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(whoosh, site_tree, committed):
    with committed():
        english = StandardPageFactory(
            parent=site_tree["home"],
            title="Parent-teacher conferences",
            intro="How to prepare at home for a conference with your child's teacher.",
        )
        spanish = publish_translation(
            english,
            "es",
            title="Conferencias con los maestros",
            intro="Cómo prepararse para la conferencia. Talleres para niños y niñas.",
            slug="conferencias",
        )
        workshop = StandardPageFactory(
            parent=site_tree["home"],
            title="Reading workshop",
            intro="A workshop about reading at home with children.",
        )
    return {"en": english, "es": spanish, "workshop": workshop}


def found(queryset, text, **kwargs):
    return {page.pk for page in queryset.search(text, **kwargs)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("conferences", {"en"}),
        ("conference", {"en"}),
        ("Conferencia", {"es"}),
        ("niños", {"es"}),
        ("nino", {"es"}),
        ("NIÑA", {"es"}),
        ("taller", {"es"}),
        ("talleres", {"es"}),
        ("workshops", {"workshop"}),
        ("teachers", {"en"}),
        ("homes", {"en", "workshop"}),
        ("prepararse conferencias", {"es"}),
    ],
    ids=lambda value: value if isinstance(value, str) else "-".join(sorted(value)),
)
def test_words_match_across_plural_accent_and_case(pages, text, expected):
    want = {pages[name].pk for name in expected}
    locale = Locale.objects.get(language_code="es" if expected == {"es"} else "en")
    assert found(Page.objects.live().filter(locale=locale), text) == want


def test_the_default_operator_needs_every_word(pages):
    assert found(Page.objects.live(), "reading conference") == set()
    assert found(Page.objects.live(), "reading conference", operator="or") == {
        pages["en"].pk,
        pages["workshop"].pk,
    }


def test_unpublish_and_delete_leave_the_index(pages, committed):
    assert found(Page.objects.live(), "talleres") == {pages["es"].pk}
    with committed():
        pages["es"].unpublish()
    assert found(Page.objects.live(), "talleres") == set()
    assert found(Page.objects.all(), "talleres") == {pages["es"].pk}
    with committed():
        pages["es"].delete()
    assert found(Page.objects.all(), "talleres") == set()


def test_an_edit_published_is_found_at_once(pages, committed):
    page = pages["workshop"]
    page.title = "Homework club"
    with committed():
        page.save_revision().publish()
    assert found(Page.objects.live(), "homework") == {page.pk}
    assert found(Page.objects.live(), "reading") == {page.pk}  # the intro still says it


def test_a_rolled_back_change_never_reaches_the_index(pages, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        StandardPageFactory(parent=pages["en"].get_parent(), title="Ghost page")
    assert found(Page.objects.all(), "ghost") == set()


def test_filters_order_and_slices_follow_the_queryset(pages):
    workshop = pages["workshop"]
    assert found(Page.objects.live().exclude(pk=workshop.pk), "home") == {pages["en"].pk}
    assert found(StandardPage.objects.live().filter(pk__in=[workshop.pk]), "home") == {workshop.pk}
    ordered = Page.objects.live().order_by("-title").search("home", order_by_relevance=False)
    assert [page.title for page in ordered] == ["Reading workshop", "Parent-teacher conferences"]
    results = Page.objects.live().search("home")
    assert results.count() == 2
    assert len(results[:1]) == 1
    assert len(results[1:]) == 1


def test_field_restriction_and_boost(pages):
    assert found(Page.objects.live(), "workshop", fields=["title"]) == {pages["workshop"].pk}
    assert found(Page.objects.live(), "teacher", fields=["title"]) == {pages["en"].pk}
    assert found(Page.objects.live(), "home", fields=["title"]) == set()
    # the title (boost 2) outranks the same word in an introduction
    ranked = list(Page.objects.live().search("conference", operator="or"))
    assert ranked[0].pk == pages["en"].pk


def test_facets_count_by_filter_field(pages):
    counts = Page.objects.live().search("home").facet("locale_id")
    english = Locale.objects.get(language_code="en")
    assert counts == {english.pk: 2}
    by_type = Page.objects.live().search("home").facet("content_type_id")
    assert by_type == {pages["workshop"].content_type_id: 2}


def test_autocomplete_matches_the_first_letters(pages):
    assert {p.pk for p in Page.objects.live().autocomplete("conf")} == {
        pages["en"].pk,
        pages["es"].pk,
    }
    assert {p.pk for p in Page.objects.live().autocomplete("read")} == {pages["workshop"].pk}
    assert list(Page.objects.live().autocomplete("zzz")) == []


def test_suggestions_correct_misspelled_words_only(pages, whoosh):
    assert whoosh.suggest("conferense", "en") in {"conference", "conferences"}
    assert whoosh.suggest("talleress", "es") == "talleres"
    assert whoosh.suggest("conferences", "en") is None
    assert whoosh.suggest("ninos", "es") is None  # already finds niños


def test_a_missing_index_answers_empty_and_says_so(site_tree, tmp_path, settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "portal.search.whoosh_backend", "PATH": str(tmp_path / "none")}
    }
    backend = get_search_backend()
    assert backend.is_available() is False
    assert list(Page.objects.search("anything")) == []
    assert Page.objects.search("anything").count() == 0
