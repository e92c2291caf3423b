"""Staff download a period's xAPI statements as JSON (Reports → xAPI statements)."""

import datetime
import json

import pytest

from django.urls import reverse
from django.utils import timezone

from portal import roles
from portal.school_year import SchoolYear
from tests.factories import UserFactory
from tests.factories.statements import LearningStatementFactory

pytestmark = pytest.mark.django_db

URL = "/admin/learning/xapi/"
ZONE = timezone.get_current_timezone()


def at(day, hour=0, minute=0, second=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute, second), tzinfo=ZONE)


def download(client, first, last):
    return client.get(
        URL, {"date_from": first.isoformat(), "date_to": last.isoformat(), "download": "json"}
    )


def body_of(response):
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.fixture
def staff(client):
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    return client


def test_the_page_is_at_the_admin_url():
    assert reverse("pathways_xapi_download") == URL


# --------------------------------------------------------------------------
# Who may download
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "role",
    [None, roles.SCHOOL_STAFF],
    ids=["parent", "school-staff"],
)
def test_people_without_the_admin_are_sent_to_the_admin_login(client, role):
    LearningStatementFactory()
    client.force_login(UserFactory(roles=[role] if role else []))
    year = SchoolYear.current()
    for response in (client.get(URL), download(client, year.first_day, year.last_day)):
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))


def test_an_anonymous_visitor_is_sent_to_the_admin_login(client):
    LearningStatementFactory()
    response = download(client, datetime.date(2020, 1, 1), datetime.date(2030, 1, 1))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_communications_staff_are_forbidden(client):
    statement = LearningStatementFactory()
    client.force_login(UserFactory(roles=[roles.COMMUNICATIONS_STAFF]))
    for response in (
        client.get(URL),
        download(client, datetime.date(2020, 1, 1), datetime.date(2030, 1, 1)),
    ):
        assert response.status_code == 403
        assert "Content-Disposition" not in response
        assert str(statement.id) not in response.content.decode()


def test_reading_the_reports_is_not_enough_to_download(client, site_tree):
    from django.contrib.auth.models import Permission

    statement = LearningStatementFactory()
    reader = UserFactory(roles=[roles.COMMUNICATIONS_STAFF])
    reader.user_permissions.add(Permission.objects.get(codename="view_learning_reports"))
    client.force_login(reader)
    response = download(client, datetime.date(2020, 1, 1), datetime.date(2030, 1, 1))
    assert response.status_code == 403
    assert str(statement.id) not in response.content.decode()


def test_the_reports_menu_shows_the_page_to_staff_who_may_download(client, site_tree):
    client.force_login(UserFactory(roles=[roles.COMMUNICATIONS_STAFF]))
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()


# --------------------------------------------------------------------------
# The form
# --------------------------------------------------------------------------


def test_the_form_starts_with_the_current_school_year_and_its_count(staff):
    year = SchoolYear.current()
    start, end = year.bounds()
    LearningStatementFactory.create_batch(2, timestamp=start)
    LearningStatementFactory(timestamp=end - datetime.timedelta(seconds=1))
    LearningStatementFactory(timestamp=start - datetime.timedelta(seconds=1))
    response = staff.get(URL)
    assert response.status_code == 200
    form = response.context["form"]
    assert form["date_from"].value() == year.first_day.isoformat()
    assert form["date_to"].value() == year.last_day.isoformat()
    assert response.context["count"] == 3
    html = response.content.decode()
    assert "3 statements in this period." in html
    assert 'for="id_date_from"' in html and 'for="id_date_to"' in html
    assert "Download JSON" in html


@pytest.mark.parametrize(
    "query",
    [
        {"date_from": "2026-13-45", "date_to": "2027-06-30"},
        {"date_from": "", "date_to": "2027-06-30"},
        {"date_from": "2026-07-01", "date_to": "yesterday"},
    ],
    ids=["impossible-date", "missing-date", "not-a-date"],
)
def test_an_invalid_date_is_a_form_error_and_no_download(staff, query):
    LearningStatementFactory()
    response = staff.get(URL, {**query, "download": "json"})
    assert response.status_code == 200
    assert not response.streaming
    assert "Content-Disposition" not in response
    assert response.context["form"].errors
    assert response.context["count"] is None


def test_from_after_to_is_a_clear_error(staff):
    response = staff.get(
        URL, {"date_from": "2027-01-02", "date_to": "2027-01-01", "download": "json"}
    )
    assert response.status_code == 200
    assert "Content-Disposition" not in response
    assert response.context["form"].non_field_errors() == [
        "The “from” date must be on or before the “to” date."
    ]
    assert "must be on or before" in response.content.decode()


# --------------------------------------------------------------------------
# The file
# --------------------------------------------------------------------------


def test_the_download_is_the_periods_statements_in_time_order(staff):
    first, last = datetime.date(2026, 9, 1), datetime.date(2026, 9, 30)
    inside = [
        LearningStatementFactory(timestamp=at(last, 23, 59, 59)),
        LearningStatementFactory(timestamp=at(first)),
        LearningStatementFactory(timestamp=at(datetime.date(2026, 9, 15), 12)),
    ]
    LearningStatementFactory(timestamp=at(first) - datetime.timedelta(seconds=1))
    LearningStatementFactory(timestamp=at(last + datetime.timedelta(days=1)))

    response = download(staff, first, last)

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="xapi-statements-2026-09-01-to-2026-09-30.json"'
    )
    data = json.loads(body_of(response))
    expected = sorted(inside, key=lambda row: row.timestamp)
    assert [item["id"] for item in data] == [str(row.id) for row in expected]
    assert data[0] == expected[0].statement


def test_a_period_without_statements_is_an_empty_array(staff):
    LearningStatementFactory(timestamp=at(datetime.date(2026, 9, 1)))
    response = download(staff, datetime.date(2025, 1, 1), datetime.date(2025, 1, 31))
    assert json.loads(body_of(response)) == []


def test_the_count_is_of_the_chosen_period(staff):
    LearningStatementFactory(timestamp=at(datetime.date(2026, 9, 1), 8))
    LearningStatementFactory(timestamp=at(datetime.date(2026, 9, 2), 8))
    response = staff.get(URL, {"date_from": "2026-09-01", "date_to": "2026-09-01"})
    assert response.context["count"] == 1
    assert "1 statement in this period." in response.content.decode()
