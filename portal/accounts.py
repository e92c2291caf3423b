"""How django-allauth behaves on this site."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.shortcuts import resolve_url
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Site

from portal import emails, navigation


def preferred_language(user):
    """The site language a person chose, or None if they have not chosen one we serve."""
    language = getattr(user, "preferred_language", None)
    return language if language in dict(settings.LANGUAGES) else None


def set_language_cookie(response, language):
    """Remember the language the way Django's own `set_language` view does."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """After logging in, land in the language the person chose."""
        url = resolve_url(super().get_login_redirect_url(request))
        language = preferred_language(request.user)
        return translate_url(url, language) if language else url

    def post_login(self, request, user, **kwargs):
        """Greet the person in their language and remember it for the next visit to `/`."""
        language = preferred_language(user)
        if not language:
            return super().post_login(request, user, **kwargs)
        with translation.override(language):
            response = super().post_login(request, user, **kwargs)
        return set_language_cookie(response, language)

    def send_mail(self, template_prefix, email, context):
        """In the person's preferred language, signed with the district's name.

        The language is the account's (``context["user"]``, else the account of the
        address), not the request's: links in the email (confirm, reset, sign up)
        are rewritten to that language's pages.
        """
        language = emails.language_of(context.get("user"), email)
        context = {
            name: emails.localized_url(value, language) if name.endswith("_url") else value
            for name, value in context.items()
        }
        with translation.override(language):
            request = allauth_context.request
            if request is not None and "current_site" not in context:
                context["current_site"] = self._current_site(request)
            super().send_mail(template_prefix, email, context)

    def get_from_email(self):
        """The office's name in the email's language (``send_mail`` sets it)."""
        return emails.sender()

    @staticmethod
    def _current_site(request):
        site = get_current_site(request)
        if Site.find_for_request(request) is not None:
            text = navigation.site_text(request)
            site.name = text.district_name or text.office_name or site.name
        return site
