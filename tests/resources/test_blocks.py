"""The hours blocks refuse what "open now" could not read: closing before opening, a
"closed" day with times, a last day before the first."""

from datetime import date, time

import pytest

from django.core.exceptions import ValidationError

from resources.blocks import HoursExceptionBlock, WeeklyHoursBlock


def weekly(**value):
    block = WeeklyHoursBlock()
    return block.clean(block.to_python({"days": ["MO"], **value}))


def exception(**value):
    block = HoursExceptionBlock()
    return block.clean(block.to_python(value))


def test_regular_hours_that_close_after_they_open_are_kept():
    value = weekly(opens_at="09:00", closes_at="17:00")
    assert value["opens_at"] == time(9) and value["closes_at"] == time(17)


@pytest.mark.parametrize(("opens", "closes"), [("17:00", "09:00"), ("09:00", "09:00")])
def test_closing_must_be_after_opening(opens, closes):
    with pytest.raises(ValidationError) as error:
        weekly(opens_at=opens, closes_at=closes)
    assert "closes_at" in error.value.block_errors


def test_a_holiday_closed_all_day_needs_no_times():
    value = exception(date="2026-11-26", closed=True, reason="Thanksgiving")
    assert value["date"] == date(2026, 11, 26)


def test_closed_all_day_with_times_is_refused():
    with pytest.raises(ValidationError):
        exception(date="2026-11-26", closed=True, opens_at="09:00", closes_at="12:00")


def test_special_hours_need_both_times():
    with pytest.raises(ValidationError) as error:
        exception(date="2026-12-23", closed=False, opens_at="09:00")
    assert "closes_at" in error.value.block_errors


def test_the_last_day_cannot_come_before_the_first():
    with pytest.raises(ValidationError) as error:
        exception(date="2026-12-24", last_date="2026-12-20", closed=True)
    assert "last_date" in error.value.block_errors
