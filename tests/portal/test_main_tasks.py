"""The first screen: the portal's main tasks in the visitor's language, each only when its
page is live; "continue where you left off" for someone with progress, never in the copy
cached for everyone; and the same tasks on the page-not-found page."""

import pytest

from django.test import override_settings

from wagtail.models import Site

from pathways.learning import enroll
from portal.models import SiteSettings
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db

WORDS = {
    "en": {
        "ask": "What would you like to do?",
        "learn": "Learn step by step",
        "center": "Your Family Engagement Center",
        "continue": "Continue where you left off",
    },
    "es": {
        "ask": "¿Qué desea hacer?",
        "learn": "Aprenda paso a paso",
        "center": "Su Centro de Participación Familiar",
        "continue": "Continúe donde se quedó",
    },
}


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


def first_screen(html):
    """The hero: what a phone shows before any scrolling."""
    return html[html.index('<section class="hero">') : html.index("</section>")]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_home_page_opens_with_the_main_tasks(client, course, lang):
    hero = first_screen(client.get(f"/{lang}/").content.decode())
    words = WORDS[lang]
    assert words["ask"] in hero and words["learn"] in hero and words["center"] in hero
    learn = course["pathway"].get_parent() if lang == "en" else course["pathway_es"].get_parent()
    assert f'href="{learn.url}"' in hero
    assert words["continue"] not in hero  # no progress yet


def test_a_task_whose_page_is_not_live_is_not_offered(client, course):
    course["pathway"].get_parent().unpublish()
    with override_settings(PORTAL_PAGE_CACHE_SECONDS=0):
        hero = first_screen(client.get("/en/").content.decode())
    assert "Learn step by step" not in hero and "Your Family Engagement Center" in hero


@pytest.mark.parametrize("lang", ["en", "es"])
def test_continue_where_you_left_off_leads_to_the_next_step(client, course, lang):
    person = UserFactory(preferred_language=lang)
    pathway = course["pathway" if lang == "en" else "pathway_es"]
    enroll(person, pathway, lang)
    client.force_login(person)
    hero = first_screen(client.get(f"/{lang}/").content.decode())
    assert WORDS[lang]["continue"] in hero
    assert pathway.survey_url("pre") in hero  # the "before" survey is the first step
    assert hero.index(WORDS[lang]["continue"]) < hero.index(WORDS[lang]["learn"])


def test_progress_is_never_in_the_page_cached_for_everyone(client, course):
    person = UserFactory()
    enroll(person, course["pathway"], "en")
    client.force_login(person)
    assert "Continue where you left off" in client.get("/en/").content.decode()
    client.logout()
    client.cookies.clear()
    for _visit in range(2):  # a fresh render, then the cached copy
        assert "Continue where you left off" not in client.get("/en/").content.decode()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_page_not_found_offers_the_tasks_and_the_phone(client, course, lang):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_phone = "+15595550100"
    site_settings.save()
    response = client.get(f"/{lang}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert WORDS[lang]["ask"] in html and WORDS[lang]["learn"] in html
    assert 'href="tel:+15595550100"' in html
