"""Organizations in full (with their places and services) and their loader.

The top of the nesting: an organization nests full services when asked, so this
module builds on ``services`` and nothing here builds on it.
"""

from __future__ import annotations

from django.db.models import Prefetch, Q, prefetch_related_objects

from resources import directory

from .briefs import organization_brief, service_brief
from .common import Context, model
from .contact import phones
from .locations import location_full
from .services import load_details, places_queryset, service_full


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
