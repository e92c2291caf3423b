"""A Wagtail search backend on Whoosh, so `make run` needs no search server.

Settings::

    WAGTAILSEARCH_BACKENDS = {"default": {
        "BACKEND": "portal.search.whoosh_backend",
        "PATH": BASE_DIR / "var" / "search-index",
    }}

Pages and models use only Wagtail's API (`search()`, `autocomplete()`,
FilterField filters, ordering, boosts, RelatedFields, `facet()`), so a
district moves to Elasticsearch/OpenSearch by changing this setting alone.
Beyond that API the backend offers `suggest()` ("did you mean") and
`is_available()`, which the search page uses when a backend has them.

Changes are written after the transaction commits (nothing rolled back reaches
the index, and a rebuild cannot overwrite a newer change with an older one);
see `storage.py` for how writers share the index and how a rebuild swaps in.
"""

import logging
import threading
from collections import OrderedDict
from contextlib import contextmanager

from modelsearch.backends.base import BaseIndex, BaseSearchBackend, BaseSearchResults
from whoosh import query as wq
from whoosh.sorting import FieldFacet

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction

from wagtail.models import Locale

from .analysis import search_languages, spelling_analyzer, terms
from .documents import DocumentBuilder, decode, document_key, schema
from .queries import WhooshAutocompleteQueryCompiler, WhooshSearchQueryCompiler
from .storage import WRITER_TIMEOUT, IndexStore, IndexUnavailable

logger = logging.getLogger("portal.search")
_paused = threading.local()


@contextmanager
def live_writes_paused():
    """Skip live index writes in this thread (a full rebuild is about to follow)."""
    _paused.on = True
    try:
        yield
    finally:
        _paused.on = False


def locale_codes():
    """Locale id -> language code (a handful of rows, read once per batch)."""
    return dict(Locale.objects.values_list("pk", "language_code"))


class WhooshIndex(BaseIndex):
    """The one index every model shares."""

    def add_items(self, model, items):
        """Index the objects as they are when the transaction commits (with the
        relations saved after them, such as tags set after the object's save)."""
        if items:
            self.backend.write(updates=lambda: self.backend.documents(items))

    def add_item(self, obj):
        self.add_items(type(obj), [obj])

    def delete_item(self, item):
        self.backend.write(deletes=[document_key(item)])

    def reset(self):
        self.backend.store.reset()

    def __str__(self):
        return str(self.backend.store.path)


class BuildingIndex(WhooshIndex):
    """The generation a rebuild fills; writes go to it alone, in order with live writes."""

    def __init__(self, backend, generation, whoosh_index):
        super().__init__(backend)
        self.generation = generation
        self.whoosh_index = whoosh_index

    def add_items(self, model, items):
        if not items:
            return
        documents = self.backend.documents(items)
        with self.backend.store.write_lock():
            writer = self.whoosh_index.writer(timeout=WRITER_TIMEOUT)
            for document in documents:
                writer.update_document(**document)
            writer.commit()


class WhooshRebuilder:
    """Builds a new generation while searches read the old one, then swaps."""

    def __init__(self, index):
        self.index = index
        self.backend = index.backend

    def start(self):
        generation, whoosh_index = self.backend.store.begin_rebuild()
        self.building = BuildingIndex(self.backend, generation, whoosh_index)
        return self.building

    def finish(self):
        with self.backend.store.write_lock():
            writer = self.building.whoosh_index.writer(timeout=WRITER_TIMEOUT)
            writer.commit(optimize=True)
        self.backend.store.finish_rebuild(self.building.generation)


class WhooshSearchResults(BaseSearchResults):
    supports_facet = True

    def _search(self, searcher, **kwargs):
        """The words and the filters as one query: Whoosh's separate `filter=` would
        list every document each filter matches (the content type matches them all)."""
        compiler = self.query_compiler
        query = wq.And([compiler.get_query(), wq.ConstantScoreQuery(compiler.get_filter(), 0.0)])
        return searcher.search(query, **kwargs)

    def _hits(self):
        stop = self.stop
        if stop is not None and stop <= self.start:
            return []  # an empty slice (a paginator on no results asks for one)
        sort = self.query_compiler.get_sort()
        try:
            with self.backend.store.current().searcher() as searcher:
                results = self._search(searcher, limit=stop, sortedby=sort, scored=True)
                # slicing the top hits, not list(results): that would count every match
                hits = results[self.start : stop if stop is not None else len(results)]
                return [(hit["pk"], hit.score) for hit in hits]
        except IndexUnavailable:
            logger.exception("search index unavailable")
            return []

    def _do_search(self):
        hits = self._hits()
        if not hits:
            return []
        model = self.query_compiler.queryset.model
        pks = [model._meta.pk.to_python(pk) for pk, _score in hits]
        scores = dict(zip(pks, (score for _pk, score in hits), strict=True))
        queryset = self.query_compiler.queryset.filter(pk__in=pks).order_by()
        if self.prefetch_related:
            queryset = queryset.prefetch_related(*self.prefetch_related)
        found = {obj.pk: obj for obj in queryset}
        ordered = []
        for pk in pks:
            obj = found.get(pk)
            if obj is None:  # in the index, gone from the database (or filtered out)
                continue
            if self._score_field:
                setattr(obj, self._score_field, scores[pk])
            ordered.append(obj)
        return ordered

    def _do_count(self):
        try:
            with self.backend.store.current().searcher() as searcher:
                total = len(self._search(searcher, limit=None, scored=False))
        except IndexUnavailable:
            logger.exception("search index unavailable")
            return 0
        total -= self.start
        if self.stop is not None:
            total = min(total, self.stop - self.start)
        return max(total, 0)

    def facet(self, field_name):
        model = self.query_compiler.queryset.model
        field = self.query_compiler.facet_field(field_name)
        attname = field.get_attname(model)
        field_type = field.get_type(model)
        if _single_valued(model, field):
            # one value per document: read the sortable column, no term lists to build
            facet = FieldFacet(f"{attname}__s")
        else:
            facet = FieldFacet(f"{attname}__f", allow_overlap=True)
        try:
            with self.backend.store.current().searcher() as searcher:
                results = self._search(
                    searcher, limit=None, scored=False, groupedby={"facet": facet}
                )
                groups = results.groups("facet")
        except IndexUnavailable:
            logger.exception("search index unavailable")
            return OrderedDict()
        counts = sorted(((term, len(docs)) for term, docs in groups.items()), key=lambda kv: -kv[1])
        return OrderedDict((decode(_text(term), field_type), count) for term, count in counts)


def _single_valued(model, field):
    try:
        model_field = field.get_field(model)
    except FieldDoesNotExist:  # a method or property: it may give a list
        return False
    return not (model_field.many_to_many or model_field.one_to_many)


def _text(term):
    return term.decode("utf-8") if isinstance(term, bytes) else term


class WhooshSearchBackend(BaseSearchBackend):
    query_compiler_class = WhooshSearchQueryCompiler
    autocomplete_query_compiler_class = WhooshAutocompleteQueryCompiler
    results_class = WhooshSearchResults
    index_class = WhooshIndex
    rebuilder_class = WhooshRebuilder
    catch_indexing_errors = True

    def __init__(self, params):
        super().__init__(params)
        params = dict(params)
        self.languages = search_languages()
        self.store = IndexStore(
            params.pop("PATH", settings.BASE_DIR / "var" / "search-index"), schema(self.languages)
        )

    # writing

    def documents(self, items):
        builder = DocumentBuilder(self.languages, locale_codes())
        return [builder.build(item) for item in items]

    def write(self, updates=None, deletes=()):
        """Apply changes after the transaction commits, to every live generation."""
        if getattr(_paused, "on", False):
            return
        transaction.on_commit(lambda: self._write_now(updates() if updates else [], deletes))

    def _write_now(self, updates, deletes):
        with self.store.write_lock():
            targets = self.store.writable()
            if not targets:
                logger.info("no search index yet: run `manage.py update_index`")
            for whoosh_index in targets:
                writer = whoosh_index.writer(timeout=WRITER_TIMEOUT)
                for key in deletes:
                    writer.delete_by_term("key", key)
                for document in updates:
                    writer.update_document(**document)
                writer.commit()

    # beyond Wagtail's API

    def is_available(self):
        try:
            self.store.current()
        except IndexUnavailable:
            logger.exception("search index unavailable")
            return False
        return True

    def suggest(self, text, language):
        """The query with unknown words replaced by the closest indexed word, or None.

        A word is known when its terms are in the index in that language (so
        "ninos" is not corrected: it already finds "niños").
        """
        field = f"spell__{language}"
        try:
            with self.store.current().searcher() as searcher:
                reader = searcher.reader()
                corrected, changed = [], False
                for word in (token.text for token in spelling_analyzer()(text)):
                    stems = terms(word, language)
                    known = all((f"all__t_{language}", stem) in reader for stem in stems)
                    options = (
                        []
                        if known or len(word) < 3
                        else searcher.suggest(field, word, limit=1, maxdist=2, prefix=1)
                    )
                    corrected.append(options[0] if options else word)
                    changed = changed or bool(options)
        except IndexUnavailable:
            return None
        return " ".join(corrected) if changed else None


SearchBackend = WhooshSearchBackend
