"""Admin screens for the directory's vocabulary (the listings themselves are pages)."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from resources.models import ServiceCategory


class ServiceCategoryViewSet(SnippetViewSet):
    model = ServiceCategory
    icon = "tag"
    menu_order = 100
    list_display = ["name", "slug", "locale", "sort_order"]
    list_filter = ["locale"]
    search_fields = ["name"]
    search_backend_name = None  # a short list: the database finds part of a name too


class DirectoryViewSetGroup(SnippetViewSetGroup):
    """The “Community resources” menu: categories now, partner reports beside them."""

    items = (ServiceCategoryViewSet,)
    menu_icon = "site"
    menu_label = _("Community resources")
    menu_name = "community-resources"
    menu_order = 260
