"""Whole-page cache for anonymous visitors.

Most visits are anonymous parents on phones reading the same pages, so a
rendered page is kept in the cache and served without touching the database
again. Any publish, unpublish, move or edit of shared data (settings,
snippets) bumps one generation number, which retires every cached page at
once: simpler and safer than working out which pages show what.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

GENERATION_KEY = "page-cache:generation"


def timeout():
    return getattr(settings, "PORTAL_PAGE_CACHE_SECONDS", 300)


def navigation_timeout():
    return getattr(settings, "PORTAL_NAVIGATION_CACHE_SECONDS", 300)


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


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def invalidate(**kwargs):
    """Retire every cached page (signal receiver, so it accepts any arguments)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def is_cacheable_request(request):
    """Only plain anonymous GETs without a session or preview are served from the cache."""
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
    """A response that set a cookie or used a CSRF token is personal: never share it."""
    return (
        response.status_code == 200
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not response.has_header("Cache-Control")
    )


def key_for(request):
    return f"page-cache:{generation()}:{get_language()}:{request.get_full_path()}"


def lookup(request):
    """The cached response for this request, or None (called by the middleware)."""
    if not is_cacheable_request(request):
        return None
    response = cache.get(key_for(request))
    if response is not None:
        response["X-Page-Cache"] = "hit"
    return response


class AnonymousPageCacheMiddleware:
    """Answers cached pages before URL routing, so a hit costs no database query."""

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
        cache.set(key, response, timeout())
        response["X-Page-Cache"] = "miss"
    return response
