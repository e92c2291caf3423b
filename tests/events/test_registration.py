"""Registering for a date: seats, then the waitlist; the same person once; closed dates;
cancelling gives the seat to the first in line; emails in the person's language
(``events/registration.py``, ``events/notices.py``)."""

from datetime import timedelta

import icalendar
import pytest

from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext

from events import ics, schedule, tokens
from events.factories import RegistrationFactory, occurrences_of
from events.kinds import RegistrationRoute, RegistrationStatus
from events.models import Registration
from events.registration import (
    Details,
    RegistrationClosed,
    cancel,
    confirmed_count,
    register,
    waitlist_position,
)
from portal.factories import UserFactory, publish_translation

from .conftest import event, in_days, local

CONFIRMED, WAITLISTED = RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED
SPANISH_WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def person(n, **given):
    return Details(name=f"Parent {n}", email=f"guest{n}@example.org", **given)


def date_of(calendar_index, **fields):
    [occurrence] = occurrences_of(event(calendar_index, **fields))
    return occurrence


@pytest.fixture
def workshop(calendar_index):
    """Next week's “Reading at home”, two seats."""
    return date_of(calendar_index, title="Reading at home", first_date=in_days(7), capacity=2)


def attachment(email, name):
    [(content, mimetype)] = [(a[1], a[2]) for a in email.attachments if a[0] == name]
    return content, mimetype


# --------------------------------------------------------------------------
# Seats and the waitlist
# --------------------------------------------------------------------------


def test_seats_are_confirmed_until_full_then_people_wait(workshop):
    outcomes = [register(workshop, person(n)) for n in range(5)]

    assert [o.registration.status for o in outcomes] == [CONFIRMED] * 2 + [WAITLISTED] * 3
    assert [o.created for o in outcomes] == [True] * 5
    assert [o.waitlisted for o in outcomes] == [False, False, True, True, True]
    assert confirmed_count(workshop) == 2
    assert [waitlist_position(o.registration) for o in outcomes] == [None, None, 1, 2, 3]
    assert {o.registration.route for o in outcomes} == {RegistrationRoute.GUEST}


def test_no_capacity_means_no_limit(calendar_index):
    occurrence = date_of(calendar_index, capacity=None)

    outcomes = [register(occurrence, person(n)) for n in range(40)]

    assert {o.registration.status for o in outcomes} == {CONFIRMED}
    assert confirmed_count(occurrence) == 40


def test_an_account_registers_with_its_own_details(workshop):
    ana = UserFactory(
        email="ana@example.org", first_name="Ana", last_name="Ruiz", preferred_language="es"
    )

    outcome = register(workshop, Details.of_user(ana, children=2), user=ana)

    found = outcome.registration
    assert (found.user, found.name, found.email, found.language) == (
        ana,
        "Ana Ruiz",
        "ana@example.org",
        "es",
    )
    assert found.children == 2
    assert found.route == RegistrationRoute.ACCOUNT


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            {"email": "Ana@Example.org"},
            {"email": "  ana@example.ORG "},
        ),
        (
            {"email": "ana@example.org", "phone": "(559) 555-0101"},
            {"email": "ana.ruiz@work.example.org", "phone": "+1 559 555 0101"},
        ),
        (
            {"email": "", "phone": "559.555.0101"},
            {"email": "", "phone": "+15595550101"},
        ),
    ],
    ids=["same-email-any-case-and-spaces", "same-phone-other-email", "phone-only"],
)
def test_the_same_person_twice_gets_the_same_registration(workshop, first, second):
    one = register(workshop, Details(name="Ana Ruiz", **first))
    two = register(workshop, Details(name="Ana R.", **second))

    assert one.created and not two.created
    assert two.registration.pk == one.registration.pk
    assert Registration.objects.filter(occurrence=workshop).count() == 1
    assert confirmed_count(workshop) == 1


def test_the_same_account_twice_gets_the_same_registration(workshop):
    ana = UserFactory(email="ana@example.org")
    one = register(workshop, Details.of_user(ana), user=ana)
    # Signed in, but typing another address: still the account's registration.
    two = register(workshop, Details(name="Ana", email="other@example.org"), user=ana)

    assert not two.created
    assert two.registration.pk == one.registration.pk
    assert Registration.objects.filter(occurrence=workshop).count() == 1


def test_the_same_person_waiting_is_not_put_in_line_twice(workshop):
    for n in range(2):
        register(workshop, person(n))
    one = register(workshop, person(9))
    two = register(workshop, person(9))

    assert one.waitlisted and not two.created
    assert two.registration.pk == one.registration.pk
    assert Registration.objects.filter(occurrence=workshop, status=WAITLISTED).count() == 1


def test_after_cancelling_one_may_register_again(workshop):
    first = register(workshop, person(1)).registration
    assert cancel(first)

    again = register(workshop, person(1))

    assert again.created
    assert again.registration.pk != first.pk
    assert again.registration.status == CONFIRMED


# --------------------------------------------------------------------------
# Closed dates
# --------------------------------------------------------------------------


def before_it_opens(occurrence):
    return occurrence.registration_opens_at - timedelta(seconds=1)


def when_it_starts(occurrence):
    return occurrence.starts_at


def after_it_closed_early(occurrence):
    occurrence.registration_closes_at = occurrence.starts_at - timedelta(days=2)
    occurrence.save()
    return occurrence.starts_at - timedelta(days=1)


def after_it_ended(occurrence):
    occurrence.registration_closes_at = None
    occurrence.save()
    return occurrence.ends_at + timedelta(minutes=1)


def once_cancelled(occurrence):
    schedule.cancel(occurrence)
    return None


@pytest.mark.parametrize(
    "closing",
    [before_it_opens, when_it_starts, after_it_closed_early, after_it_ended, once_cancelled],
    ids=["before-it-opens", "when-it-starts", "after-it-closes", "after-it-ended", "cancelled"],
)
def test_a_closed_date_takes_nobody(calendar_index, django_capture_on_commit_callbacks, closing):
    # Opens 30 days before a date 40 days away: not open yet today.
    occurrence = date_of(calendar_index, first_date=in_days(40), registration_opens_days=30)
    assert occurrence.registration_opens_at > timezone.now()
    now = closing(occurrence) or occurrence.registration_opens_at + timedelta(days=1)

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RegistrationClosed):
        register(occurrence, person(1), now=now)

    assert not Registration.objects.filter(occurrence=occurrence).exists()
    assert mail.outbox == []


def test_the_date_is_open_right_after_it_opens(calendar_index):
    occurrence = date_of(calendar_index, first_date=in_days(40), registration_opens_days=30)

    outcome = register(occurrence, person(1), now=occurrence.registration_opens_at)

    assert outcome.created
    assert outcome.registration.created_at == occurrence.registration_opens_at


# --------------------------------------------------------------------------
# Cancelling and the waitlist
# --------------------------------------------------------------------------


def waiting_in_order(occurrence):
    """Three people on the waitlist of a full ``occurrence``: ``late`` has the first row
    but joined last; ``tie_a`` and ``tie_b`` joined at the same moment (a's row first)."""
    now = timezone.now()
    late = RegistrationFactory(occurrence=occurrence, status=WAITLISTED, created_at=now)
    tie_a, tie_b = (
        RegistrationFactory(
            occurrence=occurrence, status=WAITLISTED, created_at=now - timedelta(minutes=1)
        )
        for _ in range(2)
    )
    return late, tie_a, tie_b


def test_a_cancelled_seat_goes_to_the_first_in_line(workshop, django_capture_on_commit_callbacks):
    seated = [register(workshop, person(n)).registration for n in range(2)]
    late, tie_a, tie_b = waiting_in_order(workshop)
    assert [waitlist_position(r) for r in (tie_a, tie_b, late)] == [1, 2, 3]

    with django_capture_on_commit_callbacks(execute=True):
        assert cancel(seated[0]) is True

    for registration in (seated[0], late, tie_a, tie_b):
        registration.refresh_from_db()
    assert seated[0].status == RegistrationStatus.CANCELLED
    assert seated[0].cancelled_at is not None
    assert tie_a.status == CONFIRMED and tie_a.promoted_at is not None
    assert [waitlist_position(r) for r in (tie_b, late)] == [1, 2]
    assert confirmed_count(workshop) == 2
    assert [m.to for m in mail.outbox] == [[seated[0].email], [tie_a.email]]
    assert "Registration cancelled" in mail.outbox[0].subject
    promoted = mail.outbox[1]
    assert "A seat is yours" in promoted.subject
    assert attachment(promoted, "event.ics")[1].startswith("text/calendar")
    assert attachment(promoted, "check-in-code.png")[1] == "image/png"


def test_cancelling_twice_changes_nothing_the_second_time(
    workshop, django_capture_on_commit_callbacks
):
    seated = [register(workshop, person(n)).registration for n in range(2)]
    waiting = [register(workshop, person(n)).registration for n in range(2, 5)]
    assert cancel(seated[0]) is True
    twice = Registration.objects.get(pk=seated[0].pk)  # the link clicked again

    with django_capture_on_commit_callbacks(execute=True):
        assert cancel(twice) is False
        assert cancel(seated[0]) is False

    assert mail.outbox == []
    statuses = [Registration.objects.get(pk=r.pk).status for r in waiting]
    assert statuses == [CONFIRMED, WAITLISTED, WAITLISTED]


def test_leaving_the_waitlist_moves_nobody_up(workshop):
    for n in range(2):
        register(workshop, person(n))
    first, second = (register(workshop, person(n)).registration for n in (2, 3))

    assert cancel(first) is True

    second.refresh_from_db()
    assert second.status == WAITLISTED
    assert waitlist_position(second) == 1
    assert confirmed_count(workshop) == 2


def test_promotion_never_overfills(workshop):
    for n in range(2):
        register(workshop, person(n))
    waiting_in_order(workshop)
    extra = RegistrationFactory(occurrence=workshop, status=CONFIRMED)  # staff added one more

    cancel(extra)

    assert confirmed_count(workshop) == 2
    assert workshop.registrations.filter(status=WAITLISTED).count() == 3


# --------------------------------------------------------------------------
# Emails
# --------------------------------------------------------------------------


def test_the_confirmation_carries_the_calendar_entry_and_the_check_in_code(
    workshop, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ana = register(workshop, Details(name="Ana Ruiz", email="ana@example.org")).registration

    [email] = mail.outbox
    assert email.to == ["ana@example.org"]
    assert email.subject == "You are registered: Reading at home"
    assert "Hello Ana Ruiz" in email.body
    content, mimetype = attachment(email, "event.ics")
    assert mimetype.startswith("text/calendar")
    [vevent] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["UID"]) == ics.uid(workshop)
    assert str(vevent["SUMMARY"]) == "Reading at home"
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent.decoded("DTSTART") == workshop.starts_at
    assert vevent.decoded("DTEND") == workshop.ends_at
    png, mimetype = attachment(email, "check-in-code.png")
    assert mimetype == "image/png"
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    # The cancel link in the body names this registration.
    token = email.body.split("/events/registration/")[1].split("/")[0]
    assert tokens.registration_for_manage(token).pk == ana.pk


def test_the_waitlist_email_says_so_and_carries_no_code(
    workshop, django_capture_on_commit_callbacks
):
    for n in range(2):
        register(workshop, Details(name=f"Parent {n}"))  # no email: nothing sent
    with django_capture_on_commit_callbacks(execute=True):
        register(workshop, person(3))

    [email] = mail.outbox
    assert email.subject == "You are on the waitlist: Reading at home"
    assert email.attachments == []


def test_emails_speak_the_persons_language(workshop, django_capture_on_commit_callbacks):
    page = workshop.event
    publish_translation(page, "es", title="Leer en casa", slug="leer-en-casa")

    with django_capture_on_commit_callbacks(execute=True):
        register(workshop, Details(name="Ana", email="ana@example.org", language="es"))
        register(workshop, Details(name="Bob", email="bob@example.org", language="en"))

    ana, bob = mail.outbox
    with translation.override("es"):
        # The catalog's Spanish when it has it; the Spanish title in any case.
        expected = gettext("You are registered: %(title)s") % {"title": "Leer en casa"}
    assert ana.subject == expected
    assert "Reading at home" not in ana.subject
    weekday = SPANISH_WEEKDAYS[local(workshop.starts_at).weekday()]
    assert weekday in ana.body.lower()
    [vevent] = icalendar.Calendar.from_ical(attachment(ana, "event.ics")[0]).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Leer en casa"
    assert "/es/" in ana.body  # the page and the cancel link in Spanish
    assert bob.subject == "You are registered: Reading at home"


def test_a_guest_without_email_gets_no_email(workshop, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        outcome = register(workshop, Details(name="Ana", phone="(559) 555-0101"))

    assert outcome.created
    assert outcome.registration.phone_key == "+15595550101"
    assert outcome.registration.email_key == ""
    assert mail.outbox == []
