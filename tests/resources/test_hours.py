"""“Open now”: weekly hours read in the district's time zone, across both daylight-saving
changes, with holidays and special hours replacing the regular hours."""

from datetime import UTC, date, datetime

import pytest

from django.test import override_settings

from resources.factories import closure, special, weekly
from resources.hours import Hours, day_names

WEEKDAYS_9_TO_5 = [weekly("MO,TU,WE,TH,FR", "09:00", "17:00")]


def utc(*args):
    return datetime(*args, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _pacific(settings):
    settings.TIME_ZONE = "America/Los_Angeles"


class TestOpenNow:
    def test_open_inside_the_hours_closed_outside(self):
        hours = Hours.from_stream(WEEKDAYS_9_TO_5)
        # Wednesday 2026-06-10: 09:30 PDT is 16:30 UTC; 08:30 PDT is 15:30 UTC.
        assert hours.is_open(utc(2026, 6, 10, 16, 30))
        assert not hours.is_open(utc(2026, 6, 10, 15, 30))
        # 17:00 is closing time: closed at the minute it closes.
        assert not hours.is_open(utc(2026, 6, 11, 0, 0))
        assert hours.is_open(utc(2026, 6, 10, 23, 59))

    def test_weekend_is_closed(self):
        hours = Hours.from_stream(WEEKDAYS_9_TO_5)
        assert not hours.is_open(utc(2026, 6, 13, 18, 0))  # Saturday 11:00 PDT

    def test_the_local_day_decides_not_the_utc_day(self):
        hours = Hours.from_stream([weekly("FR", "16:00", "20:00")])
        # Friday 2026-06-12 at 18:00 PDT is already Saturday 01:00 UTC.
        assert hours.is_open(utc(2026, 6, 13, 1, 0))
        assert not hours.is_open(utc(2026, 6, 12, 1, 0))  # Thursday 18:00 PDT

    def test_spring_forward(self):
        """Sunday 2026-03-08 the clocks go from 02:00 PST to 03:00 PDT."""
        hours = Hours.from_stream([weekly("SU,MO", "09:00", "12:00")])
        # Sunday 09:30 is 16:30 UTC on the new offset (-7); it was 17:30 UTC a week earlier.
        assert hours.is_open(utc(2026, 3, 8, 16, 30))
        assert not hours.is_open(utc(2026, 3, 8, 15, 30))  # 08:30 PDT
        assert hours.is_open(utc(2026, 3, 1, 17, 30))  # 09:30 PST
        assert not hours.is_open(utc(2026, 3, 1, 16, 30))  # 08:30 PST
        # Monday after the change: 11:59 PDT open, 12:00 PDT closed.
        assert hours.is_open(utc(2026, 3, 9, 18, 59))
        assert not hours.is_open(utc(2026, 3, 9, 19, 0))

    def test_fall_back(self):
        """Sunday 2026-11-01 the clocks go from 02:00 PDT back to 01:00 PST."""
        hours = Hours.from_stream([weekly("SA,SU,MO", "09:00", "12:00")])
        assert hours.is_open(utc(2026, 10, 31, 16, 30))  # Saturday 09:30 PDT
        assert not hours.is_open(utc(2026, 10, 31, 19, 30))  # Saturday 12:30 PDT
        assert hours.is_open(utc(2026, 11, 2, 17, 30))  # Monday 09:30 PST
        assert not hours.is_open(utc(2026, 11, 2, 16, 30))  # Monday 08:30 PST
        assert hours.is_open(utc(2026, 11, 1, 19, 59))  # Sunday 11:59 PST
        assert not hours.is_open(utc(2026, 11, 1, 20, 0))  # Sunday 12:00 PST

    def test_a_holiday_closes_a_regular_day(self):
        hours = Hours.from_stream(
            [*WEEKDAYS_9_TO_5, closure(date(2026, 11, 26), reason="Thanksgiving")]
        )
        assert not hours.is_open(utc(2026, 11, 26, 18, 0))  # Thursday 10:00 PST
        assert hours.is_open(utc(2026, 11, 25, 18, 0))  # the day before

    def test_a_closure_of_several_days(self):
        hours = Hours.from_stream(
            [*WEEKDAYS_9_TO_5, closure(date(2026, 12, 24), date(2027, 1, 1), "Winter break")]
        )
        assert not hours.is_open(utc(2026, 12, 28, 18, 0))
        assert not hours.is_open(utc(2027, 1, 1, 18, 0))
        assert hours.is_open(utc(2027, 1, 4, 18, 0))

    def test_special_hours_replace_the_regular_ones(self):
        hours = Hours.from_stream(
            [*WEEKDAYS_9_TO_5, special(date(2026, 12, 23), "09:00", "12:00", "Closes early")]
        )
        assert hours.is_open(utc(2026, 12, 23, 19, 0))  # 11:00 PST
        assert not hours.is_open(utc(2026, 12, 23, 21, 0))  # 13:00 PST, open on other days
        assert hours.is_open(utc(2026, 12, 22, 21, 0))

    def test_special_hours_can_open_a_closed_day(self):
        hours = Hours.from_stream(
            [*WEEKDAYS_9_TO_5, special(date(2026, 12, 12), "10:00", "14:00", "Toy drive")]
        )
        assert hours.is_open(utc(2026, 12, 12, 19, 0))  # Saturday 11:00 PST

    def test_no_hours_is_never_open(self):
        assert not Hours.from_stream([]).is_open(utc(2026, 6, 10, 18, 0))
        assert not Hours.from_stream([])

    def test_another_district_time_zone(self):
        hours = Hours.from_stream(WEEKDAYS_9_TO_5)
        with override_settings(TIME_ZONE="America/New_York"):
            assert hours.is_open(utc(2026, 6, 10, 13, 30))  # 09:30 EDT
        assert not hours.is_open(utc(2026, 6, 10, 13, 30))  # 06:30 PDT

    def test_upcoming_exceptions_leave_out_past_ones(self):
        hours = Hours.from_stream(
            [
                closure(date(2026, 11, 26), reason="Thanksgiving"),
                closure(date(2026, 12, 24), date(2027, 1, 1), "Winter break"),
            ]
        )
        coming = hours.upcoming_exceptions(date(2026, 12, 1))
        assert [item.reason for item in coming] == ["Winter break"]


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["MO", "TU", "WE", "TH", "FR"], "Monday to Friday"),
        (["TU", "TH"], "Tuesday, Thursday"),
        (["SA", "MO", "TU", "WE"], "Monday to Wednesday, Saturday"),
        (["MO", "TU"], "Monday, Tuesday"),
    ],
)
def test_day_names(codes, expected):
    assert day_names(codes) == expected
