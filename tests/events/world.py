"""A small calendar in both languages: a weekly workshop at a center, an online class,
a one-off committee training that is full, and a cancelled date.

Built once per test class (``CalendarTestCase.setUpTestData``): each test runs in a
transaction rolled back at its end.
"""

from dataclasses import dataclass
from datetime import time, timedelta

from django.test import TestCase
from django.utils import timezone

from events import schedule
from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    TopicFactory,
    next_weekday,
    occurrences_of,
    publish,
)
from events.kinds import AttendanceMode, Committee, EventLanguage, Program, Repeat
from portal.factories import (
    AudienceFactory,
    CenterPageFactory,
    RegionFactory,
    build_site,
    publish_translation,
    translate_snippet,
)


@dataclass
class Calendar:
    index: object
    index_es: object
    center: object
    center_es: object
    topic: object
    weekly: object
    weekly_es: object
    online: object
    online_es: object
    training: object
    training_es: object
    parents: object


def build_calendar(site_tree) -> Calendar:
    north = RegionFactory(name="North", slug="north")
    translate_snippet(north, "es", name="Norte", slug="norte")
    parents = AudienceFactory(name="Parents", slug="parents")
    translate_snippet(parents, "es", name="Familias", slug="familias")
    center = CenterPageFactory(
        parent=site_tree["centers"], title="North Center", slug="north-center", region=north
    )
    center_es = publish_translation(center, "es", title="Centro Norte", slug="centro-norte")
    topic = TopicFactory(name="Technology", slug="technology")
    translate_snippet(topic, "es", name="Tecnología", slug="tecnologia")
    index = EventIndexPageFactory(parent=site_tree["home"])
    index_es = publish_translation(index, "es", title="Eventos", slug="eventos")
    tuesday = next_weekday(1)
    weekly = publish(
        EventPageFactory(
            parent=index,
            title="Reading at home",
            slug="reading-at-home",
            center=center,
            street_address="",
            city="",
            postal_code="",
            first_date=tuesday,
            repeat=Repeat.WEEKLY,
            repeat_until=tuesday + timedelta(weeks=3),
            capacity=20,
            offers_childcare=True,
            offers_interpretation=True,
            interpretation_languages="Vietnamese",
            event_language=EventLanguage.BILINGUAL,
            audiences=[parents],
        )
    )
    weekly_es = publish_translation(weekly, "es", title="Leer en casa", slug="leer-en-casa")
    online = publish(
        EventPageFactory(
            parent=index,
            title="Using the Parent Portal",
            slug="parent-portal",
            program=Program.PARENT_PORTAL,
            attendance_mode=AttendanceMode.ONLINE,
            online_url="https://meet.example.org/portal",
            street_address="",
            topic=topic,
            event_language=EventLanguage.SPANISH,
            first_date=tuesday + timedelta(days=2),
            start_time=time(10, 0),
            end_time=time(11, 0),
            capacity=None,
        )
    )
    online_es = publish_translation(
        online, "es", title="Cómo usar el Portal para Padres", slug="portal-para-padres"
    )
    training = publish(
        EventPageFactory(
            parent=index,
            title="DELAC member training",
            slug="delac-training",
            program=Program.COMMITTEE_TRAINING,
            committee=Committee.DELAC,
            event_language=EventLanguage.ENGLISH,
            first_date=tuesday + timedelta(days=3),
            capacity=2,
        )
    )
    training_es = publish_translation(
        training, "es", title="Capacitación del DELAC", slug="capacitacion-delac"
    )
    full = occurrences_of(training)[0]
    for n in range(2):
        RegistrationFactory(occurrence=full, email=f"member{n}@example.org")
    schedule.cancel(occurrences_of(weekly)[1], reason="Holiday")
    return Calendar(
        index=index,
        index_es=index_es,
        center=center,
        center_es=center_es,
        topic=topic,
        weekly=weekly,
        weekly_es=weekly_es,
        online=online,
        online_es=online_es,
        training=training,
        training_es=training_es,
        parents=parents,
    )


class CalendarTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_calendar(build_site())

    def setUp(self):
        self.now = timezone.now()
