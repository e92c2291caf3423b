"""`manage.py load_demo` loads a school year of events in English and Spanish, with records.

The demo is loaded once for the package (twice, to prove the second run changes
nothing): see ``tests/demo/conftest.py``.
"""

from collections import defaultdict
from datetime import timedelta

import pytest

from django.db.models import Count, Q
from django.utils import timezone

from events import identity, registration
from events.demo.data import COMMITTEE_TRAININGS, ONLINE, PARENT_UNIVERSITY
from events.demo.loader import load_events
from events.demo.pathways import LEARNERS
from events.demo.pathways import PARENT_UNIVERSITY as PARENT_UNIVERSITY_PATHWAY
from events.demo.pathways import PATHWAYS as WORKSHOP_PATHWAYS
from events.kinds import (
    AttendanceMode,
    CheckInRoute,
    Committee,
    OccurrenceStatus,
    Program,
    RegistrationRoute,
    RegistrationStatus,
    Repeat,
)
from events.models import (
    Attendance,
    EventIndexPage,
    EventPage,
    EventSurveyInvitation,
    EventSurveyResponse,
    Occurrence,
    Registration,
    Topic,
)
from events.reports import EventFilters
from events.survey_answers import comments, survey_rows
from pathways.models import Enrollment, LearningStatement, PathwayPage
from portal.factories import build_site
from portal.models import CenterPage, School, User
from portal.school_year import SchoolYear

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es"]


def english_events(**filters):
    return EventPage.objects.live().filter(locale__language_code="en", **filters)


def dates_of(page):
    return Occurrence.objects.filter(event_key=page.translation_key)


def event_counts():
    return {
        "topics": Topic.objects.count(),
        "indexes": EventIndexPage.objects.count(),
        "events": EventPage.objects.count(),
        "dates": Occurrence.objects.count(),
        "cancelled": Occurrence.objects.filter(status=OccurrenceStatus.CANCELLED).count(),
        "registrations": Registration.objects.count(),
        "attendance": Attendance.objects.count(),
        "surveys sent": EventSurveyInvitation.objects.count(),
        "answers": EventSurveyResponse.objects.count(),
        "users": User.objects.count(),
    }


def events_line(output):
    return next(line for line in output.splitlines() if line.startswith("Events:"))


def test_a_second_load_adds_nothing(demo):
    assert events_line(demo["outputs"][0]) == events_line(demo["outputs"][1])
    before = event_counts()
    summary = load_events(build_site())
    assert event_counts() == before
    assert summary.startswith("Events: ")
    assert f"{before['attendance']} check-ins" in summary


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_calendar_is_in_both_languages(demo, language):
    index = EventIndexPage.objects.live().get(locale__language_code=language)
    assert index.title == {"en": "Events", "es": "Eventos"}[language]
    events = EventPage.objects.live().child_of(index)
    assert events.count() == english_events().count() >= 15
    topics = Topic.objects.filter(locale__language_code=language)
    assert topics.count() >= 6
    for page in events.select_related("topic"):
        assert page.topic is None or page.topic.locale_id == page.locale_id, page.title


def test_every_event_has_its_spanish_copy(demo):
    spanish = EventPage.objects.live().filter(locale__language_code="es")
    by_key = {page.translation_key: page for page in spanish}
    for page in english_events():
        copy = by_key.get(page.translation_key)
        assert copy is not None, page.title
        assert copy.slug != page.slug and copy.title != page.title
        assert (copy.first_date, copy.repeat, copy.capacity) == (
            page.first_date,
            page.repeat,
            page.capacity,
        )


def test_a_weekly_parent_university_series_at_every_center(demo):
    centers = CenterPage.objects.live().filter(locale__language_code="en")
    assert centers.count() == len(PARENT_UNIVERSITY)
    now = timezone.now()
    for center in centers:
        series = english_events(program=Program.PARENT_UNIVERSITY, center=center)
        assert series.count() == 1, center.title
        page = series.get()
        assert page.repeat == Repeat.WEEKLY
        dates = dates_of(page)
        assert dates.held(now).count() >= 4, center.title
        assert dates.filter(starts_at__gt=now, status=OccurrenceStatus.SCHEDULED).exists()
        assert Attendance.objects.filter(occurrence__in=dates).count() >= 30, center.title


def test_parent_portal_classes_at_every_focus_school(demo):
    focus = School.objects.filter(is_focus_school=True)
    assert focus.count() == 7
    for school in focus:
        page = english_events(program=Program.PARENT_PORTAL, school=school).get()
        assert page.repeat == Repeat.MONTHLY
        held = Occurrence.objects.held().filter(event_key=page.translation_key, school=school)
        assert held.exists(), school.name
        assert Attendance.objects.filter(occurrence__in=held).exists(), school.name


def test_committee_trainings_train_the_committees_members(demo):
    trainings = english_events(program=Program.COMMITTEE_TRAINING)
    committees = set(trainings.values_list("committee", flat=True))
    assert committees == {spec["committee"] for spec in COMMITTEE_TRAININGS}
    assert {Committee.DAC, Committee.DELAC, Committee.LCAP_PAC} <= committees
    delac = english_events(committee=Committee.DELAC).get()
    held = Occurrence.objects.held().filter(event_key=delac.translation_key)
    assert held.exists()
    for date in held:
        assert date.program == Program.COMMITTEE_TRAINING and date.committee == Committee.DELAC
        assert date.attendances.count() >= 5, date


def test_some_workshops_are_online(demo):
    online = english_events(attendance_mode=AttendanceMode.ONLINE)
    assert online.count() == len(ONLINE)
    assert all(page.online_url.startswith("https://") for page in online)
    assert all(not page.center_id and not page.school_id for page in online)
    joined = Attendance.objects.filter(occurrence__attendance_mode=AttendanceMode.ONLINE)
    assert joined.exists()
    assert set(joined.values_list("route", flat=True)) == {CheckInRoute.LIST}


def test_held_dates_have_registrations_no_shows_check_ins_and_walk_ins(demo):
    now = timezone.now()
    held = Occurrence.objects.held(now)
    assert held.count() >= 40
    attendance = Attendance.objects.filter(occurrence__in=held)
    routes = set(attendance.values_list("route", flat=True))
    assert {CheckInRoute.QR, CheckInRoute.LIST, CheckInRoute.KIOSK, CheckInRoute.WALK_IN} <= routes
    walk_ins = attendance.filter(route=CheckInRoute.WALK_IN)
    assert walk_ins.count() >= 50
    assert not walk_ins.filter(registration__isnull=False).exists()
    assert not attendance.exclude(route=CheckInRoute.WALK_IN).filter(registration=None).exists()
    registered = Registration.objects.filter(occurrence__in=held)
    no_shows = registered.filter(status=RegistrationStatus.CONFIRMED, attendance__isnull=True)
    assert no_shows.exists()
    assert registered.filter(status=RegistrationStatus.CANCELLED, attendance__isnull=True).exists()
    assert registered.filter(attendance__isnull=False).count() > no_shows.count()
    assert set(registered.values_list("route", flat=True)) == set(RegistrationRoute.values)
    # Nobody checked in at a date still to come, and nobody at all at a cancelled one.
    assert not Attendance.objects.filter(occurrence__starts_at__gt=now).exists()
    cancelled = Occurrence.objects.filter(status=OccurrenceStatus.CANCELLED)
    assert cancelled.exists() and all(date.note for date in cancelled)
    assert not Registration.objects.filter(occurrence__in=cancelled).exists()
    assert not Attendance.objects.filter(occurrence__in=cancelled).exists()


def test_every_record_has_a_key_that_finds_the_person_again(demo):
    for model in (Registration, Attendance):
        records = model.objects.all()
        assert not records.filter(email_key="", phone_key="").exists()
        for record in records.exclude(email="")[:200]:
            assert record.email_key == identity.email_key(record.email)
        for record in records.exclude(phone="")[:200]:
            assert record.phone_key == identity.phone_key(record.phone)


def test_people_come_by_several_routes_and_are_counted_once(demo):
    routes = defaultdict(set)
    for model, kind in ((Registration, "registered"), (Attendance, "checked in")):
        for route, email_key, phone_key in model.objects.values_list(
            "route", "email_key", "phone_key"
        ):
            for key in (email_key, phone_key):
                if key:
                    routes[key].add((kind, route))
    # Someone registered as a guest with an email and a phone, then walked in with the phone.
    assert any(
        ("checked in", CheckInRoute.WALK_IN) in seen
        and ("registered", RegistrationRoute.GUEST) in seen
        for seen in routes.values()
    )
    # Someone registered with their account on one date and as a guest on another.
    assert any(
        {("registered", RegistrationRoute.ACCOUNT), ("registered", RegistrationRoute.GUEST)} <= seen
        for seen in routes.values()
    )
    start, end = SchoolYear.of(timezone.now()).bounds()
    records = list(
        Attendance.objects.filter(occurrence__starts_at__gte=start, occurrence__starts_at__lt=end)
    )
    people = identity.People()
    for record in records:
        people.add(*identity.record_keys(record))
    unduplicated = {people.person(*identity.record_keys(record)) for record in records}
    naive = {identity.record_keys(record)[0] for record in records}
    assert 60 <= len(unduplicated) < len(naive) < len(records)


def test_people_answered_the_survey_in_their_language_and_the_reports_show_it(demo):
    sent = EventSurveyInvitation.objects.count()
    answers = EventSurveyResponse.objects.all()
    assert 0.3 * sent < answers.count() < 0.6 * sent
    assert set(answers.values_list("language", flat=True)) == {"en", "es"}
    assert not answers.filter(attendance__email="").exists()  # the survey goes by email
    assert answers.exclude(comment="").filter(language="es").exists()
    # Only dates over a day ago: those of the last day are for send_event_surveys.
    recent = timezone.now() - timedelta(days=1)
    assert not EventSurveyInvitation.objects.filter(attendance__occurrence__ends_at__gt=recent)
    year = EventFilters(SchoolYear.current())
    everyone = survey_rows(year)[0].figures
    assert everyone.respondents >= 10 and 0.6 < everyone.share_satisfied < 0.95
    assert len(comments(year)) > 5


def test_an_upcoming_date_is_full_and_has_a_waitlist(demo):
    now = timezone.now()
    crowded = (
        Occurrence.objects.filter(ends_at__gt=now, status=OccurrenceStatus.SCHEDULED)
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__status="confirmed")),
            waiting=Count("registrations", filter=Q(registrations__status="waitlisted")),
        )
        .filter(waiting__gt=0)
    )
    assert crowded.count() == 1
    full = crowded.get()
    assert full.confirmed == full.capacity and full.waiting == 3
    assert registration.is_full(full)
    queue = full.registrations.filter(status=RegistrationStatus.WAITLISTED)
    assert [registration.waitlist_position(r) for r in queue] == [1, 2, 3]
    assert queue.last().user.email == "familia@example.org"
    # and a few dates that are nearly full
    nearly = Occurrence.objects.filter(ends_at__gt=now, capacity__isnull=False).annotate(
        confirmed=Count("registrations", filter=Q(registrations__status="confirmed"))
    )
    assert sum(1 for date in nearly if 0 < date.capacity - date.confirmed <= 2) >= 2
    # Only dates that take registrations now have any.
    later = Occurrence.objects.filter(registration_opens_at__gt=now)
    assert later.exists() and not Registration.objects.filter(occurrence__in=later).exists()


@pytest.mark.parametrize("email", ["parent@example.org", "familia@example.org"])
def test_the_demo_parents_have_events_of_their_own(demo, email):
    now = timezone.now()
    mine = Registration.objects.filter(user__email=email, route=RegistrationRoute.ACCOUNT)
    coming = mine.filter(occurrence__ends_at__gt=now, status=RegistrationStatus.CONFIRMED)
    assert coming.exists()
    attended = Attendance.objects.filter(user__email=email, occurrence__ends_at__lte=now)
    assert attended.count() == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_pages_render(demo, client, language):
    index = EventIndexPage.objects.live().get(locale__language_code=language)
    assert client.get(index.url).status_code == 200
    for program in (Program.PARENT_UNIVERSITY, Program.PARENT_PORTAL):
        page = EventPage.objects.live().filter(locale=index.locale, program=program).first()
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()


# -- the workshop pathways (events/demo/pathways.py) ------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workshop_pathways_are_live_in_both_languages_with_workshop_steps(
    demo, client, language
):
    for data in WORKSHOP_PATHWAYS:
        page = PathwayPage.objects.live().get(
            slug=data["slug"][language], locale__language_code=language
        )
        definitions = page.step_definitions()
        assert [d["kind"] == "event" for d in definitions] == [
            step["kind"] != "module" for step in data["steps"]
        ]
        assert all(d["target"] and d["title"] for d in definitions)
        html = client.get(page.url).content.decode()
        calendar = EventIndexPage.objects.get(locale__language_code=language).url
        assert html.count("pathway-step--event") == len(
            [step for step in data["steps"] if step["kind"] != "module"]
        )
        assert f'href="{calendar}?topic=' in html


def test_the_demo_parents_workshops_count_in_parent_university(demo):
    pathway = PathwayPage.objects.get(slug=PARENT_UNIVERSITY_PATHWAY["slug"]["en"])
    for email in LEARNERS:
        enrollment = Enrollment.objects.get(user__email=email, pathway_key=pathway.translation_key)
        # The two Parent University dates the login came to, on one topic: one step; and
        # the module whose quiz they had passed already counts (credit where earned).
        kinds = list(enrollment.step_completions.values_list("kind", flat=True))
        assert kinds.count("event") == 1 and set(kinds) <= {"event", "module"}
        assert LearningStatement.objects.filter(
            user=enrollment.user, verb="attended", object_key__isnull=False
        ).exists()
    assert "Workshop pathways: 2 in English and 2 in Spanish" in demo["outputs"][0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_centers_workshop_box_leads_to_the_calendar(demo, client, language):
    calendar = EventIndexPage.objects.live().get(locale__language_code=language)
    for center in CenterPage.objects.live().filter(locale__language_code=language):
        boxes = [b for b in center.body.raw_data if b["type"] == "call_to_action"]
        assert [b["value"]["page"] for b in boxes] == [calendar.pk], center.title
    center = CenterPage.objects.live().filter(locale__language_code=language).first()
    html = client.get(center.url).content.decode()
    assert f'href="{calendar.url}"' in html
    assert "how to sign up" not in html and "cómo inscribirse" not in html
