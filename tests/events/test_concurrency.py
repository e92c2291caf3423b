"""Capacity is a promise: many registrations at the same moment never overbook, the same
person is registered once, and cancellations at once promote exactly as many, in order.

Each request runs in its own thread with its own database connection
(``tests/concurrency.py``), on whichever database the run uses: SQLite (the embedded
default) and PostgreSQL (``DATABASE_URL``); ``make test`` runs both. The figures are
printed (``pytest -s`` shows them): 200 attempts for 50 seats is the benchmark.
"""

import pytest

from django.core import mail
from django.db import connection

from events.factories import occurrences_of
from events.kinds import RegistrationStatus
from events.models import Occurrence, Registration
from events.registration import Details, Outcome, cancel, register, waitlist_position
from portal.factories import build_site
from tests.concurrency import fire

from .conftest import build_calendar, event

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ATTEMPTS = 200
SEATS = 50
CANCELLATIONS = 10
SAME_PERSON = 20
#: Each thread holds its own connection. SQLite takes 200 at once; a PostgreSQL server
#: allows ``max_connections`` (100 by default) for the whole run, so there 50 threads,
#: released together, send four registrations each, as 50 app-server workers would.
POSTGRES_THREADS = 50


def open_date(capacity):
    [occurrence] = occurrences_of(event(build_calendar(build_site()), capacity=capacity))
    return occurrence


def register_from_a_request(occurrence_id, details):
    """What a request does: load the date, register (its own connection, in a thread)."""
    return register(Occurrence.objects.get(pk=occurrence_id), details)


def rush(send, attempts):
    """``send(i)`` for each of ``attempts`` at once: one thread each where the database
    allows it, else the threads it allows, each sending its share back to back."""
    threads = attempts
    if connection.vendor == "postgresql":
        threads = min(attempts, POSTGRES_THREADS)

    def share(thread):
        sent = []
        for index in range(thread, attempts, threads):
            try:
                sent.append((index, send(index)))
            except Exception as error:  # noqa: BLE001 - counted by the test
                sent.append((index, error))
        return sent

    results = [None] * attempts
    for thread, sent in enumerate(fire(share, count=threads)):
        if isinstance(sent, Exception):  # the thread itself failed (the barrier timed out)
            sent = [(index, sent) for index in range(thread, attempts, threads)]
        for index, result in sent:
            results[index] = result
    return results, threads


def failures(results):
    return [repr(result) for result in results if isinstance(result, Exception)]


def queue(occurrence, status):
    return list(Registration.objects.filter(occurrence=occurrence, status=status).order_by("pk"))


def test_many_at_once_never_overbook_and_wait_in_order():
    occurrence = open_date(SEATS)

    results, threads = rush(
        lambda i: register_from_a_request(
            occurrence.pk, Details(name=f"Parent {i}", email=f"rush{i}@example.org")
        ),
        ATTEMPTS,
    )

    confirmed = queue(occurrence, RegistrationStatus.CONFIRMED)
    waitlisted = queue(occurrence, RegistrationStatus.WAITLISTED)
    print(
        f"\n[{connection.vendor}] attempts={ATTEMPTS} threads={threads} seats={SEATS} "
        f"confirmed={len(confirmed)} waitlisted={len(waitlisted)} "
        f"failures={len(failures(results))}"
    )
    assert failures(results) == []
    assert all(isinstance(r, Outcome) and r.created for r in results)
    assert len(confirmed) == SEATS
    assert len(waitlisted) == ATTEMPTS - SEATS
    assert {r.email_key for r in confirmed + waitlisted} == {
        f"rush{i}@example.org" for i in range(ATTEMPTS)
    }
    # First come, first served: the order people were written in is the order they
    # joined (created_at), every seat went to someone who came before everyone waiting,
    # and the waitlist positions count 1, 2, 3... in that order.
    everyone = confirmed + waitlisted
    assert sorted(everyone, key=lambda r: r.pk) == sorted(
        everyone, key=lambda r: (r.created_at, r.pk)
    )
    assert max(r.created_at for r in confirmed) <= min(r.created_at for r in waitlisted)
    assert [waitlist_position(r) for r in waitlisted] == list(range(1, len(waitlisted) + 1))
    assert len(mail.outbox) == ATTEMPTS  # each told once: a seat or the waitlist

    # Ten people cancel at the same moment: exactly ten move up, the first ten in line.
    leaving = confirmed[:CANCELLATIONS]
    results = fire(
        lambda i: cancel(Registration.objects.get(pk=leaving[i].pk)), count=CANCELLATIONS
    )

    now_confirmed = queue(occurrence, RegistrationStatus.CONFIRMED)
    still_waiting = queue(occurrence, RegistrationStatus.WAITLISTED)
    promoted = [r for r in now_confirmed if r.promoted_at is not None]
    print(
        f"[{connection.vendor}] cancelled={CANCELLATIONS} promoted={len(promoted)} "
        f"confirmed={len(now_confirmed)} waitlisted={len(still_waiting)} "
        f"failures={len(failures(results))}"
    )
    assert failures(results) == []
    assert results == [True] * CANCELLATIONS
    assert len(now_confirmed) == SEATS
    assert [r.pk for r in promoted] == [r.pk for r in waitlisted[:CANCELLATIONS]]
    assert [r.pk for r in still_waiting] == [r.pk for r in waitlisted[CANCELLATIONS:]]
    assert len(mail.outbox) == ATTEMPTS + 2 * CANCELLATIONS  # cancelled + promoted


def test_the_same_person_at_once_is_registered_once():
    occurrence = open_date(SEATS)

    def ana(i):
        email = " Ana@Example.org" if i % 2 else "ana@example.org"
        return register_from_a_request(occurrence.pk, Details(name="Ana Ruiz", email=email))

    results = fire(ana, count=SAME_PERSON)

    print(
        f"\n[{connection.vendor}] same person attempts={SAME_PERSON} "
        f"registrations={Registration.objects.filter(occurrence=occurrence).count()} "
        f"failures={len(failures(results))}"
    )
    assert failures(results) == []
    [only] = Registration.objects.filter(occurrence=occurrence)
    assert {r.registration.pk for r in results} == {only.pk}
    assert sum(r.created for r in results) == 1
    assert len(mail.outbox) == 1
