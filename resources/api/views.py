"""The read-only HSDS 3.0 API: plain Django views over the directory's rules.

Each view reads its parameters, asks ``resources.directory`` which services a family
may see (live, public, active or temporarily closed, in the asked language), pages
the result and hands it to ``serializers`` to be shaped as HSDS. ``api_view`` does
what every endpoint shares: the rate limit, GET/HEAD/OPTIONS only, the language,
JSON errors (a bad parameter is a 400, an unknown id a 404, never a 500) and CORS.

Error messages are in English only: they are for the developers of client
applications, not for families.
"""

from __future__ import annotations

import math
import re
import uuid
from datetime import UTC, datetime
from datetime import time as clock
from functools import wraps

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse, JsonResponse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.views.decorators.csrf import csrf_exempt

from portal.models.pages import public_only
from resources import directory
from resources.api import serializers as hsds
from resources.api import throttle
from resources.hours import district_zone
from resources.models import OrganizationPage, ServicePage

ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
#: Far enough for any directory; keeps OFFSET well inside the database's integers.
MAX_PAGE = 100_000
MAX_SEARCH_LENGTH = 200
TRUE, FALSE = ("true", "1", "yes"), ("false", "0", "no")


class ApiError(Exception):
    def __init__(self, status: int, message: str, parameter: str | None = None):
        super().__init__(message)
        self.status, self.message, self.parameter = status, message, parameter


def error_response(status: int, message: str, parameter: str | None = None) -> JsonResponse:
    body = {"status": status, "message": message}
    if parameter:
        body["parameter"] = parameter
    return JsonResponse(body, status=status)


# --- parameters ----------------------------------------------------------------------------


CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def text_param(request, name: str) -> str:
    value = request.GET.get(name, "").strip()
    # PostgreSQL refuses a NUL in any string: a parameter with one would be a 500.
    if CONTROL_CHARACTERS.search(value):
        raise ApiError(400, f"{name} must not contain control characters.", name)
    return value


def language_param(request) -> str:
    language = text_param(request, "lang") or settings.LANGUAGE_CODE
    codes = [code for code, _name in settings.LANGUAGES]
    if language not in codes:
        raise ApiError(400, f"lang must be one of: {', '.join(codes)}.", "lang")
    return language


def int_param(request, name: str, default: int, maximum: int) -> int:
    raw = text_param(request, name)
    if not raw:
        return default
    # isdecimal() alone would take other scripts' digits ("٣"): ASCII only.
    if not (raw.isascii() and raw.isdecimal()) or not 1 <= int(raw) <= maximum:
        raise ApiError(400, f"{name} must be a whole number from 1 to {maximum}.", name)
    return int(raw)


def bool_param(request, name: str) -> bool:
    raw = text_param(request, name).lower()
    if raw in ("", *FALSE):
        return False
    if raw in TRUE:
        return True
    raise ApiError(400, f"{name} must be true or false.", name)


def uuid_param(request, name: str) -> uuid.UUID | None:
    raw = text_param(request, name)
    if not raw:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise ApiError(400, f"{name} must be a UUID.", name) from None


def search_param(request) -> str:
    """The words, for the directory's own search.

    Double quotes are dropped: SQLite's full-text search reads an odd one as an
    unterminated phrase and fails, and no search needs them.
    """
    words = text_param(request, "search")
    if len(words) > MAX_SEARCH_LENGTH:
        raise ApiError(400, f"search must be at most {MAX_SEARCH_LENGTH} characters.", "search")
    return directory.search_words(words)


def datetime_param(request, name: str) -> datetime | None:
    """An ISO 8601 date-time (or date); without an offset it is read in the district's zone.

    A "+" left unencoded in a query string arrives as a space ("…T09:00:00 02:00"):
    it is put back, since no other reading makes sense.
    """
    raw = text_param(request, name)
    if not raw:
        return None
    raw = re.sub(r" (\d{2}(:?\d{2})?)$", r"+\1", raw)
    message = f"{name} must be an ISO 8601 date-time, for example 2025-01-31T09:00:00Z."
    try:
        value = parse_datetime(raw)
        if value is None:
            day = parse_date(raw)
            value = datetime.combine(day, clock.min) if day else None
    except ValueError:
        value = None
    if value is None:
        raise ApiError(400, message, name)
    if timezone.is_naive(value):
        value = value.replace(tzinfo=district_zone())
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError):  # year 1 or 9999 pushed past the calendar's ends
        raise ApiError(400, message, name) from None


def unsupported(request, *names) -> None:
    for name in names:
        if text_param(request, name):
            raise ApiError(400, f"{name} is not supported by this API.", name)


def json_format_only(request) -> None:
    requested = text_param(request, "format").lower()
    if requested not in ("", "json"):
        raise ApiError(400, "format must be json (the only format offered).", "format")


# --- pages of results ----------------------------------------------------------------------


def paginate(request, items, build) -> dict:
    """The envelope of the OpenAPI file's ``Page`` schema around ``build(items on this page)``.

    ``size`` is the number of entities on this page, as the schema defines it; a page
    past the last one is empty, not an error.
    """
    json_format_only(request)
    number = int_param(request, "page", 1, MAX_PAGE)
    per_page = int_param(request, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
    total = len(items) if isinstance(items, list) else items.count()
    start = (number - 1) * per_page
    contents = build(list(items[start : start + per_page])) if start < total else []
    total_pages = math.ceil(total / per_page)
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": number,
        "size": len(contents),
        "first_page": number == 1,
        "last_page": number >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


# --- what each endpoint lists ---------------------------------------------------------------


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


def path_uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ApiError(404, "No such record: ids are UUIDs.") from None


def not_found(kind: str) -> ApiError:
    return ApiError(404, f"No {kind} with this id is listed in this language.")


# --- what every endpoint shares -------------------------------------------------------------


def api_view(view):
    """Rate limit, methods, language, JSON and errors, CORS: for every endpoint.

    CSRF does not apply (nothing is changed, no cookie is read), and exempting the
    views lets a POST get this API's JSON 405 rather than Django's CSRF page.
    """

    @csrf_exempt
    @wraps(view)
    def wrapper(request, **kwargs):
        response = respond(view, request, kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        # The locale middleware redirects any 404 outside the language prefixes to
        # /en/…, which Wagtail's catch-all pattern would accept: resolving this
        # response's path against the API's own URLs leaves an API 404 a 404.
        request.urlconf = "resources.api.urls"
        return response

    return wrapper


def respond(view, request, kwargs):
    verdict = throttle.check(throttle.client_of(request))
    if not verdict.allowed:
        response = error_response(
            429,
            f"Too many requests: at most {verdict.limit} every {verdict.period} seconds "
            f"from one address. Try again in {verdict.retry_after} seconds.",
        )
        response["Retry-After"] = str(verdict.retry_after)
        return response
    if request.method == "OPTIONS":
        response = HttpResponse(status=204)
        response["Allow"] = response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
        response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, Content-Type"
        response["Access-Control-Max-Age"] = "86400"
        return response
    if request.method not in ALLOWED_METHODS:
        response = error_response(405, f"This API is read-only: {', '.join(ALLOWED_METHODS)} only.")
        response["Allow"] = ", ".join(ALLOWED_METHODS)
        return response
    try:
        language = language_param(request)
        with translation.override(language):
            body = view(request, hsds.Context(language, request), **kwargs)
    except ApiError as error:
        return error_response(error.status, error.message, error.parameter)
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    response["Content-Language"] = language
    if verdict.limit:
        response["X-RateLimit-Limit"] = str(verdict.limit)
        response["X-RateLimit-Remaining"] = str(verdict.remaining)
    return response


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
