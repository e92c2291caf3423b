"""The event figures on the Figures page: what each counts, the Parent University baseline,
and suppression that agrees with the event reports."""

from datetime import timedelta

import pytest

from django.test import override_settings

from events import metrics as event_metrics
from events.factories import EventPageFactory, publish
from events.kinds import Committee, Program
from events.reports import EventFilters, summary_rows
from portal import metrics, roles
from portal.metrics import Filters, MetricValue
from portal.school_year import SchoolYear
from portal.suppression import layout_for_district
from tests.factories import (
    AudienceFactory,
    CenterPageFactory,
    RegionFactory,
    SchoolFactory,
    UserFactory,
)

from .report_world import (
    IN_YEAR,
    LAST_YEAR,
    YEAR,
    check_in,
    crowd,
    held_date,
    register,
    surveyed,
    walk_in,
)

pytestmark = pytest.mark.django_db
DAY = timedelta(days=1)


def compute(key, year=YEAR, **filters):
    """The figure as the Figures page shows it: for the filters' group, suppressed."""
    return metrics.value_of(metrics.get(key), year, Filters(**filters), layout_for_district())


def value(key, **filters):
    return compute(f"events.{key}", **filters).value


@pytest.fixture
def world(site_tree):
    """A Parent University workshop at a center (4 registered, 3 came, a walk-in), Parent
    Portal classes at a focus school (2 people) and at another school (1), and a DELAC
    training the next day (2 members, who also came to the workshop). Everyone but the
    focus school's two is from the other school; one of those two came last year."""
    north = RegionFactory(name="North")
    focus = SchoolFactory(region=north, is_focus_school=True)
    other = SchoolFactory(region=north)
    center = CenterPageFactory(parent=site_tree["centers"], title="North Center", region=north)
    workshop = held_date(IN_YEAR, center=center)
    seated = crowd(workshop, 4, came=False, prefix="pu", school=other)
    for record in seated[:3]:
        check_in(record)
    walk_in(workshop, name="Walk-in", phone="+15595550199", school=other)
    crowd(held_date(IN_YEAR, Program.PARENT_PORTAL, school=focus), 2, prefix="pp", school=focus)
    crowd(held_date(IN_YEAR, Program.PARENT_PORTAL, school=other), 1, prefix="px", school=other)
    training = held_date(IN_YEAR + DAY, Program.COMMITTEE_TRAINING, committee=Committee.DELAC)
    # pu0 and pu1 are DELAC members; they last said Spanish is their language.
    crowd(training, 2, prefix="pu", school=other, language="es")
    check_in(register(held_date(LAST_YEAR), name="Guest 0", email="pp0@example.org"))
    return {"north": north, "focus": focus, "other": other, "center": center}


def test_the_event_figures_are_registered():
    keys = {metric.key for metric in metrics.registered()}
    assert {metric.key for metric in event_metrics.METRICS} <= keys
    assert metrics.get("events.no_show_rate").kind == "percent"
    assert not metrics.get("events.workshops_held").about_people


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_what_each_figure_counts(world):
    assert value("workshops_held") == 4
    assert value("parent_university_workshops") == 1
    assert value("registrations") == 4 + 2 + 1 + 2
    assert value("no_show_rate") == pytest.approx(1 / 9)  # pu3 did not come
    assert value("attendance") == 4 + 2 + 1 + 2
    # pu0..pu2, the walk-in, pp0, pp1, px0 (pu0 and pu1 again at the training): 7 people.
    assert compute("events.attendees") == MetricValue(7, people=7)
    assert value("first_time") == 6  # pp0 came last year
    assert value("parent_university_attendees") == 4
    assert value("parent_portal_focus_schools") == 2
    assert compute("events.parent_portal_focus_schools", school=world["other"]) == MetricValue(
        None, people=0
    )
    assert value("committee_members_trained") == 2
    assert value("committee_members_trained", language="es") == 2
    assert value("workshops_held", region=world["north"]) == 4 - 1  # the training is nowhere
    assert compute("events.workshops_held").people is None  # dates are not people


def test_satisfaction_is_the_share_of_answers_satisfied(db):
    date = held_date(IN_YEAR)
    for record, score in zip(crowd(date, 5, prefix="s"), (5, 4, 4, 2, 1), strict=True):
        surveyed(record.attendance, score)
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=5):
        assert compute("events.satisfaction") == MetricValue(pytest.approx(3 / 5), people=5)
        assert metrics.get("events.satisfaction").kind == "percent"
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=6):  # 5 respondents: too few
        assert compute("events.satisfaction") == MetricValue(None, suppressed=True)


def test_the_parent_university_baseline_and_target(db):
    plans = event_metrics.baseline()
    assert (plans.attendees, plans.workshops, plans.yearly_growth) == (1043, 88, 0.03)
    assert plans.target(SchoolYear.from_slug(plans.school_year)) == 1043
    start = SchoolYear.from_slug(plans.school_year).start_year
    assert plans.target(SchoolYear(start + 1)) == 1075  # 1,074.29 people: 1,075 reach it
    assert plans.target(SchoolYear(start + 2)) == 1107  # 1,106.52
    assert plans.target(SchoolYear(start - 1)) is None
    with override_settings(
        EVENTS_PARENT_UNIVERSITY_BASELINE={"school_year": "2024-25", "attendees": 200}
    ):
        assert value("parent_university_target") == 200
        assert value("parent_university_target", language="es") is None  # district-wide
        description = str(metrics.get("events.parent_university_attendees").description)
        assert "Baseline: 200 people at 88 workshops in 2024-25" in description


@override_settings(
    PORTAL_SMALL_CELL_THRESHOLD=1,
    EVENTS_PARENT_UNIVERSITY_BASELINE={"school_year": "2023-24", "attendees": 5},
)
def test_the_change_from_the_baseline(world):
    assert value("parent_university_change") == pytest.approx((4 - 5) / 5)
    assert value("parent_university_target") == 6  # 5 × 1.03 = 5.15, rounded up


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=3)
def test_figures_are_hidden_where_the_reports_hide_them(world):
    """The focus school's 2 people are hidden, and the other school's 5 with them (the
    region, 7, would give the 2 away): on the Figures page as in the report."""
    for school in (world["focus"], world["other"]):
        row = summary_rows(EventFilters(YEAR, school=school))[0]
        assert row.figures.attendees is None
        assert compute("events.attendees", school=school) == MetricValue(None, suppressed=True)
        # Parent Portal at focus schools is hidden wherever Parent Portal attendees are.
        row = summary_rows(EventFilters(YEAR, school=school, program=Program.PARENT_PORTAL))[0]
        assert row.figures.attendees is None
        assert compute("events.parent_portal_focus_schools", school=school).suppressed
    assert summary_rows(EventFilters(YEAR, region=world["north"]))[0].figures.attendees == 7
    assert compute("events.attendees", region=world["north"]).value == 7
    assert compute("events.attendees", language="es").suppressed  # 2 people
    assert value("committee_members_trained") is None  # 2 members
    assert value("workshops_held", school=world["focus"]) == 1  # things, never hidden


def test_one_table_for_all_the_figures_of_a_page(world, django_assert_max_num_queries):
    layout = layout_for_district()

    def compute_all():
        return [metrics.value_of(m, YEAR, Filters(), layout) for m in event_metrics.METRICS]

    with django_assert_max_num_queries(8) as queries:
        compute_all()
    crowd(held_date(IN_YEAR), 30, prefix="more")
    assert compute("events.attendees").value == 7 + 30  # a new layout: a new table
    with django_assert_max_num_queries(len(queries)):
        compute_all()


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_the_audience_narrows_to_events_written_for_it(calendar_index):
    parents = AudienceFactory(name="Parents", slug="parents")
    staff = AudienceFactory(name="School staff", slug="school-staff")
    page = publish(EventPageFactory(parent=calendar_index, audiences=[parents]))
    for_parents = held_date(IN_YEAR)
    for_parents.event_key = page.translation_key
    for_parents.save()
    crowd(for_parents, 3)
    crowd(held_date(IN_YEAR), 2)  # its page is gone: no audience to match

    assert value("attendees") == 5
    assert value("attendees", audience=parents) == 3
    assert compute("events.attendees", audience=staff.pk) == MetricValue(None, people=0)
    with pytest.raises(ValueError):
        compute("events.attendees", audience=999999)


def test_the_figures_page_lists_the_event_figures(client, world):
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    html = client.get(f"/admin/figures/?school_year={YEAR.slug}").content.decode()
    assert "Unduplicated Parent University attendees" in html
    assert "Baseline: 1,043 people at 88 workshops" in html
    assert "Parent Portal class attendees at focus schools" in html
    assert "Parent committee members trained" in html
    rows = client.get(f"/admin/figures/?school_year={YEAR.slug}&export=csv").content.decode()
    assert "events.committee_members_trained" in rows
