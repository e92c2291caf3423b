"""A person's registrations and check-ins, in portal's personal-data registry.

They are the district's attendance records: deleting the account keeps them for
the totals with nothing that names the person. Each of the person's records gets
the same random stand-in for their email and phone, so they still count once in
the unduplicated attendee count, and nobody can tell who they were.
"""

import secrets

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from events.models import Attendance, CalendarFeed, Registration
from portal.personal_data import ANONYMISED, DELETED, PersonalDataSection, register


def _iso(value):
    return value.isoformat() if value else None


def _registration(entry):
    occurrence = entry.occurrence
    return {
        "event": occurrence.event_title,
        "starts_at": _iso(occurrence.starts_at),
        "status": entry.status,
        "registered_as": entry.route,
        "name": entry.name,
        "email": entry.email,
        "phone": str(entry.phone or ""),
        "school": entry.school.name if entry.school_id else None,
        "language": entry.language,
        "children": entry.children,
        "needs_interpretation": entry.needs_interpretation,
        "interpretation_language": entry.interpretation_language,
        "needs_childcare": entry.needs_childcare,
        "other_needs": entry.other_needs,
        "registered_at": _iso(entry.created_at),
        "cancelled_at": _iso(entry.cancelled_at),
    }


def _attendance(entry):
    return {
        "event": entry.occurrence.event_title,
        "starts_at": _iso(entry.occurrence.starts_at),
        "checked_in_at": _iso(entry.checked_in_at),
        "checked_in_by": entry.route,
        "name": entry.name,
    }


def _records(model):
    return lambda user: model.objects.filter(user=user).select_related("occurrence", "school")


def forget(user):
    """Keep the records for the totals; take out everything that names the person."""
    anonymous = {"user": None, "name": "", "email": "", "phone": "", "phone_key": ""}
    anonymous["email_key"] = f"anonymous:{secrets.token_hex(12)}"
    with transaction.atomic():
        Registration.objects.filter(user=user).update(other_needs="", **anonymous)
        Attendance.objects.filter(user=user).update(**anonymous)


KEPT = _("Kept for the district's attendance totals, without your name, email or phone.")

register(
    PersonalDataSection(
        key="event_registrations",
        label=_("Event registrations"),
        app_label="events",
        collect=lambda user: [_registration(r) for r in _records(Registration)(user)],
        count=lambda user: Registration.objects.filter(user=user).count(),
        on_delete=ANONYMISED,
        deletion=KEPT,
        forget=forget,
        order=50,
    )
)
register(
    PersonalDataSection(
        key="event_attendance",
        label=_("Events you were checked in at"),
        app_label="events",
        collect=lambda user: [_attendance(a) for a in _records(Attendance)(user)],
        count=lambda user: Attendance.objects.filter(user=user).count(),
        on_delete=ANONYMISED,
        deletion=KEPT,
        order=51,
    )
)
register(
    PersonalDataSection(
        key="event_feed",
        label=_("Your personal calendar link"),
        app_label="events",
        collect=lambda user: [
            {"created_at": _iso(feed.created_at)} for feed in CalendarFeed.objects.filter(user=user)
        ],
        count=lambda user: CalendarFeed.objects.filter(user=user).count(),
        on_delete=DELETED,
        deletion=_("Your calendar link stops working and is deleted."),
        forget=lambda user: CalendarFeed.objects.filter(user=user).delete(),
        order=52,
    )
)
