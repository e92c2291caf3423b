"""Anonymous visitors get cached pages; nobody else does, and publishing retires them."""

import pytest

from django.test import override_settings

from tests.factories import StandardPageFactory, UserFactory


@pytest.fixture
def about(site_tree):
    return StandardPageFactory(parent=site_tree["home"], title="About us", slug="about")


def test_second_anonymous_visit_is_served_from_the_cache(
    client, about, django_assert_max_num_queries
):
    client.get("/en/")  # the first visit ever creates the site settings row
    first = client.get("/en/about/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_max_num_queries(0):
        second = client.get("/en/about/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_languages_are_cached_separately(client, site_tree):
    client.get("/en/")
    response = client.get("/es/")
    assert response["X-Page-Cache"] == "miss"
    assert 'lang="es"' in response.content.decode()


def test_publishing_any_page_retires_cached_pages(client, about):
    client.get("/en/about/")
    about.title = "About the office"
    about.save_revision().publish()
    response = client.get("/en/about/")
    assert response["X-Page-Cache"] == "miss"
    assert "About the office" in response.content.decode()


def test_signed_in_people_never_get_or_fill_the_cache(client, about):
    client.get("/en/about/")  # an anonymous copy is now cached
    client.force_login(UserFactory())
    response = client.get("/en/about/")
    assert "X-Page-Cache" not in response
    assert "Sign out" in response.content.decode()
    client.logout()


def test_a_visitor_with_a_session_bypasses_the_cache(client, about):
    client.get("/en/about/")
    client.cookies["sessionid"] = "not-a-real-session"
    response = client.get("/en/about/")
    assert "X-Page-Cache" not in response


def test_making_a_page_private_retires_its_cached_copy(client, about):
    from wagtail.models import PageViewRestriction

    assert client.get("/en/about/").status_code == 200
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/en/about/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"] or "login" in response["Location"]


@override_settings(PORTAL_PAGE_CACHE_SECONDS=0)
def test_a_restriction_on_an_ancestor_applies_at_once_without_the_page_cache(client, about):
    """Whether any page is restricted is known from the cache (no query per page view); a
    restriction saved later is honoured on the next request, on the page's children too."""
    from wagtail.models import PageViewRestriction

    from portal.factories import StandardPageFactory

    child = StandardPageFactory(parent=about, title="Staff only notes", slug="notes")
    assert client.get(child.url).status_code == 200
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(child.url).status_code == 302


def test_the_site_is_found_from_the_cache_until_a_site_changes(client, site_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/en/", HTTP_HOST="127.0.0.1")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/?again=1", HTTP_HOST="127.0.0.1")
    assert not any("wagtailcore_site" in q["sql"] for q in queries)
    site = site_tree["site"]
    site.site_name = "Renamed"
    site.save()
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/?third=1", HTTP_HOST="127.0.0.1")
    assert any("wagtailcore_site" in q["sql"] for q in queries)
