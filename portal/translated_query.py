"""A filtered page's query string in another language: ``?center=centro-norte`` on the
English calendar means the North Center.

Filters name translatable things (a center, a topic, a category) by their slug, which
differs by language. When someone switches language, the switcher keeps the query
string (``portal.navigation``); the page then reads a slug of another language as the
same thing in its own (by ``translation_key``), so the filters survive the switch. A
slug unknown in every language is left for the form to refuse.
"""

from django.http import QueryDict


def localized_query(query: QueryDict, fields: dict, locale_id) -> QueryDict:
    """``query`` with each of ``fields`` (parameter → (translatable model with a ``slug``,
    the slugs of the page's language)) rewritten to the slug of the same item in
    ``locale_id``; the same query, without a database query, when every slug is the
    page's own."""
    changed = None
    for name, (model, own_slugs) in fields.items():
        slug = query.get(name)
        if not slug or slug in own_slugs:
            continue
        key = model.objects.filter(slug=slug).values_list("translation_key", flat=True).first()
        own = (
            model.objects.filter(translation_key=key, locale_id=locale_id)
            .values_list("slug", flat=True)
            .first()
            if key is not None
            else None
        )
        if own:
            changed = changed if changed is not None else query.copy()
            changed[name] = own
    return changed if changed is not None else query
