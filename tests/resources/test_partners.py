"""A community partner edits their own organization's listings, in both languages, and
nothing else; every change waits for family-engagement staff to approve it."""

from django.contrib.auth.models import Group

from wagtail.models import WorkflowState

from portal import roles
from portal.factories import UserFactory
from resources.models import PartnerMembership, ServicePage

from .world import DirectoryTestCase


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


class PartnerTestCase(DirectoryTestCase):
    def setUp(self):
        self.partner = UserFactory(email="ana@foodbank.example.org")
        PartnerMembership.objects.create(user=self.partner, organization=self.world.food_bank)
        self.client.force_login(self.partner)
        self.pantry = self.world.services["pantry"]


class TestWhatAPartnerMayEdit(PartnerTestCase):
    def test_their_organization_and_its_services_in_both_languages(self):
        spanish_org = self.world.services["pantry_es"].get_parent()
        for page in (
            self.world.food_bank,
            self.pantry,
            self.world.services["pantry_es"],
            spanish_org,
        ):
            assert self.client.get(edit_url(page)).status_code == 200, page

    def test_not_another_organization(self):
        for page in (self.world.clinic, self.world.services["checkups"], self.world.page):
            response = self.client.get(edit_url(page))
            assert response.status_code in (302, 403), page
            if response.status_code == 302:
                assert not response["Location"].startswith(edit_url(page))

    def test_not_confirming_another_organizations_listing(self):
        response = self.client.post(
            f"/admin/directory/confirm/{self.world.services['checkups'].pk}/"
        )
        assert response.status_code in (302, 403)
        assert self.client.post(f"/admin/directory/confirm/{self.pantry.pk}/").status_code == 302

    def test_the_explorer_shows_their_organization_only(self):
        html = self.client.get(f"/admin/pages/{self.world.page.pk}/").content.decode()
        assert "Valle Food Bank" in html
        assert "Palm Clinic" not in html

    def test_a_change_waits_for_approval(self):
        page = ServicePage.objects.get(pk=self.pantry.pk)
        html = self.client.get(edit_url(page)).content.decode()
        assert "action-publish" not in html  # no publish button
        assert "action-submit" in html  # "Submit to Family-engagement approval"
        permissions = page.permissions_for_user(self.partner)
        assert permissions.can_edit() and not permissions.can_publish()
        # What the Submit button does: the draft waits in the office's workflow.
        page.title = "Weekly food pantry"
        revision = page.save_revision(user=self.partner)
        page.get_workflow().start(page, self.partner)
        page.refresh_from_db()
        assert page.title == "Food pantry"  # the public page has not changed
        assert revision.content["title"] == "Weekly food pantry"
        assert WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").exists()

    def test_the_role_opens_the_admin_and_leaving_takes_it_away(self):
        assert self.partner.groups.filter(name=roles.COMMUNITY_PARTNERS).exists()
        PartnerMembership.objects.get(user=self.partner).delete()
        self.partner.refresh_from_db()
        assert not self.partner.groups.exists()
        assert self.client.get(edit_url(self.pantry)).status_code in (302, 403)

    def test_a_new_translation_of_their_organization_is_theirs_too(self):
        other = UserFactory(email="bo@clinic.example.org")
        PartnerMembership.objects.create(user=other, organization=self.world.clinic)
        clinic_es = self.world.clinic.copy_for_translation(
            self.world.page_es.locale, copy_parents=True
        )
        self.client.force_login(other)
        assert self.client.get(edit_url(clinic_es)).status_code == 200
        assert Group.objects.get(name=f"Partner: {self.world.clinic.translation_key}")


class TestTranslatedServiceCategories(DirectoryTestCase):
    def test_a_translated_service_names_the_categories_of_its_language(self):
        """Its editor offers only its language's categories: the English ones left it unsavable."""
        spanish = ServicePage.objects.get(pk=self.world.services["pantry_es"].pk)
        assert [(c.name, c.locale.language_code) for c in spanish.categories.all()] == [
            ("Alimentos", "es")
        ]
        latest = spanish.get_latest_revision_as_object()
        assert [c.name for c in latest.categories.all()] == ["Alimentos"]
