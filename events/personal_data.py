"""A person's registrations and check-ins, in portal's personal-data registry.

They are the district's attendance records: deleting the account keeps them for
the totals with nothing that names the person. Each of the person's records gets
the same random stand-in for their email and phone, so they still count once in
the unduplicated attendee count, and nobody can tell who they were.

A person's records are those of their account and those made as a guest or at the
kiosk with an email they have verified on their account (allauth's verified
addresses): proving the address proves the records are theirs.
"""

import secrets

from allauth.account.models import EmailAddress

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from events import identity
from events.models import Attendance, CalendarFeed, EventSurveyResponse, Registration
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


def verified_emails(user) -> list[str]:
    found = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    return sorted({identity.email_key(email) for email in found if email})


def mine(model, user):
    """The person's records: their account's, and any made with an email they verified."""
    match = Q(user=user)
    emails = verified_emails(user)
    if emails:
        match |= Q(user__isnull=True, email_key__in=emails)
    return model.objects.filter(match)


def _records(model):
    return lambda user: mine(model, user).select_related("occurrence", "school")


def forget(user):
    """Keep the records for the totals; take out everything that names the person."""
    anonymous = {"user": None, "name": "", "email": "", "phone": "", "phone_key": ""}
    anonymous["email_key"] = f"anonymous:{secrets.token_hex(12)}"
    with transaction.atomic():
        registrations = list(mine(Registration, user).values_list("pk", flat=True))
        attendances = list(mine(Attendance, user).values_list("pk", flat=True))
        Registration.objects.filter(pk__in=registrations).update(other_needs="", **anonymous)
        Attendance.objects.filter(pk__in=attendances).update(**anonymous)


KEPT = _("Kept for the district's attendance totals, without your name, email or phone.")

register(
    PersonalDataSection(
        key="event_registrations",
        label=_("Event registrations"),
        app_label="events",
        collect=lambda user: [_registration(r) for r in _records(Registration)(user)],
        count=lambda user: mine(Registration, user).count(),
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
        count=lambda user: mine(Attendance, user).count(),
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


# --- the post-event survey (events/surveys.py) --------------------------------------------
# The person's answers are those of their attendances (``mine``). Its forget runs
# before the registrations' (order 49 < 50): that one takes the account and the email
# off the attendances, after which the answers could no longer be found.


def _survey_records(user):
    """The person's attendances that were sent the survey or answered it."""
    return (
        mine(Attendance, user)
        .exclude(survey_invitation__isnull=True, survey_response__isnull=True)
        .select_related("occurrence", "survey_invitation", "survey_response")
        .order_by("occurrence__starts_at", "pk")
    )


def _survey(entry):
    invitation = getattr(entry, "survey_invitation", None)
    answer = getattr(entry, "survey_response", None)
    return {
        "event": entry.occurrence.event_title,
        "starts_at": _iso(entry.occurrence.starts_at),
        "survey_sent_at": _iso(invitation.sent_at) if invitation else None,
        "answered_at": _iso(answer.submitted_at) if answer else None,
        "language": answer.language if answer else None,
        "overall_satisfaction": answer.overall if answer else None,
        "learned_something_i_can_use": answer.learned if answer else None,
        "would_recommend": answer.would_recommend if answer else None,
        "comment": answer.comment if answer else None,
    }


def forget_survey_comments(user):
    """Keep the scores for the totals; the comment goes, as it may name the person."""
    EventSurveyResponse.objects.filter(attendance__in=mine(Attendance, user)).update(comment="")


register(
    PersonalDataSection(
        key="event_surveys",
        label=_("Your answers to event surveys"),
        app_label="events",
        collect=lambda user: [_survey(a) for a in _survey_records(user)],
        count=lambda user: _survey_records(user).count(),
        on_delete=ANONYMISED,
        deletion=_(
            "Your scores are kept for the district's totals, without your name; "
            "your comments are deleted."
        ),
        forget=forget_survey_comments,
        order=49,
    )
)
