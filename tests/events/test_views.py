"""Registering through the site, as a guest and with an account; the link in the email;
"My events"; the personal feed; check-in by QR for staff only; bad input changes nothing."""

import icalendar

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from events import registration, tokens
from events.factories import RegistrationFactory, occurrences_of
from events.kinds import RegistrationStatus
from events.models import Attendance, Registration
from portal.factories import UserFactory
from portal.roles import FAMILY_ENGAGEMENT_STAFF

from .world import CalendarTestCase

GUEST = {"name": "Ana Ruiz", "email": "Ana@Example.org ", "language": "es", "children": "2"}


class TestRegistering(CalendarTestCase):
    def setUp(self):
        super().setUp()
        self.date = occurrences_of(self.world.weekly)[0]
        self.url = f"/es/events/register/{self.date.pk}/"

    def test_a_guest_registers_and_lands_on_their_registration(self):
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.url, GUEST | {"needs_childcare": "on"})
        assert response.status_code == 302
        made = Registration.objects.get(occurrence=self.date)
        assert made.status == RegistrationStatus.CONFIRMED and made.children == 2
        assert made.email_key == "ana@example.org" and made.needs_childcare
        assert response["Location"] == reverse(
            "events:registration", args=[tokens.manage_token(made)]
        )
        page = self.client.get(response["Location"]).content.decode()
        assert "Ana Ruiz" in page and "<svg" in page
        (email,) = mail.outbox
        assert email.to == ["Ana@Example.org"]
        names = [name for name, _content, _type in email.attachments]
        assert names == ["event.ics", "check-in-code.png"]

    def test_a_guest_needs_an_email_or_a_phone_and_a_bad_form_changes_nothing(self):
        response = self.client.post(self.url, {"name": "Ana", "language": "es", "children": "0"})
        assert response.status_code == 200
        assert response.context["form"].has_error("__all__", "no_contact")
        response = self.client.post(self.url, GUEST | {"children": "-3"})
        assert response.status_code == 200
        assert not Registration.objects.filter(occurrence=self.date).exists()

    def test_someone_elses_email_says_nothing_about_their_registration(self):
        theirs = RegistrationFactory(
            occurrence=self.date, name="Rosa Díaz", email="rosa@example.org"
        )
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.url, GUEST | {"email": "ROSA@example.org"})
        assert response.status_code == 302 and response["Location"] == self.url
        page = self.client.get(self.url).content.decode()
        assert "Rosa" not in page
        assert Registration.objects.filter(occurrence=self.date).count() == 1
        assert [m.to for m in mail.outbox] == [[theirs.email]]  # the confirmation, to its owner

    def test_a_signed_in_parent_registers_in_one_step_and_twice_is_once(self):
        parent = UserFactory(email="papa@example.org", preferred_language="en")
        self.client.force_login(parent)
        form = self.client.get(self.url).content.decode()
        assert 'name="email"' not in form
        self.client.post(self.url, {"language": "en", "children": "0"})
        again = self.client.get(self.url)
        assert again.status_code == 302  # to their registration
        assert Registration.objects.filter(occurrence=self.date, user=parent).count() == 1

    def test_a_full_date_puts_people_on_the_waitlist(self):
        full = occurrences_of(self.world.training)[0]
        response = self.client.post(f"/en/events/register/{full.pk}/", GUEST)
        made = Registration.objects.get(occurrence=full, email_key="ana@example.org")
        assert made.status == RegistrationStatus.WAITLISTED
        assert "number 1 on the waitlist" in self.client.get(response["Location"]).content.decode()

    def test_a_cancelled_date_or_unknown_id_takes_no_registration(self):
        cancelled = occurrences_of(self.world.weekly)[1]
        response = self.client.post(f"/en/events/register/{cancelled.pk}/", GUEST)
        assert response.status_code == 409
        assert not Registration.objects.filter(occurrence=cancelled).exists()
        assert self.client.get("/en/events/register/999999/").status_code == 404

    def test_the_calendar_is_served_from_the_cache_until_a_seat_is_taken(self):
        full = occurrences_of(self.world.training)[0]
        Registration.objects.filter(occurrence=full).first().delete()
        for url in ("/en/events/", "/en/events/month/", "/es/eventos/?mode=online"):
            assert self.client.get(url)["X-Page-Cache"] == "miss"
            with self.assertNumQueries(0):
                again = self.client.get(url)
            assert again["X-Page-Cache"] == "hit", url
        assert "Join the waitlist" not in self.client.get("/en/events/").content.decode()
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(f"/en/events/register/{full.pk}/", GUEST)
        self.client.cookies.clear()
        fresh = self.client.get("/en/events/")
        assert fresh["X-Page-Cache"] == "miss"
        assert "Join the waitlist" in fresh.content.decode()
        assert "X-Page-Cache" not in self.client.get("/en/events/feed/")  # a download

    def test_filling_the_last_seat_retires_cached_pages(self):
        full = occurrences_of(self.world.training)[0]
        Registration.objects.filter(occurrence=full).first().delete()
        assert (
            "Join the waitlist"
            not in self.client.get("/en/events/delac-training/").content.decode()
        )
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(f"/en/events/register/{full.pk}/", GUEST)
        self.client.cookies.clear()
        assert "Join the waitlist" in self.client.get("/en/events/delac-training/").content.decode()


class TestTheLinkInTheEmail(CalendarTestCase):
    def setUp(self):
        super().setUp()
        self.date = occurrences_of(self.world.training)[0]
        self.confirmed = Registration.objects.filter(occurrence=self.date).first()
        self.waiting = RegistrationFactory(
            occurrence=self.date, status=RegistrationStatus.WAITLISTED, language="es"
        )

    def test_cancelling_gives_the_seat_to_the_waitlist(self):
        url = reverse("events:registration", args=[tokens.manage_token(self.confirmed)])
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, {"action": "cancel"})
        self.confirmed.refresh_from_db()
        self.waiting.refresh_from_db()
        assert self.confirmed.is_cancelled and self.waiting.is_confirmed
        assert {tuple(m.to) for m in mail.outbox} == {
            (self.confirmed.email,),
            (self.waiting.email,),
        }
        again = self.client.post(url, {"action": "cancel"}, follow=True)
        assert "already cancelled" in again.content.decode()

    def test_a_tampered_or_foreign_purpose_token_is_refused(self):
        token = tokens.manage_token(self.confirmed)
        for bad in (token[:-2] + "xx", tokens.check_in_token(self.confirmed), "nonsense"):
            url = reverse("events:registration", args=[bad])
            assert self.client.post(url, {"action": "cancel"}).status_code == 404
        self.confirmed.refresh_from_db()
        assert self.confirmed.is_confirmed


class TestMyEventsAndFeed(CalendarTestCase):
    def test_my_events_lists_only_mine_with_a_private_feed(self):
        me, other = UserFactory(email="me@example.org"), UserFactory(email="other@example.org")
        date = occurrences_of(self.world.weekly)[0]
        registration.register(date, registration.Details.of_user(me), user=me)
        registration.register(date, registration.Details.of_user(other), user=other)
        assert self.client.get("/en/my-events/").status_code == 302  # sign in first
        self.client.force_login(me)
        page = self.client.get("/en/my-events/").content.decode()
        assert page.count("See or cancel") == 1
        feed_url = reverse("events:personal_feed", args=[tokens.feed_secret_for(me)])
        self.client.logout()
        feed = icalendar.Calendar.from_ical(self.client.get(feed_url).content)
        assert [str(e["SUMMARY"]) for e in feed.walk("VEVENT")] == ["Reading at home"]
        tokens.reset_feed_secret(me)
        assert self.client.get(feed_url).status_code == 404


class TestCheckIn(CalendarTestCase):
    def setUp(self):
        super().setUp()
        self.date = occurrences_of(self.world.training)[0]
        self.person = Registration.objects.filter(occurrence=self.date).first()
        self.url = reverse("events:check_in", args=[tokens.check_in_token(self.person)])

    def test_only_staff_who_check_in_may_and_twice_is_once(self):
        self.date.starts_at = timezone.now()
        self.date.save()
        assert self.client.get(self.url).status_code == 302  # to sign in
        parent = UserFactory(email="parent-x@example.org")
        self.client.force_login(parent)
        assert self.client.post(self.url).status_code == 403
        staff = UserFactory(email="fes@example.org")
        staff.groups.add(Group.objects.get(name=FAMILY_ENGAGEMENT_STAFF))
        self.client.force_login(staff)
        self.client.post(self.url)
        self.client.post(self.url)
        (came,) = Attendance.objects.filter(occurrence=self.date)
        assert came.registration == self.person and came.checked_in_by == staff

    def test_a_code_for_another_day_is_refused(self):
        staff = UserFactory(email="fes2@example.org")
        staff.user_permissions.add(Permission.objects.get(codename="check_in_attendees"))
        self.client.force_login(staff)
        assert self.client.post(self.url).status_code == 404
        assert not Attendance.objects.exists()
