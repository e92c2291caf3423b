"""Reminders before a workshop: one email per registration, never two.

``send_reminders`` is what the scheduled command runs (hourly from cron, say). Each
registration is claimed before its email is built: an UPDATE that sets
``reminded_at`` only where it is still empty. Two runs at once, or a run repeated
after a crash, find nothing left to claim, so nobody is reminded twice. A claim
whose email fails to send is released, so the next run tries again.
"""

from __future__ import annotations

from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.utils import timezone

from events import notices
from events.kinds import OccurrenceStatus, RegistrationStatus


def hours_before() -> int:
    return int(getattr(settings, "EVENTS_REMINDER_HOURS", 48))


def due(now=None):
    """Confirmed registrations with an email, for dates starting within the window."""
    now = now or timezone.now()
    return (
        apps.get_model("events", "Registration")
        .objects.filter(
            status=RegistrationStatus.CONFIRMED,
            reminded_at__isnull=True,
            occurrence__status=OccurrenceStatus.SCHEDULED,
            occurrence__starts_at__gt=now,
            occurrence__starts_at__lte=now + timedelta(hours=hours_before()),
        )
        .exclude(email="")
        .select_related("occurrence")
        .order_by("occurrence__starts_at", "pk")
    )


def send_reminders(now=None, dry_run=False) -> int:
    """Remind everyone due; returns how many were reminded (or would be)."""
    now = now or timezone.now()
    Registration = apps.get_model("events", "Registration")
    sent = 0
    for registration in due(now):
        if dry_run:
            sent += 1
            continue
        claimed = Registration.objects.filter(pk=registration.pk, reminded_at__isnull=True)
        if not claimed.update(reminded_at=now):
            continue  # another run took it
        try:
            notices.message(registration, "reminder", attach_ics=True, attach_qr=True).send()
        except Exception:
            claimed = Registration.objects.filter(pk=registration.pk, reminded_at=now)
            claimed.update(reminded_at=None)
            raise
        sent += 1
    return sent
