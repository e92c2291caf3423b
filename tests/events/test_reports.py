"""The event reports, counted by hand on small worlds (``report_world``): one person however
they came, first-time attendees, no-shows, held dates only, a person's group, suppression."""

from datetime import datetime, timedelta

import pytest

from django.test import override_settings

from events.kinds import Committee, Program
from events.report_data import ALL, committee_row, program_row
from events.reports import EventFilters, committee_rows, event_table, summary_rows
from portal.school_year import SchoolYear
from portal.suppression import EVERYONE, LANGUAGE, REGION, SCHOOL, Group
from tests.factories import CenterPageFactory, RegionFactory, SchoolFactory, UserFactory

from .report_world import (
    IN_YEAR,
    LAST_YEAR,
    YEAR,
    ZONE,
    cancel,
    cancel_registration,
    check_in,
    crowd,
    held_date,
    register,
    staff_register,
    surveyed,
    walk_in,
)

pytestmark = pytest.mark.django_db
WEEK = timedelta(days=7)
PHONE = "+15595550101"


@pytest.fixture(autouse=True)
def every_cell_shown():
    """Threshold 1: the counting tests see every figure (suppression has its own tests)."""
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=1):
        yield


def everyone(row=ALL, **table):
    return event_table(YEAR, **table).figures(row, EVERYONE)


def counts(figures):
    return {
        "held": figures.workshops_held,
        "registrations": figures.registrations,
        "attendance": figures.attendance,
        "people": figures.attendees,
        "first time": figures.first_time,
    }


# --------------------------------------------------------------------------
# One person, one count
# --------------------------------------------------------------------------


def test_one_person_by_account_guest_and_walk_in_counts_once(db):
    ana = UserFactory(email="ana@example.org", phone=PHONE)
    first = held_date(IN_YEAR)
    second = held_date(IN_YEAR + WEEK)
    third = held_date(IN_YEAR + 2 * WEEK, Program.PARENT_PORTAL)
    check_in(register(first, user=ana))
    # As a guest, typing her email and phone her own way.
    check_in(register(second, name="Ana R.", email=" ANA@Example.org ", phone="(559) 555-0101"))
    walk_in(third, name="Ana", phone="559 555 0101")  # at the kiosk, phone only
    walk_in(first, name="Ben", email="ben@example.org")

    assert counts(everyone()) == {
        "held": 3,
        "registrations": 2,
        "attendance": 4,
        "people": 2,
        "first time": 2,
    }
    assert everyone(program_row(Program.PARENT_PORTAL)).attendees == 1


def test_an_account_ties_its_own_email_and_phone(db):
    """No record gives both, but the account has both: one person."""
    cara = UserFactory(email="cara@example.org", phone=PHONE)
    check_in(register(held_date(IN_YEAR), user=cara, phone=""))  # registered with email only
    walk_in(held_date(IN_YEAR + WEEK), name="Cara", phone=PHONE)

    assert everyone().attendees == 1


def test_a_record_with_both_keys_ties_the_others_even_on_another_date(db):
    came_by_email = held_date(IN_YEAR)
    came_by_phone = held_date(IN_YEAR + WEEK)
    future = held_date(IN_YEAR + 10 * WEEK)  # not held yet when counted: still links keys
    check_in(register(came_by_email, name="Dee", email="dee@example.org"))
    walk_in(came_by_phone, name="Dee", phone=PHONE)
    assert everyone(now=IN_YEAR + 3 * WEEK).attendees == 2

    staff_register(future, name="Dee", email="dee@example.org", phone=PHONE)
    assert everyone(now=IN_YEAR + 3 * WEEK).attendees == 1


# --------------------------------------------------------------------------
# First-time attendees
# --------------------------------------------------------------------------


def test_first_time_means_the_first_check_in_ever_falls_in_the_year(db):
    last_year = held_date(LAST_YEAR)
    cancelled_last_year = held_date(LAST_YEAR + WEEK)
    check_in(register(last_year, name="Eli", email="eli@example.org"))
    walk_in(cancelled_last_year, name="Fay", email="fay@example.org")
    cancel(cancelled_last_year)  # a date that did not take place is nobody's first
    this_year = held_date(IN_YEAR, Program.PARENT_PORTAL)
    walk_in(this_year, name="Eli", email="ELI@example.org")
    walk_in(this_year, name="Fay", email="fay@example.org")
    walk_in(this_year, name="Gus", phone=PHONE)

    figures = everyone()
    assert (figures.attendees, figures.first_time) == (3, 2)
    # Eli's first time was at another program: not his first time at Parent Portal either.
    assert everyone(program_row(Program.PARENT_PORTAL)).first_time == 2
    assert event_table(YEAR.previous()).figures(ALL, EVERYONE).first_time == 1


def test_coming_again_within_the_year_is_still_a_first_time(db):
    for week in range(3):
        walk_in(held_date(IN_YEAR + week * WEEK), name="Hal", email="hal@example.org")
    assert (everyone().attendance, everyone().first_time) == (3, 1)


# --------------------------------------------------------------------------
# Registrations, no-shows, and which dates count
# --------------------------------------------------------------------------


def test_registrations_and_the_no_show_rate(db):
    date = held_date(IN_YEAR, capacity=4)
    seated = crowd(date, 4, came=False)
    check_in(seated[0])
    check_in(seated[1])
    # Registered by email; walked in by phone; linked by a registration that gave both.
    walk_in(date, name="Guest 2", phone=PHONE)
    staff_register(held_date(IN_YEAR + WEEK), name="Guest 2", email=seated[2].email, phone=PHONE)
    waiting = register(date, name="Ivy", email="ivy@example.org")
    assert waiting.is_waitlisted  # never a seat: not a registration
    cancel_registration(register(held_date(IN_YEAR), name="Jo", email="jo@example.org"))

    figures = everyone(program_row(Program.PARENT_UNIVERSITY))
    # The date a week on has one registration and nobody checked in yet.
    assert figures.registrations == 5
    assert figures.no_show_rate == pytest.approx(2 / 5)
    only_first = event_table(YEAR, now=IN_YEAR + timedelta(days=1)).figures(ALL, EVERYONE)
    assert (only_first.registrations, only_first.no_show_rate) == (4, 0.25)


def test_cancelled_dates_and_dates_to_come_are_not_counted(db):
    crowd(held_date(IN_YEAR), 3)
    dropped = held_date(IN_YEAR + WEEK)
    crowd(dropped, 5)
    cancel(dropped)
    crowd(held_date(IN_YEAR + 2 * WEEK), 4, came=False)

    assert counts(everyone(now=IN_YEAR + WEEK + timedelta(days=1))) == {
        "held": 1,
        "registrations": 3,
        "attendance": 3,
        "people": 3,
        "first time": 3,
    }


def test_the_school_year_runs_july_to_june_on_the_district_clock(db):
    walk_in(held_date(datetime(2025, 6, 30, 23, 0, tzinfo=ZONE)), name="Kai", email="k@x.org")
    walk_in(held_date(datetime(2025, 7, 1, 0, 30, tzinfo=ZONE)), name="Lu", email="l@x.org")

    assert everyone().workshops_held == 1
    assert event_table(YEAR.previous()).figures(ALL, EVERYONE).workshops_held == 0
    next_year = event_table(SchoolYear(2025)).figures(ALL, EVERYONE)
    assert (next_year.workshops_held, next_year.first_time) == (1, 1)


# --------------------------------------------------------------------------
# Rows, columns and filters
# --------------------------------------------------------------------------


def test_a_person_counts_for_the_school_and_language_they_gave_last(db):
    north = RegionFactory(name="North")
    first_school, second_school = SchoolFactory(region=north), SchoolFactory(region=north)
    mo = register(held_date(IN_YEAR), name="Mo", email="mo@example.org", school=first_school)
    check_in(mo)
    walk_in(
        held_date(IN_YEAR + WEEK),
        name="Mo",
        email="mo@example.org",
        school=second_school,
        language="es",
    )
    walk_in(held_date(IN_YEAR + WEEK), name="Ned", email="ned@example.org", school=first_school)
    table = event_table(YEAR)

    def people(column):
        return table.figures(ALL, column).attendees

    assert people(Group(SCHOOL, str(first_school.pk))) == 1  # Ned
    assert table.figures(ALL, Group(SCHOOL, str(second_school.pk))).attendance == 2  # Mo's two
    assert people(Group(LANGUAGE, "es")) + people(Group(LANGUAGE, "en")) == people(EVERYONE) == 2
    assert people(Group(REGION, str(north.translation_key))) == 2


def test_filters_pick_a_row_and_a_column(site_tree):
    north = RegionFactory(name="North")
    center = CenterPageFactory(parent=site_tree["centers"], title="North Center", region=north)
    school = SchoolFactory(region=north)
    at_center = held_date(IN_YEAR, center=center)
    crowd(at_center, 3, school=school)
    crowd(held_date(IN_YEAR, Program.PARENT_PORTAL, school=school), 2, school=school, language="es")

    def attendees(**filters):
        rows = summary_rows(EventFilters(YEAR, **filters))
        return {row.key: row.figures.attendees for row in rows}

    assert attendees()[ALL] == 5
    assert attendees(center=center) == {
        ALL: 3,
        **dict.fromkeys(map(program_row, Program.values), 0),
        program_row(Program.PARENT_UNIVERSITY): 3,
    }
    assert attendees(program=Program.PARENT_PORTAL) == {program_row(Program.PARENT_PORTAL): 2}
    assert attendees(language="es")[ALL] == 2
    assert attendees(school=school)[ALL] == attendees(region=north)[ALL] == 5
    # Dates are counted where they are held: both are in the North.
    assert summary_rows(EventFilters(YEAR, region=north))[0].figures.workshops_held == 2
    assert summary_rows(EventFilters(YEAR, center=center))[0].figures.workshops_held == 1


def test_committee_members_trained_once_per_committee_and_in_total(db):
    delac = [
        held_date(IN_YEAR + n * WEEK, Program.COMMITTEE_TRAINING, committee=Committee.DELAC)
        for n in range(2)
    ]
    dac = held_date(IN_YEAR, Program.COMMITTEE_TRAINING, committee=Committee.DAC)
    for date in delac:
        crowd(date, 3, prefix="delac")  # the same three members each time
    crowd(dac, 2, prefix="dac")
    walk_in(dac, name="Guest 0", email="delac0@example.org")  # a DELAC member at DAC's

    rows = {row.key: row for row in committee_rows(EventFilters(YEAR))}
    total = rows[program_row(Program.COMMITTEE_TRAINING)]
    assert (total.label, total.figures.workshops_held, total.figures.attendees) == (
        "All committees",
        3,
        5,
    )
    assert rows[committee_row(Committee.DELAC)].figures.attendance == 6
    assert rows[committee_row(Committee.DAC)].figures.attendees == 3
    assert committee_row("") not in rows  # no training without a committee this year


# --------------------------------------------------------------------------
# Satisfaction
# --------------------------------------------------------------------------


def test_satisfaction_counts_answers_and_each_respondent_once(db):
    first, second = held_date(IN_YEAR), held_date(IN_YEAR + WEEK, Program.PARENT_PORTAL)
    ana_first = check_in(register(first, name="Ana", email="ana@example.org"))
    ana_second = walk_in(second, name="Ana", email="ANA@example.org")  # the same person
    ben = check_in(register(first, name="Ben", email="ben@example.org"))
    cy = check_in(register(first, name="Cy", email="cy@example.org"))
    surveyed(ana_first, 5, learned=5)
    surveyed(ana_second, 3, learned=4, recommend=False)
    surveyed(ben, 4, learned=3)
    surveyed(cy)  # sent, not answered
    walk_in(second, name="Dee", phone=PHONE)  # no email: never sent

    figures = everyone()
    assert figures.respondents == 2  # Ana twice, Ben: two people
    assert figures.satisfied_share == pytest.approx(2 / 3)  # 5 and 4 of 5, 3, 4
    assert figures.mean_overall == pytest.approx(4)
    assert figures.mean_learned == pytest.approx(4)
    assert figures.recommend_share == pytest.approx(2 / 3)
    assert figures.response_rate == pytest.approx(3 / 4)
    parent_portal = everyone(program_row(Program.PARENT_PORTAL))
    assert (parent_portal.respondents, parent_portal.satisfied_share) == (1, 0.0)


def test_no_answers_means_no_rates_rather_than_zero(db):
    crowd(held_date(IN_YEAR), 2)
    figures = everyone()
    assert figures.respondents == 0
    assert figures.satisfied_share is figures.mean_overall is figures.response_rate is None


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=3)
def test_satisfaction_is_hidden_with_few_respondents_and_with_the_attendees(db):
    north = RegionFactory(name="North")
    small, big = SchoolFactory(region=north), SchoolFactory(region=north)
    date = held_date(IN_YEAR)
    for record in crowd(date, 2, prefix="small", school=small):
        surveyed(record.attendance, 1)
    for record in crowd(date, 6, prefix="big", school=big)[:4]:
        surveyed(record.attendance, 5)

    def row(**filters):
        return summary_rows(EventFilters(YEAR, **filters))[0].figures

    hidden = row(school=small)
    assert "satisfaction" in hidden.hidden
    assert hidden.respondents is hidden.satisfied_share is hidden.mean_overall is None
    # The big school's 4 respondents would give the small one's away (North − big).
    assert row(school=big).satisfied_share is None
    assert row(region=north).satisfied_share == pytest.approx(4 / 6)
    assert row(region=north).respondents == 6


# --------------------------------------------------------------------------
# Small numbers
# --------------------------------------------------------------------------


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=3)
def test_small_cells_are_hidden_and_so_is_what_would_give_them_away(db):
    north, south = RegionFactory(name="North"), RegionFactory(name="South")
    small, middle, big = (
        SchoolFactory(region=north),
        SchoolFactory(region=north),
        SchoolFactory(region=south),
    )
    date = held_date(IN_YEAR, school=small)  # a class at the small school
    crowd(date, 2, prefix="small", school=small)
    crowd(date, 5, prefix="middle", school=middle)
    crowd(date, 6, prefix="big", school=big)

    def row(**filters):
        return summary_rows(EventFilters(YEAR, **filters))[0].figures

    assert row(school=small).attendees is None
    assert row(school=small).hidden == {
        "registrations",
        "attendance",
        "first_time",
        "satisfaction",
    }
    assert row(school=small).no_show_rate is None
    # North = small + middle: the middle school is hidden too, or small = North − middle.
    assert row(school=middle).attendees is None
    assert row(region=north).attendees == 7
    assert row(school=big).attendees == 6
    assert row().attendees == 13
    assert row(school=small).workshops_held == 1  # dates are not people: never hidden


def test_the_same_number_of_queries_however_many_records(db, django_assert_num_queries):
    filters = EventFilters(YEAR)
    crowd(held_date(IN_YEAR), 1)
    with django_assert_num_queries(10) as few:
        summary_rows(filters)
    for week in range(1, 4):
        date = held_date(IN_YEAR + week * WEEK, Program.COMMITTEE_TRAINING, committee=Committee.CAC)
        for record in crowd(date, 6, prefix=f"w{week}"):
            surveyed(record.attendance, 4)
        walk_in(date, name="Someone", phone=PHONE)
    check_in(register(held_date(LAST_YEAR), name="Old", email="old@example.org"))
    with django_assert_num_queries(len(few)):
        summary_rows(filters)
