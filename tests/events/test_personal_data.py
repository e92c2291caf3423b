"""A parent's registrations and check-ins in their export, and what deleting the account
leaves: the records, for the totals, with nothing that names the person and one
stand-in key so they still count once (``events/personal_data.py``)."""

import json

import pytest
from allauth.account.models import EmailAddress

from django.contrib.auth import get_user_model

from events import checkin, identity, tokens
from events.factories import AttendanceFactory, occurrences_of
from events.kinds import CheckInRoute, RegistrationStatus
from events.models import Attendance, CalendarFeed, Registration
from events.registration import Details, register
from portal import personal_data
from portal.factories import UserFactory

from .conftest import event, in_days

User = get_user_model()


@pytest.fixture
def dates(calendar_index):
    one = event(calendar_index, title="Reading at home", first_date=in_days(7))
    two = event(calendar_index, title="Family math night", first_date=in_days(8))
    return occurrences_of(one)[0], occurrences_of(two)[0]


@pytest.fixture
def ana(dates):
    """Registered for both dates, checked in at the first, and a walk-in on the second
    (found by her phone) while signed in at the kiosk."""
    person = UserFactory(
        email="ana@example.org", first_name="Ana", last_name="Ruiz", phone="+15595550101"
    )
    reading, math = dates
    for occurrence in dates:
        register(
            occurrence,
            Details.of_user(person, other_needs="Wheelchair access"),
            user=person,
        )
    checkin.check_in_registration(
        Registration.objects.get(user=person, occurrence=reading), route=CheckInRoute.LIST
    )
    AttendanceFactory(
        occurrence=math,
        user=person,
        name="Ana R.",
        email="",
        phone="(559) 555-0101",
        route=CheckInRoute.KIOSK,
    )
    tokens.feed_secret_for(person)
    return person


@pytest.fixture
def ben(dates):
    person = UserFactory(email="ben@example.org", first_name="Ben", last_name="Other")
    outcome = register(dates[0], Details.of_user(person), user=person)
    checkin.check_in_registration(outcome.registration)
    return person


def unduplicated(records):
    people = identity.People()
    return len({people.add(*identity.record_keys(r)) for r in records})


def everything():
    return [*Registration.objects.all(), *Attendance.objects.all()]


def test_the_export_has_her_registrations_and_check_ins_only(ana, ben):
    data = personal_data.person_data(ana)

    registrations = data["event_registrations"]
    assert sorted(r["event"] for r in registrations) == ["Family math night", "Reading at home"]
    assert {r["email"] for r in registrations} == {"ana@example.org"}
    assert {r["name"] for r in registrations} == {"Ana Ruiz"}
    assert {r["status"] for r in registrations} == {RegistrationStatus.CONFIRMED}
    assert {r["other_needs"] for r in registrations} == {"Wheelchair access"}
    attendance = data["event_attendance"]
    assert sorted((a["event"], a["checked_in_by"]) for a in attendance) == [
        ("Family math night", CheckInRoute.KIOSK),
        ("Reading at home", CheckInRoute.LIST),
    ]
    assert len(data["event_feed"]) == 1
    text = personal_data.to_json(data)  # JSON-ready
    assert "Ben" not in text and "ben@example.org" not in text
    assert json.loads(text)["event_registrations"][0]["starts_at"]


def test_ben_sees_only_his(ana, ben):
    data = personal_data.person_data(ben)

    assert [r["email"] for r in data["event_registrations"]] == ["ben@example.org"]
    assert [a["event"] for a in data["event_attendance"]] == ["Reading at home"]
    assert data["event_feed"] == []
    assert "ana@example.org" not in personal_data.to_json(data)


def test_the_account_page_counts_what_is_held(ana):
    held = {h.section.key: h.count for h in personal_data.holdings(ana)}
    assert (held["event_registrations"], held["event_attendance"], held["event_feed"]) == (2, 2, 1)


def test_deleting_the_account_keeps_the_records_without_her(ana, ben):
    mine = {
        "registrations": list(Registration.objects.filter(user=ana).values_list("pk", flat=True)),
        "attendance": list(Attendance.objects.filter(user=ana).values_list("pk", flat=True)),
    }
    seats = {r.occurrence_id: r.status for r in Registration.objects.filter(user=ana)}
    people_before = unduplicated(everything())
    assert people_before == 2

    personal_data.delete_account(ana)

    assert not User.objects.filter(pk=ana.pk).exists()
    kept = [
        *Registration.objects.filter(pk__in=mine["registrations"]),
        *Attendance.objects.filter(pk__in=mine["attendance"]),
    ]
    assert len(kept) == 4
    for record in kept:
        assert record.user_id is None
        assert (record.name, record.email, str(record.phone or ""), record.phone_key) == (
            "",
            "",
            "",
            "",
        )
    assert {r.other_needs for r in kept if isinstance(r, Registration)} == {""}
    # One stand-in for all her records, that names nobody: she still counts once.
    [stand_in] = {r.email_key for r in kept}
    assert stand_in and "ana" not in stand_in and "@" not in stand_in
    assert {r.occurrence_id: r.status for r in kept if isinstance(r, Registration)} == seats
    assert unduplicated(everything()) == people_before
    assert not CalendarFeed.objects.filter(user_id=ana.pk).exists()
    # Ben is untouched.
    assert set(Registration.objects.filter(user=ben).values_list("email", "name")) == {
        ("ben@example.org", ben.get_full_name())
    }


def test_two_deleted_people_stay_two(ana, ben):
    ana_records = list(Registration.objects.filter(user=ana).values_list("pk", flat=True))
    ben_records = list(Registration.objects.filter(user=ben).values_list("pk", flat=True))

    personal_data.delete_account(ana)
    personal_data.delete_account(ben)

    ana_keys = set(
        Registration.objects.filter(pk__in=ana_records).values_list("email_key", flat=True)
    )
    ben_keys = set(
        Registration.objects.filter(pk__in=ben_records).values_list("email_key", flat=True)
    )
    assert len(ana_keys) == len(ben_keys) == 1
    assert ana_keys != ben_keys
    assert unduplicated(everything()) == 2
    assert not Registration.objects.exclude(name="").exists()
    assert not Attendance.objects.exclude(name="").exists()


def test_guest_records_with_a_verified_email_are_the_persons_and_go_with_them(dates):
    reading, math = dates
    rosa = UserFactory(email="rosa@example.org")
    EmailAddress.objects.update_or_create(
        user=rosa, email="rosa@example.org", defaults={"verified": True, "primary": True}
    )
    register(reading, Details(name="Rosa Díaz", email="ROSA@example.org "))
    unverified = UserFactory(email="luz@example.org")
    EmailAddress.objects.filter(user=unverified).update(verified=False)
    register(math, Details(name="Luz", email="luz@example.org"))

    exported = personal_data.person_data(rosa)["event_registrations"]
    assert [entry["name"] for entry in exported] == ["Rosa Díaz"]
    assert personal_data.person_data(unverified)["event_registrations"] == []

    personal_data.delete_account(rosa)
    guest = Registration.objects.get(occurrence=reading)
    assert guest.name == "" and guest.email == "" and guest.email_key.startswith("anonymous:")
    assert Registration.objects.get(occurrence=math).name == "Luz"
