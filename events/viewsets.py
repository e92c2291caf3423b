"""Admin screens for events: the dates of every event (cancel, move, seats) and topics."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.views.snippets import (
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from events import schedule
from events.models import Occurrence, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_order = 200
    list_display = ["name", "slug", "locale", "sort_order"]
    list_filter = ["locale"]
    search_fields = ["name"]
    search_backend_name = None


class OccurrenceIndexView(IndexView):
    """Upcoming first; each date offers its registrations and, until it ends, cancelling."""

    default_ordering = "starts_at"

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        buttons.append(
            ListingButton(
                _("Who is coming"),
                reverse("events_roster:roster", args=[instance.pk]),
                icon_name="group",
                priority=5,
            )
        )
        if not instance.is_cancelled:
            buttons.append(
                ListingButton(
                    _("Open the kiosk"),
                    reverse("events_open_kiosk", args=[instance.pk]),
                    icon_name="tablet-alt",
                    priority=10,
                )
            )
            buttons.append(
                ListingButton(
                    _("Cancel this date"),
                    reverse("events_cancel_occurrence", args=[instance.pk]),
                    icon_name="cross",
                    priority=30,
                )
            )
        return buttons


class OccurrenceEditView(EditView):
    """Moving a date or changing its seats goes through the scheduling rules."""

    def save_instance(self):
        before = Occurrence.objects.get(pk=self.object.pk)
        after = self.form.save(commit=False)
        schedule.staff_edit(before, after)
        return after


class OccurrenceViewSet(SnippetViewSet):
    """Every date of every event. Dates are made by publishing the event's page."""

    model = Occurrence
    icon = "date"
    menu_label = _("Dates")
    menu_order = 100
    index_view_class = OccurrenceIndexView
    edit_view_class = OccurrenceEditView
    copy_view_enabled = False
    list_display = ["event_title", "starts_at", "status", "capacity", "center_title"]
    list_filter = ["status", "program"]
    search_fields = ["event_title", "center_title"]
    search_backend_name = None
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("note"),
            ],
            heading=_("Move this date"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
            ],
            heading=_("Seats and registration"),
        ),
    ]


class EventsViewSetGroup(SnippetViewSetGroup):
    """The “Events” menu: dates and topics (the events themselves are pages)."""

    items = (OccurrenceViewSet, TopicViewSet)
    menu_icon = "date"
    menu_label = _("Events")
    menu_name = "events"
    menu_order = 250
