"""The staff's "Survey answers" report: per event, suppressed, comments without names."""

from datetime import timedelta

import pytest

from django.test import override_settings
from django.urls import reverse

from events.kinds import Program
from events.reports import EventFilters
from events.survey_answers import comments, survey_rows
from portal import roles
from tests.factories import CenterPageFactory, UserFactory

from .report_world import IN_YEAR, YEAR, crowd, held_date, surveyed
from .test_report_views import read_csv

pytestmark = pytest.mark.django_db
WEEK = timedelta(days=7)


def answered(date, scores, prefix, comment=""):
    """People who came to ``date`` and answered ``scores`` (the first one comments)."""
    for n, (record, score) in enumerate(
        zip(crowd(date, len(scores), prefix=prefix), scores, strict=True)
    ):
        attendance = surveyed(record.attendance, score)
        if n == 0 and comment:
            attendance.survey_response.comment = comment
            attendance.survey_response.save()


@pytest.fixture
def two_events(site_tree):
    """ "Reading" at a center, twice (the same 4 people answer both times), and "Math"
    elsewhere (3 people); "Math" also has a date nobody answered about."""
    center = CenterPageFactory(parent=site_tree["centers"], title="East Center")
    reading = held_date(IN_YEAR, center=center)
    again = held_date(IN_YEAR + WEEK, center=center)
    again.event_key, again.event_title = reading.event_key, reading.event_title
    again.save()
    for date in (reading, again):
        date.event_title = "Reading at home"
        date.save()
    answered(reading, [5, 5, 4, 2], "reader", comment="Más talleres los sábados, por favor")
    answered(again, [5, 4, 4, 4], "reader")
    math = held_date(IN_YEAR, Program.PARENT_PORTAL)
    math.event_title = "Math games"
    math.save()
    answered(math, [3, 2, 5], "math", comment="The room was cold")
    return {"center": center, "reading": reading, "math": math}


def by_label(rows):
    return {row.label: row for row in rows}


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=3)
def test_each_event_with_its_respondents_counted_once(two_events):
    rows = by_label(survey_rows(EventFilters(YEAR)))
    assert list(rows) == ["All events", "Math games", "Reading at home"]
    reading = rows["Reading at home"]
    assert (reading.dates_held, reading.figures.responses, reading.figures.respondents) == (2, 8, 4)
    assert reading.figures.share_satisfied == pytest.approx(7 / 8)
    assert rows["Math games"].figures.mean_overall == pytest.approx(10 / 3)
    everyone = rows["All events"]
    assert (everyone.dates_held, everyone.figures.respondents) == (3, 7)
    assert everyone.figures.invited == 11


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=4)
def test_an_event_with_few_respondents_is_hidden_and_so_is_what_gives_it_away(two_events):
    rows = by_label(survey_rows(EventFilters(YEAR)))
    assert rows["Math games"].figures is None  # 3 people
    # All events minus Reading would give Math away: Reading goes too.
    assert rows["Reading at home"].figures is None
    assert rows["All events"].figures.respondents == 7
    assert rows["Math games"].dates_held == 1  # dates are not people: never hidden


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=3)
def test_filters_narrow_to_a_program_or_a_center(two_events):
    at_center = survey_rows(EventFilters(YEAR, center=two_events["center"]))
    assert [row.label for row in at_center] == ["All events", "Reading at home"]
    portal_classes = survey_rows(EventFilters(YEAR, program=Program.PARENT_PORTAL))
    assert [row.label for row in portal_classes] == ["All events", "Math games"]


def test_comments_newest_first_without_names(two_events):
    found = comments(EventFilters(YEAR))
    # Both were answered at the same moment: the later record first.
    assert [(c.text, c.event) for c in found] == [
        ("The room was cold", "Math games"),
        ("Más talleres los sábados, por favor", "Reading at home"),
    ]
    assert all(not hasattr(c, "name") for c in found)
    assert comments(EventFilters(YEAR, center=two_events["center"]))[0].event == "Reading at home"


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=3)
def test_the_page_lists_events_and_comments_and_exports(client, two_events):
    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    address = f"{reverse('events_reports:surveys')}?school_year={YEAR.slug}"
    html = client.get(address).content.decode()
    assert "Reading at home" in html and "Math games" in html
    assert "The room was cold" in html
    assert "Guest 0" not in html and "reader0@example.org" not in html  # no names
    assert "<td>87.5%</td>" in html  # Reading: 7 of 8 answers satisfied
    rows = read_csv(client.get(f"{address}&export=csv"))
    assert rows[0]["Respondents"] == "7"
    assert {row["Event"]: row["Answers"] for row in rows[1:]} == {
        "Math games": "3",
        "Reading at home": "8",
    }
    assert "comment" not in " ".join(rows[0]).lower()  # figures only in the file
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=4):  # Math (3 people) is hidden
        hidden = read_csv(client.get(f"{address}&export=csv"))
    math = next(row for row in hidden if row["Event"] == "Math games")
    assert (math["Respondents"], math["Answers"], math["Suppressed"]) == ("", "", "True")
    assert math["Dates held"] == "1"
    # The filters of a person's group are not offered: they would be too small beside an event.
    assert client.get(f"{address}&language=es").status_code == 200
    assert 'name="school"' not in html and 'name="language"' not in html


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=3)
def test_the_same_number_of_queries_however_many_events(two_events, django_assert_num_queries):
    filters = EventFilters(YEAR)
    with django_assert_num_queries(2) as few:
        survey_rows(filters)
    for week in range(2, 6):
        answered(held_date(IN_YEAR + week * WEEK), [4, 5, 3], f"w{week}")
    with django_assert_num_queries(len(few)):
        survey_rows(filters)
