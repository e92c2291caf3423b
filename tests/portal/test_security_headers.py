"""Content-Security-Policy on every page, and personal pages kept out of every cache.

Probe of 2026-11: no CSP at all, and My learning, the account page and the
principal's view sent no Cache-Control. The browser tests check that the policy
blocks nothing the site itself needs (tests/browser/test_content_security_policy.py).
"""

import re

import pytest

from django.test import override_settings

from pathways.factories import HowToModulePageFactory, list_items, stream
from tests.factories import UserFactory, build_course
from tests.factories.school_learning import build_school, leader

pytestmark = pytest.mark.django_db


def policy(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.fixture
def module_with_steps(site_tree):
    course = build_course(site_tree)
    learn = course["module"].get_parent()
    page = HowToModulePageFactory(
        parent=learn,
        title="Check grades step by step",
        slug="steps",
        body=stream(
            (
                "steps",
                {
                    "heading": "Check grades",
                    "steps": list_items([{"title": "Open the portal", "text": "Sign in."}]),
                },
            )
        ),
    )
    page.save_revision().publish()
    return page


def test_the_public_site_runs_no_inline_script_or_style(client, module_with_steps):
    for url in ("/en/", "/es/", module_with_steps.url, "/en/accounts/login/"):
        response = client.get(url)
        assert response.status_code == 200
        directives = policy(response)
        header = response["Content-Security-Policy"]
        assert "'unsafe-inline'" not in header and "'unsafe-eval'" not in header
        assert directives["default-src"] == ["'self'"]
        assert directives["style-src"] == ["'self'"]
        assert directives["script-src"][0] == "'self'"
        assert directives["object-src"] == ["'none'"]
        assert directives["base-uri"] == ["'self'"]
        assert directives["form-action"] == ["'self'"]
        assert directives["frame-ancestors"] == ["'self'"]
        assert directives["frame-src"] == [
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ]
        html = response.content.decode()
        assert not re.search(r"<script(?![^>]*\b(src|type=\"application/(ld\+)?json\"))", html)
        assert " style=" not in html


@override_settings(PORTAL_PAGE_CACHE_SECONDS=0)
def test_json_ld_carries_the_requests_nonce(client, module_with_steps):
    response = client.get(module_with_steps.url)
    nonce = re.search(
        r'<script type="application/ld\+json" nonce="([^"]+)"', response.content.decode()
    )
    assert nonce, "the HowTo JSON-LD has a nonce"
    assert f"'nonce-{nonce.group(1)}'" in policy(response)["script-src"]
    again = client.get(module_with_steps.url)
    assert nonce.group(1) not in again["Content-Security-Policy"]  # a new one each time


def test_a_cached_copy_never_reuses_a_nonce_in_its_header(client, module_with_steps):
    first = client.get(module_with_steps.url)
    hit = client.get(module_with_steps.url)
    assert hit["X-Page-Cache"] == "hit"
    old = re.search(r'nonce="([^"]+)"', first.content.decode()).group(1)
    assert old not in hit["Content-Security-Policy"]


def test_the_admin_has_its_own_policy_without_eval(client, site_tree):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get("/admin/")
    directives = policy(response)
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["base-uri"] == ["'self'"]


PERSONAL = ["/en/account/", "/es/account/", "/en/my-learning/", "/es/my-learning/"]


@pytest.mark.parametrize("url", PERSONAL)
def test_personal_pages_are_private_and_not_stored(client, site_tree, url):
    client.force_login(UserFactory())
    response = client.get(url)
    assert response.status_code == 200
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= control


def test_the_principals_view_is_private_and_not_stored(client, site_tree):
    client.force_login(leader(build_school("Lincoln Elementary", "LIN")))
    response = client.get("/en/my-school/learning/")
    assert response.status_code == 200
    assert {"private", "no-store"} <= {p.strip() for p in response["Cache-Control"].split(",")}


def test_any_page_for_a_signed_in_person_is_private(client, site_tree):
    client.force_login(UserFactory())
    response = client.get("/en/")
    assert {"private", "no-store"} <= {p.strip() for p in response["Cache-Control"].split(",")}


def test_anonymous_pages_stay_shareable(client, site_tree):
    response = client.get("/en/")
    assert "private" not in response.get("Cache-Control", "")
    assert client.get("/en/")["X-Page-Cache"] == "hit"
