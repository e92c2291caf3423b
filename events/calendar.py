"""What the calendar pages show: upcoming dates with filters, a month, one event.

Plain functions the pages call (pages import this module; models come from the
app registry). Each page is built with a fixed number of queries however many
events there are: the event pages of the language in one query, their dates in
one, the seats taken in one, and the filter choices from the navigation cache.
"""

from __future__ import annotations

import calendar as month_grid
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.apps import apps
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from events import ics, registration
from events.kinds import AttendanceMode, EventLanguage, OccurrenceStatus
from portal import page_cache
from portal.emails import absolute_url

PAGE_SIZE = 20
#: An event's page lists this many of its next dates (the feed and calendar have all).
EVENT_DATES = 12
#: How far ahead the list and the feeds look.
HORIZON = timedelta(days=400)
#: How far back a feed keeps past dates (calendars keep what they imported).
FEED_PAST = timedelta(days=60)


def model(name, app="events"):
    return apps.get_model(app, name)


def zone():
    return timezone.get_default_timezone()


# --- filters -------------------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    slug: str
    name: str
    key: str


@dataclass(frozen=True)
class FilterOptions:
    centers: list
    topics: list
    audiences: list


def filter_options(locale_id) -> FilterOptions:
    """The choices of the language's site (kept until the next publish)."""

    def build():
        centers = model("CenterPage", "portal").objects.live().filter(locale_id=locale_id)
        topics = model("Topic").objects.filter(locale_id=locale_id)
        audiences = model("Audience", "portal").objects.filter(locale_id=locale_id)
        return FilterOptions(
            centers=[
                Option(c.slug, c.title, str(c.translation_key))
                for c in centers.order_by("is_district_center", "title")
            ],
            topics=[Option(t.slug, t.name, str(t.translation_key)) for t in topics],
            audiences=[
                Option(a.slug, a.name, str(a.translation_key)) for a in audiences.order_by("name")
            ],
        )

    return page_cache.until_publish(("events-filters", locale_id), build)


@dataclass
class CalendarFilters:
    center_key: str | None = None
    topic_key: str | None = None
    audience_key: str | None = None
    language: str = ""
    mode: str = ""

    def any(self) -> bool:
        return any((self.center_key, self.topic_key, self.audience_key, self.language, self.mode))


def dates_query(locale_id, filters: CalendarFilters, index=None):
    """Occurrences of the live events of a language, narrowed by the filters."""
    pages = model("EventPage").objects.live().filter(locale_id=locale_id)
    if index is not None:
        pages = pages.child_of(index)
    if filters.audience_key:
        pages = pages.filter(audiences__translation_key=filters.audience_key)
    dates = registration.with_seats_taken(
        model("Occurrence").objects.filter(event_key__in=pages.values("translation_key"))
    )
    if filters.center_key:
        dates = dates.filter(center_key=filters.center_key)
    if filters.topic_key:
        dates = dates.filter(topic_key=filters.topic_key)
    if filters.language in (EventLanguage.ENGLISH, EventLanguage.SPANISH):
        dates = dates.filter(event_language__in=[filters.language, EventLanguage.BILINGUAL])
    if filters.mode in (AttendanceMode.IN_PERSON, AttendanceMode.ONLINE):
        dates = dates.filter(attendance_mode__in=[filters.mode, AttendanceMode.MIXED])
    return dates


def pages_by_key(keys, locale_id) -> dict:
    """The live event page of each key in the language (one query, with places)."""
    pages = (
        model("EventPage")
        .objects.live()
        .filter(translation_key__in=set(keys), locale_id=locale_id)
        .select_related("center", "school", "topic")
        .defer_streamfields()
    )
    return {page.translation_key: page for page in pages}


# --- one date as a card --------------------------------------------------------------

OPEN, FULL, NOT_YET, CLOSED, CANCELLED, NO_REGISTRATION, PAST = (
    "open",
    "full",
    "not_yet",
    "closed",
    "cancelled",
    "no_registration",
    "past",
)


@dataclass
class DateCard:
    """An occurrence with its page in the visitor's language and what a parent can do."""

    occurrence: object
    page: object
    state: str
    seats_left: int | None = None

    @property
    def starts(self):
        return timezone.localtime(self.occurrence.starts_at, zone())

    @property
    def ends(self):
        return timezone.localtime(self.occurrence.ends_at, zone())

    @property
    def register_url(self):
        return reverse("events:register", args=[self.occurrence.pk])

    @property
    def ics_url(self):
        return reverse("events:occurrence_ics", args=[self.occurrence.pk])

    @property
    def can_register(self):
        return self.state in (OPEN, FULL)


def state_of(occurrence, taken: int, now) -> str:
    if occurrence.is_cancelled:
        return CANCELLED
    if occurrence.ends_at <= now:
        return PAST
    if occurrence.registration_opens_at is None and occurrence.registration_closes_at is None:
        return NO_REGISTRATION
    if occurrence.registration_opens_at and now < occurrence.registration_opens_at:
        return NOT_YET
    if not occurrence.registration_is_open(now):
        return CLOSED
    if occurrence.capacity is not None and taken >= occurrence.capacity:
        return FULL
    return OPEN


def card(occurrence, page, now) -> DateCard:
    """One date's card; ``occurrence`` comes from ``registration.with_seats_taken``."""
    used = occurrence.confirmed_seats
    seats = None if occurrence.capacity is None else max(occurrence.capacity - used, 0)
    return DateCard(occurrence, page, state_of(occurrence, used, now), seats)


def cards(occurrences, locale_id, now=None) -> list[DateCard]:
    """Cards for the occurrences that have a live page in the language: two queries for
    dates of ``dates_query`` (seats taken included), one more for dates read otherwise."""
    now = now or timezone.now()
    occurrences = list(occurrences)
    counted = registration.seats_taken(
        o.pk for o in occurrences if not hasattr(o, "confirmed_seats")
    )
    for occurrence in occurrences:  # a date read on its own (the form, the kiosk)
        if not hasattr(occurrence, "confirmed_seats"):
            occurrence.confirmed_seats = counted.get(occurrence.pk, 0)
    pages = pages_by_key({o.event_key for o in occurrences}, locale_id)
    return [
        card(occurrence, pages[occurrence.event_key], now)
        for occurrence in occurrences
        if occurrence.event_key in pages
    ]


def by_day(date_cards) -> list[tuple[date, list[DateCard]]]:
    days: dict[date, list[DateCard]] = {}
    for card in date_cards:
        days.setdefault(card.starts.date(), []).append(card)
    return list(days.items())


# --- the pages -----------------------------------------------------------------------


def listing_context(index, request, form, now=None) -> dict:
    now = now or timezone.now()
    filters = form.filters()
    dates = (
        dates_query(index.locale_id, filters, index)
        .filter(ends_at__gt=now, starts_at__lt=now + HORIZON)
        .order_by("starts_at", "pk")
    )
    results = Paginator(dates, PAGE_SIZE).get_page(request.GET.get("page"))
    date_cards = cards(results.object_list, index.locale_id, now)
    return {
        "form": form,
        "filters": filters,
        "chosen": form.chosen(),
        "results": results,
        "days": by_day(date_cards),
        "query_string": form.query_string(),
        "view": "list",
        "urls": calendar_urls(index),
    }


def calendar_urls(index) -> dict:
    """The list, month and feed addresses of a calendar page."""
    base = index.url.rstrip("/") + "/"
    return {
        "list": base,
        "month": base + index.reverse_subpage("month"),
        "feed": base + index.reverse_subpage("feed"),
    }


@dataclass
class Month:
    first: date
    weeks: list = field(default_factory=list)

    @property
    def previous(self):
        return (self.first - timedelta(days=1)).replace(day=1)

    @property
    def next(self):
        return (self.first + timedelta(days=32)).replace(day=1)


def month_of(value: str | None, today: date) -> date:
    try:
        chosen = datetime.strptime(value or "", "%Y-%m").date()
    except ValueError:
        return today.replace(day=1)
    if abs(chosen.year - today.year) > 2:
        return today.replace(day=1)
    return chosen


def month_context(index, request, form, now=None) -> dict:
    now = now or timezone.now()
    today = timezone.localtime(now, zone()).date()
    first = month_of(request.GET.get("month"), today)
    filters = form.filters()
    grid = month_grid.Calendar(firstweekday=6).monthdatescalendar(first.year, first.month)
    start = datetime.combine(grid[0][0], time(0), tzinfo=zone())
    end = datetime.combine(grid[-1][-1] + timedelta(days=1), time(0), tzinfo=zone())
    dates = dates_query(index.locale_id, filters, index).filter(
        starts_at__gte=start, starts_at__lt=end
    )
    per_day = dict(by_day(cards(dates.order_by("starts_at", "pk"), index.locale_id, now)))
    month = Month(first)
    month.weeks = [[(day, per_day.get(day, [])) for day in week] for week in grid]
    return {
        "form": form,
        "filters": filters,
        "chosen": form.chosen(),
        "month": month,
        "today": today,
        "days_with_events": [(d, per_day[d]) for d in sorted(per_day) if d.month == first.month],
        "query_string": form.query_string(),
        "weekday_names": weekday_names(),
        "view": "month",
        "urls": calendar_urls(index),
    }


def weekday_names() -> list[tuple[str, str]]:
    """(short, full) names from Sunday, in the active language."""
    sunday = date(2026, 11, 29)
    days = [sunday + timedelta(days=n) for n in range(7)]
    return [(date_format(d, "D"), date_format(d, "l")) for d in days]


def event_context(page, request, now=None) -> dict:
    now = now or timezone.now()
    Occurrence = model("Occurrence")
    upcoming = registration.with_seats_taken(
        Occurrence.objects.filter(
            event_key=page.translation_key, ends_at__gt=now, starts_at__lt=now + HORIZON
        )
    ).order_by("starts_at", "pk")
    date_cards = [card(occurrence, page, now) for occurrence in upcoming]
    return {
        "date_cards": date_cards[:EVENT_DATES],
        "more_dates": max(len(date_cards) - EVENT_DATES, 0),
        "next_card": next((c for c in date_cards if c.state != CANCELLED), None),
        "json_ld": json_ld(page, date_cards, request),
    }


# --- schema.org -----------------------------------------------------------------------

STATUS = {
    OccurrenceStatus.SCHEDULED: "https://schema.org/EventScheduled",
    OccurrenceStatus.CANCELLED: "https://schema.org/EventCancelled",
}
MODES = {
    AttendanceMode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    AttendanceMode.MIXED: "https://schema.org/MixedEventAttendanceMode",
}
LANGUAGES = {
    EventLanguage.ENGLISH: "en",
    EventLanguage.SPANISH: "es",
    EventLanguage.BILINGUAL: ["en", "es"],
}


def json_ld(page, date_cards, request, limit: int = 10) -> str:
    """schema.org ``Event`` for each upcoming date, as the page's JSON-LD script."""
    site_name = request.site.site_name if getattr(request, "site", None) else ""
    url = page.get_full_url(request)
    events = []
    for card in date_cards[:limit]:
        occurrence = card.occurrence
        status = STATUS[occurrence.status]
        if occurrence.changed_by_staff and not occurrence.is_cancelled:
            status = "https://schema.org/EventRescheduled"
        item = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": page.title,
            "description": page.summary,
            "url": url,
            "startDate": card.starts.isoformat(),
            "endDate": card.ends.isoformat(),
            "eventStatus": status,
            "eventAttendanceMode": MODES[occurrence.attendance_mode],
            "inLanguage": LANGUAGES.get(occurrence.event_language, "en"),
            "organizer": {
                "@type": "Organization",
                "name": site_name or _("Family Engagement Office"),
                "url": absolute_url("/"),
            },
            "location": locations(page, occurrence),
            "isAccessibleForFree": True,
        }
        if card.state in (OPEN, FULL):
            item["offers"] = {
                "@type": "Offer",
                "price": "0",
                "priceCurrency": "USD",
                "url": absolute_url(card.register_url),
                "availability": "https://schema.org/SoldOut"
                if card.state == FULL
                else "https://schema.org/InStock",
                "validFrom": occurrence.registration_opens_at.isoformat()
                if occurrence.registration_opens_at
                else None,
            }
            if item["offers"]["validFrom"] is None:
                del item["offers"]["validFrom"]
        events.append(item)
    text = json.dumps(events, ensure_ascii=False, cls=_LazyEncoder)
    # Safe inside <script>: no closing tag can appear.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class _LazyEncoder(json.JSONEncoder):
    def default(self, o):
        return str(o)


def locations(page, occurrence):
    place = None
    if occurrence.attendance_mode in (AttendanceMode.IN_PERSON, AttendanceMode.MIXED):
        place = {
            "@type": "Place",
            "name": page.venue_name or page.place_name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": page.address,
                "addressRegion": "CA",
                "addressCountry": "US",
            },
        }
    virtual = None
    if occurrence.attendance_mode in (AttendanceMode.ONLINE, AttendanceMode.MIXED):
        # The join link goes to registered people only; the page stands in for it.
        virtual = {"@type": "VirtualLocation", "url": page.full_url or ""}
    if place and virtual:
        return [place, virtual]
    return place or virtual


# --- feeds -------------------------------------------------------------------------


def feed_entries(occurrences, locale_id):
    pages = pages_by_key({o.event_key for o in occurrences}, locale_id)
    for occurrence in occurrences:
        page = pages.get(occurrence.event_key)
        if page is not None:
            yield occurrence, page, page.full_url or ""


def public_feed(index, form, now=None):
    """The calendar (or a filtered part of it) as an ICS feed anyone can subscribe to."""
    now = now or timezone.now()
    dates = list(
        dates_query(index.locale_id, form.filters(), index)
        .filter(ends_at__gt=now - FEED_PAST, starts_at__lt=now + HORIZON)
        .order_by("starts_at", "pk")
    )
    cal = ics.calendar(index.title, feed_entries(dates, index.locale_id), now=now)
    return ics.response(cal, "events.ics")


def index_for(locale_id):
    """The calendar page of a language (kept until the next publish)."""

    def build():
        return model("EventIndexPage").objects.live().filter(locale_id=locale_id).first()

    return page_cache.until_publish(("events-index", locale_id), build)


def at_center(center, limit: int = 4, now=None):
    """The center's next dates and the calendar page, or None when it has none."""
    now = now or timezone.now()
    index = index_for(center.locale_id)
    if index is None:
        return None
    dates = (
        dates_query(center.locale_id, CalendarFilters(center_key=str(center.translation_key)))
        .filter(ends_at__gt=now, status=OccurrenceStatus.SCHEDULED)
        .order_by("starts_at", "pk")[:limit]
    )
    date_cards = cards(dates, center.locale_id, now)
    if not date_cards:
        return None
    return date_cards, index


def upcoming_for_home(locale_id, limit: int = 3, now=None) -> list[DateCard]:
    """The next few dates of the language, for the home page."""
    now = now or timezone.now()
    dates = (
        dates_query(locale_id, CalendarFilters())
        .filter(ends_at__gt=now, status=OccurrenceStatus.SCHEDULED)
        .order_by("starts_at", "pk")[:limit]
    )
    return cards(dates, locale_id, now)
