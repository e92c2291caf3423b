"""Builds the events demo (``events.demo.data``): a school year of events, and its records.

Called by ``manage.py load_demo`` through the ``load_demo`` Wagtail hook. Like the other
loaders it finds before it creates (pages by slug, topics by slug, accounts by email,
dates by their day in the series), and a date that already has records is left alone,
so a second run adds nothing.

Dates count from the day the demo is loaded: every series starts in September of the
current school year (or, early in the year, eight weeks back) and runs to June.
Publishing an event's page puts its future dates on the calendar
(``events.schedule.sync``); the dates already past are added here, since a rule never
invents history. Past dates get registrations, no-shows, check-ins and walk-ins from a
pool of demo parents who come by different routes (an account, a guest registration
with their email, a kiosk walk-in with their phone), so the unduplicated count has
people to match, and those with an email answered the survey after it (``surveys.py``).
The next dates get registrations, one of them full with a waitlist.
Records are seeded per date (``data.SEED``): the same database always gets the same.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from allauth.account.models import EmailAddress

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from events import identity
from events.factories import EventIndexPageFactory, EventPageFactory, TopicFactory, publish
from events.kinds import (
    AttendanceMode,
    CheckInRoute,
    EventLanguage,
    OccurrenceStatus,
    Program,
    RegistrationRoute,
    RegistrationStatus,
    Repeat,
)
from events.models import Attendance, EventIndexPage, EventPage, Occurrence, Registration, Topic
from events.schedule import cancel, planned, registration_window, series_dates, snapshot
from portal.demo.content import DEMO_PASSWORD
from portal.factories import publish_translation, translate_snippet
from portal.models import Audience, CenterPage, School, User
from portal.school_year import SchoolYear

from . import data
from .centers import point_centers_at_calendar
from .pathways import load_workshop_pathways
from .surveys import load_survey_answers

#: The audience every demo event is written for.
AUDIENCE = "parents-caregivers"
#: Demo logins with a story of their own: (email, the center of their Parent University).
LOGINS = (("parent@example.org", "north-region"), ("familia@example.org", "south-region"))
#: Who checks people in at the door (when they are not at the kiosk).
DOOR_STAFF = "moderator@example.org"


@dataclass
class Plan:
    """One demo event: what its page says, where, when, and who is likely to come."""

    kind: str  # "center", "school", "committee" or "online": who comes
    texts: dict  # {"en": {title, slug, intro}, "es": {...}}
    program: str
    weekday: int
    hours: tuple
    repeat: str = Repeat.WEEKLY
    week: int = 0
    nth: int | None = None
    sessions: int | None = None
    committee: str = ""
    topic: str | None = None
    language: str = EventLanguage.BILINGUAL
    interpretation: str = ""
    childcare: bool = False
    food: bool = False
    mode: str = AttendanceMode.IN_PERSON
    center: CenterPage | None = None
    school: School | None = None
    place: tuple = ("", "")
    url: str = ""
    capacity: int = 30
    page: EventPage | None = field(default=None, repr=False)

    @property
    def slug(self):
        return self.texts["en"]["slug"]

    @property
    def region_id(self):
        if self.center is not None:
            return self.center.region_id
        return self.school.region_id if self.school is not None else None


@transaction.atomic
def load_events(tree, now=None):
    """Load (or complete) the events demo in both languages. Returns a summary line."""
    now = now or timezone.now()
    first_day, last_day = season(timezone.localtime(now).date())
    topics = load_topics()
    index = load_index(tree)
    plans = event_plans()
    years = range(SchoolYear.of(first_day).start_year, SchoolYear.of(last_day).start_year + 1)
    closed = [days for year in years for days in school_breaks(year)]
    for plan in plans:
        plan.page = load_event(plan, index, topics, first_day, last_day, closed)
        add_history(plan.page, now, closed)
    people = plan_people()
    accounts = load_accounts(people)
    load_records(plans, people, accounts, now)
    load_login_stories(plans, now)
    surveys = load_survey_answers(now)
    point_centers_at_calendar(index)
    # Last: their steps name the pages and topics above, and count the logins' check-ins.
    return f"{describe(now)}.\n{surveys}.\n{load_workshop_pathways(tree, topics, index)}"


def season(today):
    """First and last day of the demo's series: September to the first days of June, but
    always with some weeks behind and ahead of ``today`` (loaded in summer, the series
    starts eight weeks back; loaded in June, it runs ten weeks on), and at most 400 days."""
    year = SchoolYear.of(today)
    first = date(year.start_year, 9, 1)
    if (today - first).days < 56:
        first = (today - timedelta(days=56)).replace(day=1)
    last = max(date(year.start_year + 1, 6, 5), today + timedelta(days=70))
    return first, min(last, first + timedelta(days=400))


def school_breaks(year):
    """(first day, last day, note) of each break of the school year starting in ``year``."""
    november = date(year, 11, 1)
    thanksgiving = november + timedelta(days=(3 - november.weekday()) % 7 + 21)
    chavez = date(year + 1, 3, 31)
    spring = chavez - timedelta(days=chavez.weekday())
    return [
        (
            thanksgiving - timedelta(days=3),
            thanksgiving + timedelta(days=2),
            data.BREAKS["thanksgiving"],
        ),
        (date(year, 12, 21), date(year + 1, 1, 3), data.BREAKS["winter"]),
        (spring, spring + timedelta(days=5), data.BREAKS["spring"]),
    ]


def break_on(day, closed):
    """The note of the break ``day`` falls in, or ""."""
    return next((note for first, last, note in closed if first <= day <= last), "")


def spanish():
    return Locale.objects.get(language_code="es")


# -- pages ----------------------------------------------------------------------------


def load_topics():
    """{English slug: {"en": topic, "es": topic}}."""
    found = {}
    for order, (slug, name, es_slug, es_name) in enumerate(data.TOPICS):
        english = Topic.objects.filter(locale__language_code="en", slug=slug).first()
        if english is None:
            english = TopicFactory(name=name, slug=slug, sort_order=order)
        translation = translate_snippet(english, "es", name=es_name, slug=es_slug)
        found[slug] = {"en": english, "es": translation}
    return found


def load_index(tree):
    english = EventIndexPage.objects.child_of(tree["home"]).first()
    if english is None:
        english = EventIndexPageFactory(parent=tree["home"], show_in_menus=True, **data.INDEX["en"])
        english = publish(english)
    translation = english.get_translation_or_none(spanish())
    if translation is None:
        translation = publish_translation(english, "es", show_in_menus=True, **data.INDEX["es"])
    return {"en": english, "es": translation.specific}


def event_plans():
    """Every demo event, with its place found in the database (missing places are skipped)."""
    centers = {
        center.slug: center
        for center in CenterPage.objects.live().filter(locale__language_code="en")
    }
    plans = []
    for spec in data.PARENT_UNIVERSITY:
        if spec["center"] in centers:
            plans.append(center_plan(spec, centers[spec["center"]]))
    focus = School.objects.filter(is_focus_school=True).order_by("code")
    for order, school in enumerate(focus):
        plans.append(school_plan(school, order))
    for spec in data.COMMITTEE_TRAININGS:
        if spec["center"] in centers:
            plans.append(committee_plan(spec, centers[spec["center"]]))
    plans.extend(online_plan(spec) for spec in data.ONLINE)
    return plans


def common(spec):
    """The fields a data entry names the same way as a plan."""
    keys = ("weekday", "hours", "repeat", "week", "nth", "sessions", "topic", "language")
    keys += ("interpretation", "childcare", "food", "capacity", "place")
    return {key: spec[key] for key in keys if key in spec}


def center_plan(spec, center):
    return Plan(
        kind="center",
        texts={"en": spec["en"], "es": spec["es"]},
        program=Program.PARENT_UNIVERSITY,
        center=center,
        **common(spec),
    )


def school_plan(school, order):
    spec = data.PARENT_PORTAL
    weekdays = spec["weekdays"]
    name, slug = school.name, slugify(school.name)
    texts = {
        language: {
            "title": spec[language]["title"].format(school=name),
            "slug": spec[language]["slug"].format(school=slug),
            "intro": spec[language]["intro"],
        }
        for language in ("en", "es")
    }
    return Plan(
        kind="school",
        texts=texts,
        program=Program.PARENT_PORTAL,
        weekday=weekdays[order % len(weekdays)],
        nth=spec["nth"],
        repeat=Repeat.MONTHLY,
        hours=spec["hours"],
        topic="technology",
        capacity=spec["capacity"],
        place=spec["place"],
        school=school,
    )


def committee_plan(spec, center):
    return Plan(
        kind="committee",
        texts={"en": spec["en"], "es": spec["es"]},
        program=Program.COMMITTEE_TRAINING,
        committee=spec["committee"],
        topic="leadership",
        center=center,
        mode=spec.get("mode", AttendanceMode.IN_PERSON),
        url=f"https://meet.example.org/vds-family/{spec['en']['slug']}"
        if spec.get("mode") == AttendanceMode.MIXED
        else "",
        **common(spec),
    )


def online_plan(spec):
    return Plan(
        kind="online",
        texts={"en": spec["en"], "es": spec["es"]},
        program=Program.PARENT_UNIVERSITY,
        mode=AttendanceMode.ONLINE,
        url=spec["url"],
        **common(spec),
    )


def schedule_of(plan, first_day, last_day):
    """The page's schedule fields: the first date and how long the series runs."""
    if plan.nth:  # the nth weekday of the month (first_day is the 1st)
        start = first_day + timedelta(days=7 * (plan.nth - 1))
    else:
        start = first_day + timedelta(weeks=plan.week)
    first = start + timedelta(days=(plan.weekday - start.weekday()) % 7)
    until = None
    if plan.repeat != Repeat.ONCE:
        until = last_day
        if plan.sessions:
            until = series_dates(first, plan.repeat, first + timedelta(days=400))[plan.sessions - 1]
    return {
        "first_date": first,
        "start_time": plan.hours[0],
        "end_time": plan.hours[1],
        "repeat": plan.repeat,
        "repeat_until": until,
        "capacity": plan.capacity,
    }


def texts_of(plan, language, topics):
    """The fields written in one language (places and topic in that language too)."""
    body = data.BODIES["online" if plan.kind == "online" else plan.program][language]
    fields = {
        **plan.texts[language],
        "body": body,
        "place_name": plan.place[0 if language == "en" else 1],
        "topic": topics[plan.topic][language] if plan.topic else None,
    }
    audience = Audience.objects.filter(slug=AUDIENCE).first()
    if audience is not None:
        if language != "en":
            audience = audience.get_translation_or_none(spanish()) or audience
        fields["audiences"] = [audience]
    if language != "en" and plan.center is not None:
        translation = plan.center.get_translation_or_none(spanish())
        fields["center"] = translation.specific if translation else plan.center
    return fields


def load_event(plan, index, topics, first_day, last_day, closed):
    """The English page (published: its dates follow), then its Spanish translation.
    Dates that fall in a school break are cancelled when the page is first made."""
    page = EventPage.objects.child_of(index["en"]).filter(slug=plan.slug).first()
    if page is None:
        page = EventPageFactory(
            parent=index["en"],
            **texts_of(plan, "en", topics),
            **schedule_of(plan, first_day, last_day),
            program=plan.program,
            committee=plan.committee,
            event_language=plan.language,
            offers_interpretation=bool(plan.interpretation),
            interpretation_languages=plan.interpretation,
            offers_childcare=plan.childcare,
            offers_food=plan.food,
            attendance_mode=plan.mode,
            center=plan.center,
            school=plan.school,
            street_address="",
            city="",
            postal_code="",
            online_url=plan.url,
        )
        page = publish(page)
        for occurrence in Occurrence.objects.filter(event_key=page.translation_key):
            note = break_on(occurrence.series_date, closed)
            if note:
                cancel(occurrence, reason=note)
    if page.get_translation_or_none(spanish()) is None:
        publish_translation(page, "es", **texts_of(plan, "es", topics))
    return page


def add_history(page, now, closed):
    """The dates of the series that are already over (``sync`` only adds future ones);
    those in a school break were cancelled."""
    kept = snapshot(page)
    existing = set(
        Occurrence.objects.filter(event_key=page.translation_key).values_list(
            "series_date", flat=True
        )
    )
    rows = []
    for day, (starts_at, ends_at) in planned(page).items():
        if ends_at > now or day in existing:
            continue
        opens, closes = registration_window(page, starts_at)
        note = break_on(day, closed)
        rows.append(
            Occurrence(
                event_key=page.translation_key,
                series_date=day,
                starts_at=starts_at,
                ends_at=ends_at,
                capacity=page.capacity,
                registration_opens_at=opens,
                registration_closes_at=closes,
                status=OccurrenceStatus.CANCELLED if note else OccurrenceStatus.SCHEDULED,
                cancelled_at=starts_at - timedelta(days=20) if note else None,
                note=note,
                sequence=1 if note else 0,
                **kept,
            )
        )
    Occurrence.objects.bulk_create(rows)


# -- people ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    number: int
    first_name: str
    last_name: str
    language: str
    school_id: int | None
    region_id: int | None
    email: str
    phone: str
    has_account: bool
    engagement: float
    committee: str = ""

    @property
    def name(self):
        return f"{self.first_name} {self.last_name}"


def ascii_word(text):
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.lower().replace(" ", "")


def plan_people(seed=data.SEED):
    """The demo parents: the same seed and schools always give the same people."""
    rng = random.Random(seed)
    schools = list(
        School.objects.order_by("code").values_list("pk", "region_id", "is_focus_school")
    )
    focus = [school for school in schools if school[2]] or schools
    people = []
    for number in range(1, data.PEOPLE + 1):
        language = "es" if rng.random() < 0.55 else "en"
        hispanic = language == "es" or rng.random() < 0.25
        first = rng.choice(data.ES_FIRST if hispanic else data.EN_FIRST)
        last = rng.choice(data.ES_LAST if hispanic else data.EN_LAST)
        school = rng.choice(focus if rng.random() < 0.5 else schools) if schools else None
        contact = rng.random()  # 10% give only a phone, 30% only an email, the rest both
        email = (
            "" if contact < 0.1 else f"{ascii_word(first)}.{ascii_word(last)}.{number}@example.org"
        )
        index = number - 1
        area = data.AREA_CODES[index // 100 % len(data.AREA_CODES)]
        phone = f"+1{area}55501{index % 100:02d}" if contact < 0.1 or contact >= 0.4 else ""
        people.append(
            Person(
                number=number,
                first_name=first,
                last_name=last,
                language=language,
                school_id=school[0] if school else None,
                region_id=school[1] if school else None,
                email=email,
                phone=phone,
                has_account=bool(email) and rng.random() < 0.3,
                engagement=rng.choice((0.3, 0.6, 1.0, 1.0, 1.5)),
            )
        )
    return assign_committees(people, rng)


def assign_committees(people, rng):
    """Parent leaders: members of one committee each (DELAC's mostly speak Spanish)."""
    free = [person for person in people if person.email]
    rng.shuffle(free)
    members = {}
    for committee, count in data.COMMITTEE_MEMBERS.items():
        if committee == "delac":
            free.sort(key=lambda person: person.language != "es")
        for person in free[:count]:
            members[person.number] = committee
        free = free[count:]
        rng.shuffle(free)
    return [
        Person(**{**person.__dict__, "committee": members.get(person.number, "")})
        for person in people
    ]


def load_accounts(people):
    """{person number: user} for the people with an account, creating the missing ones."""
    wanted = {person.email: person for person in people if person.has_account}
    users = {user.email: user for user in User.objects.filter(email__in=list(wanted))}
    missing = [person for email, person in wanted.items() if email not in users]
    if missing:
        hashed = make_password(DEMO_PASSWORD)  # once: a slow hash per account is waste
        User.objects.bulk_create(
            User(
                email=person.email,
                first_name=person.first_name,
                last_name=person.last_name,
                preferred_language=person.language,
                school_id=person.school_id,
                password=hashed,
            )
            for person in missing
        )
        users = {user.email: user for user in User.objects.filter(email__in=list(wanted))}
        EmailAddress.objects.bulk_create(
            EmailAddress(user=users[p.email], email=p.email, verified=True, primary=True)
            for p in missing
        )
    return {person.number: users[email] for email, person in wanted.items()}


# -- records --------------------------------------------------------------------------


def weight(plan, person):
    """How likely this person is to come to this event (0: never)."""
    if plan.kind == "center":
        if plan.region_id is None:  # the district's Family Resource Center
            base = 0.35
        else:
            base = 1.0 if person.region_id == plan.region_id else 0.04
    elif plan.kind == "school":
        if person.school_id == plan.school.pk:
            base = 1.0
        else:
            base = 0.25 if person.region_id == plan.region_id else 0.0
    elif plan.kind == "committee":
        base = 1.0 if person.committee == plan.committee else 0.0
    else:
        base = 0.3
    return base * person.engagement * language_fit(plan, person)


def language_fit(plan, person):
    if plan.language == EventLanguage.BILINGUAL or plan.language == person.language:
        return 1.0
    return 0.8 if plan.interpretation else 0.2


def choose(rng, people, weights, count):
    """``count`` people drawn by weight without replacement (weighted reservoir keys)."""
    keyed = [
        (rng.random() ** (1 / w) if w > 0 else rng.random() * 1e-9, person)
        for person, w in zip(people, weights, strict=True)
    ]
    keyed.sort(key=lambda pair: pair[0], reverse=True)
    return [person for _key, person in keyed[:count]]


def load_records(plans, people, accounts, now):
    """Registrations and check-ins for the dates that have none yet."""
    by_key = {plan.page.translation_key: plan for plan in plans}
    dates = list(
        Occurrence.objects.filter(
            event_key__in=list(by_key), status=OccurrenceStatus.SCHEDULED
        ).order_by("starts_at", "pk")
    )
    recorded = set(Registration.objects.values_list("occurrence_id", flat=True).distinct())
    recorded |= set(Attendance.objects.values_list("occurrence_id", flat=True).distinct())
    full, nearly_full = crowded(dates, by_key, now)
    door = User.objects.filter(email=DOOR_STAFF).first()
    registrations, attendances = [], []
    for occurrence in dates:
        if occurrence.pk in recorded:
            continue
        plan = by_key[occurrence.event_key]
        rng = random.Random(f"{data.SEED}-{plan.slug}-{occurrence.series_date.isoformat()}")
        writer = Writer(plan, occurrence, accounts, rng, now, door)
        if occurrence.ends_at <= now:
            writer.held(people)
        elif occurrence.registration_is_open(now):
            target = None
            if occurrence.pk == full:
                target = occurrence.capacity + 2
            elif occurrence.pk in nearly_full:
                target = occurrence.capacity - nearly_full[occurrence.pk]
            writer.upcoming(people, target)
        registrations += writer.registrations
        attendances += writer.attendances
    Registration.objects.bulk_create(registrations)
    Attendance.objects.bulk_create(attendances)  # after: they point at the registrations


def crowded(dates, by_key, now):
    """The date made full (with a waitlist) and two nearly full: the next Parent Portal
    classes that take registrations (else the next Parent University dates)."""
    open_dates = [
        occurrence
        for occurrence in dates
        if occurrence.registration_is_open(now) and occurrence.capacity
    ]
    ranked = sorted(
        open_dates,
        key=lambda o: (by_key[o.event_key].kind != "school", o.starts_at, o.pk),
    )
    chosen, events = [], set()
    for occurrence in ranked:
        if occurrence.event_key not in events:
            chosen.append(occurrence.pk)
            events.add(occurrence.event_key)
        if len(chosen) == 3:
            break
    full = chosen[0] if chosen else None
    return full, dict(zip(chosen[1:], (1, 2), strict=False))


class Writer:
    """The records of one date, as the people chosen for it would have left them."""

    def __init__(self, plan, occurrence, accounts, rng, now, door):
        self.plan, self.occurrence, self.accounts = plan, occurrence, accounts
        self.rng, self.now, self.door = rng, now, door
        self.registrations, self.attendances = [], []

    def people_for(self, people, count):
        weights = [weight(self.plan, person) for person in people]
        return choose(self.rng, people, weights, min(count, len(people)))

    def held(self, people):
        """A date that took place: registered people came or not; others walked in."""
        rng, plan = self.rng, self.plan
        count = {
            "center": rng.randint(8, 16),
            "school": rng.randint(7, min(13, self.occurrence.capacity or 13)),
            "committee": round(
                data.COMMITTEE_MEMBERS.get(plan.committee, 10) * rng.uniform(0.6, 0.9)
            ),
            "online": rng.randint(7, 14),
        }[plan.kind]
        online = plan.mode == AttendanceMode.ONLINE
        for person in self.people_for(people, count):
            if not online and rng.random() < 0.25:
                self.walk_in(person)
                continue
            outcome = rng.random()
            registration = self.register(person, cancelled=outcome < 0.05)
            if outcome >= 0.17:  # 5% cancelled, 12% did not come
                self.check_in(registration, person)

    def upcoming(self, people, target=None):
        """A date taking registrations: some seats taken (all, and a waitlist, for one)."""
        rng, occurrence = self.rng, self.occurrence
        capacity = occurrence.capacity or 40
        exact = target is not None  # the full and nearly full dates: just so many seats taken
        if not exact:
            days = (occurrence.starts_at - self.now).days
            share = rng.uniform(0.45, 0.8) if days <= 7 else rng.uniform(0.15, 0.45)
            target = max(1, round(min(capacity, 30) * share))
        chosen = self.people_for(people, target)
        confirmed = 0
        for order, person in enumerate(chosen):
            cancelled = not exact and rng.random() < 0.03
            waitlisted = not cancelled and confirmed >= capacity
            self.register(
                person, cancelled=cancelled, waitlisted=waitlisted, order=(order, len(chosen))
            )
            confirmed += not cancelled and not waitlisted

    def register(self, person, cancelled=False, waitlisted=False, order=None):
        rng, occurrence = self.rng, self.occurrence
        user = self.accounts.get(person.number)
        email, phone = person.email, ""
        if user is not None and rng.random() < 0.8:
            route = RegistrationRoute.ACCOUNT
        elif rng.random() < 0.05:
            route, user = RegistrationRoute.STAFF, None  # by phone, at the center's desk
            email, phone = ("", person.phone) if person.phone else (person.email, "")
        else:
            route, user = RegistrationRoute.GUEST, None
            if person.email and rng.random() < 0.2:
                email = email.title()  # typed as "Maria.Garcia.12@Example.Org"
            if person.phone and (not person.email or rng.random() < 0.5):
                phone = person.phone
        created_at = self.registered_at(order)
        status = RegistrationStatus.CONFIRMED
        if waitlisted:
            status = RegistrationStatus.WAITLISTED
        if cancelled:
            status = RegistrationStatus.CANCELLED
        needs_interpretation = bool(self.plan.interpretation) and (
            self.plan.language not in (EventLanguage.BILINGUAL, person.language)
        )
        childcare = self.plan.childcare and rng.random() < 0.35
        registration = Registration(
            occurrence=occurrence,
            user=user,
            name=person.name,
            email=email,
            phone=phone,
            email_key=identity.email_key(email),
            phone_key=identity.phone_key(phone),
            school_id=person.school_id,
            language=person.language,
            status=status,
            route=route,
            children=rng.choice((1, 1, 2, 3)) if childcare else 0,
            needs_interpretation=needs_interpretation,
            interpretation_language=("Spanish" if person.language == "es" else "English")
            if needs_interpretation
            else "",
            needs_childcare=childcare,
            created_at=created_at,
            cancelled_at=min(created_at + timedelta(days=rng.uniform(0.5, 4)), self.now)
            if cancelled
            else None,
        )
        self.registrations.append(registration)
        return registration

    def registered_at(self, order=None):
        """Some hours to a few weeks before the date (and before now); in order for a queue."""
        occurrence = self.occurrence
        latest = min(occurrence.starts_at, self.now) - timedelta(hours=1)
        earliest = occurrence.registration_opens_at or occurrence.starts_at - timedelta(days=30)
        earliest = max(earliest, latest - timedelta(days=21))
        span = max((latest - earliest).total_seconds(), 3600)
        if order is not None:  # first come, first served: later ones land on the waitlist
            position, total = order
            share = (position + self.rng.random()) / max(total, 1)
            return earliest + timedelta(seconds=span * share * 0.98)
        return earliest + timedelta(seconds=span * self.rng.random())

    def arrived_at(self):
        return self.occurrence.starts_at + timedelta(minutes=self.rng.uniform(-20, 25))

    def check_in(self, registration, person):
        rng = self.rng
        if self.plan.mode == AttendanceMode.ONLINE:
            route = CheckInRoute.LIST  # staff mark who joined the call
        else:
            draw = rng.random()
            if registration.email and draw < 0.5:
                route = CheckInRoute.QR  # the code from the confirmation email
            elif draw < 0.75:
                route = CheckInRoute.LIST
            else:
                route = CheckInRoute.KIOSK
        self.attendances.append(
            Attendance(
                occurrence=self.occurrence,
                registration=registration,
                user=registration.user,
                name=registration.name,
                email=registration.email,
                phone=registration.phone,
                email_key=registration.email_key,
                phone_key=registration.phone_key,
                school_id=registration.school_id,
                language=registration.language,
                route=route,
                checked_in_at=self.arrived_at(),
                checked_in_by=self.door if route in (CheckInRoute.QR, CheckInRoute.LIST) else None,
            )
        )

    def walk_in(self, person):
        """At the kiosk, without registering: most type their phone, some their email."""
        email, phone = person.email, ""
        if person.phone and (not person.email or self.rng.random() < 0.6):
            email, phone = "", person.phone
        self.attendances.append(
            Attendance(
                occurrence=self.occurrence,
                name=person.name,
                email=email,
                phone=phone,
                email_key=identity.email_key(email),
                phone_key=identity.phone_key(phone),
                school_id=person.school_id,
                language=person.language,
                route=CheckInRoute.WALK_IN,
                checked_in_at=self.arrived_at(),
            )
        )


# -- the demo logins --------------------------------------------------------------------


def load_login_stories(plans, now):
    """The demo parents' own events: two workshops attended, one coming up; the Spanish
    login also waits on the waitlist of the full date."""
    by_center = {plan.center.slug: plan for plan in plans if plan.kind == "center"}
    full = next(
        (
            occurrence
            for occurrence in Occurrence.objects.filter(
                event_key__in=[plan.page.translation_key for plan in plans],
                registrations__status=RegistrationStatus.WAITLISTED,
                ends_at__gt=now,
            ).distinct()
        ),
        None,
    )
    for email, center in LOGINS:
        user = User.objects.filter(email=email).first()
        plan = by_center.get(center)
        if user is None or plan is None:
            continue
        dates = Occurrence.objects.filter(
            event_key=plan.page.translation_key, status=OccurrenceStatus.SCHEDULED
        )
        for occurrence in dates.filter(ends_at__lte=now).order_by("-starts_at")[:2]:
            registration = account_registration(occurrence, user, now)
            if (
                registration is not None
                and not Attendance.objects.filter(
                    occurrence=occurrence, email_key=registration.email_key
                ).exists()
            ):
                Attendance.objects.create(
                    occurrence=occurrence,
                    registration=registration,
                    user=user,
                    name=registration.name,
                    email=registration.email,
                    email_key=registration.email_key,
                    school_id=user.school_id,
                    language=registration.language,
                    route=CheckInRoute.QR,
                    checked_in_at=occurrence.starts_at - timedelta(minutes=5),
                )
        coming = [o for o in dates.filter(ends_at__gt=now) if o.registration_is_open(now)]
        coming = [o for o in coming if o.pk != getattr(full, "pk", None)]
        if coming:
            account_registration(coming[0], user, now)
        if full is not None and user.preferred_language == "es":
            account_registration(full, user, now)


def account_registration(occurrence, user, now):
    """The user's registration for the date (made now, or before a date already held)."""
    found = Registration.objects.filter(occurrence=occurrence, user=user).first()
    if found is not None:
        return found
    email = user.email
    if Registration.objects.filter(
        occurrence=occurrence, email_key=identity.email_key(email)
    ).exists():
        return None
    confirmed = occurrence.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    full = occurrence.capacity is not None and confirmed >= occurrence.capacity
    held = occurrence.ends_at <= now
    return Registration.objects.create(
        occurrence=occurrence,
        user=user,
        name=user.get_full_name() or email.split("@")[0],
        email=email,
        email_key=identity.email_key(email),
        school_id=user.school_id,
        language=user.preferred_language or "en",
        status=RegistrationStatus.WAITLISTED if full and not held else RegistrationStatus.CONFIRMED,
        route=RegistrationRoute.ACCOUNT,
        created_at=occurrence.starts_at - timedelta(days=6) if held else now,
    )


# -- the summary ------------------------------------------------------------------------


def unduplicated(attendances):
    """How many people these check-ins are, matching accounts, emails and phones."""
    people = identity.People()
    for record in attendances:
        people.add(*identity.record_keys(record))
    return len({people.person(*identity.record_keys(record)) for record in attendances})


def describe(now):
    pages = EventPage.objects.live()
    dates = Occurrence.objects.filter(event_key__in=pages.values("translation_key"))
    held = dates.held(now).count()
    cancelled = dates.filter(status=OccurrenceStatus.CANCELLED).count()
    coming = dates.filter(starts_at__gt=now, status=OccurrenceStatus.SCHEDULED).count()
    start, end = SchoolYear.of(now).bounds()
    this_year = Attendance.objects.filter(
        occurrence__starts_at__gte=start, occurrence__starts_at__lt=end
    ).only("user_id", "email_key", "phone_key")
    return (
        f"Events: {pages.filter(locale__language_code='en').count()} in English and "
        f"{pages.filter(locale__language_code='es').count()} in Spanish, "
        f"{held} dates held, {coming} to come and {cancelled} cancelled for school breaks, "
        f"{Registration.objects.count()} registrations "
        f"({Registration.objects.filter(status=RegistrationStatus.WAITLISTED).count()} "
        f"on a waitlist), {Attendance.objects.count()} check-ins "
        f"({Attendance.objects.filter(route=CheckInRoute.WALK_IN).count()} walk-ins), "
        f"{unduplicated(list(this_year))} people this school year"
    )
