"""School years (July to June): the period every report and metric is counted in."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: The month a school year starts (July).
START_MONTH = 7


@dataclass(frozen=True, order=True)
class SchoolYear:
    """The school year that starts on 1 July of ``start_year``."""

    start_year: int

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.start_year, START_MONTH, 1)

    @property
    def last_day(self) -> datetime.date:
        return datetime.date(self.start_year + 1, START_MONTH, 1) - datetime.timedelta(days=1)

    @property
    def slug(self) -> str:
        """``2026-27``: how the year appears in URLs and filters."""
        return f"{self.start_year}-{(self.start_year + 1) % 100:02d}"

    @property
    def label(self) -> str:
        return _("School year %(years)s") % {
            "years": f"{self.start_year}–{(self.start_year + 1) % 100:02d}"
        }

    def bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        """[start, end) as aware datetimes at local midnight, for ``__gte``/``__lt`` filters."""
        zone = timezone.get_current_timezone()
        start = datetime.datetime.combine(self.first_day, datetime.time.min, tzinfo=zone)
        end = datetime.datetime.combine(
            self.last_day + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
        )
        return start, end

    def previous(self) -> SchoolYear:
        return SchoolYear(self.start_year - 1)

    def __str__(self):
        return self.slug

    @classmethod
    def of(cls, moment: datetime.date | datetime.datetime) -> SchoolYear:
        """The school year a date (or an aware datetime, in local time) falls in."""
        if isinstance(moment, datetime.datetime):
            moment = (
                timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()
            )
        return cls(moment.year if moment.month >= START_MONTH else moment.year - 1)

    @classmethod
    def current(cls) -> SchoolYear:
        return cls.of(timezone.localdate())

    @classmethod
    def from_slug(cls, slug: str) -> SchoolYear | None:
        """Parse ``2026-27``; None for anything else (so a bad URL is a clear error, not a 500)."""
        try:
            first, second = slug.split("-")
            start = int(first)
        except (AttributeError, ValueError):
            return None
        if len(first) != 4 or second != f"{(start + 1) % 100:02d}":
            return None
        return cls(start)

    @classmethod
    def recent(cls, count: int = 5) -> list[SchoolYear]:
        """The current school year and the ``count - 1`` before it, newest first."""
        year = cls.current()
        return [SchoolYear(year.start_year - back) for back in range(count)]
