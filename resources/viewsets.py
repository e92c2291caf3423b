"""Admin screens for the directory's vocabulary (the listings themselves are pages)."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from resources.models import PartnerMembership, ServiceCategory


class ServiceCategoryViewSet(SnippetViewSet):
    model = ServiceCategory
    icon = "tag"
    menu_order = 100
    list_display = ["name", "slug", "locale", "sort_order"]
    list_filter = ["locale"]
    search_fields = ["name"]
    search_backend_name = None  # a short list: the database finds part of a name too


class PartnerMembershipViewSet(SnippetViewSet):
    """Staff approve a partner: choose the person and their organization."""

    model = PartnerMembership
    icon = "group"
    menu_label = _("Partner accounts")
    menu_order = 200
    list_display = ["user", "organization", "approved_at"]
    search_fields = ["user__email", "user__last_name"]
    search_backend_name = None


class DirectoryViewSetGroup(SnippetViewSetGroup):
    """The “Community resources” menu: categories now, partner reports beside them."""

    items = (ServiceCategoryViewSet, PartnerMembershipViewSet)
    menu_icon = "site"
    menu_label = _("Community resources")
    menu_name = "community-resources"
    menu_order = 260
