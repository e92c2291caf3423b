"""Signed tokens for the links people carry: cancel, check in, and the personal feed.

Each purpose signs with its own salt, so a cancel link cannot be used to check in
and a QR code cannot cancel. A token names one registration; nobody can make one
for another registration without the site's secret. Cancel links stop working
when the event has ended; check-in codes work only around the event's day.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.apps import apps
from django.core import signing
from django.utils import timezone

CANCEL = "events.registration.manage"
CHECK_IN = "events.registration.check-in"
#: A QR code opens from this long before the start until this long after the end.
CHECK_IN_EARLY = timedelta(hours=12)
CHECK_IN_LATE = timedelta(hours=12)


class InvalidToken(Exception):
    pass


def _make(registration, salt) -> str:
    """The same token every time for one registration (an email sent again carries it)."""
    return signing.Signer(salt=salt).sign_object({"r": registration.pk}, compress=True)


def _read(token, salt):
    try:
        data = signing.Signer(salt=salt).unsign_object(token)
        pk = int(data["r"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidToken from error
    registration = (
        apps.get_model("events", "Registration")
        .objects.select_related("occurrence", "school")
        .filter(pk=pk)
        .first()
    )
    if registration is None:
        raise InvalidToken
    return registration


def manage_token(registration) -> str:
    return _make(registration, CANCEL)


def registration_for_manage(token):
    """The registration a cancel link names (raises InvalidToken for anything else)."""
    return _read(token, CANCEL)


def check_in_token(registration) -> str:
    return _make(registration, CHECK_IN)


def registration_for_check_in(token, now=None):
    registration = _read(token, CHECK_IN)
    now = now or timezone.now()
    occurrence = registration.occurrence
    if not (occurrence.starts_at - CHECK_IN_EARLY <= now <= occurrence.ends_at + CHECK_IN_LATE):
        raise InvalidToken
    return registration


def feed_secret_for(user) -> str:
    """The person's feed secret, made on first use."""
    feeds = apps.get_model("events", "CalendarFeed").objects
    feed, _created = feeds.get_or_create(user=user, defaults={"secret": secrets.token_urlsafe(32)})
    return feed.secret


def reset_feed_secret(user) -> str:
    """A new secret: the old feed URL stops working (the person shared it by mistake)."""
    feeds = apps.get_model("events", "CalendarFeed").objects
    secret = secrets.token_urlsafe(32)
    feeds.update_or_create(user=user, defaults={"secret": secret})
    return secret


# --- the post-event survey ------------------------------------------------------------

SURVEY = "events.attendance.survey"


def survey_token(attendance) -> str:
    """The survey link's token for one attendance (the same every time)."""
    return signing.Signer(salt=SURVEY).sign_object({"a": attendance.pk}, compress=True)


def attendance_for_survey(token):
    """The attendance a survey link names (raises InvalidToken for anything else).

    Only attendances with an email were ever sent a link; one without (a phone-only
    walk-in, or a person whose account was deleted) opens nothing.
    """
    try:
        pk = int(signing.Signer(salt=SURVEY).unsign_object(token)["a"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidToken from error
    attendance = (
        apps.get_model("events", "Attendance")
        .objects.select_related("occurrence")
        .exclude(email="")
        .filter(pk=pk)
        .first()
    )
    if attendance is None:
        raise InvalidToken
    return attendance
