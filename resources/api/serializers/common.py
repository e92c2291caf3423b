"""What every HSDS mapping shares: the API's constants, derived ids and the request's ``Context``.

The other modules of this package each map one kind of record; they all build on
this one, which depends on none of them.
"""

from __future__ import annotations

import uuid
from functools import cached_property

from django.apps import apps
from django.conf import settings

from wagtail.models import Locale

from portal import page_cache
from resources import directory

HSDS_VERSION = "3.0"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
#: The portal publishes base HSDS, without a profile of its own.
PROFILE_URL = "https://docs.openreferral.org/en/latest/hsds/"
#: The one taxonomy: the directory's service categories (fixed, so it is the same everywhere).
TAXONOMY_ID = uuid.UUID("0a88ff87-12f6-4de3-85bb-b87aaf67dcea")
COUNTRY = "US"
CURRENCY = "USD"


def model(name):
    return apps.get_model("resources", name)


def derived_id(parent, discriminator: str) -> str:
    """The id of something kept as a field of ``parent``: the same in every language."""
    return str(uuid.uuid5(uuid.UUID(str(parent)), discriminator))


def service_at_location_id(service_key, location_key) -> str:
    return derived_id(service_key, f"service_at_location:{location_key}")


def compact(record: dict, keep=()) -> dict:
    """``record`` without blank values (``None`` or ``""``), except the fields in ``keep``."""
    return {
        name: value
        for name, value in record.items()
        if name in keep or (value is not None and value != "")
    }


# --- the request's language ----------------------------------------------------------------


def locale_ids() -> dict[str, int]:
    """Language code → Locale id (cached until the next publish: locales rarely change)."""
    return page_cache.until_publish(
        ("hsds-locales",), lambda: dict(Locale.objects.values_list("language_code", "id"))
    )


class Context:
    """What every mapping of one request shares: its language and that language's vocabulary.

    The categories and regions come from the directory's own caches (retired on
    publish), so naming them costs no query per service.
    """

    def __init__(self, language: str, request=None):
        self.language = language
        self.request = request
        self.locale_id = locale_ids().get(language)

    @cached_property
    def categories(self) -> dict:
        """Category translation key → the category in this language (or its original)."""
        return directory.categories_by_key(self.locale_id)

    @cached_property
    def regions(self) -> dict:
        return directory.regions_by_key(self.locale_id)

    @cached_property
    def codes(self) -> dict:
        """A term's ``code`` is its English slug, the same whatever the language asked."""
        english = locale_ids().get(settings.LANGUAGE_CODE)
        originals = directory.categories_by_key(english)
        return {key: category.slug for key, category in originals.items()}

    def language_of(self, locale_id) -> str:
        return next((code for code, pk in locale_ids().items() if pk == locale_id), self.language)

    def category(self, category):
        return self.categories.get(category.translation_key, category)

    def region_name(self, place) -> str:
        if not place.region_id:
            return ""
        return self.regions.get(place.region.translation_key, place.region).name


# --- what this API is ------------------------------------------------------------------------


def api_metadata(request) -> dict:
    """``GET /``: what this API is (HSDS version, profile, the OpenAPI file, who publishes)."""
    return {
        "version": HSDS_VERSION,
        "profile": PROFILE_URL,
        "openapi_url": OPENAPI_URL,
        "description": (
            "Community services for families from the district's family-engagement portal "
            "directory, in English and Spanish (lang=en or lang=es)."
        ),
        "publisher": {
            "name": settings.WAGTAIL_SITE_NAME,
            "website": request.build_absolute_uri("/"),
        },
    }
