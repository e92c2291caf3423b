"""Anonymous progress becomes the account's at log-in: once, and only the learner's own."""

import uuid
from datetime import timedelta

import pytest

from pathways.learning import (
    SESSION_KEY,
    MergeReport,
    complete_step,
    enroll,
    key_for_user,
    merge_learner_into_user,
    submit_quiz,
    submit_survey,
)
from pathways.models import Certificate, Enrollment, QuizAttempt, StepCompletion, SurveyResponse
from portal.factories.users import DEFAULT_PASSWORD
from tests.factories import UserFactory, build_course
from tests.factories.records import right_answers, survey_answers, wrong_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


@pytest.fixture
def person():
    return UserFactory(first_name="Luis", last_name="Pérez")


def backdate(queryset, field, minutes):
    for record in queryset:
        queryset.model.objects.filter(pk=record.pk).update(
            **{field: getattr(record, field) - timedelta(minutes=minutes)}
        )


@pytest.mark.parametrize(
    "account_did",
    ["nothing", "enrolled", "same-step-later", "same-step-earlier"],
    ids=["account-had-nothing", "account-enrolled", "account-did-it-later", "account-did-it-first"],
)
def test_steps_are_merged_once_with_the_earliest_time(course, person, account_did):
    visitor = uuid.uuid4()
    anonymous = enroll(visitor, course["pathway_es"], "es")
    done_anonymously = complete_step(anonymous, course["steps"]["pre"])
    complete_step(anonymous, course["steps"]["module"])
    account_step = None
    if account_did != "nothing":
        account = enroll(person, course["pathway"], "en")
        if account_did.startswith("same-step"):
            account_step = complete_step(account, course["steps"]["pre"])
            minutes = 30 if account_did == "same-step-earlier" else -30
            backdate(StepCompletion.objects.filter(pk=account_step.pk), "completed_at", minutes)
            account_step.refresh_from_db()

    report = merge_learner_into_user(visitor, person)

    enrollment = Enrollment.objects.get()  # one: the anonymous one is gone or moved
    assert enrollment.user == person
    assert enrollment.learner_key == key_for_user(person)
    steps = dict(enrollment.step_completions.values_list("step_id", "completed_at"))
    assert set(steps) == {course["steps"]["pre"], course["steps"]["module"]}
    expected_pre = done_anonymously.completed_at
    if account_did == "same-step-earlier":
        expected_pre = account_step.completed_at
    assert steps[course["steps"]["pre"]] == expected_pre
    assert (report.enrollments_moved, report.enrollments_merged) == (
        (1, 0) if account_did == "nothing" else (0, 1)
    )
    # Again: nothing left to merge.
    assert merge_learner_into_user(visitor, person) == MergeReport()
    assert StepCompletion.objects.count() == 2


def test_attempts_are_renumbered_in_time_order(course, person):
    module = course["module"]
    visitor = uuid.uuid4()
    early = submit_quiz(visitor, module, wrong_answers(module), "en")
    backdate(QuizAttempt.objects.filter(pk=early.pk), "submitted_at", 60)
    on_account = submit_quiz(person, module, wrong_answers(module), "en")
    backdate(QuizAttempt.objects.filter(pk=on_account.pk), "submitted_at", 30)
    late = submit_quiz(visitor, module, right_answers(module), "en")

    assert merge_learner_into_user(visitor, person).attempts == 2

    numbers = dict(QuizAttempt.objects.values_list("pk", "attempt_number"))
    assert numbers == {early.pk: 1, on_account.pk: 2, late.pk: 3}
    assert set(QuizAttempt.objects.values_list("user", "learner_key")) == {
        (person.pk, key_for_user(person))
    }
    # The next attempt continues the numbering.
    assert submit_quiz(person, module, wrong_answers(module), "en").attempt_number == 4


def test_survey_responses_are_reowned(course, person):
    visitor = uuid.uuid4()
    submit_survey(visitor, course["survey"], "pre", survey_answers(course["survey"]), "en")
    assert merge_learner_into_user(visitor, person).responses == 1
    response = SurveyResponse.objects.get()
    assert (response.user, response.learner_key) == (person, key_for_user(person))


def test_a_pathway_finished_anonymously_gets_its_certificate_at_sign_in(course, person):
    visitor = uuid.uuid4()
    enrollment = enroll(visitor, course["pathway"], "en")
    for step_id in course["steps"].values():
        complete_step(enrollment, step_id)
    assert not Certificate.objects.exists()
    merge_learner_into_user(visitor, person)
    certificate = Certificate.objects.get()
    assert certificate.enrollment.user == person
    assert certificate.recipient_name == "Luis Pérez"


def test_other_peoples_records_are_never_touched(course, person):
    visitor, stranger_key = uuid.uuid4(), uuid.uuid4()
    someone = UserFactory()
    theirs = [
        enroll(someone, course["pathway"], "en"),
        enroll(stranger_key, course["pathway"], "en"),
    ]
    their_attempts = [
        submit_quiz(someone, course["module"], wrong_answers(course["module"]), "en"),
        submit_quiz(stranger_key, course["module"], wrong_answers(course["module"]), "en"),
    ]
    enroll(visitor, course["pathway"], "en")
    before = {
        e.pk: (e.user_id, e.learner_key)
        for e in Enrollment.objects.filter(pk__in=[t.pk for t in theirs])
    }

    merge_learner_into_user(visitor, person)
    # Even the other person's key passed as if it were anonymous moves nothing of theirs.
    assert merge_learner_into_user(key_for_user(someone), person) == MergeReport()

    after = {
        e.pk: (e.user_id, e.learner_key)
        for e in Enrollment.objects.filter(pk__in=[t.pk for t in theirs])
    }
    assert after == before
    for attempt in their_attempts:
        stored = QuizAttempt.objects.get(pk=attempt.pk)
        assert (stored.user_id, stored.learner_key, stored.attempt_number) == (
            attempt.user_id,
            attempt.learner_key,
            1,
        )
    assert Enrollment.objects.filter(user=person).count() == 1


def log_in(client, person):
    return client.post("/en/accounts/login/", {"login": person.email, "password": DEFAULT_PASSWORD})


def test_signing_in_merges_the_session_progress(client, course, person):
    visitor = uuid.uuid4()
    session = client.session
    session[SESSION_KEY] = str(visitor)
    session.save()
    enrollment = enroll(visitor, course["pathway"], "en")
    complete_step(enrollment, course["steps"]["pre"])
    submit_quiz(visitor, course["module"], right_answers(course["module"]), "en")

    response = log_in(client, person)
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == person.pk

    assert client.session[SESSION_KEY] == str(key_for_user(person))
    enrollment.refresh_from_db()
    assert enrollment.user == person
    assert set(enrollment.step_completions.values_list("step_id", flat=True)) == {
        course["steps"]["pre"],
        course["steps"]["module"],
    }
    assert QuizAttempt.objects.get().user == person
    assert not Enrollment.objects.filter(user__isnull=True).exists()


def test_signing_in_without_anonymous_progress_gives_the_session_the_accounts_key(client, person):
    assert log_in(client, person).status_code == 302
    assert client.session[SESSION_KEY] == str(key_for_user(person))
    assert not Enrollment.objects.exists()


def test_signing_in_with_another_persons_key_in_the_session_moves_nothing(client, course, person):
    someone = UserFactory()
    theirs = enroll(someone, course["pathway"], "en")
    session = client.session
    session[SESSION_KEY] = str(key_for_user(someone))
    session.save()
    log_in(client, person)
    theirs.refresh_from_db()
    assert theirs.user == someone
    assert client.session[SESSION_KEY] == str(key_for_user(person))
