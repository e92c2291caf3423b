"""What the search page shows for a request's parameters: which of them count, what is
searched, the result cards, the facets with their counts, the chips of the chosen
filters and "did you mean". Plain functions of the GET parameters, the language and a
Wagtail search backend; the views only read the request and render.

Everything goes through Wagtail's search API (``backend.search``/``autocomplete``,
filters, ``facet``), so the page works on any backend; "did you mean" and "the index
is being rebuilt" use ``suggest()`` and ``is_available()`` when the backend has them.
Twenty results cost one query, whatever their kinds: the cards show only what the
``SearchEntry`` rows hold.
"""

import datetime
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale
from wagtail.search.query import MATCH_ALL

from portal import page_cache
from portal.models import SearchEntry, SearchTag

from .entries import kind_by_key
from .highlight import excerpt

#: Longer queries are cut (nobody types more; a long one only costs the index time).
MAX_QUERY = 200
PER_PAGE = 20
#: More chosen tags than this are not a person choosing filters.
MAX_TAGS = 10
#: "Did you mean …?" is offered when a query finds fewer results than this.
FEW_RESULTS = 3
SUGGESTIONS = 8
MIN_SUGGESTION_QUERY = 2
#: The tag dimensions the page narrows by, in the order it shows them.
DIMENSIONS = {
    "category": _("Category"),
    "audience": _("Audience"),
    "region": _("Region"),
    "center": _("Center"),
    "topic": _("Topic"),
}


@dataclass(frozen=True)
class Params:
    """The parameters that count: unknown kinds and tags are already left out."""

    q: str = ""
    kind: str = ""
    tags: tuple = ()
    page: str = "1"

    @property
    def filtered(self):
        return bool(self.kind or self.tags)

    def url(self, **changes):
        """The query string of these parameters with `changes` (back to the first page)."""
        changed = replace(self, **{"page": "1", **changes})
        pairs = [("q", changed.q)] if changed.q else []
        if changed.kind:
            pairs.append(("kind", changed.kind))
        pairs.extend(("tag", tag) for tag in changed.tags)
        if changed.page != "1":
            pairs.append(("page", changed.page))
        return "?" + urlencode(pairs)

    def toggle_kind(self, kind):
        return self.url(kind="" if kind == self.kind else kind)

    def toggle_tag(self, tag):
        tags = tuple(t for t in self.tags if t != tag) if tag in self.tags else (*self.tags, tag)
        return self.url(tags=tags)


def clean_query(value):
    """The words of a query, spaces collapsed, cut at MAX_QUERY characters."""
    return " ".join(str(value or "").split())[:MAX_QUERY].strip()


def tag_ids(values):
    """The numeric ids among `values`, once each, at most MAX_TAGS."""
    found = []
    for value in values:
        if value.isascii() and value.isdigit() and len(value) < 16 and int(value) not in found:
            found.append(int(value))
    return tuple(found[:MAX_TAGS])


def read_params(get, kinds):
    """The request's GET parameters, with an unknown kind and non-numeric tags left out."""
    kind = get.get("kind", "")
    return Params(
        q=clean_query(get.get("q")),
        kind=kind if kind in kinds else "",
        tags=tag_ids(get.getlist("tag")),
        page=get.get("page", "1")[:10],
    )


def locale_id(language):
    """The id of the language's Locale (None if it has none), kept until the next publish."""
    return page_cache.until_publish(
        ("search-locale", language),
        lambda: Locale.objects.filter(language_code=language).values_list("pk", flat=True).first(),
    )


def visible_entries(language, now=None):
    """The entries of the language a visitor may find now (events leave after their date)."""
    now = now or timezone.now()
    return SearchEntry.objects.filter(locale=locale_id(language)).filter(
        Q(visible_until__isnull=True) | Q(visible_until__gte=now)
    )


def known_tags(ids, language):
    """The chosen tags of this language, by id (one query). A tag of the other language
    (kept in the address by the language switcher) stands for the same value in this
    one (a second query, only then)."""
    if not ids:
        return {}
    by_id = {tag.pk: tag for tag in SearchTag.objects.filter(pk__in=ids, dimension__in=DIMENSIONS)}
    foreign = [tag for tag in by_id.values() if tag.language != language]
    own = {}
    if foreign:
        same = Q()
        for tag in foreign:
            same |= Q(dimension=tag.dimension, key=tag.key)
        own = {(t.dimension, t.key): t for t in SearchTag.objects.filter(same, language=language)}
    chosen = {}
    for pk in ids:
        tag = by_id.get(pk)
        if tag is not None and tag.language != language:
            tag = own.get((tag.dimension, tag.key))
        if tag is not None:
            chosen[tag.pk] = tag
    return chosen


def run(backend, query, queryset):
    """The query's results by relevance; without words, every entry by title."""
    if query:
        return backend.search(query, queryset)
    return backend.search(MATCH_ALL, queryset.order_by("title"), order_by_relevance=False)


def is_available(backend):
    """False when the backend says its index is missing or unreadable."""
    check = getattr(backend, "is_available", None)
    return check() if check is not None else True


def suggestion_for(backend, query, language):
    """A corrected query ("did you mean"), when the backend offers one that differs."""
    suggest = getattr(backend, "suggest", None)
    corrected = suggest(query, language) if suggest is not None and query else None
    if corrected and corrected.casefold() != query.casefold():
        return corrected
    return None


# What the page shows ---------------------------------------------------------------


@dataclass
class Card:
    title: str
    url: str
    kind: str
    excerpt: str
    next_date: datetime.datetime | None = None
    lines: list = field(default_factory=list)


@dataclass
class Option:
    label: str
    count: int
    url: str
    selected: bool = False


@dataclass
class Facet:
    key: str
    heading: str
    options: list


@dataclass
class Chip:
    label: str
    url: str


@dataclass
class Outcome:
    params: Params
    #: Words or filters were given (otherwise the page offers ways in: `browse`).
    searched: bool = False
    page: object = None
    count: int = 0
    cards: list = field(default_factory=list)
    facets: list = field(default_factory=list)
    chips: list = field(default_factory=list)
    suggestion: str | None = None
    browse: list = field(default_factory=list)

    @property
    def chosen(self):
        return len(self.chips)

    @property
    def clear_url(self):
        return self.params.url(kind="", tags=())

    @property
    def previous_url(self):
        page = self.page
        return self.params.url(page=str(page.previous_page_number())) if page.has_previous() else ""

    @property
    def next_url(self):
        page = self.page
        return self.params.url(page=str(page.next_page_number())) if page.has_next() else ""

    @property
    def suggestion_url(self):
        return Params(q=self.suggestion).url() if self.suggestion else ""


def next_date(dates, now):
    """The first of the ISO 8601 datetimes that is still to come, or None."""
    for value in dates or []:
        try:
            moment = datetime.datetime.fromisoformat(str(value))
        except ValueError:
            continue
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        if moment > now:
            return moment
    return None


def card(entry, query, language, kinds, now):
    kind = kinds.get(entry.kind)
    facts = entry.facts if isinstance(entry.facts, dict) else {}
    return Card(
        title=entry.title,
        url=entry.url,
        kind=str((kind.singular or kind.label) if kind else ""),
        excerpt=excerpt(query, language, entry.summary, entry.body),
        next_date=next_date(facts.get("dates"), now),
        lines=[str(line) for line in facts.get("lines") or [] if line],
    )


def counts(results, field_name):
    """A facet's counts, without the entries that have no value."""
    return {key: count for key, count in results.facet(field_name).items() if key is not None}


def kind_facet(params, kinds, found):
    options = [
        Option(str(kind.label), found.get(key, 0), params.toggle_kind(key), key == params.kind)
        for key, kind in kinds.items()
        if found.get(key) or key == params.kind
    ]
    return Facet("kind", str(_("Type")), options) if options else None


def tag_facets(params, found, tags):
    """One facet per dimension with values among the results; chosen values stay shown."""
    facets = []
    for dimension, heading in DIMENSIONS.items():
        options = [
            Option(tag.label, found.get(pk, 0), params.toggle_tag(pk), pk in params.tags)
            for pk, tag in tags.items()
            if tag.dimension == dimension and (found.get(pk) or pk in params.tags)
        ]
        options.sort(key=lambda option: (-option.count, option.label.casefold()))
        if options:
            facets.append(Facet(dimension, str(heading), options))
    return facets


def chips(params, kinds, chosen_tags):
    found = []
    if params.kind:
        found.append(Chip(str(kinds[params.kind].label), params.toggle_kind(params.kind)))
    found.extend(Chip(tag.label, params.toggle_tag(pk)) for pk, tag in chosen_tags.items())
    return found


def browse(backend, language, kinds, now):
    """Each kind with something in it, to look through without words."""
    found = counts(run(backend, "", visible_entries(language, now)), "kind")
    params = Params()
    return [
        Option(str(kind.label), found[key], params.url(kind=key))
        for key, kind in kinds.items()
        if found.get(key)
    ]


def search(get, language, backend, now=None):
    """Everything the search page shows for these GET parameters in this language."""
    now = now or timezone.now()
    kinds = kind_by_key()
    params = read_params(get, kinds)
    chosen_tags = known_tags(params.tags, language)
    params = replace(params, tags=tuple(chosen_tags))
    if locale_id(language) is None:
        return Outcome(params)
    if not params.q and not params.filtered:
        return Outcome(params, browse=browse(backend, language, kinds, now))

    entries = visible_entries(language, now)
    for tag in chosen_tags.values():
        entries = entries.with_tag(tag)
    of_every_kind = entries
    if params.kind:
        entries = entries.filter(kind=params.kind)
    results = run(backend, params.q, entries)

    page = Paginator(results, PER_PAGE).get_page(params.page)
    count = page.paginator.count
    found = page.object_list if count else []
    cards = [card(entry, params.q, language, kinds, now) for entry in found]

    kind_counts = counts(run(backend, params.q, of_every_kind) if params.kind else results, "kind")
    tag_counts = {int(pk): count for pk, count in counts(results, "tags").items()}
    missing = set(tag_counts) - set(chosen_tags)
    tags = dict(chosen_tags)
    if missing:
        tags.update((tag.pk, tag) for tag in SearchTag.objects.filter(pk__in=missing))
    facets = [kind_facet(params, kinds, kind_counts), *tag_facets(params, tag_counts, tags)]

    return Outcome(
        params,
        searched=True,
        page=page,
        count=count,
        cards=cards,
        facets=[facet for facet in facets if facet is not None],
        chips=chips(params, kinds, chosen_tags),
        suggestion=suggestion_for(backend, params.q, language) if count < FEW_RESULTS else None,
    )


def suggestions(query, language, backend, now=None):
    """The autocomplete's suggestions: title, address and kind of up to SUGGESTIONS entries."""
    query = clean_query(query)
    if len(query) < MIN_SUGGESTION_QUERY or locale_id(language) is None:
        return []
    if not is_available(backend):
        return []
    kinds = kind_by_key()
    found = backend.autocomplete(query, visible_entries(language, now))[:SUGGESTIONS]
    return [
        {
            "title": entry.title,
            "url": entry.url,
            "kind": str(kinds[entry.kind].singular or kinds[entry.kind].label)
            if entry.kind in kinds
            else "",
        }
        for entry in found
    ]
