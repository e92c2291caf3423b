"""The pathway funnel, counted by hand on small examples (threshold 3 to keep them small)."""

import datetime

import pytest

from django.test import override_settings
from django.utils import timezone

from pathways.reports.filters import ReportFilters
from pathways.reports.funnel import COMPLETED, ENROLLED, STEP, pathway_funnel
from portal.school_year import SchoolYear
from tests.factories import AudienceFactory, RegionFactory, SchoolFactory, build_course
from tests.factories.report_data import enroll_people, in_year

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("small_cells")]
ALL_STEPS = ("pre", "module", "post")
THIS_YEAR = SchoolYear.current()


@pytest.fixture
def small_cells():
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=3):
        yield


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


def figures(rows):
    """(stage, people, share rounded, median days) per row."""
    return [
        (
            row.stage,
            row.people,
            None if row.share_of_enrolled is None else round(row.share_of_enrolled, 4),
            row.median_days,
        )
        for row in rows
    ]


def test_counts_people_at_each_stage_in_both_languages(course):
    enroll_people(course, 2, steps=ALL_STEPS, completed_after_days=2)
    enroll_people(course, 2, steps=ALL_STEPS, completed_after_days=4)
    enroll_people(course, 2, steps=("pre",))
    enroll_people(course, 1, steps=("pre", "module"), language="es")

    rows = pathway_funnel(ReportFilters(school_year=THIS_YEAR), language="en")

    assert figures(rows) == [
        ("Enrolled", 7, 1.0, None),
        ("Step 1: Confidence with school (Before)", 7, 1.0, None),
        ("Step 2: How to check grades", 5, round(5 / 7, 4), None),
        ("Step 3: Confidence with school (After)", 4, round(4 / 7, 4), None),
        ("Completed the pathway", 4, round(4 / 7, 4), 3.0),
    ]
    assert [row.kind for row in rows] == [ENROLLED, STEP, STEP, STEP, COMPLETED]
    assert {row.pathway_title for row in rows} == {"Partnering with your child's school"}
    assert {row.enrolled for row in rows} == {7}
    assert [row.step_id for row in rows[1:4]] == [
        course["steps"]["pre"],
        course["steps"]["module"],
        course["steps"]["post"],
    ]


def test_titles_follow_the_admin_language(course):
    enroll_people(course, 3, steps=("module",))

    rows = pathway_funnel(ReportFilters(), language="es")

    assert rows[0].pathway_title == "Colaborar con la escuela de su hijo"
    assert rows[2].stage == "Step 2: Cómo ver las calificaciones"


def test_a_deleted_pathway_keeps_its_snapshot_title(course):
    enroll_people(course, 3, completed_after_days=1)
    course["pathway_es"].delete()
    course["pathway"].delete()

    rows = pathway_funnel(ReportFilters(), language="en")

    assert figures(rows) == [("Enrolled", 3, 1.0, None), ("Completed the pathway", 3, 1.0, 1.0)]
    assert rows[0].pathway_title == "Partnering with your child's school"


def test_snapshot_title_prefers_the_admin_language(course):
    enroll_people(course, 3, language="es")
    course["pathway_es"].delete()

    rows = pathway_funnel(ReportFilters(), language="es")

    assert rows[0].pathway_title == "Colaborar con la escuela de su hijo"


def test_figures_about_fewer_than_the_threshold_are_suppressed(course):
    # 3 enrolled (= N: shown), 3 did the first step, 2 the module (N − 1: hidden), 0 finished
    # (zero is nobody: shown).
    enroll_people(course, 1, steps=("pre",))
    enroll_people(course, 2, steps=("pre", "module"))

    rows = pathway_funnel(ReportFilters(), language="en")

    assert figures(rows) == [
        ("Enrolled", 3, 1.0, None),
        ("Step 1: Confidence with school (Before)", 3, 1.0, None),
        ("Step 2: How to check grades", None, None, None),
        ("Step 3: Confidence with school (After)", 0, 0.0, None),
        ("Completed the pathway", 0, 0.0, None),
    ]
    assert [row.suppressed for row in rows] == [False, False, True, False, False]
    assert {row.enrolled for row in rows} == {3}


def test_a_pathway_with_fewer_than_the_threshold_enrolled_shows_no_figures(course):
    enroll_people(course, 2, steps=ALL_STEPS, completed_after_days=1)

    rows = pathway_funnel(ReportFilters(), language="en")

    assert all(row.suppressed for row in rows)
    assert {(row.enrolled, row.people, row.share_of_enrolled, row.median_days) for row in rows} == {
        (None, None, None, None)
    }


def test_school_year_counts_who_started_in_it(course):
    enroll_people(course, 3, steps=("pre",), started_at=in_year(THIS_YEAR))
    enroll_people(course, 4, steps=("pre",), started_at=in_year(THIS_YEAR.previous()))
    # Late on 30 June (local time) belongs to the year that ends then.
    last_evening = datetime.datetime.combine(THIS_YEAR.previous().last_day, datetime.time(23, 30))
    enroll_people(course, 5, started_at=timezone.make_aware(last_evening))

    enrolled = {
        year: pathway_funnel(ReportFilters(school_year=year), language="en")[0].people
        for year in (THIS_YEAR, THIS_YEAR.previous())
    }

    assert enrolled == {THIS_YEAR: 3, THIS_YEAR.previous(): 9}
    assert pathway_funnel(ReportFilters(), language="en")[0].people == 12
    assert pathway_funnel(ReportFilters(school_year=THIS_YEAR.previous().previous())) == []


def test_school_region_language_and_audience_narrow_the_funnel(course):
    north = RegionFactory(name="North")
    here = SchoolFactory(region=north)
    there = SchoolFactory(region=north)
    elsewhere = SchoolFactory()
    enroll_people(course, 3, school=here)
    enroll_people(course, 4, school=there, language="es")
    enroll_people(course, 5, school=elsewhere)

    def enrolled(**filters):
        rows = pathway_funnel(ReportFilters(**filters), language="en")
        return rows[0].people if rows else 0

    assert enrolled() == 12
    assert enrolled(school=here) == 3
    assert enrolled(region=north) == 7
    assert enrolled(language="es") == 4
    assert enrolled(language="en") == 8

    parents = AudienceFactory(name="Parents")
    staff = AudienceFactory(name="Staff")
    course["pathway"].audiences.set([parents])
    course["pathway"].save()
    assert enrolled(audience=parents) == 12
    assert enrolled(audience=staff) == 0


def test_steps_follow_the_current_definition(course):
    """A step removed from the pathway is no longer a stage; the others keep their counts."""
    enroll_people(course, 3, steps=ALL_STEPS)
    pathway = course["pathway"]
    pathway.steps = [item for item in pathway.steps.raw_data if item["type"] != "module"]
    pathway.save()

    rows = pathway_funnel(ReportFilters(), language="en")

    assert [row.stage for row in rows] == [
        "Enrolled",
        "Step 1: Confidence with school (Before)",
        "Step 2: Confidence with school (After)",
        "Completed the pathway",
    ]
    assert [row.people for row in rows] == [3, 3, 3, 0]


def test_query_count_does_not_grow_with_people(course, django_assert_max_num_queries):
    enroll_people(course, 2, steps=ALL_STEPS, completed_after_days=1)
    # Enrollments, their steps, the pages, step titles (2), the regions and schools (2).
    with django_assert_max_num_queries(7):
        pathway_funnel(ReportFilters(school_year=THIS_YEAR), language="en")
    enroll_people(course, 30, steps=ALL_STEPS, completed_after_days=1)
    with django_assert_max_num_queries(7):
        rows = pathway_funnel(ReportFilters(school_year=THIS_YEAR), language="en")
    assert rows[0].people == 32


def test_a_small_language_is_hidden_with_a_second_figure_so_it_cannot_be_subtracted(course):
    """12 people: 10 in English, 2 in Spanish. Showing 12 and 10 would give the 2 away."""
    enroll_people(course, 10)
    enroll_people(course, 2, language="es")

    def enrolled(**filters):
        return pathway_funnel(ReportFilters(**filters), language="en")[0].enrolled

    shown = {
        name: enrolled(**f)
        for name, f in {
            "all": {},
            "en": {"language": "en"},
            "es": {"language": "es"},
        }.items()
    }
    assert shown["es"] is None
    assert None in (shown["all"], shown["en"])  # one of them hidden too


def test_queries_do_not_grow_with_schools(course, django_assert_max_num_queries):
    schools = [SchoolFactory() for _school in range(12)]
    for school in schools:
        enroll_people(course, 2, school=school)
    with django_assert_max_num_queries(7):
        pathway_funnel(ReportFilters(school_year=THIS_YEAR, school=schools[0]), language="en")
