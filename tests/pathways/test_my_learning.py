"""My learning: a signed-in person's own enrollments, quiz results, surveys and certificates."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from pathways.learning import enroll, submit_quiz, submit_survey
from tests.factories import UserFactory, build_course
from tests.factories.records import (
    CertificateFactory,
    EnrollmentFactory,
    QuizAttemptFactory,
    SurveyResponseFactory,
    right_answers,
    survey_answers,
    wrong_answers,
)

pytestmark = pytest.mark.django_db

URL = "/en/my-learning/"


def test_url_name_resolves_under_the_language_prefix():
    with translation.override("en"):
        assert reverse("pathways:my_learning") == URL


@pytest.mark.parametrize("path", [URL, "/es/my-learning/"], ids=["en", "es"])
def test_anonymous_visitor_is_sent_to_sign_in_with_next(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert f"next={path}" in response["Location"].replace("%2F", "/")


def test_shows_the_persons_own_records_only(client):
    person = UserFactory()
    other = UserFactory()
    EnrollmentFactory(user=person, pathway_title="Mine: reading together")
    EnrollmentFactory(user=other, pathway_title="Someone else's pathway")
    QuizAttemptFactory(user=person, module_title="My quiz module")
    QuizAttemptFactory(user=other, module_title="Their quiz module")
    SurveyResponseFactory(user=person, instrument_name="My confidence survey")
    SurveyResponseFactory(user=other, instrument_name="Their survey")
    mine = CertificateFactory(enrollment=EnrollmentFactory(user=person), code="MINE23456789")
    theirs = CertificateFactory(enrollment=EnrollmentFactory(user=other), code="THEIRS234567")
    client.force_login(person)
    html = client.get(URL).content.decode()
    for text in ["Mine: reading together", "My quiz module", "My confidence survey", mine.code]:
        assert text in html
    for text in ["Someone else", "Their quiz module", "Their survey", theirs.code]:
        assert text not in html
    assert f'href="/en/verify/{mine.code}/"' in html


def test_quiz_results_show_best_last_attempts_and_passed(client):
    person = UserFactory()
    quiz = QuizAttemptFactory(user=person, module_title="Grades", percent=90, passed=True)
    QuizAttemptFactory(
        user=person,
        learner_key=quiz.learner_key,
        module_key=quiz.module_key,
        module_title="Grades",
        attempt_number=2,
        percent=40,
        passed=False,
    )
    client.force_login(person)
    html = client.get(URL).content.decode()
    assert "Best score 90%, last score 40%" in html
    assert "2 attempts" in html
    assert "Passed" in html


def test_progress_percent_and_completed_date_from_real_pathway(client, site_tree):
    course = build_course(site_tree)
    person = UserFactory()
    enroll(person, course["pathway"], "en")
    submit_survey(
        person, course["survey"], "pre", survey_answers(course["survey"]), "en", course["pathway"]
    )
    submit_quiz(person, course["module"], wrong_answers(course["module"]), "en")
    client.force_login(person)
    html = client.get(URL).content.decode()
    assert "Partnering with your child&#x27;s school" in html
    assert "33% done" in html
    # Continue where they left off: the module (its quiz not passed yet), by its address.
    assert f'href="{course["module"].url}">Continue: How to check grades</a>' in html
    submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    submit_survey(
        person, course["survey"], "post", survey_answers(course["survey"]), "en", course["pathway"]
    )
    html = client.get(URL).content.decode()
    assert "Completed " in html
    assert "% done" not in html
    assert "Continue" not in html


def test_empty_page_says_so(client):
    client.force_login(UserFactory())
    html = client.get(URL).content.decode()
    assert "You have not started a pathway yet." in html
    assert "Pathways that give a certificate show it here when you complete them." in html


def test_spanish_page_is_translated_chrome(client):
    client.force_login(UserFactory())
    response = client.get("/es/my-learning/")
    assert response.status_code == 200
    assert '<html lang="es"' in response.content.decode()


def _records(person, number, course):
    for _index in range(number):
        enrollment = EnrollmentFactory(user=person, language="en")
        CertificateFactory(enrollment=enrollment)
        QuizAttemptFactory(user=person)
        SurveyResponseFactory(user=person)
    # One enrollment in a real pathway, so progress is computed too.
    enroll(person, course["pathway"], "en")


def _count_queries(client, person):
    client.force_login(person)
    client.get(URL)  # warm caches (site, settings)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_records(client, site_tree):
    course = build_course(site_tree)
    few, many = UserFactory(), UserFactory()
    _records(few, 2, course)
    _records(many, 20, course)
    assert _count_queries(client, few) == _count_queries(client, many) <= 15


def test_account_links_show_my_learning_only_when_signed_in(client, site_tree):
    assert 'href="/en/my-learning/"' not in client.get("/en/").content.decode()
    client.force_login(UserFactory())
    assert 'href="/en/my-learning/"' in client.get("/en/").content.decode()


def test_started_date_is_shown(client):
    person = UserFactory()
    EnrollmentFactory(user=person, started_at=timezone.now())
    client.force_login(person)
    assert "Started " in client.get(URL).content.decode()
