"""What each endpoint lists: the directory's rules for families, narrowed by HSDS filters.

``resources.directory`` decides which services a family may see (live, public,
active or temporarily closed, in the asked language); these functions add the
filters of HSDS 3.0's openapi.json on top and return querysets (or lists) for
``paginate``.
"""

from __future__ import annotations

from django.db.models import Q

from portal.models.pages import public_only
from resources import directory
from resources.api import serializers as hsds
from resources.api.params import (
    bool_param,
    datetime_param,
    search_param,
    text_param,
    unsupported,
    uuid_param,
)
from resources.models import OrganizationPage, ServicePage


def organization_by_key(ctx, key):
    organizations = OrganizationPage.objects.live().filter(
        locale_id=ctx.locale_id, translation_key=key
    )
    return public_only(organizations).first()


def matching_services(request, ctx):
    """The services a family could see, narrowed by the HSDS filters: ``search`` (the
    directory's own search), ``taxonomy_term_id``, ``taxonomy_id``, ``organization_id``
    and ``modified_after`` (the last publish, on or after)."""
    filters = directory.DirectoryFilters(
        q=search_param(request), category_key=uuid_param(request, "taxonomy_term_id")
    )
    services = directory.filtered(directory.listed_services(ctx.locale_id), filters)
    taxonomy_id = uuid_param(request, "taxonomy_id")
    if taxonomy_id and taxonomy_id != hsds.TAXONOMY_ID:
        services = services.none()
    organization_id = uuid_param(request, "organization_id")
    if organization_id:
        organization = organization_by_key(ctx, organization_id)
        services = services.child_of(organization) if organization else services.none()
    modified_after = datetime_param(request, "modified_after")
    if modified_after:
        # A live page without a publish time (made by a script, not through Wagtail's
        # publishing) has an unknown one: it counts as changed, so no client misses it.
        services = services.filter(
            Q(last_published_at__gte=modified_after) | Q(last_published_at__isnull=True)
        )
    return services.order_by("title", "pk")


def matching_organizations(request, ctx):
    organizations = public_only(OrganizationPage.objects.live().filter(locale_id=ctx.locale_id))
    words = search_param(request)
    if words:
        found = OrganizationPage.objects.filter(pk__in=organizations.values("pk")).search(
            words, operator="and"
        )
        organizations = organizations.filter(pk__in=[page.pk for page in found])
    taxonomy_id = uuid_param(request, "taxonomy_id")
    if taxonomy_id and taxonomy_id != hsds.TAXONOMY_ID:
        organizations = organizations.none()
    category_key = uuid_param(request, "taxonomy_term_id")
    if category_key:
        services = directory.filtered(
            directory.listed_services(ctx.locale_id),
            directory.DirectoryFilters(category_key=category_key),
        )
        steplen = OrganizationPage.steplen
        parents = {path[:-steplen] for path in services.values_list("path", flat=True)}
        organizations = organizations.filter(path__in=parents)
    return organizations.order_by("title", "pk")


def service_links(request, ctx):
    """Service-at-location links of the matching services (``postcode``: the place's)."""
    unsupported(request, "proximity")
    links = ServicePage.locations.through.objects.filter(
        servicepage__in=matching_services(request, ctx).values("pk")
    )
    postcode = text_param(request, "postcode")
    if postcode:
        links = links.filter(location__postal_code__iexact=postcode)
    return links.select_related("servicepage", "location", "location__region").order_by(
        "servicepage__title", "servicepage_id", "location__sort_order", "location_id"
    )


def matching_terms(request, ctx) -> list:
    words = search_param(request).lower()
    bool_param(request, "top_only")  # validated; every category is a top-level term
    terms = list(ctx.categories.values())
    taxonomy_id = uuid_param(request, "taxonomy_id")
    if uuid_param(request, "parent_id") or (taxonomy_id and taxonomy_id != hsds.TAXONOMY_ID):
        return []  # the categories are one flat list: no term has a parent
    if words:
        terms = [
            term
            for term in terms
            if words in term.name.lower() or words in term.description.lower()
        ]
    return terms
