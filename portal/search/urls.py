"""``/en/search/`` and ``/es/buscar/`` (the English address works in every language)."""

from django.utils.translation import gettext_lazy as _

from portal.localized_urls import localized_path

from . import views

app_name = "search"

urlpatterns = [
    *localized_path(_("search/"), views.search, "search"),
    *localized_path(_("search/suggestions/"), views.suggestions, "suggestions"),
]
