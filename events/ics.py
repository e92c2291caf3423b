"""iCalendar feeds and attachments, built with the icalendar library.

Each occurrence is one VEVENT whose UID never changes (the event's key and its
day in the series), whose SEQUENCE goes up with every change people's calendars
must see, and whose STATUS says CANCELLED when it is. Times carry the district's
TZID, and the VTIMEZONE that defines it is included.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import icalendar

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from events.kinds import AttendanceMode

PRODID = "-//Family Engagement Portal//Events//EN"


def uid(occurrence) -> str:
    domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "portal.invalid"
    return f"{occurrence.event_key}-{occurrence.series_date:%Y%m%d}@{domain}"


def vevent(occurrence, page=None, url: str = "", now=None) -> icalendar.Event:
    """One date, described in the language of ``page`` (the event's page in that language)."""
    zone = timezone.get_default_timezone()
    event = icalendar.Event()
    event.add("uid", uid(occurrence))
    event.add("dtstamp", now or timezone.now())
    event.add("last-modified", occurrence.updated_at or now or timezone.now())
    event.add("sequence", occurrence.sequence)
    event.add("dtstart", timezone.localtime(occurrence.starts_at, zone))
    event.add("dtend", timezone.localtime(occurrence.ends_at, zone))
    event.add("summary", page.title if page is not None else occurrence.event_title)
    event.add("status", "CANCELLED" if occurrence.is_cancelled else "CONFIRMED")
    description = [text for text in (getattr(page, "summary", ""), occurrence.note, url) if text]
    if description:
        event.add("description", "\n\n".join(description))
    location = where(occurrence, page)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)
    return event


def where(occurrence, page) -> str:
    if page is None:
        return occurrence.center_title
    if occurrence.attendance_mode == AttendanceMode.ONLINE:
        return "Online"
    parts = [page.venue_name, page.place_name if page.venue_name != page.place_name else ""]
    parts.append(page.address)
    return ", ".join(part for part in parts if part)


def calendar(name: str, entries, now=None) -> icalendar.Calendar:
    """A calendar of ``entries`` (occurrence, page, url) with the VTIMEZONE it needs."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    now = now or timezone.now()
    for occurrence, page, url in entries:
        cal.add_component(vevent(occurrence, page, url, now=now))
    cal.add_missing_timezones()
    _one_rdate_a_line(cal)
    return cal


def _one_rdate_a_line(cal) -> None:
    """Write each clock change of the VTIMEZONE as its own RDATE line.

    icalendar lists them all in one RDATE; RFC 5545 allows that, but calendar readers
    such as vobject keep only the first date of the list, and then put every date after
    the next change on the wrong offset (an hour off all summer)."""
    for zone in cal.walk("VTIMEZONE"):
        for observance in zone.subcomponents:
            dates = observance.pop("RDATE", None)
            if dates is None:
                continue
            for line in dates if isinstance(dates, list) else [dates]:
                for value in line.dts:
                    observance.add("RDATE", value.dt)


def response(cal: icalendar.Calendar, filename: str, download: bool = False) -> HttpResponse:
    answer = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if download else "inline"
    answer["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return answer
