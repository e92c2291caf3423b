"""A quiz's "attempts allowed" holds across signing out and in (the merge), as an attacker tries.

The attack (probe of 2026-11): three failed attempts on a three-attempt quiz, sign
out, answer again in a fresh anonymous session (the feedback showed the right
answers), pass, sign in. The session's attempts join the account in time order;
the fourth is beyond the limit, so it is kept but passes nothing.
"""

import uuid
from datetime import timedelta

import pytest

from django.db.models import F
from django.utils import timezone

from pathways.learning import attempts_allowed, merge_learner_into_user, submit_quiz
from pathways.models import (
    Enrollment,
    LearningStatement,
    QuizAttempt,
    StepCompletion,
)
from pathways.xapi import events
from portal.factories.users import DEFAULT_PASSWORD
from tests.factories import UserFactory, build_course
from tests.factories.records import right_answers, wrong_answers
from tests.pathways.test_quiz_taking import html, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_tree):
    return build_course(site_tree, max_attempts=3)


def sign_in(client, person):
    response = client.post(
        "/en/accounts/login/", {"login": person.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    return response


def later():
    """Every attempt so far moves five minutes back: the next identical answers are a new
    attempt, not a replay, and the time order stays as it was."""
    QuizAttempt.objects.update(submitted_at=F("submitted_at") - timedelta(minutes=5))


def start_pathway(client, course):
    response = client.post(course["pathway"].url + "start/")
    assert response.status_code == 302


def test_passing_signed_out_after_using_every_attempt_passes_nothing(client, course):
    person = UserFactory(email="ana@example.org")
    module = course["module"]
    sign_in(client, person)
    start_pathway(client, course)
    for _number in range(3):
        submit(client, module, wrong_answers(module))
        later()
    assert "You have used all 3 attempts" in html(client.get(module.url))

    client.post("/en/accounts/logout/")
    start_pathway(client, course)  # the fresh session follows the same pathway
    passed = submit(client, module, right_answers(module))
    assert "You passed!" in html(passed)  # as a visitor: nothing tells them apart yet
    session_step = StepCompletion.objects.get(enrollment__user__isnull=True)
    step_statement = events.step_statement_id(session_step)
    assert LearningStatement.objects.filter(id=step_statement).exists()

    sign_in(client, person)

    attempts = QuizAttempt.objects.filter(user=person).order_by("attempt_number")
    assert [(a.attempt_number, a.passed, a.within_limit) for a in attempts] == [
        (1, False, True),
        (2, False, True),
        (3, False, True),
        (4, True, False),
    ]
    enrollment = Enrollment.objects.get(user=person)
    assert not enrollment.step_completions.filter(step_id=course["steps"]["module"]).exists()
    assert enrollment.completed_at is None
    assert not LearningStatement.objects.filter(id=step_statement).exists()  # unsent: deleted
    page = html(client.get(module.url))
    assert "You have used all 3 attempts" in page
    assert "You have already passed this quiz." not in page
    quizzes = client.get("/en/my-learning/").content.decode().split('id="quizzes-heading"')[1]
    assert "<p>Not passed yet</p>" in quizzes
    assert "<p>Passed</p>" not in quizzes


def test_a_pass_signed_out_before_the_account_used_its_attempts_counts(client, course):
    """The legitimate order: try the quiz as a visitor, pass, then create the account."""
    module = course["module"]
    start_pathway(client, course)
    submit(client, module, wrong_answers(module))
    submit(client, module, right_answers(module))
    person = UserFactory(email="luz@example.org")
    sign_in(client, person)
    attempts = list(
        QuizAttempt.objects.filter(user=person)
        .order_by("attempt_number")
        .values_list("passed", "within_limit")
    )
    assert attempts == [(False, True), (True, True)]
    enrollment = Enrollment.objects.get(user=person)
    assert enrollment.step_completions.filter(step_id=course["steps"]["module"]).exists()
    assert "You have already passed this quiz." in html(client.get(module.url))


def test_the_accounts_own_pass_keeps_its_standing(course):
    """Session failures earlier in time do not take away a pass the account earned."""
    person = UserFactory()
    visitor = uuid.uuid4()
    module = course["module"]
    for _number in range(2):
        submit_quiz(visitor, module, wrong_answers(module), "en")
        later()
    submit_quiz(person, module, wrong_answers(module), "en")
    later()
    submit_quiz(person, module, right_answers(module), "en")

    report = merge_learner_into_user(visitor, person)

    assert report.attempts == 2
    assert report.attempts_beyond_limit == 0
    rows = list(
        QuizAttempt.objects.filter(user=person)
        .order_by("attempt_number")
        .values_list("attempt_number", "passed", "within_limit")
    )
    assert rows[-1] == (4, True, True)  # the account's pass, now fourth in time, still counts


def test_a_sent_statement_about_an_undone_step_is_voided(course):
    from pathways.learning import enroll

    person = UserFactory()
    visitor = uuid.uuid4()
    module = course["module"]
    for _number in range(3):
        submit_quiz(person, module, wrong_answers(module), "en")
        later()
    enroll(visitor, course["pathway"], "en")
    submit_quiz(visitor, module, right_answers(module), "en")
    step = StepCompletion.objects.get(enrollment__learner_key=visitor)
    sent = events.step_statement_id(step)
    LearningStatement.objects.filter(id=sent).update(sent_at=timezone.now())

    report = merge_learner_into_user(visitor, person)

    assert report.steps_undone == 1
    assert report.attempts_beyond_limit == 1
    kept = LearningStatement.objects.get(id=sent)  # what the store has stays as sent
    voiding = LearningStatement.objects.get(verb="voided")
    assert voiding.statement["object"] == {"objectType": "StatementRef", "id": str(sent)}
    assert kept.user == person and voiding.user == person  # both are the person's now
    assert voiding.sent_at is None  # sent with the next batch


def test_the_limit_is_the_strictest_language_copy(course):
    module_es = course["module_es"]
    module_es.quiz_max_attempts = 2
    module_es.save_revision().publish()
    assert attempts_allowed(course["module"].translation_key) == 2
    module_es.quiz_max_attempts = 0
    module_es.save_revision().publish()
    course["module"].quiz_max_attempts = 0
    course["module"].save_revision().publish()
    assert attempts_allowed(course["module"].translation_key) == 0
