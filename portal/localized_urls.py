"""Addresses in the visitor's language: ``/es/mi-aprendizaje/`` beside ``/en/my-learning/``.

Django translates a ``path()`` whose route is ``gettext_lazy`` (the Spanish route is in
``locale/es``). ``localized_path`` also keeps the English route in every language, so a
link sent before (an email, a bookmark, a printed QR code) still works; both carry the
same name, and ``reverse`` (and so the language switcher) gives the translated one, the
last defined.
"""

from django.conf import settings
from django.urls import path
from django.utils import translation


def localized_path(route, view, name, **kwargs):
    """The translated route and its English form, for ``urlpatterns``."""
    with translation.override(settings.LANGUAGE_CODE):
        english = str(route)
    return [path(english, view, kwargs, name=name), path(route, view, kwargs, name=name)]
