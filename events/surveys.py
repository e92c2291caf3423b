"""The short satisfaction survey after an event: who gets it, answering it, its totals.

**Sending.** ``send_surveys`` is what ``manage.py send_event_surveys`` runs (hourly from
cron). Everyone checked in with an email at a date that ended between
``SEND_AFTER`` (1 hour) and ``SEND_WITHIN`` (14 days) ago is invited once, in their
language. Each attendance is claimed before its email is built, by inserting its
``EventSurveyInvitation`` (unique per attendance): two runs at once, or a run
repeated after a crash, find it taken, so nobody gets the survey twice for the same
date. A claim whose email fails to send is released, so the next run tries again.

**Answering.** The email's link (``events/tokens.py``, its own salt) opens the
survey without signing in. ``record_answer`` keeps one response per attendance:
the database's unique constraint decides between two submissions at once, and the
second is refused with a message. The survey closes ``OPEN_FOR`` (30 days) after
the date ends.

**Totals.** ``records``, ``summarise``, ``satisfaction`` and ``satisfaction_rows``
give the reports respondents, means and shares for any set of attendances. The
figures are raw: whatever shows them goes through ``portal.suppression`` first.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.apps import apps
from django.core import mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from events import ics, identity, notices, tokens
from events.kinds import OccurrenceStatus
from portal.emails import absolute_url, office_address, sender

#: The survey goes out this long after the date ends (people are home by then)...
SEND_AFTER = timedelta(hours=1)
#: ...and not at all once the date ended longer ago than this (a late cron run, a backlog).
SEND_WITHIN = timedelta(days=14)
#: Answers are taken until this long after the date ends.
OPEN_FOR = timedelta(days=30)
#: Overall satisfaction at or above this counts as satisfied (4 satisfied, 5 very).
SATISFIED = 4


def model(name):
    return apps.get_model("events", name)


class SurveyRefused(Exception):
    """An answer that is not saved, with the message to show the person."""

    def __init__(self, message, response=None):
        super().__init__(message)
        self.message = message
        self.response = response


class AlreadyAnswered(SurveyRefused):
    pass


class SurveyClosed(SurveyRefused):
    pass


class SurveyNotOpen(SurveyRefused):
    pass


# --- who is invited, and the email ----------------------------------------------------


def due(now=None):
    """Attendances with an email, at dates that ended 1 hour to 14 days ago, not yet invited."""
    now = now or timezone.now()
    return (
        model("Attendance")
        .objects.filter(
            occurrence__status=OccurrenceStatus.SCHEDULED,
            occurrence__ends_at__lte=now - SEND_AFTER,
            occurrence__ends_at__gte=now - SEND_WITHIN,
            survey_invitation__isnull=True,
            survey_response__isnull=True,
        )
        .exclude(email="")
        .select_related("occurrence")
        .order_by("occurrence__ends_at", "pk")
    )


def closes_at(occurrence):
    return occurrence.ends_at + OPEN_FOR


def is_open(occurrence, now=None) -> bool:
    now = now or timezone.now()
    return occurrence.ends_at <= now < closes_at(occurrence)


def survey_url(attendance) -> str:
    """The person's survey link, in their language (``/es/…`` for Spanish)."""
    with translation.override(attendance.language):
        return absolute_url(reverse("events:survey", args=[tokens.survey_token(attendance)]))


def message(attendance):
    """The survey email to the person of ``attendance``, rendered in their language."""
    occurrence = attendance.occurrence
    language = attendance.language
    with translation.override(language):
        page = notices.page_in(occurrence, language)
        context = {
            "attendance": attendance,
            "occurrence": occurrence,
            "page": page,
            "title": page.title if page else occurrence.event_title,
            "starts": timezone.localtime(occurrence.starts_at),
            "ends": timezone.localtime(occurrence.ends_at),
            "where": ics.where(occurrence, page) if page else occurrence.center_title,
            "survey_url": survey_url(attendance),
            "closes": timezone.localtime(closes_at(occurrence)),
        }
        subject = render_to_string("events/emails/survey_subject.txt", context)
        body = render_to_string("events/emails/survey.txt", context)
    return mail.EmailMessage(
        " ".join(subject.split()),
        body,
        from_email=sender(language),
        to=[attendance.email],
        reply_to=office_address(),
    )


def _claim(attendance, now) -> bool:
    """Take the attendance's one invitation; False if another run has it already."""
    try:
        with transaction.atomic():
            model("EventSurveyInvitation").objects.create(attendance=attendance, sent_at=now)
    except IntegrityError:
        return False
    return True


def _release(attendance, now):
    model("EventSurveyInvitation").objects.filter(attendance=attendance, sent_at=now).delete()


def send_surveys(now=None, dry_run=False) -> int:
    """Invite everyone due; returns how many were invited (or, dry, would be)."""
    now = now or timezone.now()
    sent = 0
    for attendance in due(now):
        if dry_run:
            sent += 1
            continue
        if not _claim(attendance, now):
            continue  # another run took it
        try:
            message(attendance).send()
        except Exception:
            _release(attendance, now)
            raise
        sent += 1
    return sent


# --- answering ------------------------------------------------------------------------


def response_of(attendance):
    return model("EventSurveyResponse").objects.filter(attendance=attendance).first()


def record_answer(attendance, cleaned, *, language=None, now=None):
    """Save the person's answers (``cleaned``: overall, learned, would_recommend, comment).

    One response per attendance: a second submission, even one sent at the same
    moment, raises ``AlreadyAnswered`` (carrying the first response) and saves
    nothing. Raises ``SurveyNotOpen`` before the date ends and ``SurveyClosed`` once
    ``OPEN_FOR`` has passed.
    """
    now = now or timezone.now()
    occurrence = attendance.occurrence
    existing = response_of(attendance)
    if existing is not None:
        raise AlreadyAnswered(_("You have already answered this survey. Thank you!"), existing)
    if now < occurrence.ends_at:
        raise SurveyNotOpen(_("This survey opens when the event has ended."))
    if now >= closes_at(occurrence):
        raise SurveyClosed(_("This survey has closed. Thank you for coming."))
    try:
        with transaction.atomic():
            return model("EventSurveyResponse").objects.create(
                attendance=attendance,
                occurrence=occurrence,
                language=language or attendance.language,
                submitted_at=now,
                overall=cleaned["overall"],
                learned=cleaned["learned"],
                would_recommend=cleaned["would_recommend"],
                comment=(cleaned.get("comment") or "").strip()[:1000],
            )
    except IntegrityError:
        existing = response_of(attendance)
        if existing is None:
            raise
        raise AlreadyAnswered(
            _("You have already answered this survey. Thank you!"), existing
        ) from None


# --- totals for the reports -----------------------------------------------------------


def records(attendances) -> list[dict]:
    """One dict per attendance of ``attendances`` that was invited or answered (one query).

    Each has ``attendance_id``, ``occurrence_id``, ``program``, ``school_id`` and
    ``language`` (the person's: what ``portal.suppression.split`` groups by),
    ``keys`` (the person's identity keys, for unduplicated counts), ``invited``,
    and the answers ``overall``, ``learned``, ``would_recommend`` (``None`` when not
    answered). Comments are not included: reports show numbers only.
    """
    rows = attendances.filter(
        Q(survey_invitation__isnull=False) | Q(survey_response__isnull=False)
    ).values(
        "pk",
        "occurrence_id",
        "occurrence__program",
        "school_id",
        "language",
        "user_id",
        "email_key",
        "phone_key",
        "survey_invitation__id",
        "survey_response__overall",
        "survey_response__learned",
        "survey_response__would_recommend",
    )
    return [
        {
            "attendance_id": row["pk"],
            "occurrence_id": row["occurrence_id"],
            "program": row["occurrence__program"],
            "school_id": row["school_id"],
            "language": row["language"],
            "keys": _keys(row),
            "invited": row["survey_invitation__id"] is not None,
            "overall": row["survey_response__overall"],
            "learned": row["survey_response__learned"],
            "would_recommend": row["survey_response__would_recommend"],
        }
        for row in rows.order_by()
    ]


def _keys(row) -> tuple[str, ...]:
    keys = []
    if row["user_id"]:
        keys.append(f"user:{row['user_id']}")
    if row["email_key"]:
        keys.append(f"email:{row['email_key']}")
    if row["phone_key"]:
        keys.append(f"phone:{row['phone_key']}")
    return tuple(keys) or (f"Attendance:{row['pk']}",)


@dataclass(frozen=True)
class Satisfaction:
    """The survey's figures for one group of attendances (raw: suppress before showing).

    ``respondents`` counts people once however many dates they answered about: it
    is the count small-number suppression reads. Means and shares are per response.
    """

    invited: int
    responses: int
    respondents: int
    mean_overall: float | None
    mean_learned: float | None
    satisfied: int
    recommend: int

    @property
    def share_satisfied(self) -> float | None:
        """Share of responses satisfied or very satisfied (4–5), 0–1."""
        return self.satisfied / self.responses if self.responses else None

    @property
    def share_recommend(self) -> float | None:
        return self.recommend / self.responses if self.responses else None

    @property
    def response_rate(self) -> float | None:
        """Responses per survey sent, 0–1 (``None`` when none was sent)."""
        return min(self.responses / self.invited, 1.0) if self.invited else None


def summarise(group_records) -> Satisfaction:
    """The figures of a list of ``records(...)`` dicts (pure Python: no query)."""
    group_records = list(group_records)
    answered = [r for r in group_records if r["overall"] is not None]
    people = identity.People()
    for record in answered:
        people.add(*record["keys"])
    count = len(answered)
    return Satisfaction(
        invited=sum(1 for r in group_records if r["invited"]),
        responses=count,
        respondents=len({people.person(*r["keys"]) for r in answered}),
        mean_overall=sum(r["overall"] for r in answered) / count if count else None,
        mean_learned=sum(r["learned"] for r in answered) / count if count else None,
        satisfied=sum(1 for r in answered if r["overall"] >= SATISFIED),
        recommend=sum(1 for r in answered if r["would_recommend"]),
    )


def satisfaction(attendances) -> Satisfaction:
    """The survey's figures for ``attendances`` (an Attendance queryset the report filtered,
    for example by period, program, center or school)."""
    return summarise(records(attendances))


def satisfaction_rows(attendances, by: str = "program") -> list[tuple[object, Satisfaction]]:
    """The figures for each value of a record field (``"program"``, ``"occurrence_id"``,
    ``"language"``, ``"school_id"``), sorted by that value; one query."""
    grouped = defaultdict(list)
    for record in records(attendances):
        grouped[record[by]].append(record)
    return [(key, summarise(grouped[key])) for key in sorted(grouped, key=lambda k: (k is None, k))]
