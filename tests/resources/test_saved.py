"""The saved list: save, remove, see it in either language, print, share, keep it at
sign-in, and nobody sees or changes another person's list."""

import json

from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.factories import UserFactory
from portal.factories.users import DEFAULT_PASSWORD
from resources import saved
from resources.factories import ServicePageFactory
from resources.models import SavedService

from .world import DirectoryTestCase

SAVE, REMOVE = "/en/saved-services/save/", "/en/saved-services/remove/"
LIST, LIST_ES = "/en/saved-services/", "/es/saved-services/"


class SavedListTestCase(DirectoryTestCase):
    def save(self, name, **extra):
        service = self.world.services[name]
        return self.client.post(SAVE, {"service": service.pk, "next": service.url, **extra})

    def listed(self, url=LIST):
        return self.client.get(url).content.decode()


class TestSavingAnonymously(SavedListTestCase):
    def test_a_saved_service_is_on_the_list_in_both_languages(self):
        response = self.save("pantry")
        assert response.status_code == 302
        assert response["Location"] == self.world.services["pantry"].url
        assert "Food pantry" in self.listed()
        assert "Despensa de alimentos" in self.listed(LIST_ES)  # the same service, in Spanish

    def test_the_service_page_says_it_is_saved_and_links_to_the_list(self):
        self.save("pantry")
        html = self.client.get(self.world.services["pantry"].url).content.decode()
        assert "This service is on your list." in html
        assert 'href="/en/saved-services/"' in html

    def test_saving_twice_keeps_one(self):
        self.save("pantry")
        self.save("pantry")
        assert self.client.session[saved.SESSION_KEY] == [
            str(self.world.services["pantry"].translation_key)
        ]

    def test_a_service_that_is_not_listed_cannot_be_saved(self):
        for value in (self.world.services["gone"].pk, 999999, "abc", ""):
            response = self.client.post(SAVE, {"service": value}, follow=True)
            assert "That service is not in the directory any more." in response.content.decode()
        assert saved.SESSION_KEY not in self.client.session

    def test_the_error_is_translated(self):
        response = self.client.post("/es/saved-services/save/", {"service": "abc"}, follow=True)
        assert "Ese servicio ya no está en el directorio." in response.content.decode()

    def test_next_must_be_a_path_on_this_site(self):
        response = self.save("pantry", next="https://evil.example/")
        assert response["Location"] == self.world.services["pantry"].url

    def test_remove(self):
        self.save("pantry")
        key = self.world.services["pantry"].translation_key
        self.client.post(REMOVE, {"service_key": str(key)})
        assert "Food pantry" not in self.listed()
        response = self.client.post(REMOVE, {"service_key": "not-a-key"}, follow=True)
        assert "That service was not on your list." in response.content.decode()

    def test_a_full_list_refuses_more(self):
        session = self.client.session
        session[saved.SESSION_KEY] = [
            f"00000000-0000-0000-0000-{n:012d}" for n in range(saved.MAX_SAVED)
        ]
        session.save()
        response = self.save("pantry", next="")
        assert response.status_code == 302
        html = self.client.get(response["Location"]).content.decode()
        assert "Your list is full" in html

    def test_only_get_and_post_where_they_belong(self):
        assert self.client.get(SAVE).status_code == 405
        assert self.client.post(LIST).status_code == 405

    def test_the_list_page_is_never_stored(self):
        self.save("pantry")
        response = self.client.get(LIST)
        assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


class TestSharing(SavedListTestCase):
    def share_url(self):
        html = self.listed()
        start = html.index("/en/saved-services/shared/")
        return html[start : html.index('"', start)]

    def test_a_shared_link_shows_the_list_to_anyone_and_names_nobody(self):
        self.save("pantry")
        self.save("checkups")
        url = self.share_url()
        token = url.rstrip("/").rsplit("/", 1)[1]
        assert set(signing.loads(token, salt=saved.SHARE_SALT)) == {
            str(self.world.services["pantry"].translation_key),
            str(self.world.services["checkups"].translation_key),
        }
        self.client.logout()
        self.client.cookies.clear()
        response = self.client.get(url)
        html = response.content.decode()
        assert response.status_code == 200 and response["X-Robots-Tag"] == "noindex"
        assert "Food pantry" in html and "Checkups for children" in html
        assert "Remove" not in html  # a shared list is read only

    def test_an_altered_link_is_not_found(self):
        self.save("pantry")
        url = self.share_url()
        assert self.client.get(url[:-3] + "xx/").status_code == 404


class TestSignedIn(SavedListTestCase):
    def test_the_session_list_moves_into_the_account_at_sign_in(self):
        self.save("pantry")
        self.save("checkups")
        ana = UserFactory(email="ana@example.org")
        SavedService.objects.create(
            user=ana, service_key=self.world.services["pantry"].translation_key, service_title="x"
        )
        assert self.client.login(email=ana.email, password=DEFAULT_PASSWORD)
        rows = SavedService.objects.filter(user=ana)
        assert sorted(rows.values_list("service_title", flat=True)) == [
            "Checkups for children",
            "x",
        ]
        assert saved.SESSION_KEY not in self.client.session
        assert "Checkups for children" in self.listed()

    def test_nobody_sees_or_removes_another_persons_list(self):
        ana, ben = UserFactory(email="ana@example.org"), UserFactory(email="ben@example.org")
        self.client.force_login(ana)
        self.save("checkups")
        self.client.force_login(ben)
        # Ben first changes what he may change about himself: his language.
        ben.preferred_language = "es"
        ben.save()
        assert "Checkups for children" not in self.listed()
        key = self.world.services["checkups"].translation_key
        self.client.post(REMOVE, {"service_key": str(key)})
        assert SavedService.objects.filter(user=ana, service_key=key).exists()

    def test_a_listing_deleted_later_stays_on_the_list_by_name(self):
        ana = UserFactory(email="ana@example.org")
        self.client.force_login(ana)
        service = ServicePageFactory(parent=self.world.clinic, title="Flu shots")
        self.client.post(SAVE, {"service": service.pk})
        service.delete()
        html = self.listed()
        assert "Flu shots" in html
        assert "This service is no longer listed in the directory." in html

    def test_the_list_is_in_the_export_and_deleted_with_the_account(self):
        ana = UserFactory(email="ana@example.org")
        self.client.force_login(ana)
        self.save("pantry")
        export = json.loads(self.client.get("/en/account/my-data.json").content)
        assert [entry["service"] for entry in export["saved_services"]] == ["Food pantry"]
        assert "Saved services" in self.client.get("/en/account/").content.decode()
        self.client.post("/en/account/delete/", {"password": DEFAULT_PASSWORD})
        assert not SavedService.objects.exists()

    def test_the_account_menu_links_the_list(self):
        self.client.force_login(UserFactory())
        html = self.client.get("/en/account/").content.decode()
        assert 'href="/en/saved-services/"' in html


class TestQueries(SavedListTestCase):
    def count(self):
        with CaptureQueriesContext(connection) as captured:
            assert self.client.get(LIST).status_code == 200
        return len(captured)

    def test_the_list_costs_the_same_for_two_services_or_twelve(self):
        self.client.force_login(UserFactory())
        self.save("pantry")
        self.save("checkups")
        self.count()  # warm what every visitor shares (menus, categories)
        few = self.count()
        for number in range(10):
            service = ServicePageFactory(parent=self.world.clinic, title=f"Extra {number}")
            self.client.post(SAVE, {"service": service.pk})
        self.count()  # the first view after saving also shows (and clears) the messages
        assert self.count() == few
