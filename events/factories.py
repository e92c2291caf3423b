"""Factories for events: topics, the calendar page, event pages, and people's records.

Used by the tests and by the demo (factory_boy is part of the "demo" extra). An
``EventPageFactory`` page is saved but not published; ``publish(page)`` publishes it,
which puts its dates on the calendar (``events/schedule.py``).
"""

from datetime import date, time, timedelta

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.utils import timezone

from events import identity
from events.kinds import AttendanceMode, CheckInRoute, Program, RegistrationStatus
from events.models import Attendance, EventIndexPage, EventPage, Occurrence, Registration, Topic
from portal.factories.vocabulary import default_locale


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Topic


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"
    intro = "Workshops, classes and community events for families."

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Workshop {n}")
    slug = factory.Sequence(lambda n: f"workshop-{n}")
    intro = "A free workshop for parents and caregivers."
    program = Program.PARENT_UNIVERSITY
    attendance_mode = AttendanceMode.IN_PERSON
    street_address = "100 Main Street"
    city = "Valle del Sol"
    postal_code = "93700"
    first_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=7))
    start_time = time(18, 0)
    end_time = time(19, 30)
    capacity = 30
    registration_opens_days = 30

    class Meta:
        model = EventPage


def publish(page):
    """Publish the page (its dates follow) and return it fresh."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def occurrences_of(page):
    return list(Occurrence.objects.filter(event_key=page.translation_key).order_by("starts_at"))


class RegistrationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Parent {n}")
    email = factory.Sequence(lambda n: f"parent{n}@example.org")
    phone = ""
    email_key = factory.LazyAttribute(lambda o: identity.email_key(o.email))
    phone_key = factory.LazyAttribute(lambda o: identity.phone_key(o.phone))
    status = RegistrationStatus.CONFIRMED
    route = "guest"
    language = "en"
    created_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Registration


class AttendanceFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Visitor {n}")
    email = factory.Sequence(lambda n: f"visitor{n}@example.org")
    phone = ""
    email_key = factory.LazyAttribute(lambda o: identity.email_key(o.email))
    phone_key = factory.LazyAttribute(lambda o: identity.phone_key(o.phone))
    route = CheckInRoute.WALK_IN
    language = "en"
    checked_in_at = factory.LazyAttribute(lambda o: o.occurrence.starts_at)

    class Meta:
        model = Attendance


def next_weekday(weekday: int, after: date | None = None) -> date:
    """The next ``weekday`` (0 = Monday) strictly after ``after`` (today by default)."""
    after = after or timezone.localdate()
    return after + timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)
