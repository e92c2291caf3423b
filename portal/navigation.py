"""Menus, the language switcher and breadcrumbs, each built with a fixed number of queries.

What every page shows around its content (home link, menu, footer words, site
settings) is the same for every visitor of a language, so it is kept in the
cache under the page cache's generation number: publishing, moving or deleting
a page, or saving settings or footer text, retires it (see portal/signals.py).
What depends on the page (its live translations) is kept the same way, by the
page's translation key, and shared by the `<head>` and the language switcher.
"""

from django.conf import settings
from django.db.models import Subquery
from django.urls import Resolver404, resolve, translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language, get_language_from_path

from wagtail.models import Page, Site

from portal import page_cache
from portal.models import SiteText

cached = page_cache.until_publish


def _request_memo(request, name):
    """A dict stored on the request, for values computed once per request."""
    memo = getattr(request, name, None)
    if memo is None:
        memo = {}
        setattr(request, name, memo)
    return memo


def _live_translations(page):
    """The page's live copies by language code (kept until the next publish: a copy
    goes live, leaves or moves only by publishing, unpublishing, moving or deleting)."""
    return {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }


def current_language():
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def site_homes(request):
    """The live home pages of the request's site, by language code (cached; one query)."""
    site = Site.find_for_request(request)
    if site is None:
        return {}

    def build():
        root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
        homes = (
            Page.objects.filter(translation_key=Subquery(root_key)).live().select_related("locale")
        )
        return {home.locale.language_code: home for home in homes}

    memo = _request_memo(request, "_portal_site_homes")
    if site.pk not in memo:
        memo[site.pk] = cached(("homes", site.pk), build)
    return memo[site.pk]


def home_page_for(request, language_code=None):
    """The site's home page in a language (the site's root page if it has no translation).

    A plain `Page`, enough for its URL and title.
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    homes = site_homes(request)
    home = homes.get(language_code or current_language())
    if home is None:
        home = next((home for home in homes.values() if home.pk == site.root_page_id), None)
    return home or site.root_page


def menu_items(request, home):
    """The home page's live, public children shown in menus (cached; one query to build)."""
    if home is None:
        return []
    site = Site.find_for_request(request)

    def build():
        pages = (
            Page.objects.child_of(home)
            .live()
            .public()
            .in_menu()
            .only("id", "title", "url_path", "depth", "path", "locale_id")
        )
        return [{"title": page.title, "url": page.get_url(request)} for page in pages]

    items = cached(("menu", getattr(site, "pk", None), home.pk), build)
    current_path = request.path
    return [
        {**item, "active": bool(item["url"]) and current_path.startswith(item["url"])}
        for item in items
    ]


def language_options(request, page=None):
    """One link per site language: the same page translated, or the home page with a note.

    For views that are not Wagtail pages (sign-in, account) the URL is translated
    by Django's `translate_url`; a page that does not exist links each home page.
    A page costs one query (its translations; none for a home page), done once per
    request however often the options are asked for. `absolute_url` is what
    hreflang links and the sitemap use.
    """
    is_page = page is not None and getattr(page, "pk", None) is not None
    memo = _request_memo(request, "_portal_language_options")
    key = page.pk if is_page else None
    if key in memo:
        return memo[key]

    current = current_language()
    is_wagtail_path = not is_page and _is_wagtail_path(request)
    translations = {}
    if is_page:
        homes = site_homes(request)
        if any(home.pk == page.pk for home in homes.values()):
            translations = homes  # a home page: its translations are the cached homes
        else:
            translations = cached(
                ("translations", page.translation_key), lambda: _live_translations(page)
            )
    options = []
    for code, name in settings.LANGUAGES:
        option = {"code": code, "name": name, "current": code == current, "missing": False}
        if is_page:
            translated = translations.get(code)
            if translated is None:
                option["missing"] = True
                url = _home_url(request, code)
            else:
                rest = _rest_of(request, page)
                url = translated.get_url(request) + rest
                option["absolute_url"] = translated.get_full_url(request) + rest
        elif is_wagtail_path:
            url = _home_url(request, code)  # a page that does not exist (404): go home
        else:
            url = translate_url(request.get_full_path(), code)
        option["url"] = url
        option.setdefault("absolute_url", request.build_absolute_uri(url))
        options.append(option)
    memo[key] = options
    return options


def _rest_of(request, page) -> str:
    """What the address adds to the page's own: a sub-page route (a pathway's survey, the
    calendar's month) and the query string (filters), kept when switching language."""
    rest = ""
    own = page.get_url(request) or ""
    if own and request.path.startswith(own):
        rest = request.path[len(own) :]
    query = request.META.get("QUERY_STRING", "")
    return rest + (f"?{query}" if query else "")


def _home_url(request, language_code):
    home = home_page_for(request, language_code)
    return home.get_url(request) if home is not None else f"/{language_code}/"


def _is_wagtail_path(request):
    """Whether the URL is one Wagtail's page routing answers (true on its 404 pages)."""
    try:
        return resolve(request.path_info).url_name == "wagtail_serve"
    except Resolver404:
        return False


def breadcrumb_ancestors(page):
    """The page's ancestors below the tree root, home first.

    Wagtail's routing leaves each page's parent on it (`_cached_parent_obj`), so for a
    page being served this costs no query; otherwise one.
    """
    chain = []
    current = page
    while current.depth > 2:
        parent = current.__dict__.get("_cached_parent_obj")
        if parent is None:
            return list(page.get_ancestors().filter(depth__gt=1))
        chain.append(parent)
        current = parent
    return chain[::-1]


class DefaultSiteText:
    """What the header and footer say before anyone has written the site's words."""

    district_name = ""
    footer = ""

    @property
    def office_name(self):
        return settings.WAGTAIL_SITE_NAME


def site_text(request):
    """The live SiteText of the current language, else of the default language (cached)."""
    language_code = current_language()
    memo = _request_memo(request, "_portal_site_text")
    if language_code not in memo:

        def build():
            texts = {
                text.locale.language_code: text
                for text in SiteText.objects.filter(live=True).select_related("locale")
            }
            return (
                texts.get(language_code) or texts.get(settings.LANGUAGE_CODE) or DefaultSiteText()
            )

        memo[language_code] = cached(("site-text", language_code), build)
    return memo[language_code]


#: Paths a person is not sent back to after signing in (the account pages, the admin).
NO_RETURN = ("/accounts/", "/admin/", "/account/")


def return_to_query(request) -> str:
    """``?next=<this page>`` for a sign-in link, or "" where there is nothing to return to."""
    path = request.path
    language = get_language_from_path(path)
    if any(part in path for part in NO_RETURN) or path.rstrip("/") in ("", f"/{language}"):
        return ""
    return "?" + urlencode({"next": request.get_full_path()})
