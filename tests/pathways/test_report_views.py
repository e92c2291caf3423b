"""The learning reports in the admin: who may see them, filters, suppression, CSV/XLSX export."""

import csv
import io

import openpyxl
import pytest

from django.test import override_settings
from django.urls import reverse

from pathways.reports.filters import ReportFilterSet
from portal import roles
from portal.school_year import SchoolYear
from tests.factories import (
    RegionFactory,
    SchoolFactory,
    UserFactory,
    build_course,
    translate_snippet,
)
from tests.factories.records import right_answers, take_pathway, wrong_answers
from tests.factories.report_data import answer_quiz, enroll_people, in_year

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("small_cells")]
THIS_YEAR = SchoolYear.current()
REPORTS = ["funnel", "quiz_items", "quiz_by_school", "self_efficacy"]


@pytest.fixture
def small_cells():
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=3):
        yield


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


@pytest.fixture
def staff_client(client, db):
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    return client


def url(name, **query):
    from urllib.parse import urlencode

    base = reverse(f"pathways_reports:{name}")
    return f"{base}?{urlencode(query)}" if query else base


def read_csv(response):
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def read_xlsx(response):
    assert "spreadsheetml" in response["Content-Type"]
    book = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = list(book.active.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


# --------------------------------------------------------------------------
# Who may see the reports
# --------------------------------------------------------------------------


@pytest.mark.parametrize("report", REPORTS)
@pytest.mark.parametrize(
    "role, goes_to",
    [
        (roles.SCHOOL_STAFF, "wagtailadmin_login"),
        (roles.COMMUNITY_PARTNERS, "wagtailadmin_home"),  # in the admin, not the reports
        (roles.COMMUNICATIONS_STAFF, "wagtailadmin_home"),
        (None, "wagtailadmin_login"),
    ],
    ids=["school-staff", "partner", "comms", "anonymous"],
)
def test_only_people_with_the_permission_see_a_report(client, site_tree, report, role, goes_to):
    if role is not None:
        client.force_login(UserFactory(roles=[role]))
    for address in (
        url(report),
        url(report, export="csv"),
        reverse(f"pathways_reports:{report}_results"),
    ):
        response = client.get(address)
        assert response.status_code == 302, address
        assert response.url.startswith(reverse(goes_to))


def test_the_reports_menu_lists_the_reports_only_for_family_engagement_staff(client, site_tree):
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert all(url(report) in home for report in REPORTS)

    client.force_login(UserFactory(roles=[roles.COMMUNICATIONS_STAFF]))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert not any(url(report) in home for report in REPORTS)


# --------------------------------------------------------------------------
# Pages: explanation, suppression, filters
# --------------------------------------------------------------------------


def test_funnel_page_shows_figures_and_suppressed_cells(staff_client, course):
    enroll_people(course, 3, steps=("pre",))
    enroll_people(course, 2, steps=("pre", "module"))

    response = staff_client.get(url("funnel"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "People who started each pathway in the period" in html
    assert "a figure about fewer than 3 people is not shown" in html
    assert "Partnering with your child&#x27;s school" in html
    assert "Step 1: Confidence with school (Before)" in html
    assert "Not shown" in html
    assert "40.0%" not in html  # 2 of 5 did the module: hidden, share too
    assert "100.0%" in html


def test_default_school_year_is_the_current_one(staff_client, course):
    enroll_people(course, 3, started_at=in_year(THIS_YEAR))
    enroll_people(course, 4, started_at=in_year(THIS_YEAR.previous()))

    current = staff_client.get(url("funnel", export="csv"))
    last_year = staff_client.get(url("funnel", export="csv", school_year=THIS_YEAR.previous().slug))

    assert read_csv(current)[0]["People"] == "3"
    assert read_csv(last_year)[0]["People"] == "4"
    # No "all years" total: one year could be subtracted from it.
    every_year = staff_client.get(url("funnel", school_year="")).content.decode()
    assert "These filters could not be used" in every_year


BAD_FILTERS = {
    "unknown-school": ({"school": "999999"}, "School"),
    "bad-school": ({"school": "not-a-number"}, "School"),
    "bad-year": ({"school_year": "garbage"}, "School year"),
    "bad-language": ({"language": "xx"}, "Language"),
    "unknown-region": ({"region": "999999"}, "Region"),
}


@pytest.mark.parametrize(
    "report, query, field",
    [
        pytest.param(report, query, field, id=f"{name}-{report}")
        for report in REPORTS
        for name, (query, field) in BAD_FILTERS.items()
        # The report by school has no language filter (see the next test).
        if not (report == "quiz_by_school" and "language" in query)
    ],
)
def test_an_invalid_filter_is_a_form_error(staff_client, site_tree, report, query, field):
    response = staff_client.get(url(report, **query))

    assert response.status_code == 200
    html = response.content.decode()
    assert "These filters could not be used" in html
    assert f"<li>{field}: " in html  # the field's own message, e.g. "Select a valid choice"


@pytest.mark.parametrize("report", ["funnel", "quiz_items", "self_efficacy"])
def test_a_place_and_a_language_together_are_refused(staff_client, site_tree, report):
    school = SchoolFactory()
    html = staff_client.get(url(report, school=school.pk, language="es")).content.decode()
    assert "These filters could not be used" in html
    assert "but not both" in html


def test_the_report_by_school_has_no_language_filter(staff_client, site_tree):
    html = staff_client.get(url("quiz_by_school", language="es")).content.decode()
    assert 'name="language"' not in html
    assert "These filters could not be used" not in html


def test_export_links_keep_the_filters(staff_client, course):
    school = SchoolFactory()
    enroll_people(course, 3, school=school)

    html = staff_client.get(url("funnel", school=school.pk, audience="")).content.decode()

    for fmt in ("csv", "xlsx"):
        link = f"school={school.pk}&amp;school_year={THIS_YEAR.slug}&amp;export={fmt}"
        assert link in html


def test_filters_narrow_the_page(staff_client, course):
    north = RegionFactory(name="North")
    north_es = translate_snippet(north, "es", name="Norte", slug="norte")
    here, there = SchoolFactory(region=north), SchoolFactory()
    enroll_people(course, 3, school=here)
    enroll_people(course, 5, school=there, language="es")

    def people(**query):
        return read_csv(staff_client.get(url("funnel", export="csv", **query)))[0]["People"]

    assert people() == "8"
    assert people(school=here.pk) == "3"
    assert people(language="es") == "5"
    # Regions are chosen by translation key: the same link in either admin language.
    assert people(region=north.translation_key) == people(region=north_es.translation_key) == "3"
    html = staff_client.get(url("funnel")).content.decode()
    assert f'value="{north.translation_key}"' in html


# --------------------------------------------------------------------------
# Exports
# --------------------------------------------------------------------------


def test_funnel_exports_csv_and_xlsx_with_suppressed_cells_empty(staff_client, course):
    enroll_people(course, 3, steps=("pre",), completed_after_days=None)
    enroll_people(course, 2, steps=("pre", "module"))
    key = str(course["pathway"].translation_key)

    csv_rows = read_csv(staff_client.get(url("funnel", export="csv")))
    xlsx_rows = read_xlsx(staff_client.get(url("funnel", export="xlsx")))

    assert list(csv_rows[0]) == [
        "Pathway key",
        "Pathway",
        "Stage number",
        "Stage",
        "People enrolled",
        "People",
        "Share of enrolled (0–1)",
        "Median days to complete",
        "Suppressed",
    ]
    assert [
        (r["Stage"], r["People"], r["Share of enrolled (0–1)"], r["Suppressed"]) for r in csv_rows
    ] == [
        ("Enrolled", "5", "1.0", "False"),
        ("Step 1: Confidence with school (Before)", "5", "1.0", "False"),
        ("Step 2: How to check grades", "", "", "True"),
        ("Step 3: Confidence with school (After)", "0", "0.0", "False"),
        ("Completed the pathway", "0", "0.0", "False"),
    ]
    assert {r["Pathway key"] for r in csv_rows} == {key}
    assert [(r["Stage"], r["People"], r["Suppressed"]) for r in xlsx_rows] == [
        ("Enrolled", 5, False),
        ("Step 1: Confidence with school (Before)", 5, False),
        ("Step 2: How to check grades", None, True),
        ("Step 3: Confidence with school (After)", 0, False),
        ("Completed the pathway", 0, False),
    ]
    response = staff_client.get(url("funnel", export="xlsx"))
    assert f"pathway-funnel-{THIS_YEAR.slug}.xlsx" in response["Content-Disposition"]


def test_quiz_items_export_one_row_per_answer(staff_client, course):
    module = course["module"]
    answer_quiz(module, right_answers(module), count=2)
    answer_quiz(course["module_es"], wrong_answers(module))

    rows = read_xlsx(staff_client.get(url("quiz_items", export="xlsx")))

    assert len(rows) == 2 + 3 + 2  # the three questions' answers
    first = rows[0]
    assert first["People who answered"] == 3
    assert first["Share correct (0–1)"] == round(2 / 3, 4)
    assert first["Module"] == "How to check grades"
    assert {row["Suppressed"] for row in rows} == {False}
    html = staff_client.get(url("quiz_items")).content.decode()
    assert "first attempt only" in html
    assert "66.7%" in html
    assert 'In the Parent Portal<span class="w-sr-only"> (correct answer)</span>' in html


def test_quiz_by_school_page_and_export(staff_client, course):
    school = SchoolFactory(name="Lincoln Elementary", code="LIN")
    other = SchoolFactory(name="Adams Elementary", code="ADA")
    module = course["module"]
    answer_quiz(module, right_answers(module), count=5, school=school)
    answer_quiz(module, right_answers(module), count=3, school=other)
    answer_quiz(module, right_answers(module), count=2)

    html = staff_client.get(url("quiz_by_school")).content.decode()
    rows = read_csv(staff_client.get(url("quiz_by_school", export="csv")))

    assert "Lincoln Elementary" in html and "Not shown" in html
    # "No school recorded" (2) is hidden, and Adams with it: all minus Lincoln would tell.
    assert [(r["School"], r["People who answered"], r["Suppressed"]) for r in rows[:3]] == [
        ("Lincoln Elementary", "5", "False"),
        ("Adams Elementary", "", "True"),
        ("No school recorded", "", "True"),
    ]


def test_self_efficacy_page_and_export(staff_client, course):
    for _person in range(3):
        take_pathway(UserFactory(), course)

    html = staff_client.get(url("self_efficacy")).content.decode()
    rows = read_csv(staff_client.get(url("self_efficacy", export="csv")))

    assert "Confidence with school" in html
    overall = rows[0]
    assert list(overall)[:7] == [
        "Survey key",
        "Survey",
        "Pathway key (empty: all pathways)",
        "Pathway",
        "Subscale key",
        "Subscale",
        "People with before and after",
    ]
    assert list(overall)[-1] == "Suppressed"
    assert overall["Subscale key"] == "overall"
    assert (overall["Pathway key (empty: all pathways)"], overall["Pathway"]) == (
        "",
        "All pathways",
    )
    by_pathway = [r for r in rows if r["Pathway"] == "Partnering with your child's school"]
    assert by_pathway[0]["People with before and after"] == "3"
    assert "Partnering with your child&#x27;s school" in html
    assert overall["People with before and after"] == "3"
    assert overall["Suppressed"] == "False"
    assert float(overall["Mean change"]) > 0


def test_self_efficacy_suppressed_rows(staff_client, course):
    for _person in range(2):
        take_pathway(UserFactory(), course)

    html = staff_client.get(url("self_efficacy")).content.decode()
    rows = read_csv(staff_client.get(url("self_efficacy", export="csv")))

    assert "Not shown" in html
    assert rows and all(row["Suppressed"] == "True" for row in rows)
    assert {row["People with before and after"] for row in rows} == {""}
    assert {row["Mean change"] for row in rows} == {""}


# --------------------------------------------------------------------------
# Query budget: the same bound for 2 and 30 learners
# --------------------------------------------------------------------------


def add_learners(course, count, school):
    module = course["module"]
    enroll_people(course, count, steps=("pre", "module"), school=school, completed_after_days=2)
    answer_quiz(module, right_answers(module), count=count, school=school)


@pytest.mark.parametrize("report", REPORTS)
def test_query_count_does_not_grow_with_learners(
    staff_client, course, report, django_assert_max_num_queries
):
    school = SchoolFactory()
    add_learners(course, 2, school)
    staff_client.get(url(report))  # warm the per-process caches (content types, site)
    with django_assert_max_num_queries(24):
        assert staff_client.get(url(report)).status_code == 200
    add_learners(course, 28, school)
    with django_assert_max_num_queries(24):
        assert staff_client.get(url(report)).status_code == 200


def test_the_filterset_defaults_to_the_current_school_year(db):
    filterset = ReportFilterSet(data={})
    assert filterset.report_filters().school_year == THIS_YEAR
    assert ReportFilterSet(data={"school_year": ""}).report_filters() is None  # no "all years"
    assert ReportFilterSet(data={"school_year": "1999-00"}).report_filters() is None
