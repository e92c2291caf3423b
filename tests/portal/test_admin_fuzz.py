"""The fuzzing that found admin 500s, kept as tests (probe of 2026-11).

Every admin listing with a search box is searched with awkward words (the ones
full-text engines treat as syntax, quotes, accents, emoji, very long, a null
byte), and every place that follows a ``next`` parameter gets values that are
not paths. Nothing may answer 500; a redirect never leaves the site.
"""

from urllib.parse import urlencode

import pytest

from django.urls import reverse

from wagtail.snippets.models import get_snippet_models

from portal import roles
from portal.factories.users import DEFAULT_PASSWORD
from tests.factories import RegionFactory, SchoolFactory, StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db

SEARCHES = [
    "Canyon",
    "North",
    "VS-N01",
    "niño",
    "ñ",
    '"',
    "'",
    "*",
    "-",
    "a OR b",
    "NEAR(a b)",
    "name:x",
    "code:VS",
    "%_\\",
    "()",
    "<script>alert(1)</script>",
    "🙂",
    "x" * 300,
    "a\x00b",
]

LISTINGS = [
    *(model.snippet_viewset.get_url_name("list") for model in get_snippet_models()),
    "wagtailadmin_pages:search",
    "wagtailimages:index",
    "wagtaildocs:index",
    "wagtailusers_users:index",
    "wagtailusers_groups:index",
    "wagtailredirects:index",
]

NOT_PATHS = [
    "dashboard",
    "admin",
    "//evil.example/",
    "https://evil.example/",
    "http:/\\evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "%2F%2Fevil.example",
    " /admin/",
    "",
]


@pytest.fixture
def district(site_tree):
    region = RegionFactory(name="North", slug="north")
    SchoolFactory(name="Canyon View Elementary", code="VS-N01", region=region)
    StandardPageFactory(parent=site_tree["home"], title="Canyon walks", slug="canyon")
    return region


def is_local(location):
    return location.startswith("/") and not location.startswith(("//", "/\\"))


@pytest.mark.parametrize("listing", LISTINGS)
def test_admin_searches_never_fail(client, district, listing):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    url = reverse(listing)
    for words in SEARCHES:
        response = client.get(f"{url}?{urlencode({'q': words})}")
        assert response.status_code == 200, (listing, words, response.status_code)


@pytest.mark.parametrize(
    "role", [roles.FAMILY_ENGAGEMENT_STAFF, roles.COMMUNICATIONS_STAFF, roles.VOLUNTEER_SERVICES]
)
def test_school_and_region_searches_find_by_name_and_code_for_every_role(client, district, role):
    client.force_login(UserFactory(roles=[role]))
    schools = reverse("wagtailsnippets_portal_school:list")
    regions = reverse("wagtailsnippets_portal_region:list")
    for url, words, expected in [
        (schools, "Canyon", "Canyon View Elementary"),
        (schools, "VS-N01", "Canyon View Elementary"),
        (schools, "cany", "Canyon View Elementary"),  # part of a word, as typed
        (regions, "North", "North"),
    ]:
        response = client.get(f"{url}?{urlencode({'q': words})}")
        assert response.status_code == 200
        assert expected in response.content.decode()


@pytest.mark.parametrize("value", NOT_PATHS)
def test_admin_login_while_signed_in_goes_home_for_any_next(client, district, value):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get(f"{reverse('wagtailadmin_login')}?{urlencode({'next': value})}")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_admin_login_still_follows_a_real_path(client, district):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    target = reverse("wagtailsnippets_portal_school:list")
    response = client.get(f"{reverse('wagtailadmin_login')}?{urlencode({'next': target})}")
    assert response["Location"] == target


@pytest.mark.parametrize("value", NOT_PATHS)
def test_signing_in_with_any_next_stays_on_the_site(client, district, value):
    person = UserFactory(is_superuser=True, is_staff=True)
    for url in (reverse("wagtailadmin_login"), "/en/accounts/login/"):
        client.logout()
        field = "username" if url.startswith("/admin") else "login"
        response = client.post(
            url, {field: person.email, "password": DEFAULT_PASSWORD, "next": value}
        )
        assert response.status_code == 302, (url, value, response.status_code)
        assert is_local(response["Location"]), (url, value, response["Location"])


@pytest.mark.parametrize("value", NOT_PATHS)
def test_admin_actions_that_return_to_next_never_fail(client, site_tree, value):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    page = StandardPageFactory(parent=site_tree["home"], title="Old news", slug="old-news")
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]), {"next": value})
    assert response.status_code == 302
    assert is_local(response["Location"])
    response = client.get(
        f"{reverse('wagtailadmin_pages:delete', args=[page.pk])}?{urlencode({'next': value})}"
    )
    assert response.status_code == 200


@pytest.mark.parametrize("value", NOT_PATHS)
def test_language_switch_with_any_next_stays_on_the_site(client, site_tree, value):
    response = client.post(reverse("set_language"), {"language": "es", "next": value})
    assert response.status_code == 302
    assert is_local(response["Location"])
