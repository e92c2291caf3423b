"""The directory as Open Referral HSDS 3.0 objects: plain dicts, ready for JSON.

This package maps pages and places to the field names and nesting of HSDS 3.0
(``schema/*.json`` and ``schema/compiled/*.json`` of openreferral/specification), so
the views only choose what to list; it is split by kind of record (``common``,
``contact``, ``taxonomies``, ``locations``, ``briefs``, ``services``,
``organizations``) and everything is importable from here. The loaders (``load_services``,
``load_organizations``) fetch what a mapping needs for a whole page of results at
once, so a request costs the same number of queries for 3 services or 100.

Identity. A page exists once per language, sharing its ``translation_key``, so that
key is the HSDS ``id`` of organizations, services and taxonomy terms (categories),
and a place's ``location_key`` is the ``id`` of its location. Everything HSDS keeps
in tables of its own that the portal keeps as fields (phones, schedules, languages,
addresses, accessibility, cost options, required documents, attributes, the
service-at-location links) gets a UUID 5 of its parent's id and a fixed
discriminator: the same in English and Spanish, the same on every request, and
unique because its parent's id is.

What the public sees, and no more: only fields shown on the public pages are
mapped (``assurer_email``, a staff address, is left out). Blank text is left out
rather than sent as ``""`` or ``null`` (HSDS types these fields as strings), except
where HSDS requires the field.
"""

from .briefs import organization_brief, service_brief, service_summary, service_url
from .common import (
    COUNTRY,
    CURRENCY,
    HSDS_VERSION,
    OPENAPI_URL,
    PROFILE_URL,
    TAXONOMY_ID,
    Context,
    api_metadata,
    compact,
    derived_id,
    locale_ids,
    model,
    service_at_location_id,
)
from .contact import (
    address,
    exception_schedule,
    hh_mm,
    phones,
    schedules,
    utc_offset,
    weekdays_between,
    weekly_schedule,
)
from .locations import location_brief, location_full
from .organizations import load_organizations, organization_full
from .services import (
    attributes,
    cost_options,
    language,
    load_details,
    load_services,
    places_queryset,
    required_documents,
    service_at_location_full,
    service_at_location_nested,
    service_at_location_summary,
    service_full,
)
from .taxonomies import taxonomy, taxonomy_term

__all__ = [
    "COUNTRY",
    "CURRENCY",
    "HSDS_VERSION",
    "OPENAPI_URL",
    "PROFILE_URL",
    "TAXONOMY_ID",
    "Context",
    "address",
    "api_metadata",
    "attributes",
    "compact",
    "cost_options",
    "derived_id",
    "exception_schedule",
    "hh_mm",
    "language",
    "load_details",
    "load_organizations",
    "load_services",
    "locale_ids",
    "location_brief",
    "location_full",
    "model",
    "organization_brief",
    "organization_full",
    "phones",
    "places_queryset",
    "required_documents",
    "schedules",
    "service_at_location_full",
    "service_at_location_id",
    "service_at_location_nested",
    "service_at_location_summary",
    "service_brief",
    "service_full",
    "service_summary",
    "service_url",
    "taxonomy",
    "taxonomy_term",
    "utc_offset",
    "weekdays_between",
    "weekly_schedule",
]
