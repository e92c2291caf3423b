"""The directory as Open Referral HSDS 3.0 objects: plain dicts, ready for JSON.

Everything here maps pages and places to the field names and nesting of HSDS 3.0
(``schema/*.json`` and ``schema/compiled/*.json`` of openreferral/specification), so
the views only choose what to list. The loaders (``load_services``,
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

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, datetime, time, timedelta
from functools import cached_property

from django.apps import apps
from django.conf import settings
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import get_language_info, gettext

from wagtail.models import Locale

from portal import page_cache
from resources import directory
from resources.hours import WEEKDAY_CODES, Hours, HoursException, WeeklyOpening, district_zone
from resources.hours import day_names as weekday_names
from resources.kinds import Cost

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


# --- small things ----------------------------------------------------------------------------


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


def phones(number, owner_field: str, owner_id) -> list[dict]:
    """A page's or a place's one phone number as an HSDS ``phone`` list."""
    if not number:
        return []
    text = getattr(number, "as_e164", None) or str(number)
    return [
        {
            "id": derived_id(owner_id, "phone"),
            owner_field: str(owner_id),
            "number": text,
            "type": "voice",
        }
    ]


def hh_mm(value: time) -> str:
    return value.strftime("%H:%M")


def utc_offset(day: date) -> int | float:
    """The district's UTC offset in hours on ``day`` (HSDS types ``timezone`` as a number)."""
    moment = datetime.combine(day, time(12), tzinfo=district_zone())
    hours = moment.utcoffset().total_seconds() / 3600
    return int(hours) if hours.is_integer() else hours


def weekdays_between(first: date, last: date) -> list[str]:
    """The weekday codes of the days from ``first`` to ``last`` (all seven past a week)."""
    span = min((last - first).days, 6)
    days = {WEEKDAY_CODES[(first + timedelta(days=n)).weekday()] for n in range(span + 1)}
    return [code for code in WEEKDAY_CODES if code in days]


def schedules(stream, owner_field: str, owner_id, today: date | None = None) -> list[dict]:
    """HSDS ``schedule`` records from an hours StreamField (its raw data: no block parsing).

    Regular hours are RFC 5545 rules: ``freq`` WEEKLY, ``byday`` such as "MO,TU",
    ``opens_at``/``closes_at`` as wall-clock "HH:MM" in the district.

    HSDS 3.0 has no field for an exception to a rule (no EXDATE), so a holiday or
    special-hours entry is a schedule of its own, bounded by ``valid_from`` and
    ``valid_to``, which replaces the regular hours on those dates (the description
    says so in the response's language):

    - closed: no ``freq`` and no opening times, ``dtstart`` the first day, a
      description such as "Closed all day (Thanksgiving)";
    - special hours: ``freq`` WEEKLY on the weekdays the dates cover, with the day's
      ``opens_at``/``closes_at``.

    Ids: the n-th regular hours, and an exception by its dates, so the English and
    Spanish copies of a place (whose editors may have entered the hours separately)
    give the same ids, on every request.

    ``timezone`` is a number in HSDS (a UTC offset), which cannot say "Pacific time
    with daylight saving": a dated entry carries the offset in force on its first
    day, regular hours the offset in force today, so the wall-clock times are right
    for the dates they are read for.
    """
    today = today or timezone.localdate()
    raw = getattr(stream, "raw_data", stream) or []
    hours = Hours.from_stream(raw)
    found = []
    for number, opening in enumerate(hours.weekly):
        owner = {"id": derived_id(owner_id, f"weekly:{number}"), owner_field: str(owner_id)}
        found.append(owner | weekly_schedule(opening, today))
    seen = Counter()
    for exception in hours.exceptions:
        dates = f"{exception.first.isoformat()}/{exception.last.isoformat()}"
        seen[dates] += 1
        discriminator = f"exception:{dates}:{seen[dates]}"
        owner = {"id": derived_id(owner_id, discriminator), owner_field: str(owner_id)}
        found.append(owner | exception_schedule(exception))
    return found


def weekly_schedule(opening: WeeklyOpening, today: date) -> dict:
    days = [code for code in WEEKDAY_CODES if code in opening.days]
    opens, closes = hh_mm(opening.opens), hh_mm(opening.closes)
    return {
        "freq": "WEEKLY",
        "interval": 1,
        "byday": ",".join(days),
        "opens_at": opens,
        "closes_at": closes,
        "timezone": utc_offset(today),
        "description": f"{weekday_names(days)}: {opens}–{closes}",
    }


def exception_schedule(exception: HoursException) -> dict:
    record = {
        "valid_from": exception.first.isoformat(),
        "valid_to": exception.last.isoformat(),
        "dtstart": exception.first.isoformat(),
        "timezone": utc_offset(exception.first),
    }
    if exception.closed or exception.opens is None or exception.closes is None:
        label = gettext("Closed all day")
    else:
        label = gettext("Holiday or special hours")
        days = weekdays_between(exception.first, exception.last)
        record.update(
            freq="WEEKLY",
            interval=1,
            byday=",".join(days),
            opens_at=hh_mm(exception.opens),
            closes_at=hh_mm(exception.closes),
        )
        label = f"{label}: {hh_mm(exception.opens)}–{hh_mm(exception.closes)}"
    record["description"] = f"{label} ({exception.reason})" if exception.reason else label
    return record


# --- taxonomy ------------------------------------------------------------------------------


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


# --- places ----------------------------------------------------------------------------------


def address(place, ctx: Context) -> dict:
    key = place.location_key
    return compact(
        {
            "id": derived_id(key, "address"),
            "location_id": str(key),
            "address_1": place.street_address,
            "city": place.city,
            "region": ctx.region_name(place),
            "state_province": place.state,
            "postal_code": place.postal_code,
            "country": COUNTRY,
            "address_type": "physical",
        },
        keep=("address_1", "city", "state_province", "postal_code"),
    )


def location_brief(place, organization_id) -> dict:
    """A location's own (one-to-one) fields, as the list endpoints nest it."""
    return compact(
        {
            "id": str(place.location_key),
            "location_type": "physical",
            "organization_id": str(organization_id) if organization_id else None,
            "name": place.name,
            "transportation": place.transportation,
            "latitude": float(place.latitude) if place.latitude is not None else None,
            "longitude": float(place.longitude) if place.longitude is not None else None,
        }
    )


def location_full(place, organization_id, ctx: Context) -> dict:
    """A location with its address, accessibility, phone and opening hours."""
    key = place.location_key
    record = location_brief(place, organization_id)
    record["addresses"] = [address(place, ctx)]
    record["accessibility"] = (
        [
            {
                "id": derived_id(key, "accessibility"),
                "location_id": str(key),
                "description": place.accessibility,
            }
        ]
        if place.accessibility
        else []
    )
    record["phones"] = phones(place.phone, "location_id", key)
    record["schedules"] = schedules(place.hours, "location_id", key)
    return record


# --- organizations ---------------------------------------------------------------------------


def organization_brief(organization) -> dict:
    return compact(
        {
            "id": str(organization.translation_key),
            "name": organization.title,
            "alternate_name": organization.alternate_name,
            "description": organization.description,
            "email": organization.email,
            "website": organization.website,
        },
        keep=("description",),
    )


def organization_full(organization, ctx: Context, full_services=False) -> dict:
    """An organization with its phone, its places and its services (``load_organizations``).

    As the OpenAPI file says, its ``services`` carry "simple information": each
    service's own fields; ``full_services`` nests each service fully instead.
    """
    key = organization.translation_key
    record = organization_brief(organization)
    record["phones"] = phones(organization.phone, "organization_id", key)
    record["locations"] = [location_full(place, key, ctx) for place in organization.locations.all()]
    services = organization.__dict__.get("_hsds_services", [])
    record["services"] = [
        service_full(service, ctx, nest_organization=False)
        if full_services
        else service_brief(service, ctx)
        for service in services
    ]
    return record


# --- services --------------------------------------------------------------------------------


def service_url(service, ctx: Context) -> str | None:
    """The service's own web page, or else its page in the portal (in the asked language)."""
    return service.website or service.get_full_url(ctx.request)


def service_brief(service, ctx: Context) -> dict:
    """A service's own (one-to-one) fields."""
    organization = service.organization
    return compact(
        {
            "id": str(service.translation_key),
            "organization_id": str(organization.translation_key) if organization else None,
            "name": service.title,
            "alternate_name": service.alternate_name,
            "description": service.description,
            "url": service_url(service, ctx),
            "email": service.email,
            "status": service.status,
            "interpretation_services": service.interpretation_services,
            "application_process": service.application_process,
            "fees_description": service.fees_description,
            "eligibility_description": service.eligibility_description,
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "assured_date": service.assured_date.isoformat() if service.assured_date else None,
            "alert": service.alert,
            "last_modified": (
                service.last_published_at.isoformat() if service.last_published_at else None
            ),
        }
    )


def service_summary(service, ctx: Context) -> dict:
    """A service as ``GET /services`` lists it: its own fields and its organization's."""
    record = service_brief(service, ctx)
    if service.organization is not None:
        record["organization"] = organization_brief(service.organization)
    return record


def cost_options(service) -> list[dict]:
    """The cost choice (``option``, its label) and the fees text (``amount_description``)."""
    key = service.translation_key
    label = Cost(service.cost).label if service.cost in Cost.values else service.cost
    option = compact(
        {
            "id": derived_id(key, "cost_option"),
            "service_id": str(key),
            "option": str(label),
            "amount_description": service.fees_description,
        }
    )
    if service.cost == Cost.FREE:
        option.update(amount=0, currency=CURRENCY)
    return [option]


def required_documents(service) -> list[dict]:
    key = service.translation_key
    return [
        {
            "id": derived_id(key, f"required_document:{index}"),
            "service_id": str(key),
            "document": document,
        }
        for index, document in enumerate(service.document_list)
    ]


def language(spoken, service_key) -> dict:
    """A language spoken by staff, named in the response's language where Django knows it."""
    try:
        name = str(get_language_info(spoken.code)["name_translated"])
    except KeyError:
        name = spoken.name
    return {
        "id": derived_id(service_key, f"language:{spoken.code}"),
        "service_id": str(service_key),
        "name": name,
        "code": spoken.code,
    }


def attributes(service, ctx: Context) -> list[dict]:
    """Each category of the service as an ``attribute`` linking it to its taxonomy term."""
    key = service.translation_key
    found = []
    for category in service.categories.all():
        term = taxonomy_term(ctx.category(category), ctx)
        found.append(
            {
                "id": derived_id(key, f"attribute:{category.translation_key}"),
                "link_id": str(key),
                "link_entity": "service",
                "taxonomy_term_id": term["id"],
                "taxonomy_term": term,
            }
        )
    return found


def service_full(service, ctx: Context, nest_organization=True, nest_places=True) -> dict:
    """``GET /services/{id}``: a service with everything about it (``load_services(full=True)``)."""
    key = service.translation_key
    record = service_summary(service, ctx) if nest_organization else service_brief(service, ctx)
    if nest_organization and service.organization is not None:
        record["organization"]["phones"] = phones(
            service.organization.phone, "organization_id", service.organization.translation_key
        )
    if nest_places:
        record["service_at_locations"] = [
            service_at_location_nested(service, place, ctx) for place in service.locations.all()
        ]
    record["phones"] = phones(service.phone, "service_id", key)
    record["schedules"] = schedules(service.hours, "service_id", key)
    record["languages"] = [language(spoken, key) for spoken in service.languages.all()]
    record["cost_options"] = cost_options(service)
    record["required_documents"] = required_documents(service)
    record["attributes"] = attributes(service, ctx)
    return record


# --- services at locations -------------------------------------------------------------------


def _link(service, place) -> dict:
    return {
        "id": service_at_location_id(service.translation_key, place.location_key),
        "service_id": str(service.translation_key),
        "location_id": str(place.location_key),
    }


def _organization_id(service):
    return service.organization.translation_key if service.organization else None


def service_at_location_nested(service, place, ctx: Context) -> dict:
    """A place of a service, inside the service: the link and the full location."""
    return _link(service, place) | {
        "location": location_full(place, _organization_id(service), ctx)
    }


def service_at_location_summary(service, place, ctx: Context) -> dict:
    """As ``GET /service_at_locations`` lists it: the link, the location's and the
    service's own fields (with the organization's)."""
    return _link(service, place) | {
        "location": location_brief(place, _organization_id(service)),
        "service": service_summary(service, ctx),
    }


def service_at_location_full(service, place, ctx: Context) -> dict:
    """``GET /service_at_locations/{id}``: the full location and the full service.

    The service's own hours (when it keeps hours apart from the place's) are the
    link's ``schedules`` too, so a reader of this one record knows when to come.
    """
    record = _link(service, place)
    record["schedules"] = schedules(service.hours, "service_id", service.translation_key)
    record["location"] = location_full(place, _organization_id(service), ctx)
    record["service"] = service_full(service, ctx, nest_places=False)
    return record


# --- loading a page of results at once -------------------------------------------------------


def places_queryset():
    return model("Location").objects.select_related("region").order_by("sort_order", "pk")


def load_details(services) -> None:
    """Categories, languages and places of ``services``: three queries for any number."""
    prefetch_related_objects(
        services, "categories", "languages", Prefetch("locations", queryset=places_queryset())
    )


def load_services(services, full=False) -> list:
    """Services with their organizations (one query) and, for ``full``, their details."""
    services = list(services)
    if services:
        directory.attach_organizations(services)
        if full:
            load_details(services)
    return services


def load_organizations(organizations, locale_id, with_services=False, full_services=False):
    """Organizations with their places (one query) and, ``with_services``, their listed
    services (one more, and ``load_details`` for ``full_services``)."""
    organizations = list(organizations)
    if not organizations:
        return organizations
    prefetch_related_objects(organizations, Prefetch("locations", queryset=places_queryset()))
    if not with_services:
        return organizations
    steplen = model("OrganizationPage").steplen
    within = Q()
    for organization in organizations:
        within |= Q(path__startswith=organization.path, depth=organization.depth + 1)
    services = list(directory.listed_services(locale_id).filter(within).order_by("title", "pk"))
    by_path = {organization.path: organization for organization in organizations}
    grouped = {organization.pk: [] for organization in organizations}
    for service in services:
        organization = by_path[service.path[:-steplen]]
        service.__dict__["_organization"] = organization
        grouped[organization.pk].append(service)
    if full_services and services:
        load_details(services)
    for organization in organizations:
        organization.__dict__["_hsds_services"] = grouped[organization.pk]
    return organizations
