"""The differencing attack on the demo data, played as an evaluator would: nothing comes back.

For each report and the Figures page, the test downloads the CSV export for every
value of every filter (each school year, no filter, each language, each region,
each school), lines the figures up by group, and solves the sums that tie the
groups together (everyone = English + Spanish = the regions + no school; a region
= its schools) exactly, with fractions, for every hidden figure it can. Counts
hidden behind shares are recovered first (share × people), as the probe did.
It recovers nothing, and the counts it reports go into the closing note.
"""

import csv
import io
from collections import defaultdict
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest

from django.conf import settings
from django.urls import reverse

from events.kinds import Program
from portal import roles, suppression
from portal.models import CenterPage, Region, School
from portal.school_year import SchoolYear
from portal.suppression import (
    EVERYONE,
    LANGUAGE,
    NO_SCHOOL_RECORDED,
    REGION,
    SCHOOL,
    Group,
    layout_for_district,
)
from tests.factories import UserFactory
from tests.portal.test_suppression import recovered

pytestmark = pytest.mark.django_db

STATS = defaultdict(int)


@pytest.fixture
def analyst(client, demo):
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    return client


def filter_values(region_by="translation_key"):
    """(group, query) for every value the filters offer (place or language, not both).

    The reports name a region by its translation key, the Figures page by its id.
    """
    values = [
        (EVERYONE, {}),
        *[(Group(LANGUAGE, code), {"language": code}) for code in ("en", "es")],
    ]
    for region in Region.objects.filter(locale__language_code="en"):
        values.append(
            (Group(REGION, str(region.translation_key)), {"region": getattr(region, region_by)})
        )
    for school in School.objects.all():
        values.append((Group(SCHOOL, str(school.pk)), {"school": school.pk}))
    return values


def published(*more):
    return {group for group, _query in filter_values()} | set(more)


def download(client, url, query):
    response = client.get(f"{url}?{urlencode({**query, 'export': 'csv'})}")
    assert response.status_code == 200, response.content[:500]
    STATS["tables fetched"] += 1
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


def number(text):
    return None if text in ("", None) else float(text)


def attack(tables, layout, where, published, also_published=None):
    """``tables``: (row key, measure) → {group: value, or None when hidden}.

    ``published``: the groups whose tables were downloaded; a table with no row for
    one of them says 0. Any other group (no school recorded, in most reports) is
    unknown to the attacker too: solving may give it, but only a figure about fewer
    than the threshold would be a leak. Fails on any hidden value the sums give back.
    """
    threshold = settings.PORTAL_SMALL_CELL_THRESHOLD
    for (key, measure), values in tables.items():
        counts, hidden, unknown = {}, set(), set()
        shown_for = published | (also_published or {}).get(measure, set())
        for group in layout.groups:
            value = values.get(group, 0.0 if group in shown_for else None)
            if value is None:
                (hidden if group in shown_for or group in values else unknown).add(group)
            else:
                counts[group] = round(value, 6)
        STATS["cells hidden"] += len(hidden)
        if hidden or unknown:
            found = recovered(counts, hidden | unknown, layout)
            leaks = {
                group: value
                for group, value in found.items()
                if group in hidden or (measure in COUNTS and 0 < value < threshold)
            }
            STATS["cells recovered"] += len(leaks)
            assert not leaks, f"{where}: {key} {measure}: {leaks} worked out from the others"


#: The measures that count people (a small one is a leak even when it was never published).
COUNTS = {"people", "enrolled", "paired", "before", "after"}


def reports_by_year():
    years = [SchoolYear.current(), SchoolYear.current().previous()]
    return [(year, {"school_year": year.slug}) for year in years]


def test_the_funnel(analyst):
    layout = layout_for_district()
    url = reverse("pathways_reports:funnel")
    for year, base in reports_by_year():
        tables = defaultdict(dict)
        for group, query in filter_values():
            for row in download(analyst, url, {**base, **query}):
                key = (row["Pathway key"], row["Stage number"])
                tables[(key, "people")][group] = number(row["People"])
                tables[(key, "enrolled")][group] = number(row["People enrolled"])
        attack(tables, layout, f"funnel {year}", published())


def test_the_quiz_questions_overall_and_by_school(analyst):
    layout = layout_for_district()
    for year, base in reports_by_year():
        tables = defaultdict(dict)
        for group, query in filter_values():
            rows = download(analyst, reverse("pathways_reports:quiz_items"), {**base, **query})
            for row in rows:
                key = (row["Module key"], row["Question id"])
                people = number(row["People who answered"])
                tables[(key, "people")][group] = people
                correct = number(row["Share correct (0–1)"])
                tables[(key, "correct")][group] = None if people is None else correct * people
                share = number(row["Share who chose it (0–1)"])
                chose = (key, f"chose {row['Answer id']}")
                tables[chose][group] = None if people is None else share * people
        # The report by school lists each school's figure (and "no school recorded").
        for _group, query in [(EVERYONE, {})]:
            url = reverse("pathways_reports:quiz_by_school")
            for row in download(analyst, url, {**base, **query}):
                school = School.objects.filter(code=row["School code"]).first()
                group = Group(SCHOOL, str(school.pk)) if school else NO_SCHOOL_RECORDED
                key = (row["Module key"], row["Question id"])
                people = number(row["People who answered"])
                already = tables[(key, "people")].get(group, "absent")
                assert already in ("absent", people), "the two reports disagree"
                tables[(key, "people")][group] = people
                correct = number(row["Share correct (0–1)"])
                tables[(key, "correct")][group] = None if people is None else correct * people
        # "No school recorded" is published by the report by school: people and correct only.
        by_school = {"people": {NO_SCHOOL_RECORDED}, "correct": {NO_SCHOOL_RECORDED}}
        attack(tables, layout, f"quiz questions {year}", published(), by_school)


def test_the_self_efficacy_change(analyst):
    layout = layout_for_district()
    url = reverse("pathways_reports:self_efficacy")
    columns = {
        "paired": "People with before and after",
        "before": "Before responses",
        "after": "After responses",
        "enrolled": "People enrolled",
    }
    for year, base in reports_by_year():
        tables = defaultdict(dict)
        for group, query in filter_values():
            for row in download(analyst, url, {**base, **query}):
                key = (
                    row["Survey key"],
                    row["Pathway key (empty: all pathways)"],
                    row["Subscale key"],
                )
                for measure, column in columns.items():
                    tables[(key, measure)][group] = number(row[column])
                paired = number(row[columns["paired"]])
                for mean in ("Mean before", "Mean after"):
                    value = number(row[mean])
                    total = None if paired is None else (value or 0) * paired
                    tables[(key, f"sum of {mean.lower()}")][group] = total
        attack(tables, layout, f"self-efficacy {year}", published())


def test_the_figures_page(analyst):
    layout = layout_for_district()
    url = reverse("portal_figures")
    for year, base in reports_by_year():
        tables = defaultdict(dict)
        for group, query in filter_values(region_by="pk"):
            for row in download(analyst, url, {**base, **query}):
                people = number(row["people"])
                tables[(row["metric"], "people")][group] = people
                value = number(row["value"])
                if row["kind"] == "count":
                    tables[(row["metric"], "value")][group] = value
        attack(tables, layout, f"figures {year}", published())


# --------------------------------------------------------------------------
# The event reports: a table of rows (programs, committees) by columns (groups, centers)
# --------------------------------------------------------------------------

EVENT_REPORTS = {
    # url name → the heading of its people column
    "events_reports:workshops": "Unduplicated attendees",
    "events_reports:committees": "Members trained",
}
EVENT_MEASURES = (
    "registrations",
    "no_shows",
    "attendance",
    "attendees",
    "first_time",
    "respondents",
)
#: Counts of people or of their records (a small one is a leak even when never published);
#: no-shows come from a share, like the quiz's correct answers.
EVENT_COUNTS = {"registrations", "attendance", "attendees", "first_time", "respondents"}


def cell(row, column):
    """One figure of an event table: its row (the export's row key) in a column."""
    return Group(f"{row}|{column.kind}", column.key)


def event_filter_values():
    """(column, query) for every value of the event reports' column filters: everyone,
    each language, region and school (as the other reports), and each center."""
    values = filter_values()
    for center in CenterPage.objects.live().filter(locale__language_code="en"):
        values.append(
            (Group("center", str(center.translation_key)), {"center": center.translation_key})
        )
    return values


class EventSums:
    """The sums an evaluator knows tie the event tables, built here from what the reports
    publish (not from the app's own layout): in every row, the district's sums and
    everyone = each center + not at a center; in every column, all programs = the
    programs and committee training = the committees."""

    def __init__(self, district, rows, centers):
        columns = [*district.groups, *centers, Group("no_center")]
        self.relations = []
        for row in rows:
            for parent, parts in district.relations:
                self.relations.append((cell(row, parent), [cell(row, p) for p in parts]))
            self.relations.append(
                (cell(row, EVERYONE), [cell(row, c) for c in (*centers, Group("no_center"))])
            )
        programs = [row for row in rows if row.startswith("program:")]
        committees = [row for row in rows if row.startswith("committee:")]
        for column in columns:
            self.relations.append((cell("all", column), [cell(r, column) for r in programs]))
            self.relations.append(
                (
                    cell("program:committee_training", column),
                    [cell(r, column) for r in committees],
                )
            )
        self.groups = sorted({g for parent, parts in self.relations for g in (parent, *parts)})


def attack_event_tables(analyst, year, base):
    """Download both event reports for every filter value; solve each measure's table."""
    district = layout_for_district()
    tables = defaultdict(dict)
    rows, centers = set(), set()
    for column, query in event_filter_values():
        if column.kind == "center":
            centers.add(column)
        for name, people_heading in EVENT_REPORTS.items():
            for row in download(analyst, reverse(name), {**base, **query}):
                key = cell(row["Row key"], column)
                rows.add(row["Row key"])
                registrations = number(row["Registrations"])
                rate = number(row["No-show rate (0–1)"])
                figures = {
                    "registrations": registrations,
                    # Counts hidden behind shares come back first (share × registrations).
                    "no_shows": None
                    if registrations is None
                    else round((rate or 0) * registrations),
                    "attendance": number(row["Attendance (check-ins)"]),
                    "attendees": number(row[people_heading]),
                    "first_time": number(row["First-time attendees"]),
                    "respondents": number(row["Survey respondents"]),
                }
                for measure, value in figures.items():
                    already = tables[measure].get(key, "absent")
                    assert already in ("absent", value), "the two reports disagree"
                    tables[measure][key] = value
    sums = EventSums(district, sorted(rows), sorted(centers))
    threshold = settings.PORTAL_SMALL_CELL_THRESHOLD
    for measure in EVENT_MEASURES:
        shown = {g: round(v, 6) for g, v in tables[measure].items() if v is not None}
        hidden = {g for g, v in tables[measure].items() if v is None}
        unknown = {g for g in sums.groups if g not in tables[measure]}
        STATS["cells hidden"] += len(hidden)
        found = recovered(shown, hidden | unknown, sums) if hidden or unknown else {}
        leaks = {
            group: value
            for group, value in found.items()
            if group in hidden or (measure in EVENT_COUNTS and 0 < value < threshold)
        }
        STATS["cells recovered"] += len(leaks)
        assert not leaks, f"event reports {year}: {measure}: {leaks} worked out from the others"


def test_the_event_reports(analyst):
    for year, base in reports_by_year():
        attack_event_tables(analyst, year, base)


def test_the_survey_answers_report(analyst):
    """Per event, for every program and center: all events = the events (respondents)."""
    threshold = settings.PORTAL_SMALL_CELL_THRESHOLD
    scopes = [{}, *({"program": code} for code in Program.values)]
    scopes += [
        {"center": center.translation_key}
        for center in CenterPage.objects.live().filter(locale__language_code="en")
    ]
    for year, base in reports_by_year():
        for scope in scopes:
            rows = download(analyst, reverse("events_reports:surveys"), {**base, **scope})
            total = Group("all")
            events = [Group("event", row["Row key"]) for row in rows if row["Row key"] != "all"]
            table = {
                Group("event", row["Row key"]) if row["Row key"] != "all" else total: number(
                    row["Respondents"]
                )
                for row in rows
            }
            sums = SimpleNamespace(relations=[(total, events)], groups=[total, *events])
            shown = {g: v for g, v in table.items() if v is not None}
            hidden = {g for g, v in table.items() if v is None}
            STATS["cells hidden"] += len(hidden)
            found = recovered(shown, hidden, sums) if hidden else {}
            leaks = {g: v for g, v in found.items() if g in hidden or 0 < v < threshold}
            STATS["cells recovered"] += len(leaks)
            assert not leaks, f"survey answers {year} {scope}: {leaks} worked out"


def test_the_attack_does_recover_event_cells_hidden_one_by_one(analyst, monkeypatch):
    """Against primary suppression only, the same attack finds the event reports' small
    cells: the test above would see a leak."""

    def primary_only(counts, layout, minimum=None, also=()):
        minimum = settings.PORTAL_SMALL_CELL_THRESHOLD if minimum is None else minimum
        return {group for group, n in counts.items() if 0 < n < minimum}

    monkeypatch.setattr(suppression, "hidden_groups", primary_only)
    before = dict(STATS)
    year, base = reports_by_year()[0]
    with pytest.raises(AssertionError, match="worked out from the others"):
        attack_event_tables(analyst, year, base)
    STATS.clear()
    STATS.update(before)


def test_the_attack_does_recover_cells_hidden_one_by_one(analyst, monkeypatch):
    """The same attack against suppression cell by cell (what the probe found): it works,
    so the tests above would see a leak."""

    def primary_only(counts, layout, minimum=None, also=()):
        minimum = settings.PORTAL_SMALL_CELL_THRESHOLD if minimum is None else minimum
        return {group for group, n in counts.items() if 0 < n < minimum}

    monkeypatch.setattr(suppression, "hidden_groups", primary_only)
    before = dict(STATS)
    with pytest.raises(AssertionError, match="worked out from the others"):
        test_the_funnel(analyst)
    STATS.clear()
    STATS.update(before)  # the counts of the real attack only


def test_what_the_attack_found(analyst):
    """Runs last in the module: the counts for the closing note (and a sanity check)."""
    print(
        f"\nDifferencing attack on the demo: {STATS['tables fetched']} tables fetched, "
        f"{STATS['cells hidden']} cells hidden, {STATS['cells recovered']} recovered."
    )
    assert STATS["tables fetched"] > 0 and STATS["cells hidden"] > 0
    assert STATS["cells recovered"] == 0
