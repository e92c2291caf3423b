"""Signing in or up from a page brings the person back to it, even after confirming
their email; the header's links carry the page as ``next``."""

import re
from urllib.parse import quote

import pytest

from django.core import mail

from portal.factories.users import DEFAULT_PASSWORD
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


def header_links(html):
    return re.findall(r'href="(/(?:en|es)/accounts/(?:login|signup)/[^"]*)"', html)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_header_links_carry_the_page(client, course, lang):
    pathway = course["pathway" if lang == "en" else "pathway_es"]
    links = header_links(client.get(pathway.url).content.decode())
    assert links and all(link.endswith(f"?next={quote(pathway.url, safe='')}") for link in links)


def test_no_return_to_the_home_page_or_the_account_pages(client, site_tree):
    for url in ("/en/", "/es/", "/en/accounts/login/"):
        links = header_links(client.get(url).content.decode())
        assert all("next=" not in link for link in links), url


def test_the_query_string_comes_back_too(client, site_tree, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    html = client.get("/en/accounts/login/?x=1").content.decode()
    assert "next=" not in html  # an account page
    # A page with a query string (a filtered list) keeps it.
    from tests.factories import StandardPageFactory

    StandardPageFactory(parent=site_tree["home"], slug="about")
    links = header_links(client.get("/en/about/?a=1&b=2").content.decode())
    assert all(link.endswith("?next=%2Fen%2Fabout%2F%3Fa%3D1%26b%3D2") for link in links)


def test_signing_in_returns_to_the_pathway(client, course):
    person = UserFactory(email="ana@example.org")
    pathway = course["pathway"]
    response = client.post(
        f"/en/accounts/login/?next={pathway.url}",
        {"login": person.email, "password": DEFAULT_PASSWORD},
    )
    assert response.status_code == 302 and response["Location"] == pathway.url


def test_signing_up_and_confirming_the_email_returns_to_the_pathway(client, course):
    pathway = course["pathway_es"]
    client.post(
        f"/es/accounts/signup/?next={pathway.url}",
        {
            "email": "nueva@example.org",
            "password1": "una-Clave-larga-2026",
            "password2": "una-Clave-larga-2026",
            "preferred_language": "es",
            "next": pathway.url,
        },
    )
    link = re.search(r"https?://\S+/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    response = client.post(re.sub(r"^https?://[^/]+", "", link))
    assert response.status_code == 302 and response["Location"] == pathway.url
