"""The event reports' figures: one table per school year, suppressed once, read by every
report and by the Figures page.

**What is counted** (README, "The event reports and figures"):

- *Workshops held*: dates not cancelled that have started (``Occurrence.objects.held()``),
  in the school year (July 1 to June 30) of their local start date. Dates are things,
  not people: in a region's or school's column, the dates held there; in a
  language's, the dates given in it (a bilingual date in both); never suppressed.
- *Registrations*: confirmed registrations for held dates. A place on the waitlist
  that never became a seat is not one, nor a cancelled registration, nor one for a
  date to come or a cancelled date (their number would change after the year).
- *No-show rate*: registrations whose person did not check in at that date (by the
  registration's own check-in, or the same person's walk-in), divided by registrations.
- *Attendance*: check-ins at held dates (one per person per date).
- *Unduplicated attendees*: the people those check-ins are, each once: records linked
  by an account, a normalized email or a normalized phone are one person
  (``events.identity``), across accounts, guest registrations and kiosk walk-ins.
- *First-time attendees*: attendees whose first check-in ever, at any held date of
  any program, falls in the school year.
- *Committee members trained*: unduplicated attendees of parent committee training,
  per committee (``committee_rows``).

**The table.** Rows: all programs, each program, and each committee within committee
training (``events/report_data.py``). Columns: every group of the district layout
(everyone, each language, region, school, no school recorded), each center and "not
at a center". A person counts in one school and one language, so the columns add up;
rows add up too (all programs = the programs; committee training = its committees),
and so do the centers (everyone = each center + not at a center).

**Suppression.** ``portal.suppression.hidden_groups`` works the table out once per
measure, with every sum above (``TableLayout``): registrations and the no-show rate
are hidden with the registrants, attendance and unduplicated attendees with the
attendees, first-time attendees with themselves and wherever the attendees are
hidden. Every filter reads the same suppressed cell, so downloading each filter value
(or the Figures page) gives nothing more.

*Satisfaction*: the post-event survey's answers about held dates: respondents (people,
each once), the share of answers satisfied or very satisfied (4–5 of 5), the mean
scores and the share who would recommend it. Hidden with the respondents, and
wherever the attendees are hidden.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.kinds import Committee, Program
from events.report_data import (
    ALL,
    CENTER,
    COMMITTEE_ROWS,
    NO_CENTER,
    NOT_AT_A_CENTER,
    PROGRAM_ROWS,
    ROW_SUMS,
    ROWS,
    Tally,
    YearData,
    committee_row,
    gather,
    program_row,
)
from portal import suppression
from portal.school_year import SchoolYear
from portal.suppression import (
    EVERYONE,
    LANGUAGE,
    REGION,
    SCHOOL,
    Group,
    Layout,
    layout_for_district,
)

#: Measure → the people a cell's figures of that measure are about. In this order:
#: first-time attendees are hidden wherever attendees are, so attendance comes first.
MEASURES = {
    "registrations": lambda tally: len(tally.registrants),
    "attendance": lambda tally: len(tally.attendees),
    "first_time": lambda tally: len(tally.first_time),
    "satisfaction": lambda tally: len(tally.respondents),
}
#: Measures also hidden wherever the attendees are (they are about some of them).
WITHIN_ATTENDANCE = ("first_time", "satisfaction")


def cell(row: str, column: Group) -> Group:
    """A cell of the table, as a group of ``portal.suppression`` (row and column in one)."""
    return Group(f"{row}|{column.kind}", column.key)


class TableLayout:
    """The table's cells and the sums that tie them, in the shape ``hidden_groups`` reads
    (``groups`` and ``relations``): the district's sums in every row, the centers'
    sum in every row, and the rows' sums in every column.

    Only rows with dates held, and centers (or "not at a center") with dates of the row,
    take part: a figure there is known to be zero (the dates held are shown), so hiding
    it would protect nobody, and a sum's hidden part beside it would be given away.
    """

    def __init__(self, district: Layout, centers: list[str], held: set[tuple[str, Group]]):
        rows = [row for row in ROWS if (row, EVERYONE) in held]
        center_columns = [Group(CENTER, key) for key in centers] + [NOT_AT_A_CENTER]
        self.columns = [*district.groups, *center_columns]
        relations = []
        for row in rows:
            for parent, parts in district.relations:
                relations.append((cell(row, parent), [cell(row, part) for part in parts]))
            places = [cell(row, column) for column in center_columns if (row, column) in held]
            relations.append((cell(row, EVERYONE), places))
        for total, parts in ROW_SUMS:
            parts = [part for part in parts if part in rows]
            if total not in rows:
                continue
            for column in self.columns:
                sums = [cell(part, column) for part in parts]
                if column.kind in (CENTER, NO_CENTER):
                    if (total, column) not in held:
                        continue
                    sums = [cell(p, column) for p in parts if (p, column) in held]
                relations.append((cell(total, column), sums))
        self.relations = relations
        self.groups = sorted({one for parent, parts in relations for one in (parent, *parts)})


@dataclass(frozen=True)
class EventFigures:
    """One row's figures for one column, as shown: ``None`` where hidden (``hidden`` names
    which measures) or, for a rate, where there is nothing to divide."""

    workshops_held: int
    registrations: int | None
    no_show_rate: float | None
    attendance: int | None
    attendees: int | None
    first_time: int | None
    respondents: int | None = None
    satisfied_share: float | None = None
    mean_overall: float | None = None
    mean_learned: float | None = None
    recommend_share: float | None = None
    response_rate: float | None = None
    hidden: frozenset = frozenset()

    @property
    def suppressed(self) -> bool:
        return bool(self.hidden)


class EventTable:
    """A school year's table, suppressed: ``figures(row, column)``, ``people(...)``."""

    def __init__(self, data: YearData, district: Layout):
        self.year = data.year
        held = {key for key, tally in data.tallies.items() if tally.workshops}
        self.layout = TableLayout(district, data.centers, held)
        self.tallies = data.tallies
        self.focus_schools = data.focus_schools
        self.hidden: dict[str, set[Group]] = {}
        for measure, people in MEASURES.items():
            counts = {cell(r, c): people(t) for (r, c), t in self.tallies.items() if people(t)}
            within = self.hidden["attendance"] if measure in WITHIN_ATTENDANCE else set()
            # A hidden cell where nobody is counted protects nobody: it joins the hidden
            # cells without making others hide to cover it (their sum stays the same).
            also = {group for group in within if counts.get(group)}
            hidden = suppression.hidden_groups(counts, self.layout, also=also)
            self.hidden[measure] = hidden | within

    def tally(self, row: str, column: Group) -> Tally:
        return self.tallies.get((row, column)) or Tally()

    def is_hidden(self, measure: str, row: str, column: Group) -> bool:
        return cell(row, column) in self.hidden[measure]

    def people(self, measure: str, row: str, column: Group) -> int:
        return MEASURES[measure](self.tally(row, column))

    def figures(self, row: str, column: Group) -> EventFigures:
        tally = self.tally(row, column)
        hidden = frozenset(m for m in MEASURES if self.is_hidden(m, row, column))
        registered = "registrations" not in hidden
        came = "attendance" not in hidden
        return EventFigures(
            workshops_held=tally.workshops,
            registrations=tally.registrations if registered else None,
            no_show_rate=(
                tally.no_shows / tally.registrations if registered and tally.registrations else None
            ),
            attendance=tally.attendance if came else None,
            attendees=len(tally.attendees) if came else None,
            first_time=len(tally.first_time) if "first_time" not in hidden else None,
            **(_satisfaction(tally) if "satisfaction" not in hidden else {}),
            hidden=hidden,
        )


def _satisfaction(tally: Tally) -> dict:
    """The survey's figures of a cell that is shown (rates are ``None`` with no answer)."""
    answers = tally.responses

    def share(part):
        return part / answers if answers else None

    return {
        "respondents": len(tally.respondents),
        "satisfied_share": share(tally.satisfied),
        "mean_overall": share(tally.overall_total),
        "mean_learned": share(tally.learned_total),
        "recommend_share": share(tally.recommend),
        "response_rate": min(answers / tally.surveyed, 1.0) if tally.surveyed else None,
    }


def event_table(year: SchoolYear, audience=None, layout: Layout | None = None, now=None):
    """The suppressed table of the year (for events written for ``audience``, if given)."""
    layout = layout or layout_for_district()
    return EventTable(gather(year, layout, audience, now or timezone.now()), layout)


# --------------------------------------------------------------------------
# The reports' rows
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class EventFilters:
    """``None`` means "all". A center, a region, a school or a language: one at a time."""

    school_year: SchoolYear
    program: str | None = None
    center: object = None  # a CenterPage or its translation key
    region: object = None
    school: object = None
    language: str | None = None

    def column(self) -> Group:
        """The column the filters ask for."""
        if self.school is not None:
            return Group(SCHOOL, str(getattr(self.school, "pk", self.school)))
        if self.region is not None:
            return Group(REGION, str(getattr(self.region, "translation_key", self.region)))
        if self.center is not None:
            return Group(CENTER, str(getattr(self.center, "translation_key", self.center)))
        if self.language:
            return Group(LANGUAGE, self.language)
        return EVERYONE


@dataclass(frozen=True)
class ReportRow:
    key: str  # the row of the table ("all", "program:…", "committee:…")
    label: str
    total: bool
    figures: EventFigures


def program_label(row: str) -> str:
    if row == ALL:
        return str(_("All programs"))
    return str(Program(row.split(":", 1)[1]).label)


def committee_label(row: str) -> str:
    code = row.split(":", 1)[1]
    if row == program_row(Program.COMMITTEE_TRAINING):
        return str(_("All committees"))
    return str(Committee(code).label) if code else str(_("No committee named"))


def summary_rows(filters: EventFilters, table: EventTable | None = None) -> list[ReportRow]:
    """All programs, then each program (or only the filters' program)."""
    table = table or event_table(filters.school_year)
    column = filters.column()
    rows = [program_row(filters.program)] if filters.program else [ALL, *PROGRAM_ROWS]
    return [
        ReportRow(row, program_label(row), row == ALL, table.figures(row, column)) for row in rows
    ]


def committee_rows(filters: EventFilters, table: EventTable | None = None) -> list[ReportRow]:
    """All committee training, then each committee (a training that names none, if any)."""
    table = table or event_table(filters.school_year)
    column = filters.column()
    total = program_row(Program.COMMITTEE_TRAINING)
    rows = [total, *COMMITTEE_ROWS]
    if not table.tally(committee_row(""), EVERYONE).workshops:
        rows.remove(committee_row(""))
    return [
        ReportRow(row, committee_label(row), row == total, table.figures(row, column))
        for row in rows
    ]
