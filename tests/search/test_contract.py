"""The Whoosh backend answers Wagtail's search API as Wagtail's database backend does.

One small bilingual site (English pages, most with a Spanish translation; standard
pages, a How-to module and an event) is built once for the module and indexed into
both backends the way `update_index` does it. Each case then runs the same query
through both and expects the same answer from each, and that answer is written out
(by page name), so a case fails if either backend drifts, or if both find nothing.

The words the shared cases use appear in one form only across the site (never both
"pantry" and "pantries"), without accents that one backend folds and the other
keeps, and are not stop words: where the backends legitimately differ (Whoosh
stems and folds accents in both languages; SQLite's FTS neither stems nor drops stop
words; PostgreSQL stems with its English dictionary and keeps accents) the tests at
the end assert what Whoosh does, and say why.

The module runs on SQLite (FTS5) and on PostgreSQL, whichever the test run uses.
"""

import datetime
import uuid

import pytest
from modelsearch.backends.base import FieldError
from modelsearch.index import get_indexed_models
from modelsearch.query import MATCH_ALL, Phrase, PlainText

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Q
from django.test.utils import override_settings

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from events.factories import EventIndexPageFactory, EventPageFactory, publish
from events.models import EventPage
from pathways.models import HowToModulePage
from portal.models import StandardPage
from tests.factories import (
    HowToModulePageFactory,
    StandardPageFactory,
    build_learning_index,
    build_site,
    publish_translation,
)

pytestmark = pytest.mark.django_db

#: Backend alias in the settings below, by the name the cases use.
ALIASES = {"whoosh": "default", "database": "database"}


def stream(*paragraphs):
    return [
        {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
        for text in paragraphs
    ]


def day(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.UTC)


#: key: (English title, intro, body), (Spanish title, intro, body) or None.
GUIDES = {
    "enroll": (
        (
            "Kindergarten enrollment",
            "Enroll your child in kindergarten before the spring deadline.",
            "Bring a birth certificate and proof of address.",
        ),
        (
            "Inscripción escolar",
            "Inscriba a su hijo en el kínder antes de la fecha límite de primavera.",
            "Traiga el acta de nacimiento y un comprobante de domicilio.",
        ),
    ),
    "homework": (
        (
            "Homework help",
            "Tips for homework at the kitchen table.",
            "Set a quiet time for reading every evening.",
        ),
        (
            "Ayuda con la tarea",
            "Consejos para la tarea en la mesa de la cocina.",
            "Fije un horario tranquilo para la lectura cada noche.",
        ),
    ),
}
PAGES = {
    "pantry": (
        (
            "Lincoln Elementary food pantry",
            "The food pantry at Lincoln Elementary is open on Fridays.",
            "Pick up groceries and fresh fruit.",
        ),
        (
            "Despensa de alimentos de la Escuela Lincoln",
            "La despensa de alimentos de la Escuela Lincoln abre los viernes.",
            "Recoja comestibles y fruta fresca.",
        ),
    ),
    "garden": (
        (
            "Lincoln garden volunteers",
            "Volunteers bring food to the school pantry after the harvest.",
            "Kindergarten classes plant tomatoes in the garden.",
        ),
        (
            "Voluntarios del huerto Lincoln",
            "Los voluntarios llevan comida a la despensa escolar después de la cosecha.",
            "Las clases de kínder siembran tomates en el huerto.",
        ),
    ),
    "market": (
        (
            "Saturday market",
            "Bring food from the pantry to share.",
            "Neighbors swap fruit and bread.",
        ),
        None,
    ),
    "conference": (
        (
            "Parent conference",
            "Meet your child's teacher in the fall.",
            "Ask about reading and math.",
        ),
        (
            "Reunión de padres y maestros",
            "Conozca al maestro de su hijo en el otoño.",
            "Pregunte sobre la lectura y las matemáticas.",
        ),
    ),
    "art": (
        (
            "Saturday art class",
            "A painting workshop for children ages 5 to 10.",
            "Paint and brushes are provided.",
        ),
        (
            "Clase de arte los sábados",
            "Un taller de pintura para niños de 5 a 10 años.",
            "Se ofrecen pinturas y pinceles.",
        ),
    ),
}
#: When each page was first published (its translation too), for the date filters;
#: the others were on the first of January (the draft never was).
PUBLISHED = {
    "pantry": "2024-02-01T09:00:00",
    "garden": "2024-06-01T09:00:00",
    "module": "2024-07-01T09:00:00",
    "event": "2024-08-01T09:00:00",
}


def build_corpus():
    """The pages, by name ("pantry_en", "pantry_es", ...), plus the tree's own."""
    tree = build_site()
    home = tree["home"]
    pages = {"home_en": home, "home_es": tree["home_es"]}

    def add(key, parent, english, spanish, **extra):
        title, intro, body = english
        page = StandardPageFactory(
            parent=parent, title=title, slug=key, intro=intro, body=stream(body), **extra
        )
        pages[f"{key}_en"] = page
        if spanish:
            title, intro, body = spanish
            pages[f"{key}_es"] = publish_translation(
                page, "es", title=title, slug=f"{key}-es", intro=intro, body=stream(body)
            )

    add("guides", home, ("Guides", "Practical guides.", ""), ("Guías", "Guías prácticas.", ""))
    for key, (english, spanish) in GUIDES.items():
        add(key, pages["guides_en"], english, spanish)
    add(
        "club",
        pages["guides_en"],
        ("Homework club", "The homework club meets on Tuesdays.", "Snacks are provided."),
        None,
        live=False,
    )
    for key, (english, spanish) in PAGES.items():
        add(key, home, english, spanish)

    learn, _learn_es = build_learning_index(tree)
    pages["module_en"] = HowToModulePageFactory(
        parent=learn,
        title="Reading with your child",
        slug="reading-together",
        intro="A lesson from the Lincoln Elementary library.",
        body=stream("Ask questions about the story."),
        learning_objectives=[
            {"type": "objective", "value": "Choose a book together", "id": str(uuid.uuid4())}
        ],
    )
    events = EventIndexPageFactory(parent=home)
    pages["event_en"] = publish(
        EventPageFactory(
            parent=events,
            title="Lincoln family math night",
            slug="math-night",
            intro="Games and puzzles for the whole family.",
        )
    )
    for name, page in pages.items():
        key = name.rsplit("_", 1)[0]
        if page.live and key != "home":
            when = day(PUBLISHED.get(key, "2024-01-01T09:00:00"))
            Page.objects.filter(pk=page.pk).update(first_published_at=when)
    return {name: Page.objects.get(pk=page.pk).specific for name, page in pages.items()}


def page_models():
    return [model for model in get_indexed_models() if issubclass(model, Page)]


def rebuild(backend):
    """Index every page as `update_index` does: the backend's rebuilder (for Whoosh, a
    new generation swapped in at the end), filled model by model."""
    rebuilder = backend.rebuilder_class(backend.get_index_for_model(Page))
    target = rebuilder.start()
    for model in page_models():
        target.add_model(model)
        target.add_items(model, list(model.get_indexed_objects().order_by("pk")))
    rebuilder.finish()


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker, tmp_path_factory):
    """The site, built and indexed once, rolled back after the module (the Whoosh
    index is in a temporary directory)."""
    backends = {
        "default": {
            "BACKEND": "portal.search.whoosh_backend",
            "PATH": str(tmp_path_factory.mktemp("contract") / "index"),
            "AUTO_UPDATE": False,
        },
        "database": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False},
    }
    with (
        django_db_blocker.unblock(),
        override_settings(WAGTAILSEARCH_BACKENDS=backends),
        transaction.atomic(),
    ):
        # Never committed: what the saves queue for after a commit never runs, and the
        # rebuilds write directly (Whoosh's rebuilder does not wait for a commit).
        pages = build_corpus()
        for alias in ALIASES.values():
            rebuild(get_search_backend(alias))
        yield Corpus(pages)
        transaction.set_rollback(True)


class Corpus:
    def __init__(self, pages):
        self.pages = pages
        self.names = {page.pk: name for name, page in pages.items()}
        self.en = Locale.objects.get(language_code="en")
        self.es = Locale.objects.get(language_code="es")

    def __getitem__(self, name):
        return self.pages[name]

    def name(self, obj):
        return self.names.get(obj.pk, f"{obj.title} (#{obj.pk})")

    def names_of(self, results):
        return sorted(self.name(obj) for obj in results)

    def ordered_names(self, results):
        return [self.name(obj) for obj in results]

    def ids(self, *names):
        return [self.pages[name].pk for name in names]


# Each case: id, run(corpus, backend alias) -> an answer, and the answer both backends
# must give. A case with `bug=` is a known Whoosh defect (see its reason): it is expected
# to fail until the backend is fixed, and then fails loudly (strict) to be unmarked.


def case(name, run, expected, bug=None):
    marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
    return pytest.param(run, expected, id=name, marks=marks)


def live():
    return Page.objects.live()


def ct(model):
    return ContentType.objects.get_for_model(model).pk


LINCOLN = ["event_en", "garden_en", "garden_es", "module_en", "pantry_en", "pantry_es"]

SET_CASES = [
    # single words
    case("word", lambda c, b: live().search("homework", backend=b), ["homework_en"]),
    case("word-spanish", lambda c, b: live().search("tarea", backend=b), ["homework_es"]),
    case("word-accented", lambda c, b: live().search("Inscripción", backend=b), ["enroll_es"]),
    case("word-in-body", lambda c, b: live().search("tomatoes", backend=b), ["garden_en"]),
    case("word-two-languages", lambda c, b: live().search("Lincoln", backend=b), LINCOLN),
    case("word-upper-case", lambda c, b: live().search("LINCOLN", backend=b), LINCOLN),
    case(
        "word-three-pages",
        lambda c, b: live().search("pantry", backend=b),
        ["garden_en", "market_en", "pantry_en"],
    ),
    case("no-match", lambda c, b: live().search("xylophone", backend=b), []),
    case("empty-query", lambda c, b: live().search("", backend=b), []),
    # several words: every word by default (AND on both), any with operator="or"
    case(
        "two-words-and-same-field",
        lambda c, b: live().search("food pantry", backend=b),
        ["garden_en", "market_en", "pantry_en"],
    ),
    case(
        "two-words-and-explicit",
        lambda c, b: live().search("kindergarten tomatoes", operator="and", backend=b),
        ["garden_en"],
    ),
    case(
        "two-words-and-title-and-intro",
        lambda c, b: live().search("Lincoln pantry", backend=b),
        ["garden_en", "pantry_en"],  # one word in the title (boosted), one in the intro
    ),
    case(
        "two-words-and-title-and-intro-spanish",
        lambda c, b: live().search("despensa Lincoln", backend=b),
        ["garden_es", "pantry_es"],
    ),
    case(
        "two-words-or",
        lambda c, b: live().search("homework tarea", operator="or", backend=b),
        ["homework_en", "homework_es"],
    ),
    case(
        "two-words-or-languages",
        lambda c, b: live().search("kindergarten despensa", operator="or", backend=b),
        ["enroll_en", "garden_en", "garden_es", "pantry_es"],
    ),
    case(
        "no-match-one-of-two-words",
        lambda c, b: live().search("homework xylophone", backend=b),
        [],
    ),
    # query objects
    case(
        "query-or",
        lambda c, b: live().search(PlainText("homework") | PlainText("tarea"), backend=b),
        ["homework_en", "homework_es"],
    ),
    case(
        "query-and-not",
        lambda c, b: live().search(PlainText("Lincoln") & ~PlainText("pantry"), backend=b),
        ["event_en", "garden_es", "module_en", "pantry_es"],
    ),
    case(
        "match-all",
        lambda c, b: live().descendant_of(c["guides_en"]).search(MATCH_ALL, backend=b),
        ["enroll_en", "homework_en"],
    ),
    # the queryset's filters
    case(
        "not-live-included",
        lambda c, b: Page.objects.search("homework", backend=b),
        ["club_en", "homework_en"],
    ),
    case(
        "live-false",
        lambda c, b: Page.objects.filter(live=False).search("homework", backend=b),
        ["club_en"],
    ),
    case(
        "never-published",
        lambda c, b: Page.objects.filter(first_published_at__isnull=True).search(
            "homework", backend=b
        ),
        ["club_en"],
    ),
    case(
        "locale",
        lambda c, b: live().filter(locale=c.es).search("Lincoln", backend=b),
        ["garden_es", "pantry_es"],
    ),
    case(
        "locale-id",
        lambda c, b: live().filter(locale_id=c.en.pk).search("Lincoln", backend=b),
        ["event_en", "garden_en", "module_en", "pantry_en"],
    ),
    case(
        "type",
        lambda c, b: live().type(StandardPage).search("Lincoln", backend=b),
        ["garden_en", "garden_es", "pantry_en", "pantry_es"],
    ),
    case(
        "type-two",
        lambda c, b: live().type(HowToModulePage, EventPage).search("Lincoln", backend=b),
        ["event_en", "module_en"],
    ),
    case(
        "specific-model",
        lambda c, b: StandardPage.objects.live().search("Lincoln", backend=b),
        ["garden_en", "garden_es", "pantry_en", "pantry_es"],
    ),
    case(
        "descendant-of",
        lambda c, b: live().descendant_of(c["guides_en"]).search("kindergarten", backend=b),
        ["enroll_en"],
    ),
    case(
        "descendant-of-spanish",
        lambda c, b: live().descendant_of(c["home_es"]).search("despensa", backend=b),
        ["garden_es", "pantry_es"],
    ),
    case(
        "child-of",
        lambda c, b: live().child_of(c["guides_en"]).search("homework", backend=b),
        ["homework_en"],
    ),
    case(
        "depth",
        lambda c, b: live().filter(depth__gte=4).search("kindergarten", backend=b),
        ["enroll_en"],
    ),
    case(
        "title-exact",
        lambda c, b: live().filter(title="Lincoln garden volunteers").search("Lincoln", backend=b),
        ["garden_en"],
    ),
    case(
        "translation-key",
        lambda c, b: (
            live()
            .filter(translation_key=c["pantry_en"].translation_key)
            .search("Lincoln", backend=b)
        ),
        ["pantry_en", "pantry_es"],
    ),
    case(
        "id-in",
        lambda c, b: (
            live()
            .filter(id__in=c.ids("pantry_en", "garden_es", "module_en", "homework_en"))
            .search("Lincoln", backend=b)
        ),
        ["garden_es", "module_en", "pantry_en"],
    ),
    case(
        "id-in-subquery",
        lambda c, b: (
            live()
            .filter(id__in=StandardPage.objects.filter(locale=c.es).values("pk"))
            .search("Lincoln", backend=b)
        ),
        ["garden_es", "pantry_es"],
    ),
    case(
        "id-in-empty",
        lambda c, b: live().filter(id__in=[]).search("Lincoln", backend=b),
        [],
    ),
    case(
        "exclude-pk",
        lambda c, b: live().exclude(pk=c["pantry_en"].pk).search("pantry", backend=b),
        ["garden_en", "market_en"],
    ),
    case(
        "exclude-locale",
        lambda c, b: live().exclude(locale=c.en).search("Lincoln", backend=b),
        ["garden_es", "pantry_es"],
    ),
    case(
        "q-or",
        lambda c, b: (
            live()
            .filter(Q(locale=c.es) | Q(content_type_id=ct(EventPage)))
            .search("Lincoln", backend=b)
        ),
        ["event_en", "garden_es", "pantry_es"],
    ),
    case(
        "published-since",
        lambda c, b: (
            live()
            .filter(first_published_at__gte=day("2024-06-01T09:00:00"))
            .search("Lincoln", backend=b)
        ),
        ["event_en", "garden_en", "garden_es", "module_en"],
    ),
    case(
        "published-before",
        lambda c, b: (
            live()
            .filter(first_published_at__lt=day("2024-06-01T09:00:00"))
            .search("Lincoln", backend=b)
        ),
        ["pantry_en", "pantry_es"],
    ),
    case(
        "published-range",
        lambda c, b: (
            live()
            .filter(
                first_published_at__range=(day("2024-06-01T00:00:00"), day("2024-07-31T00:00:00"))
            )
            .search("Lincoln", backend=b)
        ),
        ["garden_en", "garden_es", "module_en"],
    ),
    case(
        "filters-combined",
        lambda c, b: (
            live()
            .filter(locale=c.en, first_published_at__gte=day("2024-05-01T00:00:00"))
            .exclude(content_type_id=ct(EventPage))
            .search("Lincoln", backend=b)
        ),
        ["garden_en", "module_en"],
    ),
    # one field
    case(
        "fields-title",
        lambda c, b: live().search("pantry", fields=["title"], backend=b),
        ["pantry_en"],
    ),
    case(
        "fields-title-two-languages",
        lambda c, b: live().search("Lincoln", fields=["title"], backend=b),
        ["event_en", "garden_en", "garden_es", "pantry_en", "pantry_es"],
    ),
    case(
        "fields-title-two-words",
        lambda c, b: live().search("Lincoln garden", fields=["title"], backend=b),
        ["garden_en"],
    ),
    # autocomplete: the first letters of words in the title
    case(
        "autocomplete",
        lambda c, b: live().autocomplete("linc", backend=b),
        ["event_en", "garden_en", "garden_es", "pantry_en", "pantry_es"],
    ),
    case(
        "autocomplete-second-word",
        lambda c, b: live().autocomplete("Lincoln gar", backend=b),
        ["garden_en"],
    ),
    case(
        "autocomplete-not-live",
        lambda c, b: Page.objects.autocomplete("homew", backend=b),
        ["club_en", "homework_en"],
    ),
    case(
        "autocomplete-filtered",
        lambda c, b: live().filter(locale=c.es).autocomplete("linc", backend=b),
        ["garden_es", "pantry_es"],
    ),
    case("autocomplete-no-match", lambda c, b: live().autocomplete("xylo", backend=b), []),
    # phrases
    case(
        "phrase",
        lambda c, b: live().search(Phrase("Lincoln Elementary"), backend=b),
        ["module_en", "pantry_en"],
    ),
    case(
        "phrase-with-stop-word",  # "to the" between: in neither the phrase nor the gap
        lambda c, b: live().search(Phrase("school pantry"), backend=b),
        ["garden_en"],
    ),
    case(
        "phrase-spanish",
        lambda c, b: live().search(Phrase("despensa de alimentos"), backend=b),
        ["pantry_es"],
    ),
    case(
        "phrase-wrong-order",
        lambda c, b: live().search(Phrase("Elementary Lincoln"), backend=b),
        [],
    ),
    case(
        "phrase-filtered",
        lambda c, b: live().type(StandardPage).search(Phrase("Lincoln Elementary"), backend=b),
        ["pantry_en"],
    ),
    case(
        "phrase-across-stop-words",
        lambda c, b: live().search(Phrase("food pantry"), backend=b),
        ["pantry_en"],  # not market_en: "food from the pantry"
    ),
    case(
        "phrase-with-its-stop-words",
        lambda c, b: live().search(Phrase("food from the pantry"), backend=b),
        ["market_en"],
    ),
]


@pytest.mark.parametrize(("run", "expected"), SET_CASES)
def test_same_pages(corpus, run, expected):
    found = {name: corpus.names_of(run(corpus, alias)) for name, alias in ALIASES.items()}
    assert found == dict.fromkeys(ALIASES, expected)


ORDERED_CASES = [
    case(
        "order-by-title",
        lambda c, b: live().search("Lincoln", order_by="title", backend=b),
        [
            "pantry_es",  # Despensa de alimentos de la Escuela Lincoln
            "pantry_en",  # Lincoln Elementary food pantry
            "event_en",  # Lincoln family math night
            "garden_en",  # Lincoln garden volunteers
            "module_en",  # Reading with your child
            "garden_es",  # Voluntarios del huerto Lincoln
        ],
    ),
    case(
        "order-by-title-descending",
        lambda c, b: (
            live().order_by("-title").search("Lincoln", order_by_relevance=False, backend=b)
        ),
        ["garden_es", "module_en", "garden_en", "event_en", "pantry_en", "pantry_es"],
    ),
    case(
        "order-by-path",  # the queryset's own order (Page: the tree's)
        lambda c, b: live().search("Lincoln", order_by_relevance=False, backend=b),
        ["pantry_en", "garden_en", "module_en", "event_en", "pantry_es", "garden_es"],
    ),
    case(
        "order-by-published",
        lambda c, b: (
            live()
            .filter(locale=c.en)
            .order_by("-first_published_at")
            .search("Lincoln", order_by_relevance=False, backend=b)
        ),
        ["event_en", "module_en", "garden_en", "pantry_en"],
    ),
    case(
        "order-by-two-fields",
        lambda c, b: (
            live()
            .order_by("locale_id", "-title")
            .search("Lincoln", order_by_relevance=False, backend=b)
        ),
        ["module_en", "garden_en", "event_en", "pantry_en", "garden_es", "pantry_es"],
    ),
    case(
        "order-by-title-sliced",
        lambda c, b: live().search("Lincoln", order_by="title", backend=b)[1:3],
        ["pantry_en", "event_en"],
    ),
    case(
        "order-by-title-sliced-from",
        lambda c, b: live().search("Lincoln", order_by="title", backend=b)[4:],
        ["module_en", "garden_es"],
    ),
    case(
        "order-by-title-sliced-past-end",
        lambda c, b: live().search("Lincoln", order_by="title", backend=b)[6:],
        [],
    ),
    case(
        "order-autocomplete",
        lambda c, b: live().autocomplete("linc", order_by="-title", backend=b),
        ["garden_es", "garden_en", "event_en", "pantry_en", "pantry_es"],
    ),
]


@pytest.mark.parametrize(("run", "expected"), ORDERED_CASES)
def test_same_order(corpus, run, expected):
    found = {name: corpus.ordered_names(run(corpus, alias)) for name, alias in ALIASES.items()}
    assert found == dict.fromkeys(ALIASES, expected)


COUNT_CASES = [
    case("count", lambda c, b: live().search("Lincoln", backend=b).count(), 6),
    case(
        "count-filtered",
        lambda c, b: live().filter(locale=c.es).search("Lincoln", backend=b).count(),
        2,
    ),
    case("count-no-match", lambda c, b: live().search("xylophone", backend=b).count(), 0),
    case("count-autocomplete", lambda c, b: live().autocomplete("linc", backend=b).count(), 5),
    case(
        "count-phrase",
        lambda c, b: live().search(Phrase("Lincoln Elementary"), backend=b).count(),
        2,
    ),
    case("count-sliced", lambda c, b: live().search("Lincoln", backend=b)[1:4].count(), 3),
    case(
        "count-sliced-past-end", lambda c, b: live().search("Lincoln", backend=b)[4:10].count(), 2
    ),
    case("len-sliced", lambda c, b: len(live().search("Lincoln", backend=b)[0:2]), 2),
    case("len-sliced-beyond", lambda c, b: len(live().search("pantry", backend=b)[2:10]), 1),
    case("len-all", lambda c, b: len(live().search("Lincoln", backend=b)), 6),
]


@pytest.mark.parametrize(("run", "expected"), COUNT_CASES)
def test_same_count(corpus, run, expected):
    found = {name: run(corpus, alias) for name, alias in ALIASES.items()}
    assert found == dict.fromkeys(ALIASES, expected)


def test_first_results_are_results(corpus):
    """A slice by relevance holds some of the results (the backends may rank differently)."""
    for alias in ALIASES.values():
        first = corpus.names_of(live().search("Lincoln", backend=alias)[0:2])
        assert len(first) == 2
        assert set(first) <= set(LINCOLN)


def test_scores(corpus):
    """`annotate_score` sets a score on each result, best first when ordered by relevance."""
    for alias in ALIASES.values():
        results = list(live().search("pantry", backend=alias).annotate_score("_score"))
        assert len(results) == 3
        assert all(isinstance(page._score, float) for page in results), alias
    # Relevance is each backend's own (SQLite's bm25() is negative, best first), so only
    # Whoosh's is checked: the page with the word in its title (boost 2) comes first.
    results = list(live().search("pantry").annotate_score("_score"))
    assert corpus.name(results[0]) == "pantry_en"
    scores = [page._score for page in results]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] > scores[-1]


FACET_CASES = [
    case(
        "facet-content-type",
        lambda c, b: live().search("Lincoln", backend=b).facet("content_type_id"),
        lambda c: {ct(StandardPage): 4, ct(HowToModulePage): 1, ct(EventPage): 1},
    ),
    case(
        "facet-locale",
        lambda c, b: live().search("Lincoln", backend=b).facet("locale_id"),
        lambda c: {c.en.pk: 4, c.es.pk: 2},
    ),
    case(
        "facet-locale-or",
        lambda c, b: live().search("pantry despensa", operator="or", backend=b).facet("locale_id"),
        lambda c: {c.en.pk: 3, c.es.pk: 2},
    ),
    case(
        "facet-filtered",
        lambda c, b: (
            live().filter(locale=c.en).search("Lincoln", backend=b).facet("content_type_id")
        ),
        lambda c: {ct(StandardPage): 2, ct(HowToModulePage): 1, ct(EventPage): 1},
    ),
    case(
        "facet-boolean",
        lambda c, b: Page.objects.search("homework", backend=b).facet("live"),
        lambda c: {True: 1, False: 1},
    ),
    case(
        "facet-phrase",
        lambda c, b: (
            live().search(Phrase("Lincoln Elementary"), backend=b).facet("content_type_id")
        ),
        lambda c: {ct(StandardPage): 1, ct(HowToModulePage): 1},
    ),
    case(
        "facet-no-match",
        lambda c, b: live().search("xylophone", backend=b).facet("locale_id"),
        lambda c: {},
    ),
]


@pytest.mark.parametrize(("run", "expected"), FACET_CASES)
def test_same_facets(corpus, run, expected):
    found = {name: dict(run(corpus, alias)) for name, alias in ALIASES.items()}
    assert found == {name: expected(corpus) for name in ALIASES}


def test_facets_most_frequent_first(corpus):
    for alias in ALIASES.values():
        counts = list(live().search("Lincoln", backend=alias).facet("locale_id").values())
        assert counts == [4, 2]


@pytest.mark.parametrize(
    "run",
    [
        pytest.param(
            lambda b: live().filter(slug="pantry").search("Lincoln", backend=b), id="filter"
        ),
        pytest.param(lambda b: live().search("Lincoln", backend=b).facet("slug"), id="facet"),
        pytest.param(lambda b: live().search("Lincoln", fields=["slug"], backend=b), id="fields"),
        pytest.param(
            lambda b: live().order_by("slug").search("x", order_by_relevance=False, backend=b),
            id="order",
        ),
    ],
)
def test_same_errors_for_fields_not_indexed(corpus, run):
    """A filter, facet or order on a field that is not a FilterField, or a search in one
    that is not a SearchField, fails the same way on both."""
    for alias in ALIASES.values():
        with pytest.raises(FieldError):
            list(run(alias))


# Where the backends differ by design: Whoosh stems both languages and folds accents.
# SQLite's FTS5 (unicode61) matches words exactly, only folding accents; PostgreSQL
# stems with one dictionary for all text (English by default) and keeps accents. So
# these cases assert Whoosh's answer alone.

WHOOSH_ONLY = [
    ("english-plural-finds-singular", "conferences", ["conference_en"]),
    ("english-singular-finds-plural", "volunteer", ["garden_en"]),
    ("english-inflection", "enrolled", ["enroll_en"]),
    ("spanish-plural-finds-singular", "reuniones", ["conference_es"]),
    ("spanish-singular-finds-plural", "nino", ["art_es"]),
    ("spanish-unaccented-plural", "ninos", ["art_es"]),
    ("spanish-accented-singular", "niño", ["art_es"]),
    ("spanish-plural-finds-singular-taller", "talleres", ["art_es", "home_es"]),
    ("spanish-unaccented-plural-accented", "inscripciones", ["enroll_es"]),
    ("spanish-folded-accent", "inscripcion", ["enroll_es"]),
]


@pytest.mark.parametrize(
    ("query", "expected"), [c[1:] for c in WHOOSH_ONLY], ids=[c[0] for c in WHOOSH_ONLY]
)
def test_whoosh_stems_and_folds(corpus, query, expected):
    """Whoosh analyses each language's text with its own stemmer (Porter for English, a
    light plural/gender stemmer for Spanish) and folds accents, so a parent need not
    type the form or the accents the page uses. The database backend does not do this
    on SQLite (FTS5 compares whole words) and does it only for English on PostgreSQL,
    so the two legitimately differ here."""
    assert corpus.names_of(live().search(query, backend="default")) == expected


def test_whoosh_stemming_keeps_languages_apart(corpus):
    """A Spanish word is stemmed as Spanish in Spanish pages only: "tomates" (Spanish)
    finds the Spanish page, and English "tomatoes" the English one."""
    assert corpus.names_of(live().search("tomates", backend="default")) == ["garden_es"]
    assert corpus.names_of(live().search("tomatoes", backend="default")) == ["garden_en"]


def test_the_database_backend_does_not_fold_spanish(corpus):
    """The reason the cases above are Whoosh's alone: the database backend finds
    neither an unaccented Spanish word nor (on SQLite, which compares whole words) an
    English plural; PostgreSQL's English stemmer does find the plural."""
    assert corpus.names_of(live().search("nino", backend="database")) == []
    plural = corpus.names_of(live().search("conferences", backend="database"))
    assert plural == ([] if connection.vendor == "sqlite" else ["conference_en"])
