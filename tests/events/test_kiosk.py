"""The kiosk: opened by staff for one date, signs them out, stays on its own pages, shows
first names and initials only, records walk-ins and registered people once, and closes
with its date."""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from events import kiosk
from events.factories import RegistrationFactory, occurrences_of
from events.kinds import CheckInRoute
from events.models import Attendance
from portal.factories import UserFactory
from portal.roles import FAMILY_ENGAGEMENT_STAFF

from .world import CalendarTestCase


class KioskTestCase(CalendarTestCase):
    def setUp(self):
        super().setUp()
        self.date = occurrences_of(self.world.weekly)[0]
        now = timezone.now()
        self.date.starts_at, self.date.ends_at = (
            now - timedelta(minutes=5),
            now + timedelta(hours=1),
        )
        self.date.save()
        self.ana = RegistrationFactory(
            occurrence=self.date,
            name="Ana María Ruiz",
            email="ana@example.org",
            phone="+15595550101",
        )
        RegistrationFactory(occurrence=self.date, name="Andrés Paz", email="andres@example.org")
        self.staff = UserFactory(email="door@example.org", is_staff=True)
        self.staff.groups.add(Group.objects.get(name=FAMILY_ENGAGEMENT_STAFF))

    def open_kiosk(self):
        self.client.force_login(self.staff)
        response = self.client.post(reverse("events_open_kiosk", args=[self.date.pk]))
        assert response.status_code == 302


class TestOpening(KioskTestCase):
    def test_only_staff_who_check_in_open_it_and_they_are_signed_out(self):
        parent = UserFactory(email="p@example.org")
        self.client.force_login(parent)
        self.client.post(reverse("events_open_kiosk", args=[self.date.pk]))
        assert "events_kiosk" not in self.client.session
        self.open_kiosk()
        assert "_auth_user_id" not in self.client.session
        assert self.client.get("/en/events/kiosk/").status_code == 200

    def test_the_kiosk_cannot_leave_its_pages(self):
        self.open_kiosk()
        for path in ("/en/", "/en/my-events/", "/admin/", "/en/account/", "/en/events/"):
            response = self.client.get(path)
            assert response.status_code == 302 and response["Location"].endswith(
                "/events/kiosk/"
            ), path
        assert self.client.get("/es/events/kiosk/").status_code == 200

    def test_it_closes_with_its_date(self):
        self.open_kiosk()
        self.date.ends_at = timezone.now() - kiosk.STAYS_OPEN - timedelta(minutes=1)
        self.date.starts_at = self.date.ends_at - timedelta(hours=1)
        self.date.save()
        assert self.client.get("/en/events/kiosk/").status_code == 410
        assert self.client.get("/en/").status_code == 200  # no longer held on the kiosk


class TestSigningIn(KioskTestCase):
    def test_a_registered_person_sees_first_names_and_initials_only(self):
        self.open_kiosk()
        page = self.client.get("/en/events/kiosk/find/", {"name": "an"}).content.decode()
        assert "Ana R." in page and "Andrés P." in page
        assert "Ruiz" not in page and "ana@example.org" not in page and "0101" not in page
        assert (
            "Ana" not in self.client.get("/en/events/kiosk/find/", {"name": "a"}).content.decode()
        )

    def test_tapping_ones_name_checks_in_once(self):
        self.open_kiosk()
        for _attempt in range(2):
            response = self.client.post("/en/events/kiosk/find/", {"registration": self.ana.pk})
            assert response["Location"].endswith("/events/kiosk/welcome/")
        welcome = self.client.get("/en/events/kiosk/welcome/").content.decode()
        assert "Welcome, Ana R.!" in welcome and "already signed in" in welcome
        (came,) = Attendance.objects.filter(occurrence=self.date)
        assert came.route == CheckInRoute.KIOSK and came.registration == self.ana

    def test_a_registration_of_another_date_cannot_be_checked_in_here(self):
        other = RegistrationFactory(occurrence=occurrences_of(self.world.weekly)[2])
        self.open_kiosk()
        self.client.post("/en/events/kiosk/find/", {"registration": other.pk})
        assert not Attendance.objects.exists()

    def test_a_walk_in_signs_in_and_a_registered_walk_in_is_matched(self):
        self.open_kiosk()
        form = {"name": "Luis Gómez", "phone": "(559) 555-0199", "language": "es"}
        self.client.post("/en/events/kiosk/walk-in/", form)
        self.client.post("/en/events/kiosk/walk-in/", form | {"name": "Luis G"})
        walk_in = Attendance.objects.get(route=CheckInRoute.WALK_IN)
        assert walk_in.phone_key == "+15595550199" and walk_in.registration is None
        self.client.post(
            "/en/events/kiosk/walk-in/",
            {"name": "Ana", "email": "ANA@example.org", "language": "en"},
        )
        assert Attendance.objects.get(registration=self.ana).route == CheckInRoute.KIOSK
        assert Attendance.objects.count() == 2

    def test_a_walk_in_needs_a_way_to_reach_them_and_a_bad_form_changes_nothing(self):
        self.open_kiosk()
        response = self.client.post("/en/events/kiosk/walk-in/", {"name": "X", "language": "en"})
        assert response.status_code == 200 and not Attendance.objects.exists()
