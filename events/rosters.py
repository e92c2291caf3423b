"""Who is coming to one date: the list staff read, search at the door and export, and
the message they send to everyone registered.

Plain functions the admin views share; every list is one query however many people.
"""

from __future__ import annotations

from django.apps import apps
from django.core import mail
from django.db.models import Case, Count, IntegerField, Q, Value, When

from events.kinds import RegistrationStatus
from portal.emails import office_address, sender

ORDER = Case(
    When(status=RegistrationStatus.CONFIRMED, then=Value(0)),
    When(status=RegistrationStatus.WAITLISTED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def model(name):
    return apps.get_model("events", name)


def roster(occurrence, q: str = ""):
    """Registrations of the date: confirmed, then the waitlist in its order, then
    cancelled; narrowed by name, email or phone when staff search at the door."""
    people = (
        model("Registration")
        .objects.filter(occurrence=occurrence)
        .select_related("school", "attendance")
        .annotate(rank=ORDER)
        .order_by("rank", "created_at", "pk")
    )
    words = " ".join(q.split())
    if words:
        digits = "".join(ch for ch in words if ch.isdigit())
        match = Q(name__icontains=words) | Q(email__icontains=words)
        if len(digits) >= 4:
            match |= Q(phone_key__contains=digits)
        people = people.filter(match)
    return people


def walk_ins(occurrence):
    return (
        model("Attendance")
        .objects.filter(occurrence=occurrence, registration__isnull=True)
        .select_related("school")
        .order_by("checked_in_at", "pk")
    )


def counts(occurrence) -> dict:
    """Confirmed, waitlisted, cancelled and checked in (two queries)."""
    by_status = dict(
        model("Registration")
        .objects.filter(occurrence=occurrence)
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    return {
        "confirmed": by_status.get(RegistrationStatus.CONFIRMED, 0),
        "waitlisted": by_status.get(RegistrationStatus.WAITLISTED, 0),
        "cancelled": by_status.get(RegistrationStatus.CANCELLED, 0),
        "checked_in": model("Attendance").objects.filter(occurrence=occurrence).count(),
    }


def message_registrants(occurrence, subject: str, body: str, include_waitlist=True) -> int:
    """Email everyone registered (and waiting, unless left out) who gave an email;
    replies go to the office. Returns how many emails went."""
    statuses = [RegistrationStatus.CONFIRMED]
    if include_waitlist:
        statuses.append(RegistrationStatus.WAITLISTED)
    addresses = sorted(
        set(
            model("Registration")
            .objects.filter(occurrence=occurrence, status__in=statuses)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )
    reply_to, from_email = office_address(), sender()
    emails = [
        mail.EmailMessage(
            " ".join(subject.split()), body, from_email, to=[address], reply_to=reply_to
        )
        for address in addresses
    ]
    if emails:
        mail.get_connection().send_messages(emails)
    return len(emails)
