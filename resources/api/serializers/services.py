"""Services in full, their links to places (HSDS ``service_at_location``) and their loader.

A full service nests its places, and a full service-at-location nests its service, so
the two are mapped here together.
"""

from __future__ import annotations

from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import get_language_info

from resources import directory
from resources.kinds import Cost

from .briefs import service_brief, service_summary
from .common import CURRENCY, Context, compact, derived_id, model, service_at_location_id
from .contact import phones, schedules
from .locations import location_brief, location_full
from .taxonomies import taxonomy_term


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
