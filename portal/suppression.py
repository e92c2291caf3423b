"""Small numbers are not shown, nor can they be worked out by subtracting other figures.

Every report and figure of every app goes through this module.

**Which groups a figure is published for.** A report shows one figure for a
*group* of people chosen by its filters: everyone, one language, one region, or
one school (and some reports list every school, including "no school
recorded"). Filters on place and on language are not combined, so the groups
and the sums that tie them together are:

- everyone = English + Spanish (each person is counted in their language),
- everyone = each region + no school recorded,
- a region = each of its schools.

**Primary suppression.** A count about fewer than ``PORTAL_SMALL_CELL_THRESHOLD``
people (default 10; zero is not a person and is shown) is hidden, with every
rate or mean computed from it.

**Complementary suppression** (the method of Statistics Canada's and the US
Census Bureau's tabular data, adapted to these sums): a hidden figure must not
be recoverable from the figures shown, under any filter, in any format. So, for
every sum that ties published groups together:

1. if the total is shown, the hidden parts are none, or at least two that
   together count at least the threshold (so their sum, which anyone can work
   out, is itself a figure about enough people);
2. if the total is hidden, at least one part is hidden too;

and, as the rules above cannot see every combination of sums, an exact check
follows: the sums are solved as a linear system over the hidden figures, and
any hidden figure the shown ones determine exactly makes one more figure hidden
(the smallest that helps), until none is determined. Cells are added smallest
first, so as few people as possible disappear from the reports.

Why not rounding to a base: the reports' rates and means (share correct, mean
change, d_z) would still give exact counts away, and rounding them too would
distort the figures the office reads most; suppression keeps every shown figure
exact.

``hidden_groups(counts, layout)`` returns which groups of one measure are hidden;
a report asks it once per row and measure. ``format_*`` are the one way every
page, export and the Figures page write numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext

from portal.models import Region, School

ALL, LANGUAGE, REGION, SCHOOL, NO_SCHOOL = "all", "language", "region", "school", "no_school"
#: A large prime: the linear check works modulo it (exact for these small sums of ±1).
_PRIME = (1 << 61) - 1


def threshold() -> int:
    return settings.PORTAL_SMALL_CELL_THRESHOLD


@dataclass(frozen=True, order=True)
class Group:
    """Who a figure is about: ``Group(ALL)``, ``Group(LANGUAGE, "es")``,
    ``Group(REGION, <translation key>)``, ``Group(SCHOOL, <pk>)`` or ``Group(NO_SCHOOL)``."""

    kind: str
    key: str = ""

    def __str__(self):
        return self.kind if not self.key else f"{self.kind}:{self.key}"


EVERYONE = Group(ALL)
NO_SCHOOL_RECORDED = Group(NO_SCHOOL)


@dataclass
class Layout:
    """The district's groups and the sums that tie them (the same for every measure)."""

    languages: list[str]
    schools_by_region: dict[str, list[str]]
    relations: list[tuple[Group, list[Group]]] = field(init=False)

    def __post_init__(self):
        regions = sorted(self.schools_by_region)
        self.relations = [
            (EVERYONE, [Group(LANGUAGE, code) for code in self.languages]),
            (EVERYONE, [Group(REGION, key) for key in regions] + [NO_SCHOOL_RECORDED]),
        ]
        for region in regions:
            schools = [Group(SCHOOL, str(school)) for school in self.schools_by_region[region]]
            self.relations.append((Group(REGION, region), schools))

    @property
    def groups(self) -> list[Group]:
        found = {EVERYONE, NO_SCHOOL_RECORDED}
        for parent, parts in self.relations:
            found.add(parent)
            found.update(parts)
        return sorted(found)


def layout_for_district(languages: Iterable[str] | None = None) -> Layout:
    """The layout of the district's regions and schools (two queries)."""
    languages = list(languages or [code for code, _name in settings.LANGUAGES])
    keys = dict(Region.objects.values_list("pk", "translation_key"))
    by_region: dict[str, list[str]] = {str(key): [] for key in set(keys.values())}
    for school, region in School.objects.values_list("pk", "region_id"):
        by_region.setdefault(str(keys[region]), []).append(str(school))
    return Layout(languages, by_region)


# --------------------------------------------------------------------------
# Which groups are hidden
# --------------------------------------------------------------------------


def hidden_groups(
    counts: Mapping[Group, int],
    layout: Layout,
    minimum: int | None = None,
    also: Iterable[Group] = (),
):
    """The groups whose figures must be hidden, for one measure (people counted per group).

    ``counts`` has the people of every group of the layout (missing means 0); ``also``
    are groups hidden for another reason (a figure built from another that is hidden).
    """
    minimum = threshold() if minimum is None else minimum
    count = {group: counts.get(group, 0) for group in layout.groups}
    hidden = {group for group, n in count.items() if 0 < n < minimum} | set(also)
    if not hidden:
        return hidden
    while True:
        changed = _apply_rules(count, hidden, layout, minimum)
        determined = _determined(hidden, layout)
        if determined:
            _hide_one_more(determined, count, hidden, layout)
            changed = True
        if not changed:
            return hidden


def _apply_rules(count, hidden, layout, minimum) -> bool:
    changed = False
    for parent, parts in layout.relations:
        while True:
            hidden_parts = [part for part in parts if part in hidden]
            shown_parts = sorted(
                (part for part in parts if part not in hidden), key=lambda p: _cost(count, p)
            )
            if parent not in hidden:
                total = sum(count[part] for part in hidden_parts)
                if not hidden_parts or (len(hidden_parts) >= 2 and total >= minimum):
                    break
            elif hidden_parts or not shown_parts:
                break
            if not shown_parts:
                hidden.add(parent)  # nothing left to hide among the parts: the total goes
                changed = True
                break
            hidden.add(shown_parts[0])
            changed = True
    return changed


def _determined(hidden, layout) -> list[Group]:
    """Hidden groups whose value follows exactly from the shown ones (linear sums)."""
    unknown = sorted(hidden)
    if not unknown:
        return []
    column = {group: index for index, group in enumerate(unknown)}
    rows = []
    for parent, parts in layout.relations:
        row = {}
        if parent in column:
            row[column[parent]] = 1
        for part in parts:
            if part in column:
                row[column[part]] = (row.get(column[part], 0) - 1) % _PRIME
        row = {c: v for c, v in row.items() if v}
        if row:
            rows.append(row)
    pivots = _reduce(rows)
    return [unknown[c] for c, row in pivots.items() if len(row) == 1]


def _reduce(rows) -> dict[int, dict[int, int]]:
    """Reduced row echelon form of sparse rows modulo ``_PRIME``: pivot column → row."""
    pivots: dict[int, dict[int, int]] = {}
    for row in rows:
        row = dict(row)
        for column, pivot in pivots.items():
            if column in row:
                factor = row[column]
                for c, v in pivot.items():
                    row[c] = (row.get(c, 0) - factor * v) % _PRIME
                row = {c: v for c, v in row.items() if v}
        if not row:
            continue
        column = min(row)
        inverse = pow(row[column], _PRIME - 2, _PRIME)
        row = {c: v * inverse % _PRIME for c, v in row.items()}
        for other in pivots.values():
            if column in other:
                factor = other[column]
                for c, v in row.items():
                    other[c] = (other.get(c, 0) - factor * v) % _PRIME
                for c in [c for c, v in other.items() if not v]:
                    del other[c]
        pivots[column] = row
    return pivots


def _hide_one_more(determined, count, hidden, layout):
    """Hide the smallest shown figure that shares a sum with a determined hidden one."""
    candidates = set()
    for parent, parts in layout.relations:
        members = [parent, *parts]
        if any(group in determined for group in members):
            candidates.update(group for group in members if group not in hidden)
    if not candidates:  # cannot happen while a determined cell exists; hide the total
        candidates = {EVERYONE} - hidden
    hidden.add(min(candidates, key=lambda group: _cost(count, group)))


def _cost(count, group):
    """Which figure to hide first: the smallest, but never a zero first (hiding an empty
    group protects nobody, its sum stays the same)."""
    return (count[group] == 0, count[group], group)


# --------------------------------------------------------------------------
# Working a report out for every group at once
# --------------------------------------------------------------------------


def region_of_school(layout: Layout) -> dict[str, str]:
    return {
        school: region for region, schools in layout.schools_by_region.items() for school in schools
    }


def groups_of(record: Mapping, regions: Mapping[str, str]) -> list[Group]:
    """The groups a record (with ``school_id`` and ``language``) belongs to."""
    groups = [EVERYONE, Group(LANGUAGE, record["language"])]
    school = record["school_id"]
    if school is None:
        groups.append(NO_SCHOOL_RECORDED)
    else:
        groups.append(Group(SCHOOL, str(school)))
        if str(school) in regions:
            groups.append(Group(REGION, regions[str(school)]))
    return groups


def split(records: Iterable[Mapping], layout: Layout) -> dict[Group, list]:
    """Every group of the layout → its records (a record is in several groups).

    A report gathers its records for the year once (a fixed number of queries),
    splits them, works its rows out for each group in Python, then asks
    ``hidden_by_row`` which groups' figures to hide.
    """
    regions = region_of_school(layout)
    by_group: dict[Group, list] = {group: [] for group in layout.groups}
    for record in records:
        for group in groups_of(record, regions):
            by_group.setdefault(group, []).append(record)
    return by_group


def hidden_by_row(
    rows_by_group: Mapping[Group, Iterable],
    layout: Layout,
    row_key,
    measures: Mapping[str, object],
) -> dict[tuple, set[Group]]:
    """(row key, measure) → the groups whose figure of that measure is hidden.

    ``measures`` maps a measure's name to the function that reads its count of
    people from a row (a rate or mean is hidden with the count it is built on).
    """
    counts: dict[tuple, dict[Group, int]] = {}
    for group, rows in rows_by_group.items():
        for row in rows:
            for name, people in measures.items():
                counts.setdefault((row_key(row), name), {})[group] = people(row) or 0
    return {key: hidden_groups(by_group, layout) for key, by_group in counts.items()}


# --------------------------------------------------------------------------
# Writing the numbers: one way for every page, export and figure
# --------------------------------------------------------------------------


def suppressed_text() -> str:
    """What a hidden figure reads: the same whether it is about too few people or hidden to
    protect another (saying which would tell the small ones apart)."""
    return gettext("Not shown")


def rounded(value: float, places: int) -> Decimal:
    """Half away from zero (12.35 → 12.4), not the banker's rounding of ``round()``."""
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_count(value) -> str:
    return number_format(value, force_grouping=True)


def format_decimal(value, places: int = 2) -> str:
    return number_format(rounded(value, places), places)


def format_percent(share, places: int = 1) -> str:
    """A 0..1 share as a percent with one decimal: 0.12394 → "12.4%"."""
    return gettext("%(percent)s%%") % {
        "percent": number_format(rounded(share * 100, places), places)
    }
