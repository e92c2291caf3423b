"""An event's dates: the repeat rule, the clocks changing, and what publishing, staff and
deleting the page do to dates people registered for (``events/schedule.py``)."""

from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace

import icalendar
import pytest

from django.core import mail
from django.utils import timezone

from events import registration, schedule
from events.factories import EventPageFactory, RegistrationFactory, occurrences_of, publish
from events.kinds import OccurrenceStatus, RegistrationStatus, Repeat
from events.models import Occurrence, Registration
from portal.factories import publish_translation

from .conftest import event, in_days, local, utc_offset_hours

TUESDAY = 1


def calendar_of(email):
    """The ``event.ics`` attached to an email, parsed."""
    [(name, content, mimetype)] = [a for a in email.attachments if a[0] == "event.ics"]
    assert mimetype.startswith("text/calendar")
    return icalendar.Calendar.from_ical(content)


def only_vevent(email):
    [vevent] = calendar_of(email).walk("VEVENT")
    return vevent


def clock_changes(after, count=2):
    """The next ``count`` days on which the district's clocks change, after ``after``."""
    zone = timezone.get_default_timezone()

    def offset(day):
        return datetime.combine(day, time(12), tzinfo=zone).utcoffset()

    found, day = [], after
    while len(found) < count:
        if offset(day + timedelta(days=1)) != offset(day):
            found.append(day + timedelta(days=1))
        day += timedelta(days=1)
    return found


# --------------------------------------------------------------------------
# The repeat rule
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "repeat", "until", "expected"),
    [
        (date(2026, 9, 8), Repeat.ONCE, None, [date(2026, 9, 8)]),
        (date(2026, 9, 8), Repeat.ONCE, date(2026, 12, 8), [date(2026, 9, 8)]),
        (date(2026, 9, 8), Repeat.WEEKLY, None, [date(2026, 9, 8)]),
        (
            date(2026, 9, 8),
            Repeat.WEEKLY,
            date(2026, 9, 29),
            [date(2026, 9, 8), date(2026, 9, 15), date(2026, 9, 22), date(2026, 9, 29)],
        ),
        (
            date(2026, 9, 8),
            Repeat.WEEKLY,
            date(2026, 9, 28),
            [date(2026, 9, 8), date(2026, 9, 15), date(2026, 9, 22)],
        ),
        (
            date(2026, 9, 8),
            Repeat.BIWEEKLY,
            date(2026, 10, 26),
            [date(2026, 9, 8), date(2026, 9, 22), date(2026, 10, 6), date(2026, 10, 20)],
        ),
        (  # the 2nd Tuesday of each month
            date(2026, 9, 8),
            Repeat.MONTHLY,
            date(2026, 12, 31),
            [date(2026, 9, 8), date(2026, 10, 13), date(2026, 11, 10), date(2026, 12, 8)],
        ),
        (  # the 4th Tuesday stays the 4th even in a month with five (December 2026)
            date(2026, 9, 22),
            Repeat.MONTHLY,
            date(2026, 12, 31),
            [date(2026, 9, 22), date(2026, 10, 27), date(2026, 11, 24), date(2026, 12, 22)],
        ),
        (  # a 5th Tuesday becomes the last Tuesday: most months have no 5th
            date(2026, 9, 29),
            Repeat.MONTHLY,
            date(2027, 1, 31),
            [
                date(2026, 9, 29),
                date(2026, 10, 27),
                date(2026, 11, 24),
                date(2026, 12, 29),
                date(2027, 1, 26),
            ],
        ),
    ],
    ids=[
        "once",
        "once-ignores-until",
        "weekly-without-until-is-once",
        "weekly-until-inclusive",
        "weekly-until-between-dates",
        "biweekly",
        "monthly-2nd-tuesday",
        "monthly-4th-tuesday",
        "monthly-5th-is-last",
    ],
)
def test_series_dates(first, repeat, until, expected):
    assert schedule.series_dates(first, repeat, until) == expected


def test_a_6pm_series_stays_at_6pm_across_both_clock_changes():
    """Weekly on Tuesdays from 2026-10-27 to 2027-03-23: the clocks fall back on
    2026-11-01 (PDT -7 → PST -8) and spring forward on 2027-03-14 (→ PDT -7)."""
    series = SimpleNamespace(
        first_date=date(2026, 10, 27),
        start_time=time(18),
        end_time=time(19, 30),
        repeat=Repeat.WEEKLY,
        repeat_until=date(2027, 3, 23),
    )

    planned = schedule.planned(series)

    assert len(planned) == 22
    for day, (starts_at, ends_at) in planned.items():
        assert (local(starts_at).date(), local(starts_at).time()) == (day, time(18))
        assert (local(ends_at).date(), local(ends_at).time()) == (day, time(19, 30))
    offsets = {day: utc_offset_hours(starts_at) for day, (starts_at, _) in planned.items()}
    assert offsets[date(2026, 10, 27)] == -7
    assert offsets[date(2026, 11, 3)] == -8
    assert offsets[date(2027, 3, 9)] == -8
    assert offsets[date(2027, 3, 16)] == -7
    # The instants themselves: 18:00 PDT is 01:00 UTC, 18:00 PST is 02:00 UTC.
    assert planned[date(2026, 10, 27)][0] == datetime(2026, 10, 28, 1, tzinfo=UTC)
    assert planned[date(2026, 11, 3)][0] == datetime(2026, 11, 4, 2, tzinfo=UTC)
    assert planned[date(2027, 3, 9)][0] == datetime(2027, 3, 10, 2, tzinfo=UTC)
    assert planned[date(2027, 3, 16)][0] == datetime(2027, 3, 17, 1, tzinfo=UTC)


# --------------------------------------------------------------------------
# Publishing puts the dates on the calendar
# --------------------------------------------------------------------------


def test_saving_a_draft_puts_nothing_on_the_calendar(calendar_index):
    page = EventPageFactory(parent=calendar_index)
    assert occurrences_of(page) == []


def test_publishing_the_page_creates_its_dates(calendar_index):
    first = in_days(7)
    page = event(
        calendar_index,
        title="Reading at home",
        first_date=first,
        repeat=Repeat.WEEKLY,
        repeat_until=first + timedelta(days=21),
        capacity=25,
        registration_opens_days=14,
    )

    found = occurrences_of(page)

    assert [o.series_date for o in found] == [first + timedelta(days=7 * n) for n in range(4)]
    for occurrence in found:
        assert occurrence.event_id == page.pk
        assert occurrence.event_key == page.translation_key
        assert occurrence.event_title == "Reading at home"
        assert occurrence.capacity == 25
        assert occurrence.status == OccurrenceStatus.SCHEDULED
        assert occurrence.sequence == 0
        assert local(occurrence.starts_at).time() == time(18)
        assert local(occurrence.ends_at).time() == time(19, 30)
        # Registration opens at midnight 14 days before and closes when it starts.
        opens = local(occurrence.registration_opens_at)
        assert (opens.date(), opens.time()) == (occurrence.series_date - timedelta(14), time(0))
        assert occurrence.registration_closes_at == occurrence.starts_at


def test_publishing_again_without_changes_changes_nothing(calendar_index):
    page = event(calendar_index, repeat=Repeat.WEEKLY, repeat_until=in_days(21))
    before = [(o.pk, o.starts_at, o.sequence) for o in occurrences_of(page)]
    publish(page)
    assert [(o.pk, o.starts_at, o.sequence) for o in occurrences_of(page)] == before


def test_published_dates_keep_their_local_time_across_the_next_clock_changes(calendar_index):
    """The stored instants, not only the plan: the next two changes, whenever they are."""
    fall_or_spring, other = clock_changes(in_days(14))
    first = fall_or_spring - timedelta(days=10)
    page = event(
        calendar_index,
        first_date=first,
        repeat=Repeat.WEEKLY,
        repeat_until=other + timedelta(days=10),
    )

    found = occurrences_of(page)

    assert len(found) == len(schedule.series_dates(first, Repeat.WEEKLY, page.repeat_until))
    assert {local(o.starts_at).time() for o in found} == {time(18)}
    assert {local(o.ends_at).time() for o in found} == {time(19, 30)}
    assert {utc_offset_hours(o.starts_at) for o in found} == {-7, -8}
    # Each change sits between two dates whose offsets differ.
    for change in (fall_or_spring, other):
        before = max((o for o in found if o.series_date < change), key=lambda o: o.starts_at)
        after = min((o for o in found if o.series_date > change), key=lambda o: o.starts_at)
        assert utc_offset_hours(before.starts_at) != utc_offset_hours(after.starts_at)


# --------------------------------------------------------------------------
# Translations: one event, one set of dates
# --------------------------------------------------------------------------


def test_the_translation_shows_the_same_dates(calendar_index):
    page = event(calendar_index, repeat=Repeat.WEEKLY, repeat_until=in_days(21))
    dates = [o.pk for o in occurrences_of(page)]

    spanish = publish_translation(page, "es", title="Leer en casa", slug="leer-en-casa")

    assert spanish.pk != page.pk
    assert spanish.translation_key == page.translation_key
    assert [o.pk for o in occurrences_of(spanish)] == dates
    assert {o.event_id for o in occurrences_of(spanish)} == {page.pk}


def test_publishing_the_spanish_copy_adds_and_moves_nothing(calendar_index):
    page = event(calendar_index, repeat=Repeat.WEEKLY, repeat_until=in_days(21))
    spanish = publish_translation(page, "es", title="Leer en casa", slug="leer-en-casa")
    before = [(o.pk, o.starts_at, o.sequence) for o in occurrences_of(page)]

    # Even with a schedule of its own (the form disables these fields; the rule holds anyway).
    publish_translation(
        spanish.get_translation(page.locale),
        "es",
        start_time=time(10),
        end_time=time(11),
        repeat_until=in_days(60),
    )

    assert [(o.pk, o.starts_at, o.sequence) for o in occurrences_of(page)] == before


def test_the_original_gives_its_schedule_to_the_translation(calendar_index):
    page = event(calendar_index, repeat=Repeat.WEEKLY, repeat_until=in_days(21))
    spanish = publish_translation(page, "es", title="Leer en casa", slug="leer-en-casa")

    page.start_time, page.end_time = time(17), time(18)
    publish(page)

    spanish.refresh_from_db()
    assert (spanish.start_time, spanish.end_time) == (time(17), time(18))
    assert {local(o.starts_at).time() for o in occurrences_of(page)} == {time(17)}


# --------------------------------------------------------------------------
# Editing the page: dates move, history stays
# --------------------------------------------------------------------------


def test_editing_the_time_moves_future_dates_and_leaves_past_ones(
    calendar_index, django_capture_on_commit_callbacks
):
    # A series that began two weeks ago (published back then): three dates are history.
    page = EventPageFactory(
        parent=calendar_index,
        first_date=in_days(-15),
        repeat=Repeat.WEEKLY,
        repeat_until=in_days(13),
    )
    schedule.sync(page, now=timezone.now() - timedelta(days=21))
    publish(page)
    found = occurrences_of(page)
    past, future = found[:3], found[3:]
    assert [o.series_date for o in found] == [in_days(d) for d in (-15, -8, -1, 6, 13)]
    assert all(o.ends_at < timezone.now() for o in past)
    assert all(o.sequence == 0 for o in found)
    came = RegistrationFactory(occurrence=past[0], email="came@example.org")
    coming = RegistrationFactory(occurrence=future[0], email="coming@example.org")
    waiting = RegistrationFactory(
        occurrence=future[0], email="waiting@example.org", status=RegistrationStatus.WAITLISTED
    )

    page.start_time, page.end_time = time(17), time(18, 30)
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)

    after = {o.pk: o for o in occurrences_of(page)}
    assert set(after) == {o.pk for o in found}  # the same rows: moved, not replaced
    for old in past:
        assert after[old.pk].starts_at == old.starts_at
        assert after[old.pk].ends_at == old.ends_at
        assert after[old.pk].sequence == 0
    for old in future:
        moved = after[old.pk]
        assert (local(moved.starts_at).date(), local(moved.starts_at).time()) == (
            old.series_date,
            time(17),
        )
        assert local(moved.ends_at).time() == time(18, 30)
        assert moved.sequence == 1
        assert moved.registration_closes_at == moved.starts_at
    assert sorted(m.to[0] for m in mail.outbox) == [coming.email, waiting.email]
    assert came.email not in {m.to[0] for m in mail.outbox}
    vevent = only_vevent(mail.outbox[0])
    assert vevent["SEQUENCE"] == 1
    assert vevent.decoded("DTSTART") == after[future[0].pk].starts_at
    assert local(vevent.decoded("DTSTART")).time() == time(17)


def test_a_date_people_registered_for_is_cancelled_not_deleted(
    calendar_index, django_capture_on_commit_callbacks
):
    page = event(
        calendar_index, first_date=in_days(7), repeat=Repeat.WEEKLY, repeat_until=in_days(28)
    )
    first, second, third, fourth = occurrences_of(page)
    ana = RegistrationFactory(occurrence=third, name="Ana Ruiz", email="ana@example.org")

    page.repeat_until = in_days(14)
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)

    assert [o.pk for o in occurrences_of(page)] == [first.pk, second.pk, third.pk]
    third.refresh_from_db()
    assert third.status == OccurrenceStatus.CANCELLED
    assert third.cancelled_at is not None
    assert third.sequence == 1
    assert not Occurrence.objects.filter(pk=fourth.pk).exists()  # nobody had registered
    assert Registration.objects.filter(pk=ana.pk).exists()
    [email] = mail.outbox
    assert email.to == ["ana@example.org"]
    vevent = only_vevent(email)
    assert vevent["STATUS"] == "CANCELLED"
    assert vevent["SEQUENCE"] == 1


def test_a_date_moved_by_staff_is_left_where_staff_put_it(calendar_index):
    page = event(
        calendar_index, first_date=in_days(7), repeat=Repeat.WEEKLY, repeat_until=in_days(21)
    )
    first, second, third = occurrences_of(page)
    staff_start = second.starts_at + timedelta(hours=-2)
    schedule.move(second, staff_start, staff_start + timedelta(hours=1), note="In the library")
    second.refresh_from_db()
    assert second.changed_by_staff and second.sequence == 1

    page.title = "Reading at home (new name)"
    page.start_time, page.end_time = time(10), time(11)
    page.capacity = 99
    publish(page)

    first.refresh_from_db()
    second.refresh_from_db()
    third.refresh_from_db()
    assert local(first.starts_at).time() == local(third.starts_at).time() == time(10)
    assert first.capacity == third.capacity == 99
    assert second.starts_at == staff_start
    assert second.ends_at == staff_start + timedelta(hours=1)
    assert second.capacity == 30
    assert second.sequence == 1
    assert second.note == "In the library"
    assert second.event_title == "Reading at home (new name)"  # the description follows


# --------------------------------------------------------------------------
# Staff: cancel and edit one date
# --------------------------------------------------------------------------


def test_cancelling_twice_cancels_once(calendar_index, django_capture_on_commit_callbacks):
    page = event(calendar_index)
    [occurrence] = occurrences_of(page)
    RegistrationFactory(occurrence=occurrence, email="ana@example.org")
    other_tab = Occurrence.objects.get(pk=occurrence.pk)  # loaded before the first cancel

    with django_capture_on_commit_callbacks(execute=True):
        schedule.cancel(occurrence, reason="Storm warning")
    occurrence.refresh_from_db()
    cancelled_at = occurrence.cancelled_at
    with django_capture_on_commit_callbacks(execute=True):
        schedule.cancel(occurrence, reason="Again")
        schedule.cancel(other_tab, reason="Another tab")

    occurrence.refresh_from_db()
    assert occurrence.status == OccurrenceStatus.CANCELLED
    assert occurrence.sequence == 1
    assert occurrence.cancelled_at == cancelled_at
    assert occurrence.note == "Storm warning"
    assert len(mail.outbox) == 1
    assert only_vevent(mail.outbox[0])["STATUS"] == "CANCELLED"


def full_date_with_waitlist(calendar_index, capacity=2):
    """A date with ``capacity`` seats taken and three people waiting, joined in the order
    ``late`` (first row, latest time), ``tie_a`` and ``tie_b`` (same time, a's row first)."""
    [occurrence] = occurrences_of(event(calendar_index, capacity=capacity))
    now = timezone.now()
    for _ in range(capacity):
        RegistrationFactory(occurrence=occurrence, created_at=now - timedelta(hours=1))
    waiting = RegistrationStatus.WAITLISTED
    late = RegistrationFactory(occurrence=occurrence, status=waiting, created_at=now)
    tie_a = RegistrationFactory(
        occurrence=occurrence, status=waiting, created_at=now - timedelta(minutes=5)
    )
    tie_b = RegistrationFactory(
        occurrence=occurrence, status=waiting, created_at=now - timedelta(minutes=5)
    )
    return occurrence, late, tie_a, tie_b


def test_more_seats_serve_the_waitlist_in_order(calendar_index, django_capture_on_commit_callbacks):
    occurrence, late, tie_a, tie_b = full_date_with_waitlist(calendar_index)
    assert [registration.waitlist_position(r) for r in (tie_a, tie_b, late)] == [1, 2, 3]
    before = Occurrence.objects.get(pk=occurrence.pk)
    after = Occurrence.objects.get(pk=occurrence.pk)
    after.capacity = 4

    with django_capture_on_commit_callbacks(execute=True):
        schedule.staff_edit(before, after)

    for person in (late, tie_a, tie_b):
        person.refresh_from_db()
    assert (tie_a.status, tie_b.status) == (RegistrationStatus.CONFIRMED,) * 2
    assert tie_a.promoted_at is not None and tie_b.promoted_at is not None
    assert late.status == RegistrationStatus.WAITLISTED
    assert registration.waitlist_position(late) == 1
    occurrence.refresh_from_db()
    assert occurrence.capacity == 4
    assert occurrence.changed_by_staff
    assert occurrence.sequence == 0  # the time did not change: calendars need nothing
    assert sorted(m.to[0] for m in mail.outbox) == sorted([tie_a.email, tie_b.email])


def test_more_seats_on_the_page_serve_the_waitlist(
    calendar_index, django_capture_on_commit_callbacks
):
    occurrence, late, tie_a, tie_b = full_date_with_waitlist(calendar_index)
    page = occurrence.event

    page.capacity = 3
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)

    occurrence.refresh_from_db()
    assert occurrence.capacity == 3
    assert not occurrence.changed_by_staff
    waiting = occurrence.registrations.filter(status=RegistrationStatus.WAITLISTED)
    assert [r.pk for r in waiting] == [tie_b.pk, late.pk]
    assert [m.to[0] for m in mail.outbox] == [tie_a.email]


def test_moving_to_a_bigger_room_serves_the_waitlist_too(
    calendar_index, django_capture_on_commit_callbacks
):
    occurrence, late, tie_a, tie_b = full_date_with_waitlist(calendar_index)
    before = Occurrence.objects.get(pk=occurrence.pk)
    after = Occurrence.objects.get(pk=occurrence.pk)
    after.starts_at += timedelta(days=1)
    after.ends_at += timedelta(days=1)
    after.capacity = 3

    with django_capture_on_commit_callbacks(execute=True):
        schedule.staff_edit(before, after)

    occurrence.refresh_from_db()
    assert occurrence.starts_at == before.starts_at + timedelta(days=1)
    assert occurrence.capacity == 3
    assert occurrence.sequence == 1
    assert occurrence.changed_by_staff
    tie_a.refresh_from_db()
    assert tie_a.status == RegistrationStatus.CONFIRMED
    assert set(
        occurrence.registrations.filter(status=RegistrationStatus.WAITLISTED).values_list(
            "pk", flat=True
        )
    ) == {late.pk, tie_b.pk}


def test_fewer_seats_take_no_seat_away(calendar_index):
    occurrence, late, *_ = full_date_with_waitlist(calendar_index, capacity=3)
    before = Occurrence.objects.get(pk=occurrence.pk)
    after = Occurrence.objects.get(pk=occurrence.pk)
    after.capacity = 1

    schedule.staff_edit(before, after)

    assert registration.confirmed_count(occurrence) == 3
    assert registration.waitlist_position(late) == 3


# --------------------------------------------------------------------------
# Deleting the page keeps people's records
# --------------------------------------------------------------------------


def test_deleting_the_event_page_keeps_its_dates_and_registrations(calendar_index):
    page = event(
        calendar_index,
        title="Family math night",
        repeat=Repeat.WEEKLY,
        repeat_until=in_days(14),
    )
    found = occurrences_of(page)
    ana = RegistrationFactory(occurrence=found[0])
    key = page.translation_key

    page.delete()

    kept = list(Occurrence.objects.filter(event_key=key).order_by("starts_at"))
    assert [o.pk for o in kept] == [o.pk for o in found]
    assert {o.event_id for o in kept} == {None}
    assert {o.event_title for o in kept} == {"Family math night"}
    ana.refresh_from_db()
    assert ana.occurrence_id == found[0].pk
