"""What every endpoint shares: ``api_view`` (rate limit, methods, language, JSON errors,
CORS) and ``paginate`` (the envelope of the OpenAPI file's ``Page`` schema).

Kept apart from the endpoints so ``views`` reads as the list of HSDS paths and what
each returns.
"""

from __future__ import annotations

import math
from functools import wraps

from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt

from resources.api import serializers as hsds
from resources.api import throttle
from resources.api.params import ApiError, int_param, json_format_only, language_param

ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
#: Far enough for any directory; keeps OFFSET well inside the database's integers.
MAX_PAGE = 100_000


def error_response(status: int, message: str, parameter: str | None = None) -> JsonResponse:
    body = {"status": status, "message": message}
    if parameter:
        body["parameter"] = parameter
    return JsonResponse(body, status=status)


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
