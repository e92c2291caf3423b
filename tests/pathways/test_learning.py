"""The functions that write learner records: enrolling, steps, quizzes, surveys, certificates."""

import uuid
from datetime import timedelta

import pytest

from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory

from pathways import learning
from pathways.learning import (
    AttemptsExhausted,
    Learner,
    UnknownStep,
    complete_step,
    enroll,
    enrollments,
    issue_certificate,
    progress_for,
    submit_quiz,
    submit_survey,
)
from pathways.models import (
    Certificate,
    Enrollment,
    QuizAttempt,
    QuizItemResponse,
    StepCompletion,
    SurveyResponse,
    records,
)
from pathways.scoring import InvalidAnswer
from tests.factories import UserFactory, build_course
from tests.factories.records import right_answers, survey_answers, wrong_answers

pytestmark = pytest.mark.django_db

LANGUAGES = pytest.mark.parametrize("lang", ["en", "es"], ids=["english", "spanish"])


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


@pytest.fixture
def person():
    return UserFactory(first_name="Ana", last_name="López")


def copies(course, lang):
    """The course's pages in one language."""
    suffix = "_es" if lang == "es" else ""
    return (course["pathway" + suffix], course["module" + suffix], course["survey" + suffix])


def age(record, seconds=60):
    """Move a record's submission into the past (outside the replay window)."""
    type(record).objects.filter(pk=record.pk).update(
        submitted_at=record.submitted_at - timedelta(seconds=seconds)
    )


# --------------------------------------------------------------------------
# Who is learning
# --------------------------------------------------------------------------


def request_with_session(user=None):
    request = RequestFactory().get("/")
    request.session = SessionStore()
    request.user = user or AnonymousUser()
    return request


def test_anonymous_learner_key_is_random_and_kept_in_the_session():
    request = request_with_session()
    key = learning.learner_key_for(request)
    assert isinstance(key, uuid.UUID)
    assert request.session[learning.SESSION_KEY] == str(key)
    assert learning.learner_key_for(request) == key
    assert learning.learner_key_for(request_with_session()) != key


def test_a_person_keeps_one_learner_key_across_sessions(person):
    first = learning.learner_key_for(request_with_session(person))
    again = learning.learner_key_for(request_with_session(UserFactory(email=person.email)))
    assert first == again == learning.key_for_user(person)
    learner = learning.learner_for(request_with_session(person))
    assert learner == Learner(learner_key=first, user=person)


# --------------------------------------------------------------------------
# Enrolling
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"), [("es", "en"), ("en", "es")], ids=["es-then-en", "en-then-es"]
)
def test_both_language_copies_are_one_pathway(course, person, first, then):
    started = enroll(person, copies(course, first)[0], first)
    complete_step(started, course["steps"]["pre"])
    continued = enroll(person, copies(course, then)[0], then)
    assert continued.pk == started.pk
    assert continued.language == first  # the language they started in
    assert Enrollment.objects.count() == 1
    assert progress_for(continued, copies(course, then)[0]).completed == 1


def test_enroll_is_idempotent_and_separates_learners(course, person):
    anonymous = uuid.uuid4()
    mine = enroll(person, course["pathway"], "en")
    assert enroll(person, course["pathway"], "en") == mine
    theirs = enroll(anonymous, course["pathway"], "en")
    assert theirs != mine
    assert (theirs.user, theirs.learner_key) == (None, anonymous)
    assert mine.user == person and mine.learner_key == learning.key_for_user(person)
    assert mine.pathway_key == course["pathway"].translation_key
    assert mine.pathway_title == "Partnering with your child's school"


# --------------------------------------------------------------------------
# Steps, progress, completion, certificates
# --------------------------------------------------------------------------


def test_completing_a_step_twice_records_it_once(course, person):
    enrollment = enroll(person, course["pathway"], "en")
    first = complete_step(enrollment, course["steps"]["pre"])
    again = complete_step(enrollment, course["steps"]["pre"])
    assert again.pk == first.pk and again.completed_at == first.completed_at
    assert StepCompletion.objects.count() == 1
    assert first.kind == "survey"
    assert first.target_key == course["survey"].translation_key


def test_unknown_step_is_refused(course, person):
    enrollment = enroll(person, course["pathway"], "en")
    with pytest.raises(UnknownStep):
        complete_step(enrollment, "not-a-step")
    assert not StepCompletion.objects.exists()


def test_progress_for_someone_not_enrolled_yet(course):
    result = progress_for(None, course["pathway"])
    assert (result.completed, result.total, result.percent) == (0, 3, 0)
    assert result.next_step.step_id == course["steps"]["pre"]


@LANGUAGES
def test_whole_pathway_completes_and_issues_one_certificate(course, person, lang):
    pathway, module, survey = copies(course, lang)
    submit_survey(person, survey, "pre", survey_answers(survey, 2), lang, pathway_page=pathway)
    enrollment = Enrollment.objects.get()
    assert progress_for(enrollment, pathway).percent == 33
    submit_quiz(person, module, right_answers(module), lang)
    assert progress_for(enrollment, pathway).percent == 66
    enrollment.refresh_from_db()
    assert enrollment.completed_at is None and not Certificate.objects.exists()

    submit_survey(person, survey, "post", survey_answers(survey, 4), lang, pathway_page=pathway)
    enrollment.refresh_from_db()
    result = progress_for(enrollment, pathway)
    assert result.is_complete and result.percent == 100
    assert enrollment.completed_at == enrollment.step_completions.last().completed_at
    certificate = Certificate.objects.get()
    assert certificate.enrollment == enrollment
    assert certificate.recipient_name == "Ana López"
    assert certificate.pathway_title == pathway.title  # the title they enrolled under
    assert certificate.language == lang
    assert len(certificate.code) == 12 and set(certificate.code) <= set(
        records.CERTIFICATE_ALPHABET
    )
    assert certificate.get_verify_path() == f"/verify/{certificate.code}/"
    # Doing a step again changes nothing.
    complete_step(enrollment, course["steps"]["post"])
    assert issue_certificate(enrollment) == certificate
    assert Certificate.objects.count() == 1


def test_anonymous_learners_complete_without_a_certificate(course):
    learner = uuid.uuid4()
    enrollment = enroll(learner, course["pathway"], "en")
    for step_id in course["steps"].values():
        complete_step(enrollment, step_id)
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None
    assert not Certificate.objects.exists()  # issued when they sign in (see test_merge)


def test_pathway_without_certificates_issues_none(site_tree, person):
    course = build_course(site_tree, issues_certificate=False)
    enrollment = enroll(person, course["pathway"], "en")
    for step_id in course["steps"].values():
        complete_step(enrollment, step_id)
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None
    assert not Certificate.objects.exists()


def test_certificate_codes_are_unique_even_when_one_is_drawn_twice(course, person, monkeypatch):
    other = enroll(UserFactory(), course["pathway"], "en")
    Certificate.objects.create(
        enrollment=other,
        code="AAAAAAAAAAAA",
        recipient_name="",
        pathway_title="x",
        language="en",
        issued_at=other.started_at,
    )
    drawn = iter(["AAAAAAAAAAAA", "AAAAAAAAAAAA", "BBBBBBBBBBBB"])
    monkeypatch.setattr(enrollments, "new_certificate_code", lambda: next(drawn))
    certificate = issue_certificate(enroll(person, course["pathway"], "en"))
    assert certificate.code == "BBBBBBBBBBBB"


def test_generated_codes_differ():
    codes = {records.new_certificate_code() for _ in range(200)}
    assert len(codes) == 200


# --------------------------------------------------------------------------
# Quizzes
# --------------------------------------------------------------------------


def test_quiz_attempt_keeps_questions_answers_and_score(course, person):
    module = course["module"]
    answers = right_answers(module)
    first_question = module.quiz_definition()["questions"][0]
    wrong = next(c["choice_id"] for c in first_question["choices"] if not c["correct"])
    answers[first_question["question_id"]] = wrong
    attempt = submit_quiz(person, module, answers, "en")
    assert (attempt.attempt_number, attempt.percent, attempt.passed) == (1, 66, False)
    assert float(attempt.score) == pytest.approx(2 / 3, abs=1e-4)
    assert attempt.module_key == module.translation_key
    assert attempt.questions == module.quiz_definition()["questions"]
    responses = {r.question_id: r for r in attempt.responses.all()}
    assert responses[first_question["question_id"]].chosen == [wrong]
    assert [r.correct for r in attempt.responses.all()] == [False, True, True]
    assert attempt.result.correct_count == 2


def test_a_failed_quiz_does_not_complete_the_module_step(course, person):
    enrollment = enroll(person, course["pathway"], "en")
    submit_quiz(person, course["module"], wrong_answers(course["module"]), "en")
    assert not enrollment.step_completions.exists()
    submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    assert list(enrollment.step_completions.values_list("step_id", flat=True)) == [
        course["steps"]["module"]
    ]


@pytest.mark.parametrize(
    ("aged", "changed", "attempts"),
    [(False, False, 1), (True, False, 2), (False, True, 2)],
    ids=["replay-counts-once", "same-answers-later-count", "changed-answers-count"],
)
def test_replayed_submission(course, person, aged, changed, attempts):
    module = course["module"]
    first = submit_quiz(person, module, wrong_answers(module), "en")
    if aged:
        age(first)
    answers = right_answers(module) if changed else wrong_answers(module)
    second = submit_quiz(person, module, answers, "en")
    assert QuizAttempt.objects.count() == attempts
    assert second.attempt_number == attempts
    assert QuizItemResponse.objects.count() == 3 * attempts


def test_attempts_limit_counts_both_languages(site_tree, person):
    course = build_course(site_tree, max_attempts=2)
    first = submit_quiz(person, course["module"], wrong_answers(course["module"]), "en")
    age(first)
    second = submit_quiz(person, course["module_es"], wrong_answers(course["module"]), "es")
    assert second.attempt_number == 2
    age(second)
    with pytest.raises(AttemptsExhausted) as error:
        submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    assert (error.value.allowed, error.value.used) == (2, 2)
    assert QuizAttempt.objects.count() == 2
    # Someone else still has their own attempts.
    assert submit_quiz(uuid.uuid4(), course["module"], wrong_answers(course["module"]), "en")


def test_invalid_quiz_answer_stores_nothing(course, person):
    with pytest.raises(InvalidAnswer):
        submit_quiz(person, course["module"], {"no-such-question": "x"}, "en")
    assert not QuizAttempt.objects.exists()


def test_module_without_quiz_is_refused(course, person):
    course["module"].quiz_questions = []
    with pytest.raises(learning.NoQuiz):
        submit_quiz(person, course["module"], {}, "en")


# --------------------------------------------------------------------------
# Surveys
# --------------------------------------------------------------------------


def test_survey_response_is_scored_and_completes_only_its_phase(course, person):
    enrollment = enroll(person, course["pathway"], "en")
    survey = course["survey"]
    items = survey.definition()["items"]
    answers = {item["item_id"]: 4 for item in items}
    answers[items[1]["item_id"]] = 2  # reverse-scored: counts as 4
    response = submit_survey(person, survey, "pre", answers, "en")
    assert response.scores["subscales"] == {"learning": 4.0, "school": 4.0}
    assert response.scores["overall"] == 4.0
    assert response.instrument["items"] == items
    assert response.instrument_key == survey.translation_key
    assert list(enrollment.step_completions.values_list("step_id", flat=True)) == [
        course["steps"]["pre"]
    ]


def test_retrospective_response_keeps_then_and_now(course, person):
    survey = course["survey"]
    response = submit_survey(
        person,
        survey,
        "retrospective",
        {"then": survey_answers(survey, 2), "now": survey_answers(survey, 4)},
        "en",
    )
    assert set(response.answers) == {"then", "now"}
    # Item 2 is reverse-scored: 2 and 4 average 3 for "learning" either way.
    assert response.scores["then"]["subscales"]["school"] == 2.0
    assert response.scores["now"]["subscales"]["school"] == 4.0


@pytest.mark.parametrize(
    ("phase", "answers"),
    [
        ("pre", {"no-such-item": 3}),
        ("pre", "off-scale"),
        ("retrospective", {"now": {}}),
    ],
    ids=["unknown-item", "off-scale", "retrospective-without-then"],
)
def test_invalid_survey_answers_store_nothing(course, person, phase, answers):
    if answers == "off-scale":
        answers = survey_answers(course["survey"], 9)
    with pytest.raises(InvalidAnswer):
        submit_survey(person, course["survey"], phase, answers, "en")
    assert not SurveyResponse.objects.exists()


def test_unknown_phase_is_refused(course, person):
    with pytest.raises(ValueError, match="phase"):
        submit_survey(person, course["survey"], "during", {}, "en")


def test_replayed_survey_is_kept_once(course, person):
    answers = survey_answers(course["survey"])
    first = submit_survey(person, course["survey"], "pre", answers, "en", course["pathway"])
    again = submit_survey(person, course["survey"], "pre", answers, "en", course["pathway"])
    assert again.pk == first.pk
    age(first)
    later = submit_survey(person, course["survey"], "pre", answers, "en", course["pathway"])
    assert later.pk == first.pk  # the same answers, even much later, are the same response
    assert SurveyResponse.objects.count() == 1
    assert StepCompletion.objects.count() == 1


# --------------------------------------------------------------------------
# Concurrency
# --------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["person", "visitor"], ids=["signed-in", "anonymous"])
def test_enrolling_while_another_request_enrolls_gives_one_enrollment(
    course, person, monkeypatch, who
):
    """Two requests of the same learner (two tabs, a double click) both look for an
    enrollment, find none, and insert: the second insert fails on the unique
    constraint and returns the first one's row, inside its own savepoint so the
    surrounding transaction (and PostgreSQL) carries on.

    The interleaving is forced rather than left to threads: SQLite's in-memory
    test database refuses a second writer outright, and a real race would make
    the test pass or fail by luck.
    """
    from pathways.learning import enrollments

    actor = person if who == "person" else uuid.uuid4()
    other_request = enroll(actor, course["pathway_es"], "es")
    monkeypatch.setattr(enrollments, "enrollment_for", lambda actor, page: None)
    this_request = enroll(actor, course["pathway"], "en")
    assert this_request.pk == other_request.pk
    assert this_request.language == "es"
    assert Enrollment.objects.count() == 1
    # The transaction is still usable after the failed insert.
    assert complete_step(this_request, course["steps"]["pre"]).pk
