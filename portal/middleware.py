"""Request and response rules every page of every app gets, whatever view serves it."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config

from django.conf import settings
from django.utils.cache import patch_cache_control

from wagtail.models import Site

from portal import page_cache

NEXT_PARAMETER = "next"


def is_local_path(value: str) -> bool:
    """A path on this site ("/en/…"), not a scheme, host, protocol-relative or bare word."""
    return value.startswith("/") and not value.startswith(("//", "/\\"))


class LocalNextMiddleware:
    """Drops a ``next`` parameter that is not a path on this site, before any view reads it.

    Wagtail 8.0's views pass ``next`` to ``django.shortcuts.redirect()``, which reads a
    value without a slash ("dashboard") as the name of a URL pattern and raises
    NoReverseMatch: ``/admin/login/?next=dashboard`` while signed in answered 500, and
    so did every admin view that redirects to ``next``. Wagtail already refuses other
    hosts; this also refuses what is not a path, so each view falls back to its own
    default (the admin home, the account page) instead of failing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        value = request.GET.get(NEXT_PARAMETER)
        if value is not None and not is_local_path(value):
            request.GET = request.GET.copy()
            del request.GET[NEXT_PARAMETER]
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            value = request.POST.get(NEXT_PARAMETER)
            if value is not None and not is_local_path(value):
                request.POST = request.POST.copy()
                del request.POST[NEXT_PARAMETER]
        return self.get_response(request)


class CachedSiteMiddleware:
    """Finds the request's Wagtail site (with its root page) in the cache, not the database.

    Every page looks up its site; the sites change rarely, and saving one retires the
    cache (``portal/signals.py``). Wagtail keeps what it finds on the request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = request.get_host().split(":")[0].lower()
        port = request.get_port()

        def find():
            site = Site._find_for_request(request)
            if site is not None:
                site.root_page  # noqa: B018 - loaded now, so the cached copy carries it
            return site

        request._wagtail_site = page_cache.until_publish(("site", host, port), find)
        return self.get_response(request)


class PrivatePagesMiddleware:
    """A page for a signed-in person, or a visitor with a session, is theirs alone.

    Such responses (My learning, the account page, a principal's staff view, a
    module page showing one's own quiz results…) are marked ``private, no-store``
    unless the view set its own caching: no shared cache keeps them, and the
    browser does not keep them on disk (a shared computer at a Family Engagement
    Center). Anonymous pages without a session are left to the page cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        personal = (user is not None and user.is_authenticated) or (
            settings.SESSION_COOKIE_NAME in request.COOKIES
        )
        if personal and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with two policies: the public site's strict one, and the admin's.

    The public site (``CONTENT_SECURITY_POLICY``) runs no inline script or style.
    Wagtail's admin needs inline styles and scripts of its own, so paths under
    ``PORTAL_ADMIN_CSP_PREFIX`` get ``PORTAL_ADMIN_CONTENT_SECURITY_POLICY``, as
    strict as the admin allows (see the settings).
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and self.is_admin(request):
            parts.config = default_config(settings.PORTAL_ADMIN_CONTENT_SECURITY_POLICY)
        return parts

    @staticmethod
    def is_admin(request):
        return request.path_info.startswith(settings.PORTAL_ADMIN_CSP_PREFIX)
