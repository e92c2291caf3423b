"""Admin screens for learning content, grouped under one “Learning” menu item."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pathways.models import SelfEfficacyInstrument


class SelfEfficacyInstrumentViewSet(SnippetViewSet):
    model = SelfEfficacyInstrument
    icon = "form"
    menu_order = 100
    list_display = ["name", "locale", "scale_low", "scale_high"]
    list_filter = ["locale", "live"]
    search_fields = ["name"]
    search_backend_name = None  # a few surveys: the database finds part of a name too


class LearningViewSetGroup(SnippetViewSetGroup):
    """The “Learning” menu; the records and reports of later steps join here."""

    items = (SelfEfficacyInstrumentViewSet,)
    menu_icon = "pick"
    menu_label = _("Learning")
    menu_name = "learning"
    menu_order = 250
