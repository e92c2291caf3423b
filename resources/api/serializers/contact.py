"""Phones, opening hours and addresses, which HSDS keeps in tables of their own.

The portal keeps them as fields of a page or a place, so one mapping serves every
owner: ``owner_field`` and ``owner_id`` say whose they are (organization, service or
location), and each record's id is derived from its owner's.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext

from resources.hours import WEEKDAY_CODES, Hours, HoursException, WeeklyOpening, district_zone
from resources.hours import day_names as weekday_names

from .common import COUNTRY, Context, compact, derived_id


def phones(number, owner_field: str, owner_id) -> list[dict]:
    """A page's or a place's one phone number as an HSDS ``phone`` list."""
    if not number:
        return []
    text = getattr(number, "as_e164", None) or str(number)
    return [
        {
            "id": derived_id(owner_id, "phone"),
            owner_field: str(owner_id),
            "number": text,
            "type": "voice",
        }
    ]


# --- opening hours ---------------------------------------------------------------------------


def hh_mm(value: time) -> str:
    return value.strftime("%H:%M")


def utc_offset(day: date) -> int | float:
    """The district's UTC offset in hours on ``day`` (HSDS types ``timezone`` as a number)."""
    moment = datetime.combine(day, time(12), tzinfo=district_zone())
    hours = moment.utcoffset().total_seconds() / 3600
    return int(hours) if hours.is_integer() else hours


def weekdays_between(first: date, last: date) -> list[str]:
    """The weekday codes of the days from ``first`` to ``last`` (all seven past a week)."""
    span = min((last - first).days, 6)
    days = {WEEKDAY_CODES[(first + timedelta(days=n)).weekday()] for n in range(span + 1)}
    return [code for code in WEEKDAY_CODES if code in days]


def schedules(stream, owner_field: str, owner_id, today: date | None = None) -> list[dict]:
    """HSDS ``schedule`` records from an hours StreamField (its raw data: no block parsing).

    Regular hours are RFC 5545 rules: ``freq`` WEEKLY, ``byday`` such as "MO,TU",
    ``opens_at``/``closes_at`` as wall-clock "HH:MM" in the district.

    HSDS 3.0 has no field for an exception to a rule (no EXDATE), so a holiday or
    special-hours entry is a schedule of its own, bounded by ``valid_from`` and
    ``valid_to``, which replaces the regular hours on those dates (the description
    says so in the response's language):

    - closed: no ``freq`` and no opening times, ``dtstart`` the first day, a
      description such as "Closed all day (Thanksgiving)";
    - special hours: ``freq`` WEEKLY on the weekdays the dates cover, with the day's
      ``opens_at``/``closes_at``.

    Ids: the n-th regular hours, and an exception by its dates, so the English and
    Spanish copies of a place (whose editors may have entered the hours separately)
    give the same ids, on every request.

    ``timezone`` is a number in HSDS (a UTC offset), which cannot say "Pacific time
    with daylight saving": a dated entry carries the offset in force on its first
    day, regular hours the offset in force today, so the wall-clock times are right
    for the dates they are read for.
    """
    today = today or timezone.localdate()
    raw = getattr(stream, "raw_data", stream) or []
    hours = Hours.from_stream(raw)
    found = []
    for number, opening in enumerate(hours.weekly):
        owner = {"id": derived_id(owner_id, f"weekly:{number}"), owner_field: str(owner_id)}
        found.append(owner | weekly_schedule(opening, today))
    seen = Counter()
    for exception in hours.exceptions:
        dates = f"{exception.first.isoformat()}/{exception.last.isoformat()}"
        seen[dates] += 1
        discriminator = f"exception:{dates}:{seen[dates]}"
        owner = {"id": derived_id(owner_id, discriminator), owner_field: str(owner_id)}
        found.append(owner | exception_schedule(exception))
    return found


def weekly_schedule(opening: WeeklyOpening, today: date) -> dict:
    days = [code for code in WEEKDAY_CODES if code in opening.days]
    opens, closes = hh_mm(opening.opens), hh_mm(opening.closes)
    return {
        "freq": "WEEKLY",
        "interval": 1,
        "byday": ",".join(days),
        "opens_at": opens,
        "closes_at": closes,
        "timezone": utc_offset(today),
        "description": f"{weekday_names(days)}: {opens}–{closes}",
    }


def exception_schedule(exception: HoursException) -> dict:
    record = {
        "valid_from": exception.first.isoformat(),
        "valid_to": exception.last.isoformat(),
        "dtstart": exception.first.isoformat(),
        "timezone": utc_offset(exception.first),
    }
    if exception.closed or exception.opens is None or exception.closes is None:
        label = gettext("Closed all day")
    else:
        label = gettext("Holiday or special hours")
        days = weekdays_between(exception.first, exception.last)
        record.update(
            freq="WEEKLY",
            interval=1,
            byday=",".join(days),
            opens_at=hh_mm(exception.opens),
            closes_at=hh_mm(exception.closes),
        )
        label = f"{label}: {hh_mm(exception.opens)}–{hh_mm(exception.closes)}"
    record["description"] = f"{label} ({exception.reason})" if exception.reason else label
    return record


# --- addresses -------------------------------------------------------------------------------


def address(place, ctx: Context) -> dict:
    key = place.location_key
    return compact(
        {
            "id": derived_id(key, "address"),
            "location_id": str(key),
            "address_1": place.street_address,
            "city": place.city,
            "region": ctx.region_name(place),
            "state_province": place.state,
            "postal_code": place.postal_code,
            "country": COUNTRY,
            "address_type": "physical",
        },
        keep=("address_1", "city", "state_province", "postal_code"),
    )
