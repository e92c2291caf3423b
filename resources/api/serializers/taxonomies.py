"""The directory's categories as HSDS taxonomy terms, all in one fixed taxonomy."""

from __future__ import annotations

from django.utils.text import capfirst
from django.utils.translation import gettext

from .common import TAXONOMY_ID, Context, compact


def taxonomy() -> dict:
    """The one taxonomy: the directory's categories, named in the response's language."""
    return {
        "id": str(TAXONOMY_ID),
        "name": capfirst(gettext("service categories")),
        "description": gettext("Browse by kind of help"),
    }


def taxonomy_term(category, ctx: Context) -> dict:
    key = category.translation_key
    return compact(
        {
            "id": str(key),
            "code": ctx.codes.get(key, category.slug),
            "name": category.name,
            "description": category.description,
            "taxonomy": taxonomy()["name"],
            "taxonomy_id": str(TAXONOMY_ID),
            "taxonomy_detail": taxonomy(),
            "language": ctx.language_of(category.locale_id),
        },
        keep=("description",),
    )
