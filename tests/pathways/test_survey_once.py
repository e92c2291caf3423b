"""One answer per survey, phase and pathway: a repeat is refused and changes nothing.

Probe of 2026-11: twenty different "before" answers from one account were all
stored, inflating the response counts. The first answer now stands (why: see
``pathways.learning.assessments``); the same answers sent again are a replay.
"""

import uuid

import pytest

from django.utils import translation

from pathways.learning import AlreadyAnswered, submit_survey
from pathways.models import SurveyResponse
from tests.factories import UserFactory, build_course
from tests.factories.records import survey_answers
from tests.pathways.test_pathway_journey import form_data

pytestmark = pytest.mark.django_db

LANGUAGES = pytest.mark.parametrize("lang", ["en", "es"], ids=["english", "spanish"])


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


@pytest.mark.parametrize("who", ["person", "visitor"], ids=["signed-in", "anonymous"])
def test_a_second_different_answer_is_refused(course, who):
    actor = UserFactory() if who == "person" else uuid.uuid4()
    first = submit_survey(
        actor, course["survey"], "pre", survey_answers(course["survey"], 2), "en", course["pathway"]
    )
    with pytest.raises(AlreadyAnswered) as refused:
        submit_survey(
            actor,
            course["survey_es"],
            "pre",
            survey_answers(course["survey"], 5),
            "es",
            course["pathway_es"],  # the other language's copy is the same pathway
        )
    assert refused.value.response.pk == first.pk
    assert SurveyResponse.objects.count() == 1
    # Another phase is another answer.
    submit_survey(
        actor,
        course["survey"],
        "post",
        survey_answers(course["survey"], 4),
        "en",
        course["pathway"],
    )
    assert SurveyResponse.objects.count() == 2


@LANGUAGES
def test_the_page_says_it_was_answered_and_refuses_a_repeat(client, course, lang):
    person = UserFactory(preferred_language=lang)
    client.force_login(person)
    pathway = course["pathway_es" if lang == "es" else "pathway"]
    survey = course["survey_es" if lang == "es" else "survey"]
    url = pathway.url + "survey/pre/"
    assert client.post(url, form_data(survey, 2)).status_code == 302

    shown = client.get(url)
    html = shown.content.decode()
    with translation.override(lang):
        answered = translation.gettext(
            "Each survey is answered once, so that your first answers can be compared with "
            "your later ones."
        )
        not_saved = translation.gettext("Your new answers were not saved.")
    assert shown.status_code == 200
    assert answered in html
    assert 'class="survey-form"' not in html  # no form to fill in again

    repeat = client.post(url, form_data(survey, 5))
    assert repeat.status_code == 409
    assert not_saved in repeat.content.decode()
    stored = SurveyResponse.objects.get(user=person)
    assert set(stored.answers.values()) == {2}

    replay = client.post(url, form_data(survey, 2))  # the same answers again: fine
    assert replay.status_code == 302
    assert SurveyResponse.objects.filter(user=person).count() == 1


def test_a_visitor_without_a_session_still_gets_the_form(client, course):
    html = client.get(course["pathway"].url + "survey/pre/").content.decode()
    assert 'class="survey-form"' in html
    assert "sessionid" not in client.cookies  # reading the form starts no session
