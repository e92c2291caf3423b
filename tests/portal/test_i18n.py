"""English and Spanish: the language redirect, the home pages, the language switcher, the admin."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.users.models import UserProfile

from portal import roles
from tests.factories import StandardPageFactory, UserFactory


def switcher(html):
    """{language code: (href or None for the current language, shows the 'missing' note)}."""
    nav = BeautifulSoup(html, "html.parser").select_one("nav.language-switcher")
    assert nav is not None, "the page has no language switcher"
    options = {}
    for item in nav.select("li"):
        link = item.find("a")
        code = link["hreflang"] if link else item.find(attrs={"lang": True})["lang"]
        missing = "language-switcher__missing" in (item.get("class") or [])
        options[code] = (link["href"] if link else None, missing)
    return options


def html_lang(html):
    return BeautifulSoup(html, "html.parser").html["lang"]


class TestLanguageRedirect:
    @pytest.mark.parametrize(
        ("accept_language", "expected"),
        [
            ("es", "/es/"),
            ("es-MX,es;q=0.9,en;q=0.5", "/es/"),
            ("en", "/en/"),
            ("en-US,en;q=0.9", "/en/"),
            ("fr", "/en/"),
        ],
        ids=["es", "es-MX", "en", "en-US", "unsupported-falls-back-to-en"],
    )
    def test_root_sends_visitors_to_their_language(
        self, client, site_tree, accept_language, expected
    ):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
        assert response.status_code == 302
        assert response.url == expected

    def test_chosen_language_cookie_wins_over_the_browser(self, client, site_tree, settings):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
        assert response.url == "/es/"

    def test_unprefixed_page_path_gets_a_prefix(self, client, about):
        response = client.get("/about/", HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 302
        assert response.url == "/en/about/"


class TestHomePages:
    @pytest.mark.parametrize(
        ("path", "lang", "title"),
        [
            ("/en/", "en", "Family and Community Engagement"),
            ("/es/", "es", "Participación de familias y comunidad"),
        ],
        ids=["en", "es"],
    )
    def test_home_page_in_its_language(self, client, site_tree, path, lang, title):
        response = client.get(path)
        assert response.status_code == 200
        html = response.content.decode()
        assert html_lang(html) == lang
        assert f"<h1>{title}</h1>" in html
        assert response.context["page"].locale.language_code == lang

    def test_spanish_home_shows_spanish_content_only(self, client, site_tree):
        html = client.get("/es/").content.decode()
        assert "Talleres, recursos y apoyo para todas las familias del distrito." in html
        assert "Workshops, resources and support" not in html

    def test_menu_links_stay_in_the_language(self, client, about, site_tree):
        for page in about:
            page.show_in_menus = True
            page.save_revision().publish()
        english = BeautifulSoup(client.get("/en/").content, "html.parser")
        spanish = BeautifulSoup(client.get("/es/").content, "html.parser")
        english_links = [a["href"] for a in english.select("nav.main-nav a")]
        spanish_links = [a["href"] for a in spanish.select("nav.main-nav a")]
        assert "/en/about/" in english_links
        assert "/es/sobre-nosotros/" in spanish_links
        assert "/es/sobre-nosotros/" not in english_links


class TestLanguageSwitcher:
    def test_links_to_the_translated_page(self, client, about):
        options = switcher(client.get("/en/about/").content.decode())
        assert options == {"en": (None, False), "es": ("/es/sobre-nosotros/", False)}

    def test_links_back_from_the_translation(self, client, about):
        options = switcher(client.get("/es/sobre-nosotros/").content.decode())
        assert options == {"en": ("/en/about/", False), "es": (None, False)}

    def test_untranslated_page_links_the_other_home_with_a_note(self, client, site_tree):
        StandardPageFactory(parent=site_tree["home"], title="Only in English", slug="only-en")
        response = client.get("/en/only-en/")
        options = switcher(response.content.decode())
        assert options["es"] == ("/es/", True)
        soup = BeautifulSoup(response.content, "html.parser")
        note = soup.select_one(".language-switcher__missing .language-switcher__note")
        assert note is not None and note.get_text(strip=True)

    def test_unpublished_translation_counts_as_missing(self, client, about):
        _, spanish = about
        spanish.unpublish()
        options = switcher(client.get("/en/about/").content.decode())
        assert options["es"] == ("/es/", True)

    @pytest.mark.parametrize(
        ("path", "other"),
        [
            ("/en/accounts/login/", ("es", "/es/accounts/login/")),
            ("/es/accounts/signup/", ("en", "/en/accounts/signup/")),
        ],
        ids=["login-en", "signup-es"],
    )
    def test_non_page_views_link_the_same_view(self, client, site_tree, path, other):
        response = client.get(path)
        assert response.status_code == 200
        options = switcher(response.content.decode())
        code, url = other
        assert options[code] == (url, False)

    def test_query_string_is_kept(self, client, site_tree):
        options = switcher(client.get("/en/accounts/login/?next=/en/").content.decode())
        assert options["es"][0].startswith("/es/accounts/login/?next=")


class TestAdminLanguage:
    @pytest.fixture
    def editor(self, site_tree):
        return UserFactory(roles=[roles.COMMUNICATIONS_STAFF])

    def test_admin_speaks_spanish_to_staff_who_choose_it(self, client, editor):
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = "es"
        profile.save()
        client.force_login(editor)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert html_lang(html) == "es"
        assert "<title>Panel de control - " in html

    def test_admin_speaks_english_by_default(self, client, editor):
        client.force_login(editor)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert html_lang(html) == "en"
        assert "<title>Dashboard - " in html

    def test_staff_can_choose_spanish_in_their_admin_account(self, client, editor):
        client.force_login(editor)
        response = client.get(reverse("wagtailadmin_account"))
        assert response.status_code == 200
        assert 'value="es"' in response.content.decode()
