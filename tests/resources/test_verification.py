"""“Still correct”: who may confirm a listing, what one click stamps (every language's
copy, no moderation), and that publishing an older draft does not undo it."""

from datetime import timedelta

from django.utils import timezone

from portal import roles
from portal.factories import UserFactory
from resources.models import ServicePage

from .world import DirectoryTestCase


def confirm_url(page):
    return f"/admin/directory/confirm/{page.pk}/"


class TestConfirmListing(DirectoryTestCase):
    def setUp(self):
        self.staff = UserFactory(email="fes@example.org", roles=[roles.FAMILY_ENGAGEMENT_STAFF])
        self.checkups = self.world.services["checkups"]
        self.pantry = self.world.services["pantry"]

    def test_one_click_stamps_every_language_copy(self):
        self.client.force_login(self.staff)
        page = self.client.get(confirm_url(self.pantry))
        assert page.status_code == 200
        assert "Is this listing still correct?" in page.content.decode()
        ServicePage.objects.filter(translation_key=self.pantry.translation_key).update(
            assured_date=timezone.localdate() - timedelta(days=300)
        )
        response = self.client.post(confirm_url(self.pantry), {"next": "/admin/"})
        assert response.status_code == 302 and response["Location"] == "/admin/"
        copies = ServicePage.objects.filter(translation_key=self.pantry.translation_key)
        assert copies.count() == 2
        for copy in copies:
            assert copy.assured_date == timezone.localdate()
            assert copy.assurer_email == "fes@example.org"
            assert not copy.has_unpublished_changes  # no moderation needed

    def test_next_must_stay_on_the_site(self):
        self.client.force_login(self.staff)
        response = self.client.post(confirm_url(self.pantry), {"next": "https://evil.example/"})
        assert response["Location"].startswith("/admin/pages/")

    def test_people_who_may_not_edit_the_page_cannot_confirm_it(self):
        for role in (roles.SCHOOL_STAFF, roles.COMMUNITY_PARTNERS, roles.VOLUNTEER_SERVICES):
            self.client.force_login(UserFactory(roles=[role]))
            response = self.client.post(confirm_url(self.checkups))
            # Refused: no admin access sends them away, an editor without the page gets 403.
            assert response.status_code in (302, 403), role
            if response.status_code == 302:
                assert not response["Location"].startswith("/admin/directory/")
        self.checkups.refresh_from_db()
        assert self.checkups.assured_date < timezone.localdate()

    def test_only_services_can_be_confirmed(self):
        self.client.force_login(self.staff)
        for url in (confirm_url(self.world.food_bank), "/admin/directory/confirm/999999/"):
            assert self.client.get(url, follow=True).status_code == 404

    def test_publishing_an_older_draft_keeps_the_newer_stamp(self):
        draft = self.checkups.save_revision()  # made before anyone confirmed
        self.client.force_login(self.staff)
        self.client.post(confirm_url(self.checkups))
        type(draft).objects.get(pk=draft.pk).publish()  # as the admin loads it
        self.checkups.refresh_from_db()
        assert self.checkups.assured_date == timezone.localdate()

    def test_the_edit_page_offers_the_button_for_services_only(self):
        self.client.force_login(self.staff)
        html = self.client.get(f"/admin/pages/{self.pantry.pk}/edit/").content.decode()
        assert confirm_url(self.pantry) in html
        html = self.client.get(f"/admin/pages/{self.world.food_bank.pk}/edit/").content.decode()
        assert "/admin/directory/confirm/" not in html
