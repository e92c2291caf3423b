"""The staff reports of listings to check and expired opportunities: who may read them,
what they list, the export, the reminder button, and a query count that does not grow."""

import csv
import io
from datetime import timedelta

import openpyxl

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal import roles
from portal.factories import UserFactory
from resources.factories import OpportunityPageFactory, ServicePageFactory
from resources.models import ListingReminder, PartnerMembership

from .world import DirectoryTestCase

STALE = "/admin/directory/reports/stale-listings/"
EXPIRED = "/admin/directory/reports/expired-opportunities/"
SEND = "/admin/directory/reports/send-reminders/"


def read_csv(response):
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


class ReportTestCase(DirectoryTestCase):
    def setUp(self):
        self.staff = UserFactory(email="fes@example.org", roles=[roles.FAMILY_ENGAGEMENT_STAFF])
        self.partner = UserFactory(email="marta@clinic.example.org", preferred_language="es")
        PartnerMembership.objects.create(user=self.partner, organization=self.world.clinic)
        self.client.force_login(self.staff)


class TestWhoMayRead(ReportTestCase):
    def test_family_engagement_staff_and_not_others(self):
        for url in (STALE, EXPIRED):
            assert self.client.get(url).status_code == 200
        others = [
            self.partner,
            UserFactory(roles=[roles.COMMUNICATIONS_STAFF]),
            UserFactory(roles=[roles.SCHOOL_STAFF]),
            UserFactory(),  # a parent
        ]
        for person in others:
            self.client.force_login(person)
            for url in (STALE, EXPIRED, STALE + "?export=csv"):
                response = self.client.get(url)
                assert response.status_code in (302, 403), (person, url)
                if response.status_code == 302:
                    assert not response["Location"].startswith("/admin/directory/")
            response = self.client.post(SEND)
            assert response.status_code in (302, 403)
            if response.status_code == 302:
                assert not response["Location"].startswith("/admin/directory/")
        assert mail.outbox == [] and not ListingReminder.objects.exists()

    def test_the_reports_menu_shows_them_to_staff_only(self):
        html = self.client.get("/admin/").content.decode()
        assert STALE in html and EXPIRED in html
        self.client.force_login(UserFactory(roles=[roles.COMMUNICATIONS_STAFF]))
        html = self.client.get("/admin/").content.decode()
        assert STALE not in html


class TestListingsToCheck(ReportTestCase):
    def test_lists_the_stale_listing_with_who_is_reminded(self):
        html = self.client.get(STALE).content.decode()
        assert "Checkups for children" in html
        assert "marta@clinic.example.org (ES)" in html
        assert "Food pantry" not in html  # checked today
        assert "Send reminders now (1 listing)" in html

    def test_exports_csv_and_xlsx(self):
        [row] = read_csv(self.client.get(STALE, {"export": "csv"}))
        assert row["Listing"] == "Checkups for children"
        assert row["Organization"] == "Palm Clinic"
        assert row["Days since checked"] == "400"
        assert row["Contacts to remind"] == "1"
        assert row["Edit in the admin"].endswith(
            f"/admin/pages/{self.world.services['checkups'].pk}/edit/"
        )
        response = self.client.get(STALE, {"export": "xlsx"})
        assert "spreadsheetml" in response["Content-Type"]
        book = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        values = list(book.active.iter_rows(values_only=True))
        assert values[0][0] == "Listing" and values[1][0] == "Checkups for children"

    def test_the_button_reminds_once_and_says_so(self):
        response = self.client.post(SEND, follow=True)
        assert "Reminder sent about 1 listing (1 emails)." in response.content.decode()
        assert [email.to for email in mail.outbox] == [["marta@clinic.example.org"]]
        reminder = ListingReminder.objects.get()
        assert reminder.sent_by == self.staff

        response = self.client.post(SEND, follow=True)
        html = response.content.decode()
        assert "Nothing to send" in html
        assert "Every listing that can be reminded has been reminded" in html
        assert len(mail.outbox) == 1
        assert self.client.get(SEND).status_code == 405

    def test_says_when_nobody_can_be_reminded(self):
        PartnerMembership.objects.all().delete()
        html = self.client.get(STALE).content.decode()
        assert "Nobody: add a partner account or the organization" in html
        response = self.client.post(SEND, follow=True)
        assert "No partner or email address to remind for: Checkups for children" in (
            response.content.decode()
        )

    def test_query_count_does_not_grow_with_the_listings(self):
        def count():
            with CaptureQueriesContext(connection) as captured:
                assert self.client.get(STALE).status_code == 200
            return len(captured)

        def old_service(number, organization):
            ServicePageFactory(
                parent=organization,
                title=f"Old service {number}",
                assured_date=timezone.localdate() - timedelta(days=200 + number),
            )

        old_service(0, self.world.food_bank)  # an organization reached by its email, or nobody
        count()  # warm what every admin page shares
        few = count()
        for number in range(1, 31):
            old_service(number, self.world.food_bank if number % 2 else self.world.clinic)
        assert count() == few


class TestExpiredOpportunities(ReportTestCase):
    def test_lists_published_opportunities_past_their_expiry(self):
        html = self.client.get(EXPIRED).content.decode()
        assert "Spring camp" in html and "Summer camp" not in html
        [row] = read_csv(self.client.get(EXPIRED, {"export": "csv"}))
        assert row["Opportunity"] == "Spring camp"
        assert row["Organization"] == "Valle Food Bank"
        assert row["Days since it expired"] == "1"

    def test_query_count_does_not_grow(self):
        def count():
            with CaptureQueriesContext(connection) as captured:
                self.client.get(EXPIRED)
            return len(captured)

        count()  # warm what every admin page shares
        few = count()
        for number in range(20):
            OpportunityPageFactory(
                parent=self.world.clinic,
                title=f"Past event {number}",
                expires_on=timezone.localdate() - timedelta(days=number + 2),
            )
        assert count() == few


class TestHomePanel(ReportTestCase):
    def test_staff_see_what_waits_for_them(self):
        html = self.client.get("/admin/").content.decode()
        assert "Community directory: waiting for you" in html
        assert "1 listing to check" in html
        assert "1 expired opportunity still published" in html
        assert "0 partner requests to decide" in html

    def test_others_do_not(self):
        self.client.force_login(UserFactory(roles=[roles.COMMUNICATIONS_STAFF]))
        assert "waiting for you" not in self.client.get("/admin/").content.decode()
