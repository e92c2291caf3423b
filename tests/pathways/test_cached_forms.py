"""Module and pathway pages come from the page cache for anonymous visitors, forms included.

Each visitor served a cached page gets a CSRF token of their own (the cache keeps a
placeholder), so the quiz and the "Start" button work from a cached page with and
without JavaScript, and a POST without a valid token is still refused.
"""

import re

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pathways.models import Enrollment, QuizAttempt
from portal.page_cache import TOKEN_PLACEHOLDER
from tests.factories import build_course
from tests.factories.records import right_answers
from tests.pathways.test_quiz_taking import post_data

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def course(site_tree):
    return build_course(site_tree, max_attempts=3)


def visitor():
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize("which", ["module", "module_es", "pathway", "pathway_es"])
def test_a_second_visitor_is_served_from_the_cache_without_a_query(course, which):
    url = course[which].url
    assert visitor().get(url)["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        hit = visitor().get(url)
    assert hit["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert TOKEN_PLACEHOLDER.decode() not in hit.content.decode()


def test_every_visitor_gets_their_own_token_and_cookie(course):
    url = course["module"].url
    first = visitor().get(url)
    second, third = visitor(), visitor()
    tokens = [TOKEN.findall(client.get(url).content.decode()) for client in (second, third)]
    assert tokens[0] and tokens[1]
    assert set(tokens[0]).isdisjoint(tokens[1])
    assert set(tokens[0]).isdisjoint(TOKEN.findall(first.content.decode()))
    assert second.cookies["csrftoken"].value != third.cookies["csrftoken"].value


def test_the_quiz_is_taken_from_a_cached_page(course):
    page = course["module"]
    visitor().get(page.url)  # cached now
    parent = visitor()
    cached = parent.get(page.url)
    assert cached["X-Page-Cache"] == "hit"
    token = TOKEN.search(cached.content.decode()).group(1)
    data = {**post_data(right_answers(page)), "csrfmiddlewaretoken": token}
    response = parent.post(page.url, data)
    assert response.status_code == 200
    assert "You passed!" in response.content.decode()
    assert QuizAttempt.objects.get().passed


def test_a_pathway_is_started_from_a_cached_page(course):
    pathway = course["pathway"]
    visitor().get(pathway.url)
    parent = visitor()
    cached = parent.get(pathway.url)
    assert cached["X-Page-Cache"] == "hit"
    token = TOKEN.search(cached.content.decode()).group(1)
    response = parent.post(pathway.url + "start/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Enrollment.objects.count() == 1


@pytest.mark.parametrize("token", [None, "forged" * 8, "placeholder"])
def test_a_post_without_a_valid_token_is_refused(course, token):
    page = course["module"]
    visitor().get(page.url)
    parent = visitor()
    parent.get(page.url)  # a cached page, and the cookie of its token
    data = post_data(right_answers(page))
    if token == "placeholder":
        data["csrfmiddlewaretoken"] = TOKEN_PLACEHOLDER.decode()
    elif token:
        data["csrfmiddlewaretoken"] = token
    assert parent.post(page.url, data).status_code == 403
    assert not QuizAttempt.objects.exists()


def test_publishing_retires_the_cached_copy(course):
    page = course["module"]
    visitor().get(page.url)
    page.title = "How to check grades, updated"
    page.save_revision().publish()
    fresh = visitor().get(page.url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "How to check grades, updated" in fresh.content.decode()
