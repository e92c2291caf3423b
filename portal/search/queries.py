"""Wagtail search queries (text, filters, ordering) compiled to Whoosh queries."""

from modelsearch.backends.base import BaseSearchQueryCompiler, FilterFieldError
from modelsearch.index import RelatedFields, get_indexed_models
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from whoosh import query as wq
from whoosh.query.spans import SpanNear2
from whoosh.sorting import FieldFacet

from django.db import DEFAULT_DB_ALIAS
from django.db.models.expressions import Subquery
from django.db.models.sql.constants import MULTI, SINGLE
from django.db.models.sql.query import Query as SqlQuery

from .analysis import analyzer_for, autocomplete_analyzer, search_languages
from .documents import ALL, NULL, as_datetime, boost_name, encode, label


def _resolve(value, many):
    """A lookup value that is a subquery, run once (as Wagtail's other backends do)."""
    if isinstance(value, (SqlQuery, Subquery)):
        query = value.query if isinstance(value, Subquery) else value
        rows = query.get_compiler(DEFAULT_DB_ALIAS).execute_sql(
            result_type=MULTI if many else SINGLE
        )
        if many:
            return [row[0] for chunk in rows for row in chunk]
        return rows[0] if rows else None
    return value


def phrase(field, tokens, boost):
    """The words in order, each exactly as far from the last as in the query."""
    words = [word for word, _position in tokens]
    gaps = [b[1] - a[1] for a, b in zip(tokens, tokens[1:], strict=False)]
    if all(gap == 1 for gap in gaps):
        return wq.Phrase(field, words, boost=boost)
    span = wq.Term(field, words[0])
    for word, gap in zip(words[1:], gaps, strict=True):
        span = SpanNear2([span, wq.Term(field, word)], slop=gap, mindist=gap)
    span.boost = boost
    return span


def _best(queries):
    """The best-scoring of several ways to match (fields, languages)."""
    return queries[0] if len(queries) == 1 else wq.DisjunctionMax(queries)


def _joined(queries, operator):
    queries = [q for q in queries if q is not None]
    if not queries:
        return wq.NullQuery
    if len(queries) == 1:
        return queries[0]
    return wq.And(queries) if operator == "and" else wq.Or(queries)


class WhooshSearchQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "and"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.languages = search_languages()

    # filters

    def column_for(self, field_path):
        model = self.queryset.model
        parts = []
        for field in field_path:
            parts.append(
                field.field_name if isinstance(field, RelatedFields) else field.get_attname(model)
            )
            if isinstance(field, RelatedFields):
                model = field.get_field(model).related_model
        return "__".join(parts) + "__f"

    def _process_lookup(self, field_path, lookup, value):
        name = self.column_for(field_path)
        if lookup == "exact":
            value = _resolve(value, many=False)
            return wq.Term(name, encode(value))
        if lookup == "isnull":
            missing = wq.Term(name, NULL)
            return missing if value else wq.And([wq.Every(), wq.Not(missing)])
        if lookup in ("startswith", "prefix"):
            return wq.Prefix(name, encode(value))
        moment = as_datetime(value) if lookup in ("gt", "gte", "lt", "lte") else None
        if moment is not None:
            dates = name[: -len("__f")] + "__dt"
            if lookup.startswith("g"):
                return wq.DateRange(dates, moment, None, startexcl=lookup == "gt")
            return wq.DateRange(dates, None, moment, endexcl=lookup == "lt")
        if lookup == "range" and as_datetime(value[0]) is not None:
            dates = name[: -len("__f")] + "__dt"
            return wq.DateRange(dates, as_datetime(value[0]), as_datetime(value[1]))
        if lookup in ("gt", "gte", "lt", "lte"):
            term = encode(value)
            if lookup.startswith("g"):
                return wq.TermRange(name, term, None, startexcl=lookup == "gt")
            return wq.TermRange(name, None, term, endexcl=lookup == "lt")
        if lookup == "range":
            lower, upper = value
            return wq.TermRange(name, encode(lower), encode(upper))
        if lookup == "in":
            values = _resolve(value, many=True)
            terms = [wq.Term(name, encode(item)) for item in values]
            return wq.Or(terms) if terms else wq.NullQuery
        return None

    def _process_match_none(self):
        return wq.NullQuery

    def _connect_filters(self, filters, connector, negated):
        if not filters:
            return None
        combined = (
            filters[0]
            if len(filters) == 1
            else (wq.And(filters) if connector == "AND" else wq.Or(filters))
        )
        if negated:
            combined = wq.And([wq.Every(), wq.Not(combined)])
        return combined

    def get_filter(self):
        """The content type the queryset is for, and the queryset's own filters."""
        parts = [wq.Term("content_types", label(self.queryset.model))]
        queryset_filter = self._get_filters_from_queryset()
        if queryset_filter is not None:
            parts.append(queryset_filter)
        return wq.And(parts)

    # text

    def text_fields(self):
        """(index field prefix, boost) pairs to search: the named fields, or all text."""
        if self.fields:
            searchable = {
                f.field_name: f for f in self.queryset.model.get_searchable_search_fields()
            }
            return [
                (searchable[name].get_attname(self.queryset.model), searchable[name].boost or 1)
                for name in self.fields
                if name in searchable
            ]
        boosts = set()
        for model in get_indexed_models():
            if issubclass(model, self.queryset.model):
                for field in model.get_searchable_search_fields():
                    if field.boost and float(field.boost) != 1.0:
                        boosts.add(float(field.boost))
        return [(ALL, 1)] + [(boost_name(boost), boost) for boost in sorted(boosts)]

    def word_query(self, field, word, boost, kind):
        if kind == "fuzzy":
            maxdist = 1 if len(word) < 6 else 2
            return wq.FuzzyTerm(field, word, boost=boost, maxdist=maxdist, prefixlength=1)
        return wq.Term(field, word, boost=boost)

    def text_query(self, node, kind, boost):
        """Every word in any of the fields (or one of them, with operator "or"), in
        at least one language's analysis of the query.

        A phrase keeps the gaps its dropped stop words leave, so "food from the
        pantry" matches the same words with the same gap, and "food pantry" does not
        match "food from the pantry".
        """
        operator = (getattr(node, "operator", None) or "and").lower()
        per_language = []
        for language in self.languages:
            tokens = [
                (token.text, token.pos)
                for token in analyzer_for(language)(node.query_string, positions=True)
            ]
            if not tokens:
                continue
            fields = [
                (f"{prefix}__t_{language}", boost * field_boost)
                for prefix, field_boost in self.text_fields()
            ]
            if kind == "phrase" and len(tokens) > 1:
                per_language.append(_best([phrase(name, tokens, b) for name, b in fields]))
                continue
            per_word = [
                _best([self.word_query(name, word, b, kind) for name, b in fields])
                for word, _position in tokens
            ]
            per_language.append(_joined(per_word, operator))
        return _best(per_language) if per_language else wq.NullQuery

    def compile(self, node, boost=1.0):
        if isinstance(node, MatchAll):
            return wq.Every()
        if isinstance(node, And):
            return wq.And([self.compile(child, boost) for child in node.subqueries])
        if isinstance(node, Or):
            return wq.Or([self.compile(child, boost) for child in node.subqueries])
        if isinstance(node, Not):
            return wq.And([wq.Every(), wq.Not(self.compile(node.subquery, boost))])
        if isinstance(node, Boost):
            return self.compile(node.subquery, boost * node.boost)
        if isinstance(node, (PlainText, Phrase, Fuzzy)):
            kind = {PlainText: "plain", Phrase: "phrase", Fuzzy: "fuzzy"}[type(node)]
            return self.text_query(node, kind, boost)
        raise NotImplementedError(
            f"`{type(node).__name__}` is not supported by the Whoosh search backend."
        )

    def get_query(self):
        return self.compile(self.query)

    # order

    def get_sort(self):
        """None for relevance; else the queryset's order on sortable columns."""
        if self.order_by_relevance:
            return None
        if not self.queryset.ordered:
            return [FieldFacet("pk__s", reverse=True)]
        return [
            FieldFacet(f"{field.get_attname(self.queryset.model)}__s", reverse=reverse)
            for reverse, field in self._get_order_by()
        ]

    def facet_field(self, field_name):
        field = self._get_filterable_field(field_name)
        if field is None:
            raise FilterFieldError(
                f'Cannot facet search results with field "{field_name}". Please add '
                f'index.FilterField("{field_name}") to '
                f"{self.queryset.model.__name__}.search_fields.",
                field_name=field_name,
            )
        return field


class WhooshAutocompleteQueryCompiler(WhooshSearchQueryCompiler):
    """Matches the first letters of words in the AutocompleteFields."""

    def compile(self, node, boost=1.0):
        if isinstance(node, MatchAll):
            return wq.Every()
        if not isinstance(node, PlainText):
            raise NotImplementedError(
                f"`{type(node).__name__}` is not supported for autocomplete queries."
            )
        if self.fields:
            autocomplete = {
                f.field_name: f for f in self.queryset.model.get_autocomplete_search_fields()
            }
            names = [
                f"{autocomplete[name].get_attname(self.queryset.model)}__ac"
                for name in self.fields
                if name in autocomplete
            ]
        else:
            names = [f"{ALL}__ac"]
        prefixes = [
            token.text for token in autocomplete_analyzer()(node.query_string, mode="query")
        ]
        if not prefixes or not names:
            return wq.NullQuery
        operator = (node.operator or "and").lower()
        per_field = [_joined([wq.Term(name, p) for p in prefixes], operator) for name in names]
        return per_field[0] if len(per_field) == 1 else wq.DisjunctionMax(per_field)
