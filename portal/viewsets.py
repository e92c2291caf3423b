"""Admin screens for the shared vocabulary, grouped under one menu item.

Listing searches go to the database (``search_backend_name = None``), not to the
search index: these tables are small, a name or a school code matches as typed
(part of a word too), and the search works the same on SQLite and PostgreSQL.
(Through the index, the admin's field-restricted autocomplete failed on SQLite's
full-text tables, and "code" was not an indexed field: both answered 500.)
"""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.models import Audience, Language, Region, School, SiteText


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    menu_order = 100
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    search_backend_name = None


class SchoolViewSet(SnippetViewSet):
    model = School
    icon = "home"
    menu_order = 200
    list_display = ["name", "code", "region", "level", "is_focus_school", "is_active"]
    list_filter = ["region", "level", "is_focus_school", "is_active"]
    search_fields = ["name", "code"]
    search_backend_name = None
    list_per_page = 50

    def get_queryset(self, request):
        return School.objects.select_related("region")


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_order = 300
    list_display = ["name", "slug"]


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "openquote"
    menu_order = 400
    list_display = ["native_name", "name", "code", "is_site_language"]


class SiteTextViewSet(SnippetViewSet):
    model = SiteText
    icon = "list-ul"
    menu_order = 500


class DistrictViewSetGroup(SnippetViewSetGroup):
    items = (RegionViewSet, SchoolViewSet, AudienceViewSet, LanguageViewSet, SiteTextViewSet)
    menu_icon = "site"
    menu_label = _("District")
    menu_name = "district"
    menu_order = 300
