"""What people said after the events: the staff's "Survey answers" report.

The workshop report gives satisfaction per program and per group of people; this
one reads it per event (a series of dates), which is what the staff who run the
workshops improve, and lists the comments people wrote.

- **Rows**: every event with dates held in the school year (narrowed to a program or
  a center), and all of them together first. Figures come from
  ``events.surveys.summarise`` (respondents are people, each once).
- **Suppression**: respondents are counted per event and in total;
  ``portal.suppression.hidden_groups`` hides an event with fewer respondents than
  the threshold, and one more wherever the total minus the others would give it away.
- **Comments**: the newest ``COMMENTS_SHOWN``, with the event and the date, never the
  person's name (staff read what was said, not who said it). A deleted account's
  comments are already empty (``events/personal_data.py``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Attendance, EventSurveyResponse
from events.report_data import held_dates
from events.reports import EventFilters
from events.surveys import Satisfaction, records, summarise
from portal import suppression
from portal.suppression import EVERYONE, Group

EVENT = "event"
COMMENTS_SHOWN = 50


@dataclass(frozen=True)
class SurveyRow:
    key: str  # "all" or the event's key (its translation key)
    label: str
    total: bool
    dates_held: int
    #: ``None`` when hidden (fewer respondents than the threshold, or what gives them away).
    figures: Satisfaction | None

    @property
    def suppressed(self) -> bool:
        return self.figures is None


@dataclass(frozen=True)
class Comment:
    text: str
    event: str
    starts_at: object
    language: str


class _EventsLayout:
    """The shape ``hidden_groups`` reads: the total and the events it adds up."""

    def __init__(self, events):
        parts = [Group(EVENT, key) for key in events]
        self.groups = [EVERYONE, *parts]
        self.relations = [(EVERYONE, parts)] if parts else []


def held_in_scope(filters: EventFilters, now=None):
    """The dates the report reads: held in the school year, of the program and center."""
    dates = held_dates(filters.school_year, now=now or timezone.now())
    if filters.program:
        dates = dates.filter(program=filters.program)
    if filters.center is not None:
        dates = dates.filter(center_key=getattr(filters.center, "translation_key", filters.center))
    return dates


def survey_rows(filters: EventFilters, now=None) -> list[SurveyRow]:
    """All events, then each event by title (two queries)."""
    dates = held_in_scope(filters, now)
    events: dict[str, dict] = {}
    event_of = {}
    for pk, key, title in dates.values_list("pk", "event_key", "event_title").order_by("starts_at"):
        key = str(key)
        event = events.setdefault(key, {"title": title, "dates": 0})
        event["title"] = title  # the latest date's title: the event's name now
        event["dates"] += 1
        event_of[pk] = key
    found = records(Attendance.objects.filter(occurrence__in=dates))
    by_event = defaultdict(list)
    for record in found:
        by_event[event_of[record["occurrence_id"]]].append(record)
    figures = {EVERYONE: summarise(found)}
    figures.update({Group(EVENT, key): summarise(by_event[key]) for key in events})
    counts = {group: satisfaction.respondents for group, satisfaction in figures.items()}
    hidden = suppression.hidden_groups(counts, _EventsLayout(events))

    def row(group, key, label, total, held):
        shown = figures[group] if group not in hidden else None
        return SurveyRow(key, str(label), total, held, shown)

    rows = [row(EVERYONE, "all", _("All events"), True, len(event_of))]
    for key, event in sorted(events.items(), key=lambda item: item[1]["title"].lower()):
        rows.append(row(Group(EVENT, key), key, event["title"], False, event["dates"]))
    return rows


def comments(filters: EventFilters, now=None, limit: int = COMMENTS_SHOWN) -> list[Comment]:
    """The newest comments about the dates in scope (one query), without names."""
    found = (
        EventSurveyResponse.objects.filter(occurrence__in=held_in_scope(filters, now))
        .exclude(comment="")
        .order_by("-submitted_at", "-pk")
        .values_list("comment", "occurrence__event_title", "occurrence__starts_at", "language")
    )
    return [Comment(*values) for values in found[:limit]]
