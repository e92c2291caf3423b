"""When a service is open: regular weekly hours, with exceptions for holidays.

Hours are wall-clock times at the place, in the district's time zone
(``settings.TIME_ZONE``). "Open now" turns the current instant into that local
time with ``zoneinfo`` before comparing, so it stays right across the spring and
autumn daylight-saving changes without storing any offset.

An exception (a holiday, a closure, special hours) replaces the regular hours on
the days it covers. The rules read a StreamField's raw data (see
``resources/blocks.py``), so a listing of many services needs no block parsing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

#: RFC 5545 weekday codes (HSDS schedules use them in ``byday``), Monday first.
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_NAMES = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
)
WEEKDAYS = list(zip(WEEKDAY_CODES, WEEKDAY_NAMES, strict=True))


def day_names(codes) -> str:
    """“Monday to Friday”, “Tuesday, Thursday”: runs of three or more days are joined."""
    indexes = sorted(WEEKDAY_CODES.index(code) for code in codes if code in WEEKDAY_CODES)
    runs, run = [], []
    for index in indexes:
        if run and index != run[-1] + 1:
            runs.append(run)
            run = []
        run.append(index)
    if run:
        runs.append(run)
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(
                format_lazy(
                    _("{first} to {last}"), first=WEEKDAY_NAMES[run[0]], last=WEEKDAY_NAMES[run[-1]]
                )
            )
        else:
            parts.extend(WEEKDAY_NAMES[index] for index in run)
    return ", ".join(str(part) for part in parts)


def district_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def local_now(moment: datetime | None = None) -> datetime:
    """``moment`` (default: now) as a wall-clock time in the district."""
    return (moment or timezone.now()).astimezone(district_zone())


def _time(value) -> time | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, time) else time.fromisoformat(value)


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(value)


@dataclass(frozen=True)
class WeeklyOpening:
    days: frozenset[str]
    opens: time
    closes: time

    @property
    def day_names(self) -> str:
        return day_names(self.days)

    def covers(self, moment: datetime) -> bool:
        code = WEEKDAY_CODES[moment.weekday()]
        return code in self.days and self.opens <= moment.time() < self.closes


@dataclass(frozen=True)
class HoursException:
    first: date
    last: date
    closed: bool
    opens: time | None = None
    closes: time | None = None
    reason: str = ""

    def applies_on(self, day: date) -> bool:
        return self.first <= day <= self.last

    def covers(self, moment: datetime) -> bool:
        if self.closed or self.opens is None or self.closes is None:
            return False
        return self.opens <= moment.time() < self.closes


@dataclass(frozen=True)
class Hours:
    weekly: tuple[WeeklyOpening, ...] = ()
    exceptions: tuple[HoursException, ...] = ()

    @classmethod
    def from_stream(cls, stream) -> Hours:
        """Hours from a ``HoursBlock`` StreamField value (or its raw list of dicts)."""
        raw = getattr(stream, "raw_data", stream) or []
        weekly, exceptions = [], []
        for item in raw:
            value = item.get("value") or {}
            if item.get("type") == "weekly":
                opens, closes = _time(value.get("opens_at")), _time(value.get("closes_at"))
                if opens and closes and value.get("days"):
                    weekly.append(WeeklyOpening(frozenset(value["days"]), opens, closes))
            elif item.get("type") == "exception":
                first = _date(value.get("date"))
                if first is None:
                    continue
                exceptions.append(
                    HoursException(
                        first=first,
                        last=_date(value.get("last_date")) or first,
                        closed=bool(value.get("closed")),
                        opens=_time(value.get("opens_at")),
                        closes=_time(value.get("closes_at")),
                        reason=value.get("reason") or "",
                    )
                )
        return cls(tuple(weekly), tuple(exceptions))

    def __bool__(self) -> bool:
        return bool(self.weekly or self.exceptions)

    def exception_on(self, day: date) -> HoursException | None:
        return next((item for item in self.exceptions if item.applies_on(day)), None)

    def is_open(self, moment: datetime | None = None) -> bool:
        """Open at ``moment`` (default: now), read in the district's time zone."""
        local = local_now(moment)
        exception = self.exception_on(local.date())
        if exception is not None:
            return exception.covers(local)
        return any(opening.covers(local) for opening in self.weekly)

    def upcoming_exceptions(self, today: date, limit: int = 3) -> list[HoursException]:
        """The next closures or special hours, for the page to announce."""
        ahead = sorted((item for item in self.exceptions if item.last >= today), key=_first)
        return ahead[:limit]


def _first(exception: HoursException) -> date:
    return exception.first
