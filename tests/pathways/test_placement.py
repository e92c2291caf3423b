"""A module knows its pathways: "Step 2 of 3 in …", the next step after the quiz, and the
pathways that include it for someone who has not started one."""

import pytest

from django.test import override_settings

from pathways.learning import enroll, submit_quiz
from pathways.placement import placement_of
from tests.factories import UserFactory, build_course
from tests.factories.records import right_answers

from .test_quiz_taking import submit

pytestmark = pytest.mark.django_db

WORDS = {
    "en": {"step": "Step 2 of 3 in", "next": "Next: ", "part": "Part of a pathway"},
    "es": {"step": "Paso 2 de 3 en", "next": "Siguiente: ", "part": "Parte de una ruta"},
}


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


def pages(course, lang):
    suffix = "_es" if lang == "es" else ""
    return course[f"module{suffix}"], course[f"pathway{suffix}"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_visitor_who_has_not_started_sees_the_pathways_that_include_it(client, course, lang):
    module, pathway = pages(course, lang)
    html = client.get(module.url).content.decode()
    assert WORDS[lang]["part"] in html
    assert f'href="{pathway.url}"' in html
    assert WORDS[lang]["step"] not in html


@pytest.mark.parametrize("lang", ["en", "es"])
def test_on_the_pathway_the_module_says_which_step_and_offers_the_next(client, course, lang):
    module, pathway = pages(course, lang)
    person = UserFactory()
    enroll(person, pathway, lang)
    client.force_login(person)
    before = client.get(module.url).content.decode()
    assert WORDS[lang]["step"] in before
    assert WORDS[lang]["next"] not in before  # the quiz first
    response = submit(client, module, right_answers(module))
    after = response.content.decode()
    assert WORDS[lang]["next"] in after
    assert pathway.survey_url("post") in after  # the "after" survey comes next


def test_the_next_step_is_the_first_left_even_before_this_one(course):
    person = UserFactory()
    enroll(person, course["pathway"], "en")
    submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    from django.test import RequestFactory

    request = RequestFactory().get(course["module"].url)
    request.user = person
    request.session = {}
    placement = placement_of(course["module"], request)
    assert placement.current.number == 2 and placement.done
    assert placement.next_step.kind == "survey"  # "after" first, then "before" (left over)
    assert placement.next_step.step_id == str(course["steps"]["post"])


def test_another_persons_pathway_is_not_shown_as_mine(client, course):
    enroll(UserFactory(), course["pathway"], "en")
    client.force_login(UserFactory())
    html = client.get(course["module"].url).content.decode()
    assert "Step 2 of 3" not in html and "Part of a pathway" in html


def test_unpublishing_the_pathway_takes_it_off_the_module(client, course):
    with override_settings(PORTAL_PAGE_CACHE_SECONDS=0):
        assert "Part of a pathway" in client.get(course["module"].url).content.decode()
        course["pathway"].unpublish()
        assert "Part of a pathway" not in client.get(course["module"].url).content.decode()
