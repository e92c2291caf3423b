"""Reminders before a workshop: the right people, in their language, never twice."""

from datetime import timedelta

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events import reminders, schedule
from events.factories import RegistrationFactory, occurrences_of
from events.kinds import RegistrationStatus
from tests.concurrency import fire

from .world import CalendarTestCase, build_calendar


class TestReminders(CalendarTestCase):
    def setUp(self):
        super().setUp()
        self.date = occurrences_of(self.world.weekly)[0]
        self.soon = self.date.starts_at - timedelta(hours=20)
        self.ana = RegistrationFactory(occurrence=self.date, email="ana@example.org", language="es")
        RegistrationFactory(occurrence=self.date, email="w@example.org", status="waitlisted")
        RegistrationFactory(occurrence=self.date, email="c@example.org", status="cancelled")
        RegistrationFactory(occurrence=self.date, email="", phone="+15595550100")

    def test_only_confirmed_people_with_an_email_in_the_window_once(self):
        assert reminders.send_reminders(now=self.date.starts_at - timedelta(hours=72)) == 0
        assert reminders.send_reminders(now=self.soon) == 1
        assert reminders.send_reminders(now=self.soon) == 0
        (email,) = mail.outbox
        assert email.to == ["ana@example.org"]
        assert email.subject.startswith("Recordatorio") and "Leer en casa" in email.subject
        assert [name for name, *_rest in email.attachments] == ["event.ics", "check-in-code.png"]
        self.ana.refresh_from_db()
        assert self.ana.reminded_at == self.soon

    def test_a_cancelled_date_sends_no_reminder(self):
        schedule.cancel(self.date)
        mail.outbox.clear()
        assert reminders.send_reminders(now=self.soon) == 0

    def test_the_command_has_a_dry_run(self):
        now = timezone.now()
        self.date.starts_at = now + timedelta(hours=3)
        self.date.ends_at = now + timedelta(hours=4)
        self.date.save()
        call_command("send_event_reminders", "--dry-run")
        assert mail.outbox == []
        call_command("send_event_reminders")
        call_command("send_event_reminders")
        assert [m.to for m in mail.outbox] == [["ana@example.org"]]
        assert self.ana.status == RegistrationStatus.CONFIRMED


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_runs_at_once_remind_each_person_once(site_tree):
    world = build_calendar(site_tree)
    date = occurrences_of(world.weekly)[0]
    for n in range(6):
        RegistrationFactory(occurrence=date, email=f"p{n}@example.org")
    soon = date.starts_at - timedelta(hours=1)
    results = fire(lambda _i: reminders.send_reminders(now=soon), count=4)
    assert sum(results) == 6, results
    assert len(mail.outbox) == 6
