"""Admin views of events: cancel one date (registrants are told)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _

from events import kiosk_views, roster_views, schedule
from events.kinds import RegistrationStatus
from events.models import Occurrence

#: Who may cancel or move a date: whoever may edit dates.
CHANGE_PERMISSION = "events.change_occurrence"


def cancel_occurrence(request, occurrence_id):
    """GET asks (and says how many people will be told), POST cancels."""
    if not request.user.has_perm(CHANGE_PERMISSION):
        raise PermissionDenied
    occurrence = get_object_or_404(Occurrence, pk=occurrence_id)
    list_url = reverse("wagtailsnippets_events_occurrence:list")
    if request.method == "POST" and not occurrence.is_cancelled:
        schedule.cancel(occurrence, reason=request.POST.get("reason", "").strip()[:250])
        messages.success(
            request,
            _("“%(date)s” is cancelled. Everyone registered has been emailed.")
            % {"date": occurrence},
        )
        return redirect(list_url)
    told = occurrence.registrations.exclude(status=RegistrationStatus.CANCELLED).count()
    return TemplateResponse(
        request,
        "events/admin/cancel_occurrence.html",
        {"occurrence": occurrence, "told": told, "list_url": list_url},
    )


def admin_urls():
    return [
        path(
            "events/dates/",
            include((roster_views.urlpatterns, roster_views.app_name), namespace="events_roster"),
        ),
        path(
            "events/dates/<int:occurrence_id>/kiosk/",
            kiosk_views.open_kiosk,
            name="events_open_kiosk",
        ),
        path(
            "events/dates/<int:occurrence_id>/cancel/",
            cancel_occurrence,
            name="events_cancel_occurrence",
        ),
    ]
