"""What one object looks like in the Whoosh index.

One index holds every indexed model. A document carries its object's key, the
content types it answers to (its model and every indexed ancestor, so a search
on `Page` finds an `EventPage`), its language, and one set of fields per
`search_fields` entry:

- `<column>__t_<lang>`: searchable text, analysed for that language, and the
  same text again in `all__t_<lang>` (and `all<boost>__t_<lang>` when boosted);
- `<column>__ac` and `all__ac`: the first letters of each word, for autocomplete;
- `<column>__f`: the exact values of a filter field (several for a relation),
  and `<column>__s` its single value for sorting.

A related field (`index.RelatedFields`) adds its fields under
`<relation>__<column>`. Text of an object without a language (a snippet that is
not translatable) is analysed for every language.
"""

import datetime
import decimal
import uuid

from modelsearch.backends.base import get_model_root
from modelsearch.index import AutocompleteField, FilterField, RelatedFields, SearchField
from whoosh import fields
from whoosh.analysis import RegexTokenizer

from django.db import models
from django.utils import timezone

from .analysis import analyzer_for, autocomplete_analyzer, spelling_analyzer

NULL = "\x00"
SEPARATOR = "\x1f"
INT_OFFSET = 2**63
ALL = "all"


def schema(languages):
    """The index's schema: fixed key fields, then patterns for every column."""
    schema = fields.Schema(
        key=fields.ID(unique=True, stored=True),
        pk=fields.STORED(),
        pk__s=fields.ID(sortable=True),
        content_types=fields.KEYWORD(),
        lang=fields.ID(),
    )
    for language in languages:
        schema.add(
            f"*__t_{language}",
            fields.TEXT(analyzer=analyzer_for(language), phrase=True),
            glob=True,
        )
        schema.add(f"spell__{language}", fields.TEXT(analyzer=spelling_analyzer(), phrase=False))
    schema.add("*__ac", fields.TEXT(analyzer=autocomplete_analyzer(), phrase=False), glob=True)
    schema.add(
        "*__f", fields.TEXT(analyzer=RegexTokenizer(f"[^{SEPARATOR}]+"), phrase=False), glob=True
    )
    schema.add("*__s", fields.ID(sortable=True), glob=True)
    # dates and times again as Whoosh datetimes: a range is then a few trie terms, not
    # one term per distinct value (the search page asks "listed until after now")
    schema.add("*__dt", fields.DATETIME(), glob=True)
    return schema


def as_datetime(value):
    """A date or datetime as a naive UTC datetime (what the `__dt` fields hold)."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = value.astimezone(datetime.UTC).replace(tzinfo=None)
        return value
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day)
    return None


def encode(value):
    """A filter value as an index term that sorts as the value does."""
    if value is None:
        return NULL
    if isinstance(value, models.Model):
        value = value.pk
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return f"{value + INT_OFFSET:020d}"
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = value.astimezone(datetime.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, (datetime.date, datetime.time, uuid.UUID, decimal.Decimal, float)):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return str(value)


def decode(term, field_type):
    """The value a facet key stands for (the inverse of `encode` for its type)."""
    if term == NULL:
        return None
    if field_type == "BooleanField":
        return term == "1"
    if field_type in INTEGER_TYPES:
        return int(term) - INT_OFFSET
    if field_type == "DateField":
        return datetime.date.fromisoformat(term)
    if field_type == "DateTimeField":
        return datetime.datetime.fromisoformat(term).replace(tzinfo=datetime.UTC)
    return term


INTEGER_TYPES = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "PositiveBigIntegerField",
}


def label(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def document_key(obj):
    """Unique across the index: the root model's label and the primary key."""
    return f"{label(get_model_root(type(obj)))}:{obj.pk}"


def content_types(model):
    """The model and each indexed concrete ancestor, as labels."""
    found = [label(model)]
    for parent in model._meta.get_parent_list():
        if hasattr(parent, "get_search_fields"):
            found.append(label(parent))
    return found


def boost_name(boost):
    return ALL + str(float(boost)).replace(".", "_")


def text_of(value):
    """Searchable text from whatever a SearchField's value is."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value if item not in (None, "")]
    if isinstance(value, (models.Manager, models.QuerySet)):
        return [str(item) for item in value.all()]
    return [str(value)]


def filter_values(value):
    if isinstance(value, (models.Manager, models.QuerySet)):
        values = list(value.all().values_list("pk", flat=True))
        return values or [None]
    if isinstance(value, (list, tuple, set)):
        return list(value) or [None]
    return [value]


class DocumentBuilder:
    """Turns objects into documents; knows the languages and each locale's code."""

    def __init__(self, languages, locale_codes):
        self.languages = languages
        self.locale_codes = locale_codes

    def language_of(self, obj):
        locale_id = getattr(obj, "locale_id", None)
        code = self.locale_codes.get(locale_id) if locale_id else None
        return code if code in self.languages else None

    def build(self, obj):
        language = self.language_of(obj)
        languages = [language] if language else self.languages
        collected = {"text": {}, "ac": {}, "filters": {}}
        self.collect(type(obj), obj, type(obj).get_search_fields(), "", collected)
        key = document_key(obj)
        doc = {
            "key": key,
            "pk": str(obj.pk),
            "pk__s": encode(obj.pk),
            "content_types": " ".join(content_types(type(obj))),
            "lang": language or "",
        }
        everything = {}
        for (column, boost), texts in collected["text"].items():
            joined = "\n".join(texts)
            for code in languages:
                name = f"{column}__t_{code}"
                doc[name] = (doc[name] + "\n" + joined) if name in doc else joined
            bucket = ALL if not boost or float(boost) == 1.0 else boost_name(boost)
            everything.setdefault(bucket, []).append(joined)
        for bucket, texts in everything.items():
            for code in languages:
                doc[f"{bucket}__t_{code}"] = "\n".join(texts)
        spelling = "\n".join(texts for bucket in everything.values() for texts in bucket)
        for code in languages:
            doc[f"spell__{code}"] = spelling
        for column, texts in collected["ac"].items():
            doc[f"{column}__ac"] = "\n".join(texts)
        if collected["ac"]:
            doc[f"{ALL}__ac"] = "\n".join(t for texts in collected["ac"].values() for t in texts)
        for column, values in collected["filters"].items():
            terms = [encode(value) for value in values]
            doc[f"{column}__f"] = SEPARATOR.join(terms)
            if len(terms) == 1:
                doc[f"{column}__s"] = terms[0]
                moment = as_datetime(values[0])
                if moment is not None:
                    doc[f"{column}__dt"] = moment
        return doc

    def collect(self, model, obj, search_fields, prefix, collected):
        for field in search_fields:
            if isinstance(field, RelatedFields):
                self.collect_related(model, obj, field, prefix, collected)
                continue
            column = prefix + field.get_attname(model)
            value = field.get_value(obj)
            if isinstance(field, FilterField):
                collected["filters"].setdefault(column, []).extend(filter_values(value))
            elif isinstance(field, AutocompleteField):
                collected["ac"].setdefault(column, []).extend(text_of(value))
            elif isinstance(field, SearchField):
                key = (column, field.boost)
                collected["text"].setdefault(key, []).extend(text_of(value))

    def collect_related(self, model, obj, field, prefix, collected):
        value = field.get_value(obj)
        if value is None:
            return
        related = (
            list(value.all()) if isinstance(value, (models.Manager, models.QuerySet)) else [value]
        )
        relation_model = field.get_field(model).related_model
        nested_prefix = f"{prefix}{field.field_name}__"
        if not related:
            for sub in field.fields:
                if isinstance(sub, FilterField):
                    column = nested_prefix + sub.get_attname(relation_model)
                    collected["filters"].setdefault(column, []).append(None)
        for item in related:
            self.collect(type(item), item, field.fields, nested_prefix, collected)
