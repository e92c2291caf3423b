"""Anonymous visitors get cached pages; nobody else does, and publishing retires them."""

import pytest

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
