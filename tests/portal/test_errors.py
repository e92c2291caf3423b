"""404 and 500 pages: the site's own templates, in the visitor's language."""

from contextlib import contextmanager
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.test import RequestFactory
from django.test.signals import template_rendered
from django.utils import translation
from django.utils.translation import gettext

from portal import urls, views
from portal.models import HomePage


@contextmanager
def templates_rendered():
    names = []

    def record(sender, template, context, **kwargs):
        names.append(template.name)

    template_rendered.connect(record)
    try:
        yield names
    finally:
        template_rendered.disconnect(record)


def test_handlers_are_the_sites_own():
    assert urls.handler404 == "portal.views.page_not_found"
    assert urls.handler500 == "portal.views.server_error"


class TestNotFound:
    @pytest.mark.parametrize(
        ("path", "lang"),
        [("/es/no-existe/", "es"), ("/en/no-such-page/", "en"), ("/es/centros/nadie/", "es")],
        ids=["es", "en", "es-nested"],
    )
    def test_unknown_url_gets_the_404_page_in_its_language(self, client, site_tree, path, lang):
        response = client.get(path)
        assert response.status_code == 404
        assert "404.html" in [template.name for template in response.templates]
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == lang
        with translation.override(lang):
            heading = gettext("We could not find that page")
        assert soup.h1.get_text(strip=True) == heading
        assert soup.find("a", class_="button")["href"] == f"/{lang}/"

    def test_404_keeps_the_site_around_it(self, client, site_tree):
        soup = BeautifulSoup(client.get("/es/no-existe/").content, "html.parser")
        assert soup.select_one("header.site-header") is not None
        assert soup.select_one("footer.site-footer") is not None
        assert soup.select_one("a.skip-link")["href"] == "#main"

    def test_404_switcher_links_the_home_pages_not_another_404(self, client, site_tree):
        soup = BeautifulSoup(client.get("/es/no-existe/").content, "html.parser")
        english = soup.select_one("nav.language-switcher a[hreflang=en]")
        assert english["href"] == "/en/"
        assert client.get(english["href"]).status_code == 200

    def test_404_has_no_hreflang_links(self, client, site_tree):
        head = BeautifulSoup(client.get("/es/no-existe/").content, "html.parser").head
        assert head.find("link", hreflang=True) is None

    def test_unpublished_page_is_not_found(self, client, site_tree):
        from tests.factories import StandardPageFactory

        StandardPageFactory(parent=site_tree["home"], slug="draft", live=False)
        assert client.get("/en/draft/").status_code == 404


class TestServerError:
    def test_handler_renders_the_500_template(self, site_tree):
        request = RequestFactory().get("/es/")
        with translation.override("es"), templates_rendered() as names:
            response = views.server_error(request)
        assert response.status_code == 500
        assert names == ["500.html"]
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == "es"
        with translation.override("es"):
            assert soup.h1.get_text(strip=True) == gettext("Something went wrong")
        assert soup.find("a", class_="button")["href"] == "/es/"

    def test_500_needs_no_database(self, site_tree, django_assert_num_queries):
        with django_assert_num_queries(0):
            response = views.server_error(RequestFactory().get("/en/"))
        assert response.status_code == 500

    def test_a_crashing_page_gets_the_500_page(self, client, site_tree, settings):
        settings.PORTAL_PAGE_CACHE_SECONDS = 0
        client.raise_request_exception = False
        with mock.patch.object(HomePage, "get_context", side_effect=RuntimeError("boom")):
            response = client.get("/en/")
        assert response.status_code == 500
        assert BeautifulSoup(response.content, "html.parser").title.get_text() == gettext(
            "Something went wrong"
        )
