"""Small hand-built worlds for the event reports and figures.

Dates are made directly (``held_date``): the reports read the snapshot a date keeps,
not its page. People register and check in through the portal's own functions
(``events.registration.register``, ``events.checkin``, the kiosk's ``walk_in``), so
the records have the shape real ones have. Everything happens in the 2024–25 school
year (``YEAR``), long past: every date in it is held unless cancelled.
"""

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from events import checkin, kiosk, registration, schedule, surveys
from events.kinds import (
    AttendanceMode,
    EventLanguage,
    Program,
    RegistrationRoute,
    RegistrationStatus,
)
from events.models import EventSurveyInvitation, Occurrence
from events.registration import Details
from portal.school_year import SchoolYear

ZONE = ZoneInfo("America/Los_Angeles")
YEAR = SchoolYear(2024)
#: A Tuesday evening in the year, and one in the year before.
IN_YEAR = datetime(2024, 10, 1, 18, tzinfo=ZONE)
LAST_YEAR = datetime(2024, 3, 5, 18, tzinfo=ZONE)


def held_date(
    when=IN_YEAR,
    program=Program.PARENT_UNIVERSITY,
    *,
    center=None,
    school=None,
    committee="",
    language=EventLanguage.BILINGUAL,
    capacity=None,
):
    """One date of a new event, with the snapshot the reports read."""
    region = center.region if center is not None else getattr(school, "region", None)
    return Occurrence.objects.create(
        event_key=uuid.uuid4(),
        event_title=f"{Program(program).label} {when:%Y-%m-%d}",
        program=program,
        committee=committee,
        center_key=center.translation_key if center is not None else None,
        center_title=center.title if center is not None else "",
        region=region,
        school=school,
        event_language=language,
        attendance_mode=AttendanceMode.IN_PERSON,
        series_date=when.date(),
        starts_at=when,
        ends_at=when + timedelta(hours=1, minutes=30),
        capacity=capacity,
    )


def cancel(occurrence):
    schedule.cancel(occurrence, reason="Holiday")
    occurrence.refresh_from_db()
    return occurrence


def register(occurrence, user=None, **details):
    """A registration made a week before the date: with the account if ``user`` is given
    (its details filled in from the account), else as a guest."""
    given = Details.of_user(user, **details) if user is not None else Details(**details)
    return registration.register(
        occurrence, given, user=user, now=occurrence.starts_at - timedelta(days=7)
    ).registration


def staff_register(occurrence, **details):
    return registration.register(
        occurrence,
        Details(**details),
        route=RegistrationRoute.STAFF,
        now=occurrence.starts_at - timedelta(days=7),
    ).registration


def cancel_registration(record):
    registration.cancel(record, now=record.occurrence.starts_at - timedelta(days=1))
    record.refresh_from_db()
    assert record.status == RegistrationStatus.CANCELLED
    return record


def check_in(record, minutes=5):
    """The registered person came (a QR code scanned at the door)."""
    attendance, _created = checkin.check_in_registration(
        record, now=record.occurrence.starts_at + timedelta(minutes=minutes)
    )
    return attendance


def walk_in(occurrence, minutes=10, **details):
    """Someone signs in at the kiosk without having registered."""
    attendance, _created = kiosk.walk_in(
        occurrence, Details(**details), now=occurrence.starts_at + timedelta(minutes=minutes)
    )
    return attendance


def crowd(occurrence, count, *, came=True, prefix=None, **details):
    """``count`` guests who register (and come, unless ``came`` is false). The same
    ``prefix`` on two dates is the same people; without one, new people."""
    prefix = prefix or f"guest-{occurrence.pk}-"
    records = []
    for n in range(count):
        record = register(
            occurrence, name=f"Guest {n}", email=f"{prefix}{n}@example.org", **details
        )
        if came:
            check_in(record)
        records.append(record)
    return records


def surveyed(attendance, overall=None, *, learned=4, recommend=True):
    """The person was sent the survey after the date and, if ``overall`` is given, answered."""
    after = attendance.occurrence.ends_at + timedelta(hours=2)
    EventSurveyInvitation.objects.create(attendance=attendance, sent_at=after)
    if overall is not None:
        cleaned = {"overall": overall, "learned": learned, "would_recommend": recommend}
        surveys.record_answer(attendance, cleaned, now=after)
    return attendance
