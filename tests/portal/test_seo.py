"""What search engines and social sites see: sitemap, robots.txt, hreflang, Open Graph."""

import xml.etree.ElementTree as ET

from bs4 import BeautifulSoup

from django.test import RequestFactory

from wagtail.models import PageViewRestriction

from portal import navigation
from tests.factories import ImageFactory, StandardPageFactory, publish_translation

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
ROOT = "http://localhost"  # the default Site's root URL in the test site tree


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("s:url", NS):
        loc = url.find("s:loc", NS).text
        entries[loc] = {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
    return entries


def head_alternates(html):
    head = BeautifulSoup(html, "html.parser").head
    return {
        link["hreflang"]: link["href"]
        for link in head.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


def og(html):
    head = BeautifulSoup(html, "html.parser").head
    return {
        meta["property"]: meta["content"]
        for meta in head.find_all("meta")
        if meta.get("property", "").startswith("og:")
    }


class TestSitemap:
    def test_lists_pages_of_both_languages(self, client, about):
        entries = sitemap(client)
        for path in [
            "/en/",
            "/es/",
            "/en/centers/",
            "/es/centros/",
            "/en/about/",
            "/es/sobre-nosotros/",
        ]:
            assert ROOT + path in entries, path

    def test_translated_pages_carry_hreflang_alternates(self, client, about):
        entries = sitemap(client)
        expected = {"en": f"{ROOT}/en/about/", "es": f"{ROOT}/es/sobre-nosotros/"}
        assert entries[f"{ROOT}/en/about/"] == expected
        assert entries[f"{ROOT}/es/sobre-nosotros/"] == expected
        assert entries[f"{ROOT}/es/"] == {"en": f"{ROOT}/en/", "es": f"{ROOT}/es/"}

    def test_untranslated_page_has_no_alternates(self, client, site_tree):
        StandardPageFactory(parent=site_tree["home"], slug="only-english")
        assert sitemap(client)[f"{ROOT}/en/only-english/"] == {}

    def test_leaves_out_drafts_private_pages_and_unpublished_translations(
        self, client, site_tree, about
    ):
        StandardPageFactory(parent=site_tree["home"], slug="draft", live=False)
        private = StandardPageFactory(parent=site_tree["home"], slug="staff-only")
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        _, spanish = about
        spanish.unpublish()
        entries = sitemap(client)
        assert f"{ROOT}/en/draft/" not in entries
        assert f"{ROOT}/en/staff-only/" not in entries
        assert f"{ROOT}/es/sobre-nosotros/" not in entries
        assert entries[f"{ROOT}/en/about/"] == {}, "no alternate for an unpublished translation"

    def test_query_count_does_not_grow_with_the_number_of_pages(self, client, site_tree):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        def add_pages(count, start):
            for n in range(start, start + count):
                page = StandardPageFactory(parent=site_tree["home"], slug=f"page-{n}")
                publish_translation(page, "es", slug=f"pagina-{n}")

        def queries():
            client.get("/sitemap.xml")
            with CaptureQueriesContext(connection) as captured:
                response = client.get("/sitemap.xml")
            return len(captured), response.content.count(b"<url>")

        add_pages(2, 0)
        few, few_urls = queries()
        add_pages(10, 2)
        many, many_urls = queries()
        assert many_urls == few_urls + 20
        assert many == few


class TestRobots:
    def test_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(self, client, site_tree):
        response = client.get("/robots.txt")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/plain")
        lines = response.content.decode().splitlines()
        assert "User-agent: *" in lines
        assert "Disallow: /admin/" in lines
        assert "Sitemap: http://testserver/sitemap.xml" in lines

    def test_the_named_sitemap_exists(self, client, site_tree):
        robots = client.get("/robots.txt").content.decode()
        sitemap_url = next(
            line.split(": ", 1)[1] for line in robots.splitlines() if line.startswith("Sitemap:")
        )
        assert client.get(sitemap_url.replace("http://testserver", "")).status_code == 200


class TestHreflangInHead:
    def test_translated_page_links_both_languages(self, client, about):
        expected = {"en": f"{ROOT}/en/about/", "es": f"{ROOT}/es/sobre-nosotros/"}
        assert head_alternates(client.get("/en/about/").content.decode()) == expected
        assert head_alternates(client.get("/es/sobre-nosotros/").content.decode()) == expected

    def test_home_pages_link_each_other(self, client, site_tree):
        expected = {"en": f"{ROOT}/en/", "es": f"{ROOT}/es/"}
        assert head_alternates(client.get("/es/").content.decode()) == expected

    def test_untranslated_page_links_only_itself(self, client, site_tree):
        StandardPageFactory(parent=site_tree["home"], slug="only-english")
        html = client.get("/en/only-english/").content.decode()
        assert head_alternates(html) == {"en": f"{ROOT}/en/only-english/"}

    def test_views_that_are_not_pages_link_their_translation(self, client, site_tree):
        html = client.get("/en/accounts/login/").content.decode()
        assert head_alternates(html) == {
            "en": "http://testserver/en/accounts/login/",
            "es": "http://testserver/es/accounts/login/",
        }

    def test_head_and_switcher_share_one_query(self, about, django_assert_num_queries):
        page, _ = about
        request = RequestFactory().get("/en/about/")
        navigation.home_page_for(request)  # warm the cached homes and site root paths
        page.get_full_url(request)
        with django_assert_num_queries(1):
            first = navigation.language_options(request, page)
            second = navigation.language_options(request, page)
        assert first is second

    def test_translations_are_asked_once_until_the_next_publish(self, client, site_tree, settings):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        settings.PORTAL_PAGE_CACHE_SECONDS = 0  # measure a real render, not a cached copy
        page = StandardPageFactory(parent=site_tree["home"], slug="about", title="About")

        def render():
            with CaptureQueriesContext(connection) as queries:
                html = client.get("/en/about/").content.decode()
            asked = [
                q
                for q in queries.captured_queries
                if '"wagtailcore_page"."translation_key" =' in q["sql"]
            ]
            switcher = BeautifulSoup(html, "html.parser").select_one("nav.language-switcher")
            return len(asked), switcher.find("a", hreflang="es")["href"]

        assert render()[1] == "/es/"  # no Spanish copy yet: the Spanish home
        assert render() == (0, "/es/")  # kept for the next visitors, with the menus
        publish_translation(page, "es", title="Sobre nosotros", slug="sobre-nosotros")
        asked, link = render()
        assert asked >= 1 and link == "/es/sobre-nosotros/"  # publishing retired it


class TestOpenGraph:
    def test_page_describes_itself_for_sharing(self, client, site_tree):
        StandardPageFactory(
            parent=site_tree["home"],
            slug="workshops",
            title="Parent University",
            intro="Free workshops for families.",
        )
        tags = og(client.get("/en/workshops/").content.decode())
        assert tags["og:type"] == "website"
        assert tags["og:title"] == "Parent University"
        assert tags["og:description"] == "Free workshops for families."
        assert tags["og:url"] == f"{ROOT}/en/workshops/"
        assert tags["og:locale"] == "en_US"
        assert tags["og:site_name"]

    def test_sharing_title_and_image_are_used(self, client, site_tree):
        StandardPageFactory(
            parent=site_tree["home"],
            slug="volunteer",
            title="Volunteer",
            og_title="Help at your child's school",
            listing_image=ImageFactory(title="Volunteers"),
        )
        tags = og(client.get("/en/volunteer/").content.decode())
        assert tags["og:title"] == "Help at your child's school"
        assert tags["og:image"].startswith("http://testserver/")
        assert tags["og:image"].endswith((".png", ".jpg", ".jpeg", ".gif", ".webp"))

    def test_spanish_page_says_so(self, client, site_tree):
        tags = og(client.get("/es/").content.decode())
        assert tags["og:locale"] == "es_US"
        assert tags["og:url"] == f"{ROOT}/es/"
