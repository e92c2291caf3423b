"""Whole-page cache for anonymous visitors.

Most visits are anonymous parents on phones reading the same pages, so a
rendered page is kept in the cache and served without touching the database
again. Any publish, unpublish, move or edit of shared data (settings,
snippets) bumps one generation number, which retires every cached page at
once: simpler and safer than working out which pages show what.

Pages with forms (a module's quiz, a pathway's "Start" button) are cached too.
A form's CSRF token is the one personal thing in such a page: the copy kept in
the cache has a placeholder where each token was, and every visitor served from
the cache gets a fresh token of their own (with its cookie, set by Django's
CSRF middleware as usual). Forms work with and without JavaScript, and CSRF
protection stays on.

The middleware sits early (after the security headers, before sessions,
authentication and messages): a hit costs no query and none of that work.
"""

import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import translation

GENERATION_KEY = "page-cache:generation"
#: A CSRF hidden field as Django's {% csrf_token %} writes it.
CSRF_FIELD = re.compile(rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")[^"]*(")')
TOKEN_PLACEHOLDER = b"__portal_csrf_token__"
#: Headers of the stored copy (the ones the view set; middleware adds the rest on a hit).
KEPT_HEADERS = ("Content-Type", "Content-Language", "X-Robots-Tag", "Link")


def timeout():
    return getattr(settings, "PORTAL_PAGE_CACHE_SECONDS", 300)


def navigation_timeout():
    return getattr(settings, "PORTAL_NAVIGATION_CACHE_SECONDS", 300)


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def until_publish(key_parts, build):
    """``build()``, kept in the cache until the next publish (or the timeout).

    For what every page shows around its content (menus, site text, settings):
    the same generation number as the page cache retires it.
    """
    key = ":".join(["portal-navigation", str(generation()), *map(str, key_parts)])
    value = cache.get(key)
    if value is None:
        value = build()
        if navigation_timeout():
            cache.set(key, value, navigation_timeout())
    return value


def invalidate(**kwargs):
    """Retire every cached page (signal receiver, so it accepts any arguments)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def is_cacheable_request(request):
    """Only plain anonymous GETs without a session or preview are served from the cache.

    Signed-in people always carry a session cookie, so the check needs no query and
    works before the authentication middleware.
    """
    if not timeout() or request.method not in ("GET", "HEAD"):
        return False
    # A session or pending flash messages make the page personal.
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def is_cacheable_response(request, response):
    """A response that set a cookie or its own caching is personal: never share it.

    A CSRF token in a form is not a reason: it is replaced for each visitor.
    """
    return (
        response.status_code == 200
        and not response.cookies
        and not response.has_header("Cache-Control")
        and not getattr(response, "streaming", False)
    )


def key_for(request):
    language = translation.get_language_from_path(request.path_info) or ""
    return f"page-cache:{generation()}:{language}:{request.get_full_path()}"


def shareable_copy(response):
    """What the cache keeps: the page with a placeholder for each CSRF token."""
    copy = HttpResponse(
        CSRF_FIELD.sub(rb"\1" + TOKEN_PLACEHOLDER + rb"\2", response.content),
        status=response.status_code,
    )
    for header in KEPT_HEADERS:
        if response.has_header(header):
            copy[header] = response[header]
    return copy


def personalise(response, request):
    """A cached page for this visitor: their own CSRF token in every form."""
    if TOKEN_PLACEHOLDER in response.content:
        response.content = response.content.replace(
            TOKEN_PLACEHOLDER, get_token(request).encode("ascii")
        )
    return response


def lookup(request):
    """The cached response for this request, or None (called by the middleware)."""
    if not is_cacheable_request(request):
        return None
    response = cache.get(key_for(request))
    if response is None:
        return None
    response["X-Page-Cache"] = "hit"
    return personalise(response, request)


class AnonymousPageCacheMiddleware:
    """Answers cached pages before sessions, authentication and URL routing: no query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return lookup(request) or self.get_response(request)


def serve_cached(page, request, serve):
    """Call `serve()` and keep the result for anonymous visitors when it is shareable."""
    if not is_cacheable_request(request):
        return serve()
    key = key_for(request)
    response = serve()
    if hasattr(response, "render") and callable(response.render):
        response = response.render()
    if is_cacheable_response(request, response):
        response["Content-Language"] = translation.get_language()
        cache.set(key, shareable_copy(response), timeout())
        response["X-Page-Cache"] = "miss"
    return response
