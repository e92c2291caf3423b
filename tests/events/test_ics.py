"""The calendar feeds, read back by two calendar libraries (icalendar, which wrote them,
and vobject, which did not): one UID per date that never changes, SEQUENCE up with
every change, STATUS:CANCELLED, and local times with their VTIMEZONE (``events/ics.py``)."""

from datetime import datetime, time, timedelta

import icalendar
import pytest
import vobject

from django.utils import timezone

from events import ics, schedule
from events.factories import occurrences_of, publish
from events.kinds import Repeat

from .conftest import event, in_days, local

ZONE = "America/Los_Angeles"


@pytest.fixture
def series(calendar_index):
    """Three Tuesdays at 6 pm, “Family math night”."""
    page = event(
        calendar_index,
        title="Family math night",
        first_date=in_days(7),
        repeat=Repeat.WEEKLY,
        repeat_until=in_days(21),
    )
    return page, occurrences_of(page)


def feed(page, occurrences):
    """The feed as bytes, the way a calendar app downloads it."""
    fresh = [type(o).objects.get(pk=o.pk) for o in occurrences]
    return ics.calendar("Workshops", [(o, page, page.full_url) for o in fresh]).to_ical()


def read_icalendar(data):
    return icalendar.Calendar.from_ical(data)


def read_vobject(data):
    return vobject.readOne(data.decode("utf-8"))


def by_uid_icalendar(data):
    return {str(e["UID"]): e for e in read_icalendar(data).walk("VEVENT")}


def by_uid_vobject(data):
    return {e.uid.value: e for e in read_vobject(data).vevent_list}


def test_each_date_is_one_event_with_its_own_uid(series):
    page, occurrences = series
    data = feed(page, occurrences)

    for events in (by_uid_icalendar(data), by_uid_vobject(data)):
        assert list(events) == [ics.uid(o) for o in occurrences]
    assert len({ics.uid(o) for o in occurrences}) == 3
    assert all(uid.endswith("@testserver") for uid in by_uid_vobject(data))


def test_uids_do_not_change_when_the_feed_is_built_again_or_the_date_moves(series):
    page, occurrences = series
    before = list(by_uid_vobject(feed(page, occurrences)))

    assert list(by_uid_vobject(feed(page, occurrences))) == before  # built again
    schedule.move(  # staff move one date to the next day...
        occurrences[1],
        occurrences[1].starts_at + timedelta(days=1),
        occurrences[1].ends_at + timedelta(days=1),
    )
    page.start_time, page.end_time = time(17), time(18)
    publish(page)  # ...and the series to another time

    rebuilt = feed(page, occurrences)
    assert list(by_uid_vobject(rebuilt)) == before
    assert list(by_uid_icalendar(rebuilt)) == before
    assert {int(e.sequence.value) for e in by_uid_vobject(rebuilt).values()} == {1}


def test_another_event_on_the_same_day_has_another_uid(series, calendar_index):
    page, occurrences = series
    [other] = occurrences_of(event(calendar_index, first_date=occurrences[0].series_date))
    assert ics.uid(other) != ics.uid(occurrences[0])


def test_sequence_goes_up_when_a_date_moves(series):
    page, occurrences = series
    moved = occurrences[1]
    starts_at, ends_at = moved.starts_at, moved.ends_at
    before = {uid: e.sequence.value for uid, e in by_uid_vobject(feed(page, occurrences)).items()}
    assert set(before.values()) == {"0"}

    schedule.move(moved, starts_at + timedelta(hours=1), ends_at + timedelta(hours=1))

    data = feed(page, occurrences)
    expected = {ics.uid(o): 1 if o.pk == moved.pk else 0 for o in occurrences}
    assert {uid: int(e["SEQUENCE"]) for uid, e in by_uid_icalendar(data).items()} == expected
    assert {uid: int(e.sequence.value) for uid, e in by_uid_vobject(data).items()} == expected
    moved_event = by_uid_vobject(data)[ics.uid(moved)]
    assert moved_event.dtstart.value == starts_at + timedelta(hours=1)
    assert local(moved_event.dtstart.value).time() == time(19)


def test_a_cancelled_date_says_cancelled(series):
    page, occurrences = series
    cancelled = occurrences[2]

    schedule.cancel(cancelled, reason="Storm warning")

    data = feed(page, occurrences)
    icalendar_status = {uid: str(e["STATUS"]) for uid, e in by_uid_icalendar(data).items()}
    vobject_events = by_uid_vobject(data)
    vobject_status = {uid: e.status.value for uid, e in vobject_events.items()}
    expected = {
        ics.uid(o): "CANCELLED" if o.pk == cancelled.pk else "CONFIRMED" for o in occurrences
    }
    assert icalendar_status == vobject_status == expected
    assert vobject_events[ics.uid(cancelled)].sequence.value == "1"
    assert "Storm warning" in vobject_events[ics.uid(cancelled)].description.value


def test_times_are_local_with_their_time_zone(series):
    page, occurrences = series
    data = feed(page, occurrences)
    text = data.decode("utf-8")

    [zone] = read_icalendar(data).walk("VTIMEZONE")
    assert str(zone["TZID"]) == ZONE
    assert read_vobject(data).vtimezone.tzid.value == ZONE
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")
    for occurrence in occurrences:
        assert f"DTSTART;TZID={ZONE}:{occurrence.series_date:%Y%m%d}T180000" in text
        assert f"DTEND;TZID={ZONE}:{occurrence.series_date:%Y%m%d}T193000" in text
    for vevent in by_uid_icalendar(data).values():
        assert vevent["DTSTART"].params["TZID"] == ZONE
    for occurrence in occurrences:
        vevent = by_uid_vobject(data)[ics.uid(occurrence)]
        # vobject reads the TZID into the value's tzinfo and keeps the name aside.
        assert vevent.dtstart.params["X-VOBJ-ORIGINAL-TZID"] == [ZONE]
        assert vevent.dtstart.value == occurrence.starts_at  # the same instant
        assert vevent.dtend.value == occurrence.ends_at
        assert (vevent.dtstart.value.hour, vevent.dtstart.value.minute) == (18, 0)


def test_the_time_zone_is_right_on_both_sides_of_a_clock_change(calendar_index):
    """vobject turns the local times into instants with our VTIMEZONE alone."""
    zone = timezone.get_default_timezone()

    def offset(day):
        return datetime.combine(day, time(12), tzinfo=zone).utcoffset()

    day = in_days(14)
    while offset(day) == offset(day + timedelta(days=7)):  # the week of the next change
        day += timedelta(days=1)
    page = event(
        calendar_index,
        first_date=day,
        repeat=Repeat.WEEKLY,
        repeat_until=day + timedelta(days=7),
    )
    before, after = occurrences_of(page)
    assert local(before.starts_at).utcoffset() != local(after.starts_at).utcoffset()

    events = by_uid_vobject(feed(page, [before, after]))

    for occurrence in (before, after):
        parsed = events[ics.uid(occurrence)].dtstart.value
        assert parsed == occurrence.starts_at
        assert parsed.utcoffset() == local(occurrence.starts_at).utcoffset()


def test_the_calendar_describes_itself(series):
    page, occurrences = series
    calendar = read_icalendar(feed(page, occurrences))

    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == ics.PRODID
    assert str(calendar["X-WR-CALNAME"]) == "Workshops"
    assert str(calendar["X-WR-TIMEZONE"]) == ZONE
    vevent = calendar.walk("VEVENT")[0]
    assert str(vevent["SUMMARY"]) == "Family math night"
    assert str(vevent["URL"]) == page.full_url
    assert "100 Main Street" in str(vevent["LOCATION"])


def test_the_response_is_a_calendar_file(series):
    page, occurrences = series
    cal = ics.calendar("Workshops", [(occurrences[0], page, "")])

    answer = ics.response(cal, "workshops.ics", download=True)

    assert answer["Content-Type"] == "text/calendar; charset=utf-8"
    assert answer["Content-Disposition"] == 'attachment; filename="workshops.ics"'
    assert len(read_icalendar(answer.content).walk("VEVENT")) == 1
