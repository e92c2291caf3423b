"""Admin screens for the directory's vocabulary (the listings themselves are pages)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from resources.models import PartnerMembership, PartnerRequest, ServiceCategory


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


class PartnerRequestIndexView(IndexView):
    """Each request opens the page where staff approve or decline it; newest first."""

    default_ordering = "-created_at"

    def get_edit_url(self, instance):
        return reverse("resources_partner_request", args=[instance.pk])


class PartnerRequestViewSet(SnippetViewSet):
    """People who asked on the site to keep an organization's listings, newest first.

    Staff only read and decide them (``admin_views.review_partner_request``); the
    request itself is never edited here.
    """

    model = PartnerRequest
    icon = "mail"
    menu_label = _("Partner requests")
    menu_order = 150
    index_view_class = PartnerRequestIndexView
    list_display = ["user", "organization_label", "job_title", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["user__email", "organization_name", "organization__title"]
    search_backend_name = None
    copy_view_enabled = False


class DirectoryViewSetGroup(SnippetViewSetGroup):
    """The “Community resources” menu: categories, partner requests and partner accounts."""

    items = (ServiceCategoryViewSet, PartnerRequestViewSet, PartnerMembershipViewSet)
    menu_icon = "site"
    menu_label = _("Community resources")
    menu_name = "community-resources"
    menu_order = 260
