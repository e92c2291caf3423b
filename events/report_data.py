"""What the event reports count, gathered once for a school year (a fixed number of queries).

The reports and the Figures page read one table (``events/reports.py``); this module
fills its cells before anything is suppressed:

- **Dates**: a workshop is *held* when its date is not cancelled and has started
  (``Occurrence.objects.held()``); it belongs to the school year (July to June) of its
  local start date. Only held dates count.
- **People**: records that share an account, a normalized email or a normalized phone
  are one person (``events.identity.People``), whether they registered with an
  account, as a guest, were added by staff or walked in at the kiosk. Every record the
  portal holds links keys, whatever its date: a guest registration that gave an email
  and a phone ties a walk-in who gave the phone to an account with the email, and an
  account ties its own email and phone.
- **A person's group**: each person counts in one school and one language, those of
  their latest record (registration or check-in) among the year's, so everyone is
  English + Spanish and the schools add up to their region; all of that person's
  records count there.
- **Parent Portal classes at focus schools**: their attendees, by column, for the
  Figures page (the date's school is a focus school).
- **Rows**: every program, and for parent committee training every committee; the
  first row adds them all up. **Columns**: the groups of ``portal.suppression`` (everyone,
  each language, region and school, and no school recorded), then each Family
  Engagement Center and "not at a center" (the date's place).

- **Satisfaction**: the post-event survey's answers about held dates, counted in the
  cells of the attendance they answer for (``events/surveys.py`` says what the survey
  asks); its *respondents* are people, suppressed like any other.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from django.utils import timezone

from events.identity import People, email_key, phone_key, record_keys
from events.kinds import Committee, EventLanguage, Program, RegistrationStatus
from events.models import Attendance, EventPage, Occurrence, Registration
from events.surveys import SATISFIED
from portal.models import CenterPage, User
from portal.school_year import SchoolYear
from portal.suppression import (
    EVERYONE,
    LANGUAGE,
    REGION,
    SCHOOL,
    Group,
    Layout,
    groups_of,
    region_of_school,
)

ALL = "all"
CENTER, NO_CENTER = "center", "no_center"
NOT_AT_A_CENTER = Group(NO_CENTER)


def program_row(program: str) -> str:
    return f"program:{program}"


def committee_row(committee: str) -> str:
    """A committee's row; ``""`` is a training that names no committee."""
    return f"committee:{committee}"


def center_column(key) -> Group:
    return Group(CENTER, str(key)) if key else NOT_AT_A_CENTER


PROGRAM_ROWS = [program_row(code) for code in Program.values]
COMMITTEE_ROWS = [committee_row(code) for code in Committee.values] + [committee_row("")]
ROWS = [ALL, *PROGRAM_ROWS, *COMMITTEE_ROWS]
#: Rows that add up: (total, its parts).
ROW_SUMS = [
    (ALL, PROGRAM_ROWS),
    (program_row(Program.COMMITTEE_TRAINING), COMMITTEE_ROWS),
]

_USER, _EMAIL, _PHONE = Q(user__isnull=False), ~Q(email_key=""), ~Q(phone_key="")
#: A record that links two keys (one key alone tells nothing about who is who).
TWO_KEYS = (_USER & _EMAIL) | (_USER & _PHONE) | (_EMAIL & _PHONE)
PERSON_FIELDS = ("user_id", "email_key", "phone_key", "school_id", "language")


@dataclass(frozen=True)
class Keys:
    """Contact keys read with ``values_list`` (``record_keys`` reads these attributes)."""

    user_id: int | None
    email_key: str
    phone_key: str
    pk: None = None


@dataclass
class Tally:
    """One cell's figures before suppression."""

    workshops: int = 0
    registrations: int = 0
    no_shows: int = 0
    attendance: int = 0
    registrants: set = field(default_factory=set)
    attendees: set = field(default_factory=set)
    first_time: set = field(default_factory=set)
    #: The post-event survey: sent, answered, and the answers' totals.
    surveyed: int = 0
    responses: int = 0
    satisfied: int = 0
    overall_total: int = 0
    learned_total: int = 0
    recommend: int = 0
    respondents: set = field(default_factory=set)

    def count_answer(self, someone, response) -> None:
        self.responses += 1
        self.respondents.add(someone)
        self.satisfied += response.overall >= SATISFIED
        self.overall_total += response.overall
        self.learned_total += response.learned
        self.recommend += response.would_recommend


@dataclass
class YearData:
    """The year's tallies: (row, column) → ``Tally``, and the columns (centers included)."""

    year: SchoolYear
    tallies: dict[tuple[str, Group], Tally]
    centers: list[str]
    #: Column → the people who came to a Parent Portal class at a focus school.
    focus_schools: dict[Group, set] = field(default_factory=dict)


def rows_of(program: str, committee: str) -> list[str]:
    rows = [ALL, program_row(program)]
    if program == Program.COMMITTEE_TRAINING:
        rows.append(committee_row(committee if committee in Committee.values else ""))
    return rows


def held_dates(year: SchoolYear, audience=None, now=None):
    """The year's held dates (for events written for ``audience``, in any language)."""
    start, end = year.bounds()
    dates = Occurrence.objects.held(now or timezone.now()).filter(
        starts_at__gte=start, starts_at__lt=end
    )
    if audience is not None:
        dates = dates.filter(
            event_key__in=EventPage.objects.filter(
                audiences__translation_key=audience.translation_key
            ).values("translation_key")
        )
    return dates


def gather(year: SchoolYear, layout: Layout, audience=None, now=None) -> YearData:
    """Every cell of the year's table, unsuppressed. Eight queries, however many records."""
    now = now or timezone.now()
    dates = held_dates(year, audience, now)
    occurrences = {
        row["pk"]: row
        for row in dates.values(
            "pk",
            "program",
            "committee",
            "center_key",
            "region__translation_key",
            "school_id",
            "event_language",
            "school__is_focus_school",
        )
    }
    registrations = list(
        Registration.objects.filter(occurrence__in=dates, status=RegistrationStatus.CONFIRMED).only(
            "occurrence_id", "created_at", *PERSON_FIELDS
        )
    )
    attendances = list(
        Attendance.objects.filter(occurrence__in=dates)
        .select_related("registration", "survey_invitation", "survey_response")
        .only(
            "occurrence_id",
            "checked_in_at",
            *PERSON_FIELDS,
            *(f"registration__{name}" for name in ("user_id", "email_key", "phone_key")),
            "survey_invitation__id",
            *(f"survey_response__{name}" for name in ("overall", "learned", "would_recommend")),
        )
    )
    people = People()
    for record in registrations:
        people.add(*record_keys(record))
    for record in attendances:
        people.add(*_attendance_keys(record))
    came_before = _link_every_record(people, year.bounds()[0], now)
    person = {("r", r.pk): people.person(*record_keys(r)) for r in registrations}
    person.update({("a", a.pk): people.person(*_attendance_keys(a)) for a in attendances})
    earlier = {people.person(*keys) for keys in came_before}

    regions = region_of_school(layout)
    where = _person_groups(registrations, attendances, person, regions)
    tallies: dict[tuple[str, Group], Tally] = defaultdict(Tally)
    for occurrence in occurrences.values():
        for row in rows_of(occurrence["program"], occurrence["committee"]):
            for column in _date_columns(occurrence, layout):
                tallies[(row, column)].workshops += 1
    came = {(a.occurrence_id, person[("a", a.pk)]) for a in attendances}
    for record in registrations:
        someone = person[("r", record.pk)]
        occurrence = occurrences[record.occurrence_id]
        for cell in _cells(occurrence, where[someone]):
            tally = tallies[cell]
            tally.registrations += 1
            tally.registrants.add(someone)
            tally.no_shows += (record.occurrence_id, someone) not in came
    focus_schools = defaultdict(set)
    for record in attendances:
        someone = person[("a", record.pk)]
        occurrence = occurrences[record.occurrence_id]
        for cell in _cells(occurrence, where[someone]):
            tally = tallies[cell]
            tally.attendance += 1
            tally.attendees.add(someone)
            if someone not in earlier:
                tally.first_time.add(someone)
            tally.surveyed += _has(record, "survey_invitation")
            if _has(record, "survey_response"):
                tally.count_answer(someone, record.survey_response)
        if occurrence["program"] == Program.PARENT_PORTAL and occurrence["school__is_focus_school"]:
            for column in where[someone]:
                focus_schools[column].add(someone)
    centers = {str(key) for key in CenterPage.objects.values_list("translation_key", flat=True)}
    centers |= {str(o["center_key"]) for o in occurrences.values() if o["center_key"]}
    return YearData(year, dict(tallies), sorted(centers), dict(focus_schools))


def _attendance_keys(record) -> tuple[str, ...]:
    """A check-in's keys, with those of the registration it checked in."""
    keys = record_keys(record)
    if record.registration_id and record.registration is not None:
        keys += record_keys(record.registration)
    return keys


def _has(record, relation: str) -> bool:
    """Whether a reverse one-to-one read with ``select_related`` found a row."""
    try:
        return getattr(record, relation) is not None
    except ObjectDoesNotExist:
        return False


def _link_every_record(people: People, start: datetime.datetime, now) -> list[tuple[str, ...]]:
    """Link keys from every record the portal holds (any date, any status) and from the
    accounts; returns the keys of check-ins at dates held before ``start`` (four queries)."""
    for user_id, email, phone in (
        Registration.objects.filter(TWO_KEYS)
        .values_list("user_id", "email_key", "phone_key")
        .distinct()
    ):
        people.add(*record_keys(Keys(user_id, email, phone)))
    for user_id, email, phone in (
        Attendance.objects.filter(TWO_KEYS)
        .values_list("user_id", "email_key", "phone_key")
        .distinct()
    ):
        people.add(*record_keys(Keys(user_id, email, phone)))
    with_records = Q(pk__in=Registration.objects.values("user_id")) | Q(
        pk__in=Attendance.objects.values("user_id")
    )
    for user_id, email, phone in User.objects.filter(with_records).values_list(
        "pk", "email", "phone"
    ):
        people.add(*record_keys(Keys(user_id, email_key(email), phone_key(phone))))
    before = []
    earlier = Attendance.objects.filter(
        occurrence__in=Occurrence.objects.held(now).filter(starts_at__lt=start)
    ).values_list(
        "user_id",
        "email_key",
        "phone_key",
        "registration__user_id",
        "registration__email_key",
        "registration__phone_key",
    )
    for user_id, email, phone, r_user, r_email, r_phone in earlier.distinct():
        keys = record_keys(Keys(user_id, email, phone)) if (user_id or email or phone) else ()
        if r_user or r_email or r_phone:
            keys += record_keys(Keys(r_user, r_email or "", r_phone or ""))
        if keys:
            people.add(*keys)
            before.append(keys)
    return before


def _person_groups(registrations, attendances, person, regions) -> dict[str, list[Group]]:
    """Person → the groups of their latest record of the year (school, language)."""
    latest = {}
    records = [((r.created_at, 0, r.pk), person[("r", r.pk)], r) for r in registrations]
    records += [((a.checked_in_at, 1, a.pk), person[("a", a.pk)], a) for a in attendances]
    for _order, someone, record in sorted(records, key=lambda item: item[0]):
        latest[someone] = record
    return {
        someone: groups_of({"school_id": r.school_id, "language": r.language}, regions)
        for someone, r in latest.items()
    }


def _cells(occurrence, person_groups):
    center = center_column(occurrence["center_key"])
    for row in rows_of(occurrence["program"], occurrence["committee"]):
        for column in (*person_groups, center):
            yield row, column


def _date_columns(occurrence, layout) -> list[Group]:
    """Where a held date counts: everyone, its region and school, the languages it was
    given in, and its center (dates are things: no person's group)."""
    columns = [EVERYONE, center_column(occurrence["center_key"])]
    if occurrence["region__translation_key"]:
        columns.append(Group(REGION, str(occurrence["region__translation_key"])))
    if occurrence["school_id"]:
        columns.append(Group(SCHOOL, str(occurrence["school_id"])))
    language = occurrence["event_language"]
    spoken = layout.languages if language == EventLanguage.BILINGUAL else [language]
    columns += [Group(LANGUAGE, code) for code in spoken if code in layout.languages]
    return columns
