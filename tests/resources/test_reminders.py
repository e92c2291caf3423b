"""Reminders to partners of stale listings: to whom, in which language, and never twice
for the same listing in one period (the schedule, the staff button and two runs at once)."""

from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest

from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from portal.factories import UserFactory, build_site
from resources import reminders, review
from resources.factories import ServicePageFactory
from resources.models import ListingReminder, OrganizationPage, PartnerMembership
from tests.concurrency import fire

from .world import DirectoryTestCase, build_directory, translate


def old(days=400):
    return timezone.localdate() - timedelta(days=days)


class ReminderTestCase(DirectoryTestCase):
    """The world's one stale listing is the clinic's "Checkups for children" (400 days)."""

    def setUp(self):
        self.checkups = self.world.services["checkups"]
        self.marta = UserFactory(email="marta@clinic.example.org", preferred_language="es")
        PartnerMembership.objects.create(user=self.marta, organization=self.world.clinic)


class TestWhoIsReminded(ReminderTestCase):
    def test_the_stale_listing_and_its_partner_in_their_language(self):
        [row] = review.stale_listings()
        assert row.service.pk == self.checkups.pk
        assert row.days_since == 400
        assert [(c.email, c.language) for c in row.contacts] == [("marta@clinic.example.org", "es")]
        assert row.reminded_on is None

    def test_never_checked_comes_first_and_unlisted_services_are_left_out(self):
        never = ServicePageFactory(
            parent=self.world.food_bank, title="Coats", slug="coats", assured_date=None
        )
        ServicePageFactory(
            parent=self.world.food_bank, title="Closed", status="defunct", assured_date=old()
        )
        assert [row.service.pk for row in review.stale_listings()] == [never.pk, self.checkups.pk]

    def test_both_copies_are_one_listing_shown_in_the_readers_language(self):
        spanish = translate(self.checkups, "es", title="Chequeos", slug="chequeos")
        assert [row.service.pk for row in review.stale_listings(language="es")] == [spanish.pk]
        assert [row.service.pk for row in review.stale_listings(language="en")] == [
            self.checkups.pk
        ]

    def test_without_a_partner_the_organizations_own_email(self):
        PartnerMembership.objects.all().delete()
        OrganizationPage.objects.filter(pk=self.world.clinic.pk).update(email="info@clinic.org")
        [row] = review.stale_listings()
        assert [(c.email, c.user) for c in row.contacts] == [("info@clinic.org", None)]

    def test_a_deactivated_partner_is_not_reminded(self):
        self.marta.is_active = False
        self.marta.save()
        [row] = review.stale_listings()
        assert row.contacts == []
        sent = reminders.send_reminders()
        assert sent.listings == 0 and sent.unreachable == ["Checkups for children"]
        assert mail.outbox == [] and not ListingReminder.objects.exists()


class TestSendingReminders(ReminderTestCase):
    def test_the_email_is_in_the_partners_language_with_one_click_links(self):
        spanish = translate(self.checkups, "es", title="Chequeos para niños", slug="chequeos")
        sent = reminders.send_reminders()
        assert (sent.listings, sent.emails) == (1, 1)
        [email] = mail.outbox
        assert email.to == ["marta@clinic.example.org"]
        assert "Por favor" in email.subject and "Palm Clinic" in email.subject
        assert "Chequeos para niños" in email.body
        assert f"http://testserver/admin/directory/confirm/{spanish.pk}/" in email.body
        assert f"http://testserver/admin/pages/{spanish.pk}/edit/" in email.body
        assert "Checkups for children" not in email.body

    def test_an_english_partner_reads_english(self):
        self.marta.preferred_language = "en"
        self.marta.save()
        reminders.send_reminders()
        [email] = mail.outbox
        assert email.subject.startswith("Please check your listings")
        assert "Checkups for children (last checked" in email.body

    def test_the_organizations_address_gets_no_admin_links(self):
        PartnerMembership.objects.all().delete()
        OrganizationPage.objects.filter(pk=self.world.clinic.pk).update(email="info@clinic.org")
        reminders.send_reminders()
        [email] = mail.outbox
        assert email.to == ["info@clinic.org"]
        assert "/admin/" not in email.body
        assert "reply to this email" in email.body

    def test_never_twice_in_one_period_and_again_in_the_next(self):
        today = timezone.localdate()
        assert reminders.send_reminders(today=today).listings == 1
        assert reminders.send_reminders(today=today).listings == 0
        assert len(mail.outbox) == 1
        reminder = ListingReminder.objects.get()
        assert reminder.service_key == self.checkups.translation_key
        assert reminder.period_start == review.period_start(today) <= today
        assert review.stale_listings(today)[0].reminded_on == today

        next_period = review.period_start(today) + timedelta(days=review.period_days())
        assert reminders.send_reminders(today=next_period).listings == 1
        assert len(mail.outbox) == 2

    @override_settings(RESOURCES_REMINDER_PERIOD_DAYS=7)
    def test_the_period_is_a_setting(self):
        start = review.period_start(timezone.localdate())
        assert review.period_start(start + timedelta(days=6)) == start
        assert review.period_start(start + timedelta(days=7)) == start + timedelta(days=7)

    def test_when_the_email_fails_nothing_is_recorded_and_the_next_run_sends(self):
        with (
            mock.patch(
                "django.core.mail.backends.locmem.EmailBackend.send_messages",
                side_effect=ConnectionError("mail server down"),
            ),
            pytest.raises(ConnectionError),
        ):
            reminders.send_reminders()
        assert not ListingReminder.objects.exists()
        assert reminders.send_reminders().listings == 1

    def test_a_listing_checked_since_is_not_reminded(self):
        self.checkups.__class__.objects.filter(pk=self.checkups.pk).update(
            assured_date=timezone.localdate()
        )
        assert reminders.send_reminders().listings == 0
        assert mail.outbox == []

    def test_the_record_outlives_the_listing(self):
        reminders.send_reminders()
        self.checkups.delete()
        assert ListingReminder.objects.get().service_title == "Checkups for children"


class TestTheCommand(ReminderTestCase):
    def test_dry_run_sends_and_records_nothing(self):
        out = StringIO()
        call_command("send_listing_reminders", "--dry-run", stdout=out)
        assert "Would remind partners about 1 listings in 1 emails" in out.getvalue()
        assert mail.outbox == [] and not ListingReminder.objects.exists()

    def test_run_twice_reminds_once(self):
        out = StringIO()
        call_command("send_listing_reminders", stdout=out)
        call_command("send_listing_reminders", stdout=out)
        assert "Reminded partners about 1 listings in 1 emails" in out.getvalue()
        assert "Reminded partners about 0 listings in 0 emails" in out.getvalue()
        assert len(mail.outbox) == 1

    def test_names_listings_nobody_can_be_reminded_about(self):
        PartnerMembership.objects.all().delete()
        out = StringIO()
        call_command("send_listing_reminders", stdout=out)
        assert "No partner or email to remind for: Checkups for children" in out.getvalue()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_runs_at_the_same_moment_remind_once():
    """The command on two servers and a staff member's button at once: one email."""
    world = build_directory(build_site())
    partner = UserFactory(email="marta@clinic.example.org")
    PartnerMembership.objects.create(user=partner, organization=world.clinic)

    results = fire(lambda index: reminders.send_reminders(), count=8)

    assert [type(r).__name__ for r in results if isinstance(r, Exception)] == []
    assert sum(result.listings for result in results) == 1
    assert len(mail.outbox) == 1
    assert ListingReminder.objects.count() == 1
