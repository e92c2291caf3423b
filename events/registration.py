"""Registering for an event date, cancelling, and the waitlist: capacity is a promise.

Every change to an occurrence's seats happens inside one transaction that first
takes the occurrence's lock (``portal.locks.hold``: an advisory lock on
PostgreSQL, SQLite's write lock otherwise), then counts and writes. Two people
asking for the last seat at once are served one after the other: one gets the
seat, the other the waitlist. The waitlist is served in the order people joined
it (``created_at``, then id).

A second submission by the same person (same account, email or phone) returns
their existing registration instead of taking a second seat.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events import identity, notices
from events.kinds import RegistrationRoute, RegistrationStatus
from portal import locks, page_cache


def model(name):
    return apps.get_model("events", name)


class RegistrationClosed(Exception):
    """Registration for this date is not open (not yet, no longer, or cancelled)."""

    message = _("Registration for this date is closed.")


@dataclass
class Details:
    """What a person tells us when registering (a guest types it; an account fills it)."""

    name: str = ""
    email: str = ""
    phone: object = ""
    school: object = None
    language: str = "en"
    children: int = 0
    needs_interpretation: bool = False
    interpretation_language: str = ""
    needs_childcare: bool = False
    other_needs: str = ""
    extra: dict = field(default_factory=dict)

    @classmethod
    def of_user(cls, user, **given):
        values = {
            "name": user.get_full_name() or user.email.split("@")[0],
            "email": user.email,
            "phone": getattr(user, "phone", "") or "",
            "school": getattr(user, "school", None),
            "language": getattr(user, "preferred_language", "") or "en",
        }
        values.update({key: value for key, value in given.items() if value is not None})
        return cls(**values)


@dataclass(frozen=True)
class Outcome:
    registration: object
    created: bool

    @property
    def waitlisted(self):
        return self.registration.is_waitlisted


def lock_name(occurrence_id) -> str:
    return f"events:occurrence:{occurrence_id}"


def confirmed_count(occurrence) -> int:
    return occurrence.registrations.filter(status=RegistrationStatus.CONFIRMED).count()


def is_full(occurrence, confirmed: int | None = None) -> bool:
    if occurrence.capacity is None:
        return False
    if confirmed is None:
        confirmed = confirmed_count(occurrence)
    return confirmed >= occurrence.capacity


def seats_taken(occurrence_ids) -> dict[int, int]:
    """Confirmed registrations per occurrence, in one query."""
    rows = (
        model("Registration")
        .objects.filter(occurrence_id__in=list(occurrence_ids), status=RegistrationStatus.CONFIRMED)
        .values("occurrence_id")
        .annotate(taken=Count("id"))
    )
    return {row["occurrence_id"]: row["taken"] for row in rows}


def with_seats_taken(occurrences):
    """``occurrences`` annotated with ``confirmed_seats`` (confirmed registrations), read in
    the same query as the dates: what a card needs to say "Register" or "Full"."""
    confirmed = (
        model("Registration")
        .objects.filter(occurrence=OuterRef("pk"), status=RegistrationStatus.CONFIRMED)
        .order_by()
        .values("occurrence")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return occurrences.annotate(
        confirmed_seats=Coalesce(Subquery(confirmed, output_field=IntegerField()), 0)
    )


def find_active(occurrence, user=None, email_key="", phone_key=""):
    """The person's live registration for this date, by account, email or phone."""
    match = Q()
    if user is not None and user.is_authenticated:
        match |= Q(user=user)
    if email_key:
        match |= Q(email_key=email_key)
    if phone_key:
        match |= Q(phone_key=phone_key)
    if not match:
        return None
    return (
        occurrence.registrations.exclude(status=RegistrationStatus.CANCELLED)
        .filter(match)
        .order_by("created_at", "pk")
        .first()
    )


def register(occurrence, details: Details, user=None, route=None, now=None) -> Outcome:
    """A seat if one is free, else a place on the waitlist; the same person never twice."""
    user = user if user is not None and user.is_authenticated else None
    route = route or (RegistrationRoute.ACCOUNT if user else RegistrationRoute.GUEST)
    email_key = identity.email_key(details.email)
    phone_key = identity.phone_key(details.phone)
    try:
        with transaction.atomic():
            locks.hold(lock_name(occurrence.pk))
            # Read the clock once it is our turn: the order people joined in (created_at)
            # is then the order seats were given in.
            now = now or timezone.now()
            occurrence.refresh_from_db()
            existing = find_active(occurrence, user, email_key, phone_key)
            if existing is not None:
                return Outcome(existing, created=False)
            if not occurrence.registration_is_open(now):
                raise RegistrationClosed
            confirmed = confirmed_count(occurrence)
            full = is_full(occurrence, confirmed)
            registration = model("Registration").objects.create(
                occurrence=occurrence,
                user=user,
                name=details.name.strip(),
                email=details.email.strip(),
                phone=details.phone or "",
                email_key=email_key,
                phone_key=phone_key,
                school=details.school,
                language=details.language,
                children=details.children or 0,
                needs_interpretation=details.needs_interpretation,
                interpretation_language=details.interpretation_language,
                needs_childcare=details.needs_childcare,
                other_needs=details.other_needs,
                status=RegistrationStatus.WAITLISTED if full else RegistrationStatus.CONFIRMED,
                route=route,
                created_at=now,
            )
            notices.registered(registration)
            if not full and is_full(occurrence, confirmed + 1):
                transaction.on_commit(page_cache.invalidate)  # "Full" replaces "Register"
    except IntegrityError:
        # The same person in another request, between our check and our write.
        existing = find_active(occurrence, user, email_key, phone_key)
        if existing is None:
            raise
        return Outcome(existing, created=False)
    return Outcome(registration, created=True)


def cancel(registration, now=None) -> bool:
    """The person cancels: their seat goes to the first on the waitlist. False if it was
    cancelled already (a second click on the link changes nothing)."""
    now = now or timezone.now()
    occurrence = registration.occurrence
    with transaction.atomic():
        locks.hold(lock_name(occurrence.pk))
        registration.refresh_from_db()
        if registration.is_cancelled:
            return False
        was_confirmed = registration.is_confirmed
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        notices.registration_cancelled(registration)
        if was_confirmed:
            occurrence.refresh_from_db()
            was_full = occurrence.capacity is not None and is_full(
                occurrence, confirmed_count(occurrence) + 1
            )
            promoted = promote_waitlist(occurrence, now=now)
            if was_full and not promoted:
                transaction.on_commit(page_cache.invalidate)  # a seat is free again
    return True


def promote_waitlist(occurrence, now=None) -> list:
    """Give free seats to the waitlist, first come first served; returns who moved up."""
    now = now or timezone.now()
    with transaction.atomic():
        locks.hold(lock_name(occurrence.pk))
        if occurrence.is_cancelled or occurrence.ends_at <= now:
            return []
        waiting = occurrence.registrations.filter(status=RegistrationStatus.WAITLISTED).order_by(
            "created_at", "pk"
        )
        if occurrence.capacity is not None:
            free = occurrence.capacity - confirmed_count(occurrence)
            if free <= 0:
                return []
            waiting = waiting[:free]
        promoted = list(waiting)
        for registration in promoted:
            registration.status = RegistrationStatus.CONFIRMED
            registration.promoted_at = now
            registration.save(update_fields=["status", "promoted_at"])
            notices.promoted(registration)
    return promoted


def waitlist_position(registration) -> int | None:
    """1 for the first in line; None if not on the waitlist."""
    if not registration.is_waitlisted:
        return None
    ahead = registration.occurrence.registrations.filter(
        Q(created_at__lt=registration.created_at)
        | Q(created_at=registration.created_at, pk__lt=registration.pk),
        status=RegistrationStatus.WAITLISTED,
    ).count()
    return ahead + 1
