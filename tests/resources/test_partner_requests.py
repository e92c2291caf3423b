"""Someone from a community organization asks to become a partner; family-engagement staff
approve (an organization in the directory, or a new one created as a draft) or decline with
a reason; the person hears it by email in their language. Bad input changes nothing."""

import pytest

from django.core import mail
from django.utils import translation

from wagtail.models import Site

from portal import personal_data, roles
from portal.factories import UserFactory
from portal.models import SiteSettings
from resources import partner_requests
from resources.models import OrganizationPage, PartnerMembership, PartnerRequest

from .world import DirectoryTestCase

JOIN_EN = "/en/partners/join/"
JOIN_ES = "/es/partners/join/"


def review_url(partner_request):
    return f"/admin/directory/partner-requests/{partner_request.pk}/"


NEW_ORGANIZATION = {
    "organization": "",
    "organization_name": "Valle Literacy Project",
    "description": "Free English classes for parents.",
    "phone": "+18185550199",
    "email": "hello@literacy.example.org",
    "website": "https://literacy.example.org",
    "job_title": "Program coordinator",
    "message": "",
}


class RequestTestCase(DirectoryTestCase):
    def setUp(self):
        self.rosa = UserFactory(email="rosa@clinic.example.org", preferred_language="es")
        self.staff = UserFactory(email="fes@example.org", roles=[roles.FAMILY_ENGAGEMENT_STAFF])
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.contact_email = "office@example.org"
        settings.save()

    def ask_for_clinic(self):
        return partner_requests.ask(
            self.rosa, organization=self.world.clinic, job_title="Front desk"
        )


class TestAsking(RequestTestCase):
    def test_a_visitor_is_asked_to_sign_in_first(self):
        html = self.client.get(JOIN_EN).content.decode()
        assert "Start with an account" in html
        assert "/en/accounts/signup/?next=/en/partners/join/" in html or "signup" in html
        assert 'name="job_title"' not in html
        assert self.client.post(JOIN_EN, NEW_ORGANIZATION).status_code in (200, 405)
        assert not PartnerRequest.objects.exists()

    def test_asking_for_an_organization_in_the_directory(self):
        self.client.force_login(self.rosa)
        html = self.client.get(JOIN_EN).content.decode()
        assert f'<option value="{self.world.clinic.pk}">Palm Clinic</option>' in html
        response = self.client.post(
            JOIN_EN,
            {**NEW_ORGANIZATION, "organization": self.world.clinic.pk, "job_title": "Nurse"},
            follow=True,
        )
        request = PartnerRequest.objects.get()
        assert (request.user, request.organization, request.status) == (
            self.rosa,
            self.world.clinic,
            "pending",
        )
        assert request.organization_name == "" and request.description == ""
        html = response.content.decode()
        assert "We have your request" in html and "Palm Clinic" in html
        [email] = mail.outbox
        assert email.to == ["office@example.org"]
        assert "rosa@clinic.example.org (Nurse)" in email.body
        assert review_url(request) in email.body

    def test_asking_for_a_new_organization(self):
        self.client.force_login(self.rosa)
        self.client.post(JOIN_ES, NEW_ORGANIZATION)
        request = PartnerRequest.objects.get()
        assert request.organization is None
        assert request.organization_name == "Valle Literacy Project"
        assert request.phone.as_e164 == "+18185550199"

    def test_neither_an_organization_nor_a_name_is_a_translated_error(self):
        self.client.force_login(self.rosa)
        data = {**NEW_ORGANIZATION, "organization_name": "", "description": ""}
        html = self.client.post(JOIN_ES, data).content.decode()
        with translation.override("es"):
            expected = translation.gettext(
                "Choose your organization from the list, or write the name of a new one."
            )
        assert expected != "Choose your organization from the list, or write the name of a new one."
        assert expected in html
        assert not PartnerRequest.objects.exists() and mail.outbox == []

    def test_an_organization_of_another_language_or_none_is_refused(self):
        self.client.force_login(self.rosa)
        spanish_org = self.world.services["pantry_es"].get_parent()
        for value in (spanish_org.pk, 999999, "abc", self.world.services["pantry"].pk):
            response = self.client.post(
                JOIN_EN, {**NEW_ORGANIZATION, "organization": value, "organization_name": ""}
            )
            assert response.status_code == 200
            assert "Select a valid choice" in response.content.decode(), value
        assert not PartnerRequest.objects.exists()

    def test_a_double_submission_makes_one_request(self):
        self.client.force_login(self.rosa)
        self.client.post(JOIN_EN, NEW_ORGANIZATION)
        response = self.client.post(JOIN_EN, NEW_ORGANIZATION, follow=True)
        assert PartnerRequest.objects.count() == 1
        assert "We have your request" in response.content.decode()
        with pytest.raises(partner_requests.CannotAsk):
            partner_requests.ask(self.rosa, organization_name="Other", job_title="x")
        assert PartnerRequest.objects.count() == 1

    def test_a_partner_is_told_where_their_listings_are(self):
        PartnerMembership.objects.create(user=self.rosa, organization=self.world.clinic)
        self.client.force_login(self.rosa)
        html = self.client.get(JOIN_EN).content.decode()
        assert "You keep the listings of Palm Clinic" in html
        assert f"/admin/pages/{self.world.clinic.pk}/" in html
        self.client.post(JOIN_EN, NEW_ORGANIZATION)
        assert not PartnerRequest.objects.exists()

    def test_the_page_shows_only_the_persons_own_request(self):
        self.ask_for_clinic()
        other = UserFactory(email="someone@example.org")
        self.client.force_login(other)
        html = self.client.get(JOIN_EN).content.decode()
        assert "We have your request" not in html and 'name="job_title"' in html


class TestDeciding(RequestTestCase):
    def test_only_family_engagement_staff_may_decide(self):
        request = self.ask_for_clinic()
        partner = UserFactory(email="p@example.org")
        PartnerMembership.objects.create(user=partner, organization=self.world.food_bank)
        for person in (partner, self.rosa, UserFactory(roles=[roles.COMMUNICATIONS_STAFF])):
            self.client.force_login(person)
            response = self.client.post(review_url(request), {"decision": "approve"})
            assert response.status_code in (302, 403), person
        request.refresh_from_db()
        assert request.status == "pending"
        assert not PartnerMembership.objects.filter(user=self.rosa).exists()

    def test_the_request_list_opens_the_review_page(self):
        request = self.ask_for_clinic()
        self.client.force_login(self.staff)
        html = self.client.get("/admin/snippets/resources/partnerrequest/").content.decode()
        assert review_url(request) in html and self.rosa.get_full_name() in html
        html = self.client.get(review_url(request)).content.decode()
        assert "Front desk" in html and "Approve" in html

    def test_approving_an_organization_in_the_directory(self):
        request = self.ask_for_clinic()
        mail.outbox.clear()
        self.client.force_login(self.staff)
        response = self.client.post(review_url(request), {"decision": "approve"})
        assert response.status_code == 302
        assert response["Location"] == f"/admin/pages/{self.world.clinic.pk}/"
        membership = PartnerMembership.objects.get(user=self.rosa)
        assert membership.organization == self.world.clinic
        assert membership.approved_by == self.staff
        assert self.rosa.groups.filter(name=roles.COMMUNITY_PARTNERS).exists()
        request.refresh_from_db()
        assert (request.status, request.decided_by) == ("approved", self.staff)
        [email] = mail.outbox
        assert email.to == ["rosa@clinic.example.org"]
        assert "Palm Clinic" in email.subject and "You can now" not in email.subject  # Spanish
        assert "http://testserver/admin/" in email.body
        # She may now edit the clinic's pages.
        self.client.force_login(self.rosa)
        edit = f"/admin/pages/{self.world.services['checkups'].pk}/edit/"
        assert self.client.get(edit).status_code == 200

    def test_approving_a_new_organization_creates_its_draft_in_both_languages(self):
        self.client.force_login(self.rosa)
        self.client.post(JOIN_EN, NEW_ORGANIZATION)
        request = PartnerRequest.objects.get()
        self.client.force_login(self.staff)
        self.client.post(review_url(request), {"decision": "approve"})
        copies = OrganizationPage.objects.filter(title="Valle Literacy Project")
        assert sorted(copy.locale.language_code for copy in copies) == ["en", "es"]
        english = copies.get(locale__language_code="en")
        assert not any(copy.live for copy in copies)
        assert english.get_parent().pk == self.world.page.pk
        assert english.email == "hello@literacy.example.org"
        assert english.slug == "valle-literacy-project"
        assert PartnerMembership.objects.get(user=self.rosa).organization == english
        self.client.force_login(self.rosa)
        for copy in copies:
            assert self.client.get(f"/admin/pages/{copy.pk}/edit/").status_code == 200
        # Families do not see it until the office publishes it.
        assert self.client.get(self.world.page.url).content.decode().count("Literacy") == 0

    def test_declining_needs_a_reason_and_the_person_may_ask_again(self):
        request = self.ask_for_clinic()
        mail.outbox.clear()
        self.client.force_login(self.staff)
        html = self.client.post(review_url(request), {"decision": "decline"}).content.decode()
        assert "Say why you decline" in html
        request.refresh_from_db()
        assert request.status == "pending"

        reason = "We could not reach the clinic to confirm."
        self.client.post(review_url(request), {"decision": "decline", "reason": reason})
        request.refresh_from_db()
        assert request.status == "declined" and request.reason == reason
        [email] = mail.outbox
        assert reason in email.body and "/es/organizaciones/unirse/" in email.body
        assert not PartnerMembership.objects.filter(user=self.rosa).exists()

        self.client.force_login(self.rosa)
        html = self.client.get(JOIN_ES).content.decode()
        assert reason in html and 'name="job_title"' in html

    def test_a_request_is_decided_once(self):
        request = self.ask_for_clinic()
        partner_requests.decline(request, self.staff, "No.")
        with pytest.raises(partner_requests.AlreadyDecided):
            partner_requests.approve(request, self.staff)
        assert not PartnerMembership.objects.exists()
        self.client.force_login(self.staff)
        html = self.client.post(review_url(request), {"decision": "approve"}).content.decode()
        assert "Approve</button>" not in html
        assert not PartnerMembership.objects.exists()

    def test_someone_already_a_partner_is_not_approved_twice(self):
        request = self.ask_for_clinic()
        PartnerMembership.objects.create(user=self.rosa, organization=self.world.food_bank)
        self.client.force_login(self.staff)
        html = self.client.post(review_url(request), {"decision": "approve"}).content.decode()
        assert "already the partner of" in html
        request.refresh_from_db()
        assert request.status == "pending"
        assert PartnerMembership.objects.get(user=self.rosa).organization == self.world.food_bank
        clinic_group = f"Partner: {self.world.clinic.translation_key}"
        assert not self.rosa.groups.filter(name=clinic_group).exists()


class TestPersonalData(RequestTestCase):
    def test_in_the_export_and_gone_with_the_account(self):
        self.ask_for_clinic()
        data = personal_data.person_data(self.rosa)
        [entry] = data["partner_requests"]
        assert entry["organization"] == "Palm Clinic" and entry["status"] == "pending"
        personal_data.delete_account(self.rosa)
        assert not PartnerRequest.objects.exists()
