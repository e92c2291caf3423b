"""The search page's entries, kept in step with what visitors can see.

An app says what of its own can be found by registering kinds with the
`search_kinds` hook in its `wagtail_hooks.py`:

    @hooks.register("search_kinds")
    def search_kinds():
        return [SearchKind("event", _("Events"), EventPage, describe=describe_event, order=30)]

`describe(obj)` returns an `Entry` with what only that app knows: the facts a
result card shows (a date, a cost), the facet values (a category, a center) and,
for events, when the entry leaves search. Pages get their title, summary, text,
address and audiences here; a snippet's describe gives its own title and address.
"""

import re
from dataclasses import dataclass, field
from functools import cache

from modelsearch.index import RelatedFields, SearchField

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from django.utils.html import strip_tags

from wagtail import hooks
from wagtail.models import Page

from portal.models import SearchEntry, SearchTag

TEXT_LIMIT = 20000


@dataclass(frozen=True)
class SearchKind:
    key: str
    label: str  # plural, for the facet ("Events")
    model: type
    describe: object = None  # callable(obj) -> Entry, or None
    order: int = 100
    singular: str = ""  # for the result card ("Event")


@dataclass
class Tag:
    dimension: str  # category, audience, region, center, topic
    key: str
    label: str


@dataclass
class Entry:
    title: str = ""
    summary: str = ""
    text: str = ""
    url: str = ""
    facts: dict = field(default_factory=dict)
    tags: list = field(default_factory=list)
    visible_until: object = None
    listed: bool = True  # False: leave it out of search (a withdrawn listing, say)


@cache
def kinds():
    """Every registered kind, most specific model first (a subclass before its parent)."""
    found = [kind for kinds_for in hooks.get_hooks("search_kinds") for kind in kinds_for()]
    return sorted(found, key=lambda kind: -len(kind.model.__mro__))


def kind_by_key():
    return {kind.key: kind for kind in sorted(kinds(), key=lambda kind: kind.order)}


def kind_for(obj):
    for kind in kinds():
        if isinstance(obj, kind.model):
            return kind
    return None


def searchable_text(obj, skip=("title",)):
    """The text of the object's own SearchFields, as Wagtail would index it."""
    parts = []
    for search_field in type(obj).get_search_fields():
        if isinstance(search_field, SearchField) and search_field.field_name not in skip:
            parts.extend(_strings(search_field.get_value(obj)))
        elif isinstance(search_field, RelatedFields):
            value = search_field.get_value(obj)
            items = value.all() if hasattr(value, "all") else ([value] if value else [])
            for item in items:
                for sub in search_field.fields:
                    if isinstance(sub, SearchField):
                        parts.extend(_strings(sub.get_value(item)))
    text = "\n".join(plain(part) for part in parts if part)
    return text[:TEXT_LIMIT]


BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|div|blockquote|tr)>|<br\s*/?>", re.IGNORECASE)


def plain(html):
    """Text without markup, paragraphs kept apart (an excerpt must not run them together)."""
    return " ".join(strip_tags(BLOCK_END.sub("\n", html)).split())


def _strings(value):
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value if item]
    return [str(value)]


def audience_tags(page):
    """Who the page is written for, keyed across languages."""
    if not hasattr(page, "audiences"):
        return []
    return [
        Tag("audience", str(audience.translation_key), audience.name)
        for audience in page.audiences.all()
    ]


def is_listed_page(page):
    return page.live and not page.get_view_restrictions().exists() and page.url is not None


def entry_for(obj):
    """What the search page shows for this object, in its own language; None if nothing."""
    kind = kind_for(obj)
    if kind is None:
        return None, None
    language = obj.locale.language_code if getattr(obj, "locale_id", None) else None
    with translation.override(language):
        if isinstance(obj, Page):
            if not is_listed_page(obj):
                return kind, None
            entry = Entry(
                title=obj.title,
                summary=getattr(obj, "summary", "") or obj.search_description,
                text=searchable_text(obj),
                url=obj.url,
                tags=audience_tags(obj),
            )
            described = kind.describe(obj) if kind.describe else None
            if described is not None:
                entry.facts.update(described.facts)
                entry.tags.extend(described.tags)
                entry.visible_until = described.visible_until
                entry.listed = described.listed
                entry.text = "\n".join(filter(None, [entry.text, described.text]))
                entry.summary = described.summary or entry.summary
        else:
            entry = kind.describe(obj)
    if entry is None or not entry.listed:
        return kind, None
    return kind, entry


def refresh(obj):
    """Create, update or remove the object's entry to match what visitors see now."""
    kind, entry = entry_for(obj)
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    existing = SearchEntry.objects.filter(content_type__in=_content_types_of(obj), target_id=obj.pk)
    if entry is None:
        for old in existing:
            old.delete()
        return None
    with transaction.atomic():
        search_entry = existing.first() or SearchEntry(content_type=content_type, target_id=obj.pk)
        search_entry.content_type = content_type
        search_entry.page = obj if isinstance(obj, Page) else None
        search_entry.locale_id = obj.locale_id
        search_entry.kind = kind.key
        search_entry.title = entry.title[:255]
        search_entry.summary = entry.summary or ""
        search_entry.body = entry.text or ""
        search_entry.url = entry.url
        search_entry.facts = entry.facts
        search_entry.visible_until = entry.visible_until
        search_entry.save()
        # The index reads the tags when the transaction commits, so they count.
        search_entry.tags.set(_tags(entry.tags, obj.locale.language_code))
    return search_entry


def _content_types_of(obj):
    models = [type(obj), *type(obj)._meta.get_parent_list()]
    return list(ContentType.objects.get_for_models(*models, for_concrete_models=False).values())


def _tags(tags, language):
    found = []
    for tag in tags:
        row, _created = SearchTag.objects.update_or_create(
            dimension=tag.dimension, key=tag.key, language=language, defaults={"label": tag.label}
        )
        found.append(row)
    return found


def remove(obj):
    for old in SearchEntry.objects.filter(
        content_type__in=_content_types_of(obj), target_id=obj.pk
    ):
        old.delete()


def refresh_all(stdout=None):
    """Every entry again, from the content (what `update_index` does first)."""
    seen = set()
    for kind in kinds():
        objects = kind.model.objects.all()
        if issubclass(kind.model, Page):
            objects = kind.model.objects.live().exact_type(kind.model)
        for obj in objects.iterator(chunk_size=200):
            entry = refresh(obj)
            if entry is not None:
                seen.add(entry.pk)
    stale = SearchEntry.objects.exclude(pk__in=seen)
    removed = 0
    for old in stale:
        old.delete()
        removed += 1
    if stdout is not None:
        stdout.write(f"search entries: {len(seen)} listed, {removed} removed")
    return len(seen)
