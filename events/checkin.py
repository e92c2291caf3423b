"""Checking people in at the door: one attendance per person per date.

Attendance is what the office reports (workshops held, unduplicated attendees),
so a second scan of the same code, or a person found twice, adds nothing.
"""

from __future__ import annotations

from django.apps import apps
from django.db import IntegrityError, transaction
from django.utils import timezone

from events.kinds import CheckInRoute
from events.registration import lock_name
from portal import activities, locks


def model(name):
    return apps.get_model("events", name)


def attendance_of(registration):
    return model("Attendance").objects.filter(registration=registration).first()


def check_in_registration(registration, by=None, route=CheckInRoute.QR, now=None):
    """Record that the registered person came; returns (attendance, created)."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            locks.hold(lock_name(registration.occurrence_id))
            existing = attendance_of(registration) or _same_person(registration)
            if existing is not None:
                return existing, False
            attendance = model("Attendance").objects.create(
                occurrence_id=registration.occurrence_id,
                registration=registration,
                user=registration.user,
                name=registration.name,
                email=registration.email,
                phone=registration.phone,
                email_key=registration.email_key,
                phone_key=registration.phone_key,
                school=registration.school,
                language=registration.language,
                route=route,
                checked_in_at=now,
                checked_in_by=by if by is not None and by.is_authenticated else None,
            )
    except IntegrityError:
        existing = attendance_of(registration) or _same_person(registration)
        if existing is None:
            raise
        return existing, False
    announce(attendance)
    return attendance, True


def announce(attendance):
    """Once the check-in is committed, tell the other apps that a person with an account
    came (``portal.activities.attended``: a pathway step "attend a workshop", say).
    An attendance without an account (a walk-in, a guest) tells nobody anything."""
    if attendance.user_id is None:
        return

    def send():
        dates = model("Occurrence").objects.only("event_key", "topic_key")
        keys = dates.get(pk=attendance.occurrence_id)
        activities.announce(
            activities.attended,
            sender=model("Attendance"),
            user=attendance.user,
            event_key=keys.event_key,
            topic_key=keys.topic_key,
            when=attendance.checked_in_at,
        )

    transaction.on_commit(send)


def _same_person(record):
    """Someone already checked in at this date with the same email or phone."""
    attendances = model("Attendance").objects.filter(occurrence_id=record.occurrence_id)
    if record.email_key:
        found = attendances.filter(email_key=record.email_key).first()
        if found:
            return found
    if record.phone_key:
        return attendances.filter(phone_key=record.phone_key).first()
    return None
