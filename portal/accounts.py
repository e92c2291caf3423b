"""How django-allauth behaves on this site."""

from allauth.account.adapter import DefaultAccountAdapter

from django.shortcuts import resolve_url
from django.urls import translate_url


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """After logging in, land in the language the person chose."""
        url = resolve_url(super().get_login_redirect_url(request))
        language = getattr(request.user, "preferred_language", None)
        return translate_url(url, language) if language else url
