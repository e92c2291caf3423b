"""The emails people get about their registrations, in the language they chose.

Every function here is called inside the transaction that made the change and
sends after it commits (``transaction.on_commit``): a rolled-back registration
sends nothing. People without an email (a guest who gave only a phone) get
nothing by email; staff find them by phone at the door.

A confirmation carries the date as an ``.ics`` attachment (calendars add it in one
tap), the check-in QR code as a PNG, and the link that lets the person cancel.
"""

from __future__ import annotations

import io

import segno

from django.apps import apps
from django.core import mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from events import ics, tokens
from events.kinds import RegistrationStatus
from portal.emails import absolute_url, office_address, sender


def page_in(occurrence, language):
    """The event's live page in ``language`` (else the original), for an email."""
    pages = apps.get_model("events", "EventPage").objects.live()
    found = pages.filter(translation_key=occurrence.event_key, locale__language_code=language)
    return found.select_related("center", "school").first() or (
        pages.filter(translation_key=occurrence.event_key)
        .select_related("center", "school")
        .order_by("pk")
        .first()
    )


def manage_url(registration) -> str:
    with translation.override(registration.language):
        return absolute_url(
            reverse("events:registration", args=[tokens.manage_token(registration)])
        )


def check_in_url(registration) -> str:
    return absolute_url(reverse("events:check_in", args=[tokens.check_in_token(registration)]))


def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


def message(registration, template: str, *, attach_ics=False, attach_qr=False, extra=None):
    """One email to the person of ``registration`` from ``events/emails/<template>``."""
    occurrence = registration.occurrence
    language = registration.language
    with translation.override(language):
        page = page_in(occurrence, language)
        context = {
            "registration": registration,
            "occurrence": occurrence,
            "page": page,
            "title": page.title if page else occurrence.event_title,
            "starts": timezone.localtime(occurrence.starts_at),
            "ends": timezone.localtime(occurrence.ends_at),
            "where": ics.where(occurrence, page) if page else occurrence.center_title,
            "event_url": page.full_url if page else "",
            "manage_url": manage_url(registration),
            "confirmed": registration.status == RegistrationStatus.CONFIRMED,
            **(extra or {}),
        }
        subject = render_to_string(f"events/emails/{template}_subject.txt", context)
        body = render_to_string(f"events/emails/{template}.txt", context)
        email = mail.EmailMessage(
            " ".join(subject.split()),
            body,
            from_email=sender(language),
            to=[registration.email],
            reply_to=office_address(),
        )
        if attach_ics:
            url = page.full_url if page else ""
            cal = ics.calendar(context["title"], [(occurrence, page, url)])
            email.attach("event.ics", cal.to_ical(), "text/calendar; method=PUBLISH")
        if attach_qr:
            email.attach("check-in-code.png", qr_png(check_in_url(registration)), "image/png")
    return email


def _send_later(registration, template, **options):
    if not registration.email:
        return
    transaction.on_commit(lambda: message(registration, template, **options).send())


def registered(registration):
    if registration.status == RegistrationStatus.CONFIRMED:
        _send_later(registration, "registered", attach_ics=True, attach_qr=True)
    else:
        _send_later(registration, "waitlisted")


def promoted(registration):
    _send_later(registration, "promoted", attach_ics=True, attach_qr=True)


def registration_cancelled(registration):
    _send_later(registration, "registration_cancelled")


def _to_everyone_registered(occurrence, template, **options):
    people = occurrence.registrations.exclude(status=RegistrationStatus.CANCELLED).exclude(email="")
    for registration in people.select_related("occurrence"):
        _send_later(registration, template, **options)


def occurrence_cancelled(occurrence):
    """Everyone registered or waiting hears that the date is cancelled."""
    _to_everyone_registered(occurrence, "occurrence_cancelled", attach_ics=True)


def occurrence_moved(occurrence):
    """Everyone registered or waiting gets the new time, and the calendar entry updated."""
    _to_everyone_registered(occurrence, "occurrence_moved", attach_ics=True)
