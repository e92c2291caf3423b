"""The event reports in the admin: who may see them, the page, filters, CSV and XLSX export."""

import csv
import io
from urllib.parse import urlencode

import openpyxl
import pytest

from django.test import override_settings
from django.urls import reverse

from events.kinds import Committee, Program
from portal import roles
from tests.factories import RegionFactory, SchoolFactory, UserFactory

from .report_world import IN_YEAR, YEAR, crowd, held_date, surveyed

pytestmark = pytest.mark.django_db
REPORTS = ["workshops", "committees", "surveys"]


@pytest.fixture(autouse=True)
def small_cells():
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=3):
        yield


@pytest.fixture
def staff_client(client, db):
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    return client


@pytest.fixture
def schools(db):
    """Two schools in the North: 2 people from the small one, 5 from the other (who all
    answered the survey: 5, 5, 4, 3 and 2 out of 5)."""
    north = RegionFactory(name="North")
    small = SchoolFactory(region=north, name="Small Elementary")
    other = SchoolFactory(region=north, name="Other Elementary")
    date = held_date(IN_YEAR)
    crowd(date, 2, prefix="small", school=small)
    others = crowd(date, 5, prefix="other", school=other, language="es")
    for record, score in zip(others, (5, 5, 4, 3, 2), strict=True):
        surveyed(record.attendance, score, recommend=score > 2)
    return {"north": north, "small": small, "other": other}


def url(name, **query):
    query.setdefault("school_year", YEAR.slug)
    return f"{reverse(f'events_reports:{name}')}?{urlencode(query)}"


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
        ("parent", "wagtailadmin_login"),  # no admin at all
        (roles.COMMUNICATIONS_STAFF, "wagtailadmin_home"),  # in the admin, not the reports
        (roles.COMMUNITY_PARTNERS, "wagtailadmin_home"),
        (None, "wagtailadmin_login"),
    ],
    ids=["parent", "comms", "partner", "anonymous"],
)
def test_only_people_with_the_permission_see_a_report(client, db, report, role, goes_to):
    if role == "parent":
        client.force_login(UserFactory())
    elif role is not None:
        client.force_login(UserFactory(roles=[role]))
    for address in (
        url(report),
        url(report, export="csv"),
        url(report, export="xlsx"),
        reverse(f"events_reports:{report}_results"),
    ):
        response = client.get(address)
        assert response.status_code == 302, address
        assert response.url.startswith(reverse(goes_to))


def test_the_reports_menu_lists_them_only_for_family_engagement_staff(client, db):
    links = [reverse(f"events_reports:{report}") for report in REPORTS]
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert all(link in home for link in links)

    client.force_login(UserFactory(roles=[roles.COMMUNICATIONS_STAFF]))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert not any(link in home for link in links)


# --------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------


def test_the_page_shows_figures_and_hides_small_cells(staff_client, schools):
    everyone = staff_client.get(url("workshops")).content.decode()
    small = staff_client.get(url("workshops", school=schools["small"].pk)).content.decode()

    assert "For each program and all of them together" in everyone
    assert "a figure about fewer than 3 people is not shown" in everyone
    assert '<th scope="row"><strong>All programs</strong></th>' in everyone
    assert "<td>7</td>" in everyone  # attendees
    assert '<th scope="col">Satisfied (4–5 of 5)</th>' in everyone
    assert "<td>60.0%</td>" in everyone  # 3 of the 5 answers
    assert "<td>Not shown</td>" not in everyone
    assert "<td>Not shown</td>" in small
    assert "<td>2</td>" not in small


def test_a_center_a_place_and_a_language_are_chosen_one_at_a_time(staff_client, schools):
    html = staff_client.get(url("workshops", school=schools["small"].pk, language="es"))
    html = html.content.decode()
    assert "These filters could not be used" in html
    assert "one at a time" in html
    bad_year = staff_client.get(url("workshops", school_year="2024")).content.decode()
    assert "These filters could not be used" in bad_year
    every_year = staff_client.get(url("workshops", school_year="")).content.decode()
    assert "These filters could not be used" in every_year  # no "all years" total


def test_export_links_keep_the_filters(staff_client, schools):
    html = staff_client.get(url("workshops", language="es", program="")).content.decode()
    for fmt in ("csv", "xlsx"):
        assert f"language=es&amp;school_year={YEAR.slug}&amp;export={fmt}" in html


def test_the_committee_report_lists_committees_and_has_no_program_filter(staff_client, db):
    for committee, people in ((Committee.DELAC, 4), (Committee.DAC, 2)):
        date = held_date(IN_YEAR, Program.COMMITTEE_TRAINING, committee=committee)
        crowd(date, people, prefix=committee)

    html = staff_client.get(url("committees", program=Program.PARENT_PORTAL)).content.decode()
    rows = read_csv(staff_client.get(url("committees", export="csv")))

    assert 'name="program"' not in html
    assert "District English Learner Advisory Committee (DELAC)" in html
    assert [(r["Committee"], r["Trainings held"], r["Members trained"]) for r in rows[:3]] == [
        ("All committees", "2", "6"),
        ("District Advisory Council (DAC)", "1", ""),  # 2 people
        ("African American Parent Council (AAPC)", "0", "0"),
    ]
    delac = next(r for r in rows if r["Row key"] == "committee:delac")
    assert (delac["Members trained"], delac["Suppressed"]) == ("", "True")  # or 6 − 2


# --------------------------------------------------------------------------
# Exports
# --------------------------------------------------------------------------


def test_exports_have_raw_numbers_and_empty_hidden_cells(staff_client, schools):
    small = schools["small"].pk
    everyone = read_csv(staff_client.get(url("workshops", export="csv")))
    hidden = read_csv(staff_client.get(url("workshops", export="csv", school=small)))
    hidden_xlsx = read_xlsx(staff_client.get(url("workshops", export="xlsx", school=small)))

    assert list(everyone[0]) == [
        "Row key",
        "Program",
        "Workshops held",
        "Registrations",
        "No-show rate (0–1)",
        "Attendance (check-ins)",
        "Unduplicated attendees",
        "First-time attendees",
        "Survey respondents",
        "Survey response rate (0–1)",
        "Satisfied, 4–5 of 5 (0–1)",
        "Mean satisfaction (1–5)",
        "Mean learned something useful (1–5)",
        "Would recommend (0–1)",
        "Suppressed",
    ]
    assert everyone[0] == {
        "Row key": "all",
        "Program": "All programs",
        "Workshops held": "1",
        "Registrations": "7",
        "No-show rate (0–1)": "0.0",
        "Attendance (check-ins)": "7",
        "Unduplicated attendees": "7",
        "First-time attendees": "7",
        "Survey respondents": "5",
        "Survey response rate (0–1)": "1.0",
        "Satisfied, 4–5 of 5 (0–1)": "0.6",
        "Mean satisfaction (1–5)": "3.8",
        "Mean learned something useful (1–5)": "4.0",
        "Would recommend (0–1)": "0.8",
        "Suppressed": "False",
    }
    assert (hidden[0]["Unduplicated attendees"], hidden[0]["Suppressed"]) == ("", "True")
    assert hidden[0]["Registrations"] == hidden[0]["No-show rate (0–1)"] == ""
    assert hidden[0]["Survey respondents"] == hidden[0]["Mean satisfaction (1–5)"] == ""
    assert hidden_xlsx[0]["Unduplicated attendees"] is None
    assert hidden_xlsx[0]["Suppressed"] is True
    # The other school is hidden too (or the region minus it would give the small one).
    other = read_csv(staff_client.get(url("workshops", export="csv", school=schools["other"].pk)))
    assert other[0]["Unduplicated attendees"] == ""
    assert other[0]["Satisfied, 4–5 of 5 (0–1)"] == ""  # its 5 respondents go with it
    region = schools["north"].translation_key
    assert (
        read_csv(staff_client.get(url("workshops", export="csv", region=region)))[0][
            "Unduplicated attendees"
        ]
        == "7"
    )
    response = staff_client.get(url("workshops", export="xlsx"))
    assert f"workshops-and-attendance-{YEAR.slug}.xlsx" in response["Content-Disposition"]
