"""Menus and the language switcher, each built with a fixed number of queries."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Locale, Site


def home_page_for(request, language_code=None):
    """The home page of the site in a language (the default-language root if missing)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    language_code = language_code or get_language()
    if root.locale_id and language_code:
        try:
            locale = Locale.objects.get_for_language(language_code)
        except Locale.DoesNotExist:
            return root
        return root.get_translation_or_none(locale) or root
    return root


def menu_items(request, home):
    """The home page's children shown in menus, in one query."""
    if home is None:
        return []
    pages = (
        home.get_children()
        .live()
        .public()
        .in_menu()
        .only("id", "title", "url_path", "depth", "path", "locale_id")
    )
    current_path = request.path
    items = []
    for page in pages:
        url = page.get_url(request)
        items.append(
            {"title": page.title, "url": url, "active": bool(url) and current_path.startswith(url)}
        )
    return items


def language_options(request, page=None):
    """One link per site language: the same page translated, or the home page with a note.

    For pages that are not Wagtail pages (sign-in, account) the URL is translated
    by Django's `translate_url`, which always exists for i18n_patterns routes.
    """
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    translations = {}
    if page is not None and getattr(page, "pk", None):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    options = []
    for code, name in settings.LANGUAGES:
        option = {"code": code, "name": name, "current": code == current, "missing": False}
        if page is not None and getattr(page, "pk", None):
            translated = translations.get(code)
            if translated is not None:
                option["url"] = translated.get_url(request)
            else:
                option["missing"] = True
                home = home_page_for(request, code)
                option["url"] = home.get_url(request) if home else f"/{code}/"
        else:
            option["url"] = translate_url(request.get_full_path(), code)
        options.append(option)
    return options
