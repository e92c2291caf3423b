"""The read-only HSDS 3.0 API: plain Django views over the directory's rules.

Each view reads its parameters (``params``), asks ``filters`` which records it lists
(``resources.directory`` decides which services a family may see), pages the result
and hands it to ``serializers`` to be shaped as HSDS. ``envelope.api_view`` does
what every endpoint shares: the rate limit, GET/HEAD/OPTIONS only, the language,
JSON errors (a bad parameter is a 400, an unknown id a 404, never a 500) and CORS.

Error messages are in English only: they are for the developers of client
applications, not for families.
"""

from __future__ import annotations

from resources import directory
from resources.api import serializers as hsds
from resources.api.envelope import api_view, paginate
from resources.api.filters import (
    matching_organizations,
    matching_services,
    matching_terms,
    organization_by_key,
    service_links,
)
from resources.api.params import ApiError, bool_param, not_found, path_uuid, search_param
from resources.models import ServicePage

# --- the endpoints of HSDS 3.0's openapi.json ----------------------------------------------


@api_view
def api_root(request, ctx):
    return hsds.api_metadata(request)


@api_view
def services(request, ctx):
    full = bool_param(request, "full")
    found = matching_services(request, ctx)
    return paginate(
        request,
        found,
        lambda page: [
            hsds.service_full(service, ctx) if full else hsds.service_summary(service, ctx)
            for service in hsds.load_services(page, full=full)
        ],
    )


@api_view
def service(request, ctx, id):
    key = path_uuid(id)
    found = directory.listed_services(ctx.locale_id).filter(translation_key=key).first()
    if found is None:
        raise not_found("service")
    (found,) = hsds.load_services([found], full=True)
    return hsds.service_full(found, ctx)


@api_view
def organizations(request, ctx):
    full, full_services = bool_param(request, "full"), bool_param(request, "full_service")
    found = matching_organizations(request, ctx)

    def build(page):
        if not (full or full_services):
            return [hsds.organization_brief(organization) for organization in page]
        page = hsds.load_organizations(page, ctx.locale_id, True, full_services)
        return [hsds.organization_full(org, ctx, full_services) for org in page]

    return paginate(request, found, build)


@api_view
def organization(request, ctx, id):
    full_services = bool_param(request, "full_service")
    found = organization_by_key(ctx, path_uuid(id))
    if found is None:
        raise not_found("organization")
    (found,) = hsds.load_organizations([found], ctx.locale_id, True, full_services)
    return hsds.organization_full(found, ctx, full_services)


@api_view
def service_at_locations(request, ctx):
    full = bool_param(request, "full")
    links = service_links(request, ctx)

    def build(page):
        found = hsds.load_services([link.servicepage for link in page], full=full)
        mapping = hsds.service_at_location_full if full else hsds.service_at_location_summary
        pairs = zip(found, page, strict=True)
        return [mapping(service, link.location, ctx) for service, link in pairs]

    return paginate(request, links, build)


@api_view
def service_at_location(request, ctx, id):
    """The id is derived (service key + location key), so it is found among the links of
    the listed services: one query for the ids, one for the link."""
    wanted = str(path_uuid(id))
    links = ServicePage.locations.through.objects.filter(
        servicepage__in=directory.listed_services(ctx.locale_id).values("pk")
    )
    pairs = links.values_list("pk", "servicepage__translation_key", "location__location_key")
    matches = (pk for pk, key, place in pairs if hsds.service_at_location_id(key, place) == wanted)
    pk = next(matches, None)
    if pk is None:
        raise not_found("service_at_location")
    link = links.select_related("servicepage", "location", "location__region").get(pk=pk)
    (found,) = hsds.load_services([link.servicepage], full=True)
    return hsds.service_at_location_full(found, link.location, ctx)


@api_view
def taxonomies(request, ctx):
    words = search_param(request).lower()
    found = [hsds.taxonomy()]
    if words:
        found = [item for item in found if words in f"{item['name']} {item['description']}".lower()]
    return paginate(request, found, lambda page: page)


@api_view
def taxonomy(request, ctx, id):
    if path_uuid(id) != hsds.TAXONOMY_ID:
        raise not_found("taxonomy")
    return hsds.taxonomy()


@api_view
def taxonomy_terms(request, ctx):
    found = matching_terms(request, ctx)
    return paginate(request, found, lambda page: [hsds.taxonomy_term(c, ctx) for c in page])


@api_view
def taxonomy_term(request, ctx, id):
    category = ctx.categories.get(path_uuid(id))
    if category is None:
        raise not_found("taxonomy_term")
    return hsds.taxonomy_term(category, ctx)


@api_view
def no_such_endpoint(request, ctx):
    raise ApiError(404, "No such endpoint: see /api/hsds/ and HSDS 3.0's openapi.json.")
