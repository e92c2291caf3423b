"""School years run July to June, in the district's local time."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from django.utils import timezone

from portal.school_year import SchoolYear

LA = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(
    ("day", "start_year"),
    [
        (datetime.date(2026, 6, 30), 2025),
        (datetime.date(2026, 7, 1), 2026),
        (datetime.date(2026, 11, 25), 2026),
        (datetime.date(2027, 1, 1), 2026),
    ],
    ids=["last-day-of-june", "first-of-july", "november", "january"],
)
def test_a_date_belongs_to_the_year_that_started_the_july_before(day, start_year):
    assert SchoolYear.of(day) == SchoolYear(start_year)


def test_an_aware_datetime_is_placed_by_local_time():
    # 06:30 UTC on 1 July is still 30 June in Los Angeles.
    moment = datetime.datetime(2026, 7, 1, 6, 30, tzinfo=datetime.UTC)
    with timezone.override(LA):
        assert SchoolYear.of(moment) == SchoolYear(2025)


def test_bounds_are_local_midnights_and_half_open():
    with timezone.override(LA):
        start, end = SchoolYear(2026).bounds()
    assert start == datetime.datetime(2026, 7, 1, tzinfo=LA)
    assert end == datetime.datetime(2027, 7, 1, tzinfo=LA)
    assert SchoolYear(2026).last_day == datetime.date(2027, 6, 30)


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("2026-27", SchoolYear(2026)),
        ("1999-00", SchoolYear(1999)),
        ("2026-28", None),
        ("26-27", None),
        ("garbage", None),
        ("", None),
        (None, None),
    ],
    ids=["normal", "century", "wrong-second-year", "short", "garbage", "empty", "none"],
)
def test_slugs_round_trip_and_bad_ones_are_refused(slug, expected):
    assert SchoolYear.from_slug(slug) == expected
    if expected is not None:
        assert SchoolYear.from_slug(expected.slug) == expected


def test_recent_years_start_with_the_current_one(settings):
    with timezone.override(LA):
        years = SchoolYear.recent(3)
    current = SchoolYear.of(timezone.localdate())
    assert years == [current, current.previous(), current.previous().previous()]


def test_label_names_both_calendar_years():
    assert "2026–27" in str(SchoolYear(2026).label)
