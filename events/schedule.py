"""An event's dates: its repeat rule turned into ``Occurrence`` rows, and staff changes.

Dates are worked out with python-dateutil's ``rrule`` on the district's *local*
calendar (a 6 pm workshop stays at 6 pm after the clocks change) and only then
given the district's time zone, so the stored instants are right on both sides
of a daylight-saving change.

``sync(page)`` runs when the event's original page is published. Past dates are
history and never change. Future dates follow the page, except one that staff
moved or gave its own seats. A date the rule no longer gives is deleted if
nobody registered, otherwise cancelled, and its registrants are told.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from events import notices, registration
from events.kinds import OccurrenceStatus, Repeat
from portal import locks, page_cache

#: The fields of the schedule: set on the original page, copied to its translations.
SCHEDULE_FIELDS = (
    "first_date",
    "start_time",
    "end_time",
    "repeat",
    "repeat_until",
    "capacity",
    "registration_opens_days",
    "registration_required",
)

#: Fields an occurrence copies from its event page, for reports and history.
SNAPSHOT = ("program", "committee", "event_language", "attendance_mode")


def model(name):
    return apps.get_model("events", name)


def district_zone():
    return timezone.get_default_timezone()


def local_instant(day: date, at: time) -> datetime:
    """A wall-clock time on a day in the district, as an aware datetime."""
    return datetime.combine(day, at).replace(tzinfo=district_zone())


def series_dates(first: date, repeat: str, until: date | None) -> list[date]:
    """The days an event happens on, by its repeat rule."""
    if repeat == Repeat.ONCE or until is None:
        return [first]
    start = datetime.combine(first, time(12))
    end = datetime.combine(until, time(12))
    if repeat in (Repeat.WEEKLY, Repeat.BIWEEKLY):
        interval = 2 if repeat == Repeat.BIWEEKLY else 1
        rule = rrule(WEEKLY, interval=interval, dtstart=start, until=end)
    else:  # the same weekday of each month: the 2nd Tuesday, or the last when it is the 5th
        nth = math.ceil(first.day / 7)
        rule = rrule(
            MONTHLY,
            dtstart=start,
            until=end,
            byweekday=weekday(first.weekday(), -1 if nth == 5 else nth),
        )
    return [moment.date() for moment in rule]


def original_page(page):
    """The page the event was first written in: it holds the schedule for all languages."""
    return (
        type(page)
        .objects.filter(translation_key=page.translation_key)
        .select_related("locale")
        .order_by("pk")
        .first()
    )


def copy_schedule_to_translations(page, fields) -> None:
    """The translations show the same schedule as the original."""
    values = {name: getattr(page, name) for name in fields}
    type(page).objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).update(
        **values
    )


def snapshot(page) -> dict:
    """What every date of the event keeps about it, whatever later happens to the page."""
    values = {name: getattr(page, name) for name in SNAPSHOT}
    center = page.center if page.center_id else None
    region_id = center.region_id if center else None
    if region_id is None and page.school_id:
        region_id = page.school.region_id
    values.update(
        event=page,
        event_title=page.title,
        topic_key=page.topic.translation_key if page.topic_id else None,
        center_key=center.translation_key if center else None,
        center_title=center.title if center else "",
        region_id=region_id,
        school_id=page.school_id,
    )
    return values


def planned(page) -> dict[date, tuple[datetime, datetime]]:
    """Each day of the series with its start and end instants."""
    return {
        day: (local_instant(day, page.start_time), local_instant(day, page.end_time))
        for day in series_dates(page.first_date, page.repeat, page.repeat_until)
    }


def registration_window(page, starts_at):
    """Registration opens some days before (at the day's start) and closes when it starts."""
    if not page.registration_required:
        return None, None
    opens_on = timezone.localtime(starts_at, district_zone()).date()
    opens_on = date.fromordinal(opens_on.toordinal() - page.registration_opens_days)
    return local_instant(opens_on, time(0)), starts_at


def sync(page, now=None) -> dict:
    """Make the event's future dates match its page; returns what changed (for the log)."""
    now = now or timezone.now()
    Occurrence = model("Occurrence")
    wanted = planned(page)
    changes = {"created": 0, "updated": 0, "cancelled": 0, "deleted": 0}
    kept = snapshot(page)
    with transaction.atomic():
        locks.hold(f"events:series:{page.translation_key}")
        existing = {
            o.series_date: o for o in Occurrence.objects.filter(event_key=page.translation_key)
        }
        for day, (starts_at, ends_at) in wanted.items():
            occurrence = existing.get(day)
            if occurrence is None:
                if ends_at <= now:
                    continue  # a new rule does not invent history
                opens, closes = registration_window(page, starts_at)
                Occurrence.objects.create(
                    event_key=page.translation_key,
                    series_date=day,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    capacity=page.capacity,
                    registration_opens_at=opens,
                    registration_closes_at=closes,
                    **kept,
                )
                changes["created"] += 1
            elif occurrence.ends_at > now and _follow(occurrence, page, starts_at, ends_at, kept):
                changes["updated"] += 1
        for day, occurrence in existing.items():
            if day in wanted or occurrence.ends_at <= now or occurrence.is_cancelled:
                continue
            if occurrence.registrations.exists() or occurrence.attendances.exists():
                cancel(occurrence, now=now)
                changes["cancelled"] += 1
            else:
                occurrence.delete()
                changes["deleted"] += 1
    return changes


def _follow(occurrence, page, starts_at, ends_at, kept) -> bool:
    """Bring one future date in line with the page; True if anything changed."""
    before = _described(occurrence)
    moved = more_seats = False
    if not occurrence.changed_by_staff:
        moved = (occurrence.starts_at, occurrence.ends_at) != (starts_at, ends_at)
        more_seats = _seats_grew(occurrence.capacity, page.capacity)
        occurrence.starts_at, occurrence.ends_at = starts_at, ends_at
        opens, closes = registration_window(page, starts_at)
        occurrence.registration_opens_at, occurrence.registration_closes_at = opens, closes
        occurrence.capacity = page.capacity
    for name, value in kept.items():
        setattr(occurrence, name, value)
    changed = moved or more_seats or before != _described(occurrence)
    if not changed:
        return False
    if moved:
        occurrence.sequence += 1
    occurrence.save()
    if moved:
        notices.occurrence_moved(occurrence)
    if more_seats:
        registration.promote_waitlist(occurrence)
    return True


def _described(occurrence) -> tuple:
    return (
        occurrence.event_title,
        occurrence.topic_key,
        occurrence.center_key,
        occurrence.center_title,
        occurrence.region_id,
        occurrence.school_id,
        occurrence.capacity,
        occurrence.registration_opens_at,
        occurrence.registration_closes_at,
        *(getattr(occurrence, name) for name in SNAPSHOT),
    )


def _seats_grew(before, after) -> bool:
    if before is None:
        return False
    return after is None or after > before


def cancel(occurrence, reason: str = "", now=None) -> None:
    """Cancel one date: it stays on the calendar as cancelled, and registrants are told."""
    if occurrence.is_cancelled:
        return
    with transaction.atomic():
        locks.hold(f"events:occurrence:{occurrence.pk}")
        # Another request (a second click, another tab) may have cancelled it meanwhile.
        occurrence.refresh_from_db(fields=["status", "cancelled_at", "sequence"])
        if occurrence.is_cancelled:
            return
        occurrence.status = OccurrenceStatus.CANCELLED
        occurrence.cancelled_at = now or timezone.now()
        if reason:
            occurrence.note = reason
        occurrence.sequence += 1
        occurrence.save()
        notices.occurrence_cancelled(occurrence)
    page_cache.invalidate()


def move(occurrence, starts_at, ends_at, note: str = "") -> None:
    """Move one date (staff): later edits of the series leave it where staff put it."""
    with transaction.atomic():
        occurrence.starts_at, occurrence.ends_at = starts_at, ends_at
        if occurrence.registration_closes_at and occurrence.registration_closes_at > starts_at:
            occurrence.registration_closes_at = starts_at
        occurrence.changed_by_staff = True
        occurrence.note = note or occurrence.note
        occurrence.sequence += 1
        occurrence.save()
        notices.occurrence_moved(occurrence)
    page_cache.invalidate()


def staff_edit(before, after) -> None:
    """Save what staff changed on one date, with its consequences: a move is told to
    registrants and bumps the calendar revision; more seats serve the waitlist."""
    moved = (before.starts_at, before.ends_at) != (after.starts_at, after.ends_at)
    seats_changed = before.capacity != after.capacity
    window_changed = (before.registration_opens_at, before.registration_closes_at) != (
        after.registration_opens_at,
        after.registration_closes_at,
    )
    if moved:
        move(after, after.starts_at, after.ends_at, after.note)
        if _seats_grew(before.capacity, after.capacity):  # moved to a bigger room
            registration.promote_waitlist(after)
            page_cache.invalidate()
        return
    with transaction.atomic():
        if seats_changed or window_changed:
            after.changed_by_staff = True
        after.save()
        if _seats_grew(before.capacity, after.capacity):
            registration.promote_waitlist(after)
    page_cache.invalidate()
