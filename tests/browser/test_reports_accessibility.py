"""The learning reports in a real browser: axe-core on each report, and the filter drawer.

Family-engagement staff open each report in the Wagtail admin; changing a filter
refreshes the results and the export links keep the new filter.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.test import Client, override_settings

from portal import roles
from portal.school_year import SchoolYear
from tests.browser.axe import describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]
SHOTS_DIR = os.environ.get("PORTAL_SHOTS_DIR")
REPORTS = {
    "funnel": "/admin/learning-reports/funnel/",
    "quiz_items": "/admin/learning-reports/quiz-questions/",
    "quiz_by_school": "/admin/learning-reports/quiz-questions-by-school/",
    "self_efficacy": "/admin/learning-reports/self-efficacy/",
}


@pytest.fixture
def report_data(db):
    """A course, three people through it at one school, two quiz takers at another."""
    from tests.factories import SchoolFactory, UserFactory, build_course, build_site
    from tests.factories.records import right_answers, take_pathway
    from tests.factories.report_data import answer_quiz, enroll_people

    tree = build_site()
    course = build_course(tree)
    lincoln = SchoolFactory(name="Lincoln Elementary", code="LIN")
    adams = SchoolFactory(name="Adams Elementary", code="ADA")
    for _person in range(3):
        take_pathway(UserFactory(school=lincoln), course)
    enroll_people(course, 2, steps=("pre",), school=adams)
    answer_quiz(course["module"], right_answers(course["module"]), count=2, school=adams)
    return {"lincoln": lincoln, "adams": adams}


@pytest.fixture
def staff_context(new_context, live_server):
    from tests.factories import UserFactory

    client = Client()
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    context = new_context(locale="en-US", viewport={"width": 1280, "height": 800})
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
    return context


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=3)
@pytest.mark.parametrize("name", list(REPORTS), ids=list(REPORTS))
def test_no_wcag_violations(staff_context, report_data, name):
    page = staff_context.new_page()
    response = page.goto(REPORTS[name])
    assert response.status == 200
    page.wait_for_load_state("load")
    expect(page.locator("#listing-results table").first).to_be_visible()
    if SHOTS_DIR:
        Path(SHOTS_DIR).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS_DIR}/report-{name}.png", full_page=True)

    violations = run_axe(page)["violations"]
    assert violations == [], (
        f"axe found {len(violations)} WCAG 2.1 A/AA violation(s) on {REPORTS[name]}:\n"
        f"{describe_violations(violations)}"
    )


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=3)
def test_choosing_a_school_refreshes_the_results_and_the_export_links(staff_context, report_data):
    page = staff_context.new_page()
    page.goto(REPORTS["quiz_by_school"])
    results = page.locator("#listing-results")
    expect(results).to_contain_text("Lincoln Elementary")
    expect(results).to_contain_text("Adams Elementary")

    page.get_by_role("button", name="Show filters").click()
    page.get_by_role("button", name="School", exact=True).click()
    page.get_by_label("School", exact=True).select_option(label="Lincoln Elementary")

    expect(results).not_to_contain_text("Adams Elementary")
    expect(results).to_contain_text("Lincoln Elementary")
    csv_link = results.get_by_role("link", name="Download CSV")
    query = f"school_year={SchoolYear.current().slug}&school={report_data['lincoln'].pk}"
    expect(csv_link).to_have_attribute("href", f"{REPORTS['quiz_by_school']}?{query}&export=csv")
