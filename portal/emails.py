"""Emails go out in the language the person chose, not the language of the request.

A parent who prefers Spanish and resets their password from an English page
still reads the email (and lands on the page it links to) in Spanish. Every
app's emails use ``in_language_of(person)`` around rendering, ``localized_url`` for
the links they carry, and ``sender(language)`` as their From (the office's name in
that language).
"""

from __future__ import annotations

from contextlib import contextmanager
from email.utils import parseaddr

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Site

from portal import page_cache
from portal.models import SiteSettings, SiteText


def language_of(person=None, email: str | None = None) -> str:
    """The person's preferred site language: from the user, else the account of ``email``,
    else the language active now (a guest who has no account)."""
    languages = dict(settings.LANGUAGES)
    if person is None and email:
        person = (
            get_user_model()
            .objects.filter(email__iexact=email.strip())
            .only("preferred_language")
            .first()
        )
    preferred = getattr(person, "preferred_language", None)
    if preferred in languages:
        return preferred
    active = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    return active if active in languages else settings.LANGUAGE_CODE


@contextmanager
def in_language_of(person=None, email: str | None = None):
    """Render what is inside (subject, body, links) in the person's language."""
    language = language_of(person, email)
    with translation.override(language):
        yield language


def localized_url(url: str, language: str) -> str:
    """A link to this site in ``language`` (``/en/…`` becomes ``/es/…``); others unchanged.

    The URL patterns recognise only the active language's prefix, so the link is
    read in each site language until one recognises it.
    """
    if not isinstance(url, str):
        return url
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translated = translate_url(url, language)
        if translated != url:
            return translated
    return url


def absolute_url(path: str) -> str:
    """A path on this site as a link an email can carry (``WAGTAILADMIN_BASE_URL``)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def office_address() -> list[str]:
    """The office's contact address from the site settings, as a list (empty if unset):
    where replies to the portal's emails, and news for the office, should go."""
    site = Site.objects.filter(is_default_site=True).first()
    address = SiteSettings.for_site(site).contact_email if site else ""
    return [address] if address else []


def sender(language: str | None = None) -> str:
    """The From of the portal's emails: the office's name in ``language`` (the person's,
    else the active one), at the address of ``DEFAULT_FROM_EMAIL``. Kept until the next
    publish; without a SiteText in that language, ``DEFAULT_FROM_EMAIL`` as it is."""
    language = (language or translation.get_language() or settings.LANGUAGE_CODE)[:2]

    def office_name():
        return (
            SiteText.objects.filter(live=True, locale__language_code=language)
            .values_list("office_name", flat=True)
            .first()
        )

    name = page_cache.until_publish(("email-sender", language), office_name)
    if not name:
        return settings.DEFAULT_FROM_EMAIL
    _default_name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    quoted = name.replace("\\", "").replace('"', "")
    return f'"{quoted}" <{address}>'
