"""The kiosk: a tablet at the door where people check themselves in.

Staff open it for one date from the admin. The tablet's browser is then signed out
(no staff session is left on a device anyone can touch) and its session holds only
the kiosk: the date and when it closes (two hours after the date ends). Until then
``KioskMiddleware`` keeps that browser on the kiosk's pages; afterwards the kiosk is
closed and the session forgets it.

On the kiosk a registered person finds themselves by typing part of their name and
sees only first names and initials, never anyone's email or phone; a walk-in gives
their name, an email or phone, school and language. Either way the attendance is
recorded once per person (``events/checkin.py``).
"""

from __future__ import annotations

from datetime import timedelta

from django.apps import apps
from django.contrib.auth import logout
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from events import checkin, identity
from events.kinds import CheckInRoute, RegistrationStatus
from events.registration import Details, lock_name
from portal import locks

SESSION_KEY = "events_kiosk"
#: The kiosk stays open this long after the date ends (people trickle out, staff tidy up).
STAYS_OPEN = timedelta(hours=2)
#: At most this many people are offered for a name typed on the kiosk.
MATCHES = 8


def model(name):
    return apps.get_model("events", name)


def may_open(occurrence, now=None) -> bool:
    """Only for a date that is not cancelled and has not closed yet."""
    now = now or timezone.now()
    return not occurrence.is_cancelled and now < occurrence.ends_at + STAYS_OPEN


def open_kiosk(request, occurrence) -> None:
    """Turn this browser into the date's kiosk: sign the staff member out first."""
    logout(request)
    request.session[SESSION_KEY] = {"occurrence": occurrence.pk}


def is_kiosk(session) -> bool:
    return SESSION_KEY in session


def current(session, now=None):
    """The kiosk's date, or None when the kiosk has closed (it is then forgotten)."""
    kiosk = session.get(SESSION_KEY)
    if not kiosk:
        return None
    now = now or timezone.now()
    try:
        occurrence = model("Occurrence").objects.filter(pk=int(kiosk["occurrence"])).first()
    except (KeyError, TypeError, ValueError):
        occurrence = None
    if occurrence is None or not may_open(occurrence, now):  # follows a moved date
        close(session)
        return None
    return occurrence


def close(session) -> None:
    session.pop(SESSION_KEY, None)


def find_registered(occurrence, typed: str):
    """Registered people whose first or last name starts with what was typed (two letters
    at least), for the kiosk to show as first name and initial."""
    words = typed.split()
    if not words or len(words[0]) < 2:
        return []
    match = Q()
    for word in words:
        match &= Q(name__istartswith=word) | Q(name__icontains=f" {word}")
    return list(
        occurrence.registrations.exclude(status=RegistrationStatus.CANCELLED)
        .filter(match)
        .select_related("attendance")
        .order_by("name", "pk")[:MATCHES]
    )


def check_in_registered(occurrence, registration_id):
    """The person tapped their name: (attendance, created), or None if it is not theirs."""
    registration = (
        occurrence.registrations.exclude(status=RegistrationStatus.CANCELLED)
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:
        return None
    return checkin.check_in_registration(registration, route=CheckInRoute.KIOSK)


def walk_in(occurrence, details: Details, now=None):
    """Someone who did not register signs in: (attendance, created). If their email or
    phone matches a registration for this date, that registration is checked in."""
    now = now or timezone.now()
    email_key = identity.email_key(details.email)
    phone_key = identity.phone_key(details.phone)
    match = Q(pk__in=[])
    if email_key:
        match |= Q(email_key=email_key)
    if phone_key:
        match |= Q(phone_key=phone_key)
    registered = (
        occurrence.registrations.exclude(status=RegistrationStatus.CANCELLED).filter(match).first()
    )
    if registered is not None:
        return checkin.check_in_registration(registered, route=CheckInRoute.KIOSK, now=now)
    Attendance = model("Attendance")
    try:
        with transaction.atomic():
            locks.hold(lock_name(occurrence.pk))
            existing = Attendance.objects.filter(occurrence=occurrence).filter(match).first()
            if existing is not None:
                return existing, False
            attendance = Attendance.objects.create(
                occurrence=occurrence,
                name=details.name.strip(),
                email=details.email.strip(),
                phone=details.phone or "",
                email_key=email_key,
                phone_key=phone_key,
                school=details.school,
                language=details.language,
                route=CheckInRoute.WALK_IN,
                checked_in_at=now,
            )
    except IntegrityError:
        existing = Attendance.objects.filter(occurrence=occurrence).filter(match).first()
        if existing is None:
            raise
        return existing, False
    checkin.announce(attendance)  # no account, so nobody is told
    return attendance, True
