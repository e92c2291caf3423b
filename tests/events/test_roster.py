"""Staff's list of who is coming to one date: permissions, search at the door, check-in
from the list, the export, and the message to everyone registered."""

import csv
import io

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from events.factories import AttendanceFactory, RegistrationFactory, occurrences_of
from events.kinds import RegistrationStatus
from events.models import Attendance
from portal.factories import UserFactory
from portal.roles import COMMUNICATIONS_STAFF, FAMILY_ENGAGEMENT_STAFF

from .world import CalendarTestCase


class TestRoster(CalendarTestCase):
    def setUp(self):
        super().setUp()
        self.date = occurrences_of(self.world.training)[0]
        self.waiting = RegistrationFactory(
            occurrence=self.date,
            name="Zoe Waits",
            email="zoe@example.org",
            phone="+15595550177",
            status=RegistrationStatus.WAITLISTED,
        )
        AttendanceFactory(occurrence=self.date, name="Walk In")
        self.url = reverse("events_roster:roster", args=[self.date.pk])
        self.staff = UserFactory(email="fes@example.org", is_staff=True)
        self.staff.groups.add(Group.objects.get(name=FAMILY_ENGAGEMENT_STAFF))

    def test_only_staff_with_the_permission_see_it(self):
        editor = UserFactory(email="editor@example.org", is_staff=True)
        editor.groups.add(Group.objects.get(name=COMMUNICATIONS_STAFF))
        self.client.force_login(editor)
        assert self.client.get(self.url).status_code in (302, 403)
        self.client.force_login(self.staff)
        page = self.client.get(self.url).content.decode()
        assert "Zoe Waits" in page and "Walk In" in page
        assert "2 registered, 1 on the waitlist, 1 checked in." in page

    def test_search_finds_by_name_email_or_phone(self):
        self.client.force_login(self.staff)
        for q in ("zoe", "ZOE@example", "555-0177"):
            page = self.client.get(self.url, {"q": q}).content.decode()
            assert "Zoe Waits" in page and "member0@example.org" not in page, q

    def test_check_in_from_the_list_once(self):
        self.client.force_login(self.staff)
        url = reverse("events_roster:check_in", args=[self.date.pk, self.waiting.pk])
        self.client.post(url, {"q": "zoe"})
        response = self.client.post(url)
        assert response.status_code == 302
        assert Attendance.objects.filter(registration=self.waiting).count() == 1
        other = occurrences_of(self.world.weekly)[0]
        foreign = reverse("events_roster:check_in", args=[other.pk, self.waiting.pk])
        assert self.client.post(foreign).status_code in (302, 404)  # 404 (localized)
        assert Attendance.objects.filter(registration=self.waiting).count() == 1

    def test_the_export_lists_everyone_with_the_waitlist_position(self):
        self.client.force_login(self.staff)
        response = self.client.get(self.url, {"export": "csv"})
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text)))
        assert [row["Name"] for row in rows][-1] == "Zoe Waits"
        assert rows[-1]["Waitlist position"] == "1"
        assert response.status_code == 200

    def test_a_message_goes_to_everyone_registered_with_an_email(self):
        self.client.force_login(self.staff)
        url = reverse("events_roster:message", args=[self.date.pk])
        self.client.post(url, {"subject": "Room change", "body": "Room 5.", "include_waitlist": ""})
        assert sorted(m.to[0] for m in mail.outbox) == [
            "member0@example.org",
            "member1@example.org",
        ]
        assert self.client.post(url, {"subject": "", "body": ""}).status_code == 200
        assert len(mail.outbox) == 2
