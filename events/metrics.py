"""The event figures the office reports, registered with ``portal.metrics``.

Every figure reads the one suppressed table of ``events/reports.py`` (the reports
read it too), so a figure is hidden on the Figures page wherever the reports hide
it, and ``portal.metrics.value_of`` finds nothing more to hide. The definitions
(held dates, registrations, no-shows, unduplicated and first-time attendees) are
in that module's docstring and in the README ("The event reports and figures").

- *Parent University* figures are set against the district plans' baseline: 1,043
  unduplicated attendees at 88 workshops, and a target of 3% more attendees each
  year (``baseline()``). Portal has no targets of its own yet; a district sets its
  numbers with ``EVENTS_PARENT_UNIVERSITY_BASELINE`` in settings.
- *Parent Portal class attendees at focus schools*: unduplicated attendees of
  Parent Portal classes held at a school marked as a focus school (the date's
  school), hidden wherever the Parent Portal attendees are hidden in the reports.
- *Committee members trained*: unduplicated attendees of parent committee training.

- *Satisfaction*: the share of post-event survey answers satisfied or very
  satisfied (4–5 of 5), hidden where the reports hide the survey's respondents.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from django.conf import settings
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from events.kinds import Program
from events.report_data import ALL, program_row
from events.reports import EventTable, event_table
from portal.metrics import Measured, Metric, register
from portal.models import Audience
from portal.school_year import SchoolYear
from portal.suppression import EVERYONE, Layout, format_count

PARENT_UNIVERSITY = program_row(Program.PARENT_UNIVERSITY)
PARENT_PORTAL = program_row(Program.PARENT_PORTAL)
COMMITTEE_TRAINING = program_row(Program.COMMITTEE_TRAINING)


@dataclass(frozen=True)
class Baseline:
    """Parent University in the baseline school year, and the yearly growth targeted."""

    school_year: str
    attendees: int
    workshops: int
    yearly_growth: float

    def target(self, year: SchoolYear) -> int | None:
        """Attendees targeted in ``year``: the baseline grown by the yearly rate, rounded up
        (3% more than 1,043 is 1,074.29: 1,075 people reach it). None before the baseline."""
        start = SchoolYear.from_slug(self.school_year)
        if start is None or year < start:
            return None
        return math.ceil(
            self.attendees * (1 + self.yearly_growth) ** (year.start_year - start.start_year)
        )


#: The district plans' figures: 1,043 unduplicated Parent University attendees at 88
#: workshops, +3% a year. The plans name no year: 2025-26 stands in until a district sets
#: its own (``EVENTS_PARENT_UNIVERSITY_BASELINE``).
DEFAULT_BASELINE = {
    "school_year": "2025-26",
    "attendees": 1043,
    "workshops": 88,
    "yearly_growth": 0.03,
}


def baseline() -> Baseline:
    return Baseline(
        **{**DEFAULT_BASELINE, **getattr(settings, "EVENTS_PARENT_UNIVERSITY_BASELINE", {})}
    )


# --------------------------------------------------------------------------
# One table per Figures page: worked out once for all the figures
# --------------------------------------------------------------------------

_recent = threading.local()


def _audience(value):
    """The Figures page's audience (an instance or its id); an unknown id raises ValueError."""
    if value in (None, "") or isinstance(value, Audience):
        return value or None
    found = Audience.objects.filter(pk=value).first() if str(value).isdigit() else None
    if found is None:
        # "All" instead of an unknown audience would be a wrong figure, not a smaller one.
        raise ValueError(f"No audience with id {value!r}.")
    return found


def table_for(year: SchoolYear, audience, layout: Layout) -> EventTable:
    """The year's table, worked out once per layout (the Figures page makes one layout for
    all its figures, so the figures of one page share one table)."""
    audience = _audience(audience)
    key = (year, getattr(audience, "pk", None))
    cached = getattr(_recent, "entry", None)
    if cached is not None and cached[0] is layout and cached[1] == key:
        return cached[2]
    table = event_table(year, audience, layout)
    _recent.entry = (layout, key, table)
    return table


def _people_figure(row: str, value_of, measure: str = "attendance"):
    """A figure of one row of the table, for every group: hidden where the reports hide it."""

    def compute(year, audience, layout):
        table = table_for(year, audience, layout)
        return {
            group: Measured(
                value_of(table.tally(row, group)),
                table.people(measure, row, group),
                hidden=table.is_hidden(measure, row, group),
            )
            for group in layout.groups
        }

    return compute


def _no_show_rate(tally):
    return tally.no_shows / tally.registrations if tally.registrations else None


def _workshops(row: str):
    def compute(year, audience, layout):
        table = table_for(year, audience, layout)
        return {group: Measured(table.tally(row, group).workshops, 0) for group in layout.groups}

    return compute


def parent_university_target(year, audience, layout):
    """This year's target for the district (no target for a group: the plans set none)."""
    return {EVERYONE: Measured(baseline().target(year), 0)}


def parent_university_change(year, audience, layout):
    """Change from the baseline, as a share of it: district-wide only, hidden with the
    Parent University attendees."""
    table = table_for(year, audience, layout)
    people = len(table.tally(PARENT_UNIVERSITY, EVERYONE).attendees)
    figures = _people_figure(PARENT_UNIVERSITY, lambda tally: None)(year, audience, layout)
    attendees = baseline().attendees
    figures[EVERYONE] = Measured(
        (people - attendees) / attendees,
        people,
        hidden=table.is_hidden("attendance", PARENT_UNIVERSITY, EVERYONE),
    )
    return figures


def focus_school_attendees(year, audience, layout):
    """People at Parent Portal classes held at focus schools, counted once."""
    table = table_for(year, audience, layout)
    figures = {}
    for group in layout.groups:
        people = len(table.focus_schools.get(group, ()))
        hidden = table.is_hidden("attendance", PARENT_PORTAL, group)
        figures[group] = Measured(people, people, hidden=hidden)
    return figures


def _attendees(tally):
    return len(tally.attendees)


def _satisfied_share(tally):
    return tally.satisfied / tally.responses if tally.responses else None


def _baseline_note() -> str:
    """The baseline in words, read when shown (settings and language of the moment)."""
    numbers = baseline()
    return _(
        "Baseline: %(attendees)s people at %(workshops)s workshops in %(year)s; target: "
        "%(growth)s%% more people each year."
    ) % {
        "attendees": format_count(numbers.attendees),
        "workshops": format_count(numbers.workshops),
        "year": numbers.school_year,
        "growth": number_format(numbers.yearly_growth * 100),
    }


def _metric(key, label, compute, order, **more):
    return Metric(
        key=f"events.{key}", label=label, compute=compute, app_label="events", order=order, **more
    )


METRICS = [
    _metric(
        "workshops_held",
        _("Workshops and classes held"),
        _workshops(ALL),
        200,
        description=_(
            "Dates of every program that took place (not cancelled). For a region or a "
            "school: the dates held there; for a language: the dates given in it."
        ),
        about_people=False,
    ),
    _metric(
        "parent_university_workshops",
        _("Parent University workshops held"),
        _workshops(PARENT_UNIVERSITY),
        201,
        about_people=False,
    ),
    _metric(
        "registrations",
        _("Registrations"),
        _people_figure(ALL, lambda tally: tally.registrations, "registrations"),
        210,
        description=_("Confirmed registrations for the dates held."),
    ),
    _metric(
        "no_show_rate",
        _("No-show rate"),
        _people_figure(ALL, _no_show_rate, "registrations"),
        211,
        description=_("Share of registrations whose person did not check in."),
        kind="percent",
    ),
    _metric(
        "attendance",
        _("Attendance (check-ins)"),
        _people_figure(ALL, lambda tally: tally.attendance),
        220,
        description=_("One per person per date."),
    ),
    _metric(
        "attendees",
        _("Unduplicated attendees"),
        _people_figure(ALL, _attendees),
        221,
        description=_(
            "Each person once, whether they came with an account, as a guest or as a "
            "walk-in (matched by email or phone)."
        ),
    ),
    _metric(
        "first_time",
        _("First-time attendees"),
        _people_figure(ALL, lambda tally: len(tally.first_time), "first_time"),
        222,
        description=_("Attendees whose first check-in ever was in this school year."),
    ),
    _metric(
        "parent_university_attendees",
        _("Unduplicated Parent University attendees"),
        _people_figure(PARENT_UNIVERSITY, _attendees),
        230,
        description=lazy(_baseline_note, str)(),
    ),
    _metric(
        "parent_university_target",
        _("Parent University attendees targeted this year"),
        parent_university_target,
        231,
        description=_("District-wide: the baseline plus the yearly growth targeted."),
        about_people=False,
    ),
    _metric(
        "parent_university_change",
        _("Parent University attendees: change from the baseline"),
        parent_university_change,
        232,
        description=_("District-wide, as a share of the baseline's attendees."),
        kind="percent",
    ),
    _metric(
        "parent_portal_focus_schools",
        _("Parent Portal class attendees at focus schools"),
        focus_school_attendees,
        240,
        description=_("People at Parent Portal classes held at a focus school, each once."),
    ),
    _metric(
        "committee_members_trained",
        _("Parent committee members trained"),
        _people_figure(COMMITTEE_TRAINING, _attendees),
        250,
        description=_("People who came to a parent committee training, each once."),
    ),
    _metric(
        "satisfaction",
        _("Attendees satisfied with the workshop"),
        _people_figure(ALL, _satisfied_share, "satisfaction"),
        260,
        description=_(
            "Share of the answers to the survey after each date that were satisfied or "
            "very satisfied (4 or 5 out of 5); counted over the people who answered."
        ),
        kind="percent",
    ),
]

for _metric_entry in METRICS:
    register(_metric_entry)
