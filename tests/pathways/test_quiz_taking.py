"""Taking a module's quiz on its page: the form, scoring, feedback, limits and safety."""

import re
from datetime import timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from pathways.forms import field_name, ordered_questions
from pathways.models import QuizAttempt, QuizItemResponse
from portal.factories.users import DEFAULT_PASSWORD
from tests.factories import UserFactory, build_course
from tests.factories.records import right_answers, wrong_answers

pytestmark = pytest.mark.django_db

LANGUAGES = pytest.mark.parametrize("lang", ["en", "es"], ids=["english", "spanish"])
SIGNED_IN_BUDGET = 15


@pytest.fixture
def course(site_tree):
    return build_course(site_tree, max_attempts=3)


def module_in(course, lang):
    return course["module_es" if lang == "es" else "module"]


def post_data(answers):
    return {field_name(question_id): value for question_id, value in answers.items()}


def submit(client, page, answers, **extra):
    return client.post(page.url, post_data(answers), **extra)


def html(response):
    return response.content.decode()


# The English wording (msgids); in Spanish the test expects the catalog's translation.
TEXT = {
    "heading": "Check what you learned",
    "submit": "Submit my answers",
    "required": "Choose an answer to question %(number)s.",
    "passed": "You passed!",
    "failed": "Not passed yet",
    "retry": "Try again",
    "exhausted": "You have used all 3 attempts this quiz allows",
    "signup": "to keep your progress",
}


def text(lang, key):
    """What the page says in `lang` (whole sentences only are looked up in the catalog)."""
    from django.utils import translation

    with translation.override(lang):
        wording = translation.gettext(TEXT[key])
    return wording % {"number": 1} if key == "required" else wording


class TestForm:
    @LANGUAGES
    def test_every_question_is_a_fieldset_with_native_inputs(self, client, course, lang):
        page = module_in(course, lang)
        content = html(client.get(page.url))
        assert text(lang, "heading") in content
        assert text(lang, "submit") in content
        assert 'name="csrfmiddlewaretoken"' in content
        assert content.count('<fieldset class="quiz-question"') == 3
        assert content.count('<legend class="quiz-question__legend">') == 3
        # Numbered in the legend, one instruction each, every choice a label to tap.
        number = {"en": "Question 1 of 3", "es": "Pregunta 1 de 3"}[lang]
        assert content.count(number) == 1
        assert content.count('class="quiz-question__hint"') == 3
        assert content.count('<label class="quiz-choice"') == sum(
            len(q["choices"]) for q in page.quiz_definition()["questions"]
        )
        definition = page.quiz_definition()
        for question in definition["questions"]:
            kind = "checkbox" if question["kind"] == "multiple" else "radio"
            name = field_name(question["question_id"])
            for choice in question["choices"]:
                assert re.search(
                    rf'<input type="{kind}" name="{re.escape(name)}" value="{choice["choice_id"]}"',
                    content,
                ), choice["text"]
        # Spanish page, Spanish questions (the translation's copy of the quiz).
        assert definition["questions"][0]["prompt"].replace("'", "&#x27;") in content

    def test_shuffled_order_depends_on_the_attempt_number_only(self, course):
        module = course["module"]
        module.quiz_shuffle = True
        definition = module.quiz_definition()
        ids = [q["question_id"] for q in definition["questions"]]

        def order(seed):
            return [q["question_id"] for q in ordered_questions(definition, seed)]

        assert order(1) == order(1)
        assert sorted(order(1)) == sorted(ids)
        assert len({tuple(order(seed)) for seed in range(1, 12)}) > 1
        definition["shuffle"] = False
        assert order(1) == ids == order(7)

    def test_shuffled_page_shows_the_questions_in_the_attempts_order(self, client, course):
        module = course["module"]
        module.quiz_shuffle = True
        module.save_revision().publish()
        definition = module.quiz_definition()
        content = html(client.get(module.url))
        shown = [
            content.index(q["prompt"].replace("'", "&#x27;"))
            for q in ordered_questions(definition, 1)
        ]
        assert shown == sorted(shown)


class TestTakingTheQuiz:
    @LANGUAGES
    def test_fail_then_pass(self, client, course, lang):
        page = module_in(course, lang)
        failed = submit(client, page, wrong_answers(page))
        assert failed.status_code == 200
        content = html(failed)
        assert text(lang, "failed") in content
        assert "quiz-result--failed" in content
        assert lang == "es" or ("0 of 3" in content and "The pass mark is 70%." in content)
        assert text(lang, "retry") in content  # attempts remain: a new form
        assert content.count('<fieldset class="quiz-question"') == 3
        # Per-question feedback: the chosen choice's note, the right answer, the explanation.
        assert "Grades are online all year." in content  # the chosen choice's feedback
        assert content.count("quiz-feedback__choice--right") == 4
        assert content.count("quiz-feedback__choice--chosen") == 3
        explanation = page.quiz_definition()["questions"][2]["explanation"]
        assert explanation and explanation in content

        passed = submit(client, page, right_answers(page))
        content = html(passed)
        assert text(lang, "passed") in content and "quiz-result--passed" in content
        assert lang == "es" or "3 of 3" in content
        assert '<fieldset class="quiz-question"' not in content  # no form after a pass
        attempts = QuizAttempt.objects.order_by("attempt_number")
        assert [(a.attempt_number, a.passed, a.language) for a in attempts] == [
            (1, False, lang),
            (2, True, lang),
        ]
        assert QuizItemResponse.objects.count() == 6

    def test_chosen_choice_feedback_is_shown(self, client, course):
        page = course["module"]
        content = html(submit(client, page, wrong_answers(page)))
        assert "Grades are online all year." in content
        assert "Notes help you remember." in content
        assert "Yes: open “Grades”." not in content  # feedback of a choice not chosen

    def test_attempts_run_out(self, client, course):
        page = course["module"]
        for _number in range(3):
            content = html(submit(client, page, wrong_answers(page)))
            # Out of the replay window, so the same answers count as a new attempt.
            QuizAttempt.objects.update(submitted_at=timezone.now() - timedelta(minutes=5))
        assert text("en", "exhausted") in content
        assert '<fieldset class="quiz-question"' not in content
        assert text("en", "retry") not in content
        again = submit(client, page, right_answers(page))
        assert again.status_code == 409
        assert text("en", "exhausted") in html(again)
        assert QuizAttempt.objects.count() == 3
        # The page itself, later, says so too.
        content = html(client.get(page.url))
        assert text("en", "exhausted") in content
        assert text("en", "submit") not in content

    def test_double_submission_keeps_one_attempt(self, client, course):
        page = course["module"]
        first = submit(client, page, wrong_answers(page))
        second = submit(client, page, wrong_answers(page))
        assert first.status_code == second.status_code == 200
        assert QuizAttempt.objects.count() == 1
        assert "0 of 3" in html(second)


class TestInvalidInput:
    @LANGUAGES
    def test_unanswered_questions_are_errors_and_nothing_is_saved(self, client, course, lang):
        page = module_in(course, lang)
        answers = right_answers(page)
        first = page.quiz_definition()["questions"][0]["question_id"]
        del answers[first]
        response = submit(client, page, answers)
        content = html(response)
        assert text(lang, "required") in content
        assert 'aria-describedby="id_q-' in content
        assert QuizAttempt.objects.count() == 0
        # The other answers are kept, so nothing has to be chosen twice.
        assert content.count("checked") >= 2

    @pytest.mark.parametrize(
        "forge",
        ["choice", "question", "two_choices_for_one"],
        ids=["unknown-choice", "unknown-question", "two-answers-to-a-single"],
    )
    def test_forged_answers_are_refused_and_nothing_is_saved(self, client, course, forge):
        page = course["module"]
        questions = page.quiz_definition()["questions"]
        data = post_data(right_answers(page))
        first = field_name(questions[0]["question_id"])
        if forge == "choice":
            data[first] = "not-a-choice"
        elif forge == "question":
            data[field_name("not-a-question")] = questions[0]["choices"][0]["choice_id"]
        else:
            data[first] = [c["choice_id"] for c in questions[0]["choices"]]
        response = client.post(page.url, data)
        content = html(response)
        assert 'class="form-errors' in content
        assert "You passed" not in content
        assert QuizAttempt.objects.count() == 0

    def test_post_needs_the_csrf_token(self, course):
        from django.test import Client

        client = Client(enforce_csrf_checks=True)
        page = course["module"]
        response = submit(client, page, right_answers(page))
        assert response.status_code == 403
        assert QuizAttempt.objects.count() == 0


class TestWhoseAttempts:
    def test_anonymous_attempts_follow_the_person_who_signs_in(self, client, course):
        page = course["module"]
        content = html(submit(client, page, wrong_answers(page)))
        assert text("en", "signup") in content  # a visitor is invited to keep progress
        person = UserFactory(email="ana@example.org")
        response = client.post(
            "/en/accounts/login/", {"login": "ana@example.org", "password": DEFAULT_PASSWORD}
        )
        assert response.status_code == 302
        attempt = QuizAttempt.objects.get()
        assert attempt.user == person
        content = html(client.get(page.url))
        assert text("en", "signup") not in content
        assert "2 attempts left" in content  # the visitor's attempt counts for the account
        passed = html(submit(client, page, right_answers(page)))
        assert text("en", "passed") in passed
        assert list(
            QuizAttempt.objects.filter(user=person).values_list("attempt_number", "passed")
        ) == [(1, False), (2, True)]

    def test_another_persons_attempts_are_never_shown(self, client, course):
        page = course["module"]
        other = UserFactory()
        client.force_login(other)
        submit(client, page, right_answers(page))
        submit(client, page, wrong_answers(page))
        client.logout()
        me = UserFactory()
        client.force_login(me)
        content = html(client.get(page.url))
        assert "You passed" not in content and "3 attempts left" in content
        # and a visitor without a session sees a fresh quiz too
        client.logout()
        content = html(client.get(page.url))
        assert "You passed" not in content and "3 attempts left" in content
        assert QuizAttempt.objects.filter(user=me).count() == 0


class TestCachingAndQueries:
    @override_settings(PORTAL_PAGE_CACHE_SECONDS=300)
    def test_quiz_results_are_never_cached(self, client, course):
        page = course["module"]
        first = client.get(page.url)
        assert first["X-Page-Cache"] == "miss"  # the blank quiz is the same for every visitor
        posted = submit(client, page, wrong_answers(page))
        assert "no-store" in posted["Cache-Control"]
        assert "X-Page-Cache" not in posted
        from django.test import Client

        stranger = Client().get(page.url)
        assert "Not passed yet" not in html(stranger)
        assert stranger["X-Page-Cache"] == "hit"
        again = client.get(page.url)  # the visitor now has a session: their own page
        assert "X-Page-Cache" not in again
        assert "2 attempts left" in html(again)

    @override_settings(PORTAL_PAGE_CACHE_SECONDS=0)
    def test_signed_in_module_page_with_quiz_fits_the_budget(self, client, course):
        person = UserFactory()
        client.force_login(person)
        page = course["module"]
        submit(client, page, wrong_answers(page))
        client.get(page.url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert response.status_code == 200
        assert "2 attempts left" in html(response)
        assert len(queries) <= SIGNED_IN_BUDGET, "\n".join(q["sql"] for q in queries)


def test_a_passed_quiz_says_so_on_the_next_visit(client, course):
    page = course["module"]
    submit(client, page, right_answers(page))
    content = html(client.get(page.url))
    assert "You have already passed this quiz." in content
    assert text("en", "submit") in content  # practising is allowed while attempts remain
