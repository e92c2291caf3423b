"""xAPI statements written by the learning services: verbs, actor, object, result, context."""

import datetime
import hashlib
import uuid
from collections import Counter

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pathways import xapi
from pathways.learning import (
    complete_step,
    enroll,
    key_for_user,
    merge_learner_into_user,
    submit_quiz,
    submit_survey,
)
from pathways.models import Enrollment, LearnerKey, LearningStatement, QuizAttempt, SurveyResponse
from pathways.xapi import events
from pathways.xapi import statements as x
from portal import personal_data
from tests.factories import UserFactory, build_course
from tests.factories.records import right_answers, survey_answers, take_pathway, wrong_answers

pytestmark = pytest.mark.django_db

BASE = "http://testserver"
VERB = "http://adlnet.gov/expapi/verbs/"
#: A failed quiz submission, savepoints included: the records and ONE insert of every
#: statement (attempted, an answered per question, failed), whatever the number of questions.
QUIZ_QUERIES = 8
#: Passing also completes the module's step of the pathway, with its statement.
PASS_QUERIES = 14


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


@pytest.fixture
def person():
    return UserFactory(email="Ana.Lopez@Example.org")


def hashed(email):
    return hashlib.sha1(f"mailto:{email.lower()}".encode()).hexdigest()


def agent(learner_key):
    """What a statement's actor must be: this site's account named by the keyed pseudonym."""
    return {"objectType": "Agent", "account": {"homePage": BASE, "name": x.pseudonym(learner_key)}}


def stored(verb=None, **filters):
    rows = LearningStatement.objects.filter(**filters).order_by("timestamp", "stored_at", "pk")
    if verb:
        rows = rows.filter(verb=verb)
    return list(rows)


def verbs():
    return Counter(LearningStatement.objects.values_list("verb", flat=True))


def assert_valid(row):
    """The parts every xAPI 1.0.3 statement needs, and the row agreeing with its JSON."""
    body = row.statement
    assert body["id"] == str(row.id)
    assert body["version"] == "1.0.3"
    assert set(body["actor"]) == {"objectType", "account"}  # never an email or its hash
    assert body["actor"]["account"]["name"] == x.pseudonym(row.learner_key)
    assert body["verb"]["id"] == VERB + row.verb
    assert body["object"]["id"].startswith(BASE + "/xapi/activities/")
    assert body["timestamp"].endswith("Z")
    assert datetime.datetime.fromisoformat(body["timestamp"]) == row.timestamp.replace(
        microsecond=row.timestamp.microsecond // 1000 * 1000
    )


# --------------------------------------------------------------------------
# Pathways
# --------------------------------------------------------------------------


def test_enrolling_anonymously_is_attempted_the_pathway_by_the_learner_key(course):
    visitor = uuid.uuid4()
    enrollment = enroll(visitor, course["pathway"], "en")
    [row] = stored()
    assert_valid(row)
    body = row.statement
    assert row.verb == "attempted" and row.user is None and row.learner_key == visitor
    assert row.object_key == course["pathway"].translation_key
    assert body["actor"] == agent(visitor)
    assert str(visitor) not in str(body)  # the session's key itself never leaves either
    assert body["object"]["id"] == f"{BASE}/xapi/activities/pathway/{enrollment.pathway_key}"
    assert body["object"]["definition"]["name"] == {"en": "Partnering with your child's school"}
    assert body["context"]["language"] == "en"
    assert body["context"]["registration"] == str(x.statement_id("enrollment", enrollment.pk))
    assert row.timestamp == enrollment.started_at


def test_a_person_is_named_by_a_keyed_pseudonym_and_both_languages_are_one_activity(course, person):
    enroll(person, course["pathway_es"], "es")
    [row] = stored()
    assert row.statement["actor"] == agent(key_for_user(person))
    assert hashed("ana.lopez@example.org") not in str(row.statement)
    assert "Ana" not in str(row.statement) and "example.org" not in str(row.statement)
    assert row.user == person and row.learner_key == key_for_user(person)
    key = course["pathway"].translation_key
    assert row.statement["object"]["id"] == f"{BASE}/xapi/activities/pathway/{key}"
    assert row.statement["object"]["definition"]["name"] == {
        "es": "Colaborar con la escuela de su hijo"
    }
    assert row.statement["context"]["language"] == "es"


def test_enrolling_again_in_either_language_adds_no_statement(course, person):
    enroll(person, course["pathway"], "en")
    enroll(person, course["pathway"], "en")
    enroll(person, course["pathway_es"], "es")
    assert verbs() == {"attempted": 1}


def test_each_step_and_the_pathway_are_completed_once(course, person):
    take_pathway(person, course)
    enrollment = Enrollment.objects.get(user=person)
    completed = stored("completed")
    assert len(completed) == 4  # three steps and the pathway
    objects = [row.statement["object"]["id"] for row in completed]
    survey_key = course["survey"].translation_key
    module_key = course["module"].translation_key
    assert objects == [
        f"{BASE}/xapi/activities/survey/{survey_key}",
        f"{BASE}/xapi/activities/module/{module_key}",
        f"{BASE}/xapi/activities/survey/{survey_key}",
        f"{BASE}/xapi/activities/pathway/{enrollment.pathway_key}",
    ]
    for row in completed:
        assert_valid(row)
        assert row.statement["result"] == {"completion": True}
        assert row.statement["context"]["registration"] == x.registration_for(enrollment)
    steps, pathway = completed[:3], completed[3]
    for row in steps:
        assert row.statement["context"]["contextActivities"]["parent"] == [
            {
                "objectType": "Activity",
                "id": f"{BASE}/xapi/activities/pathway/{enrollment.pathway_key}",
            }
        ]
    phases = [row.statement["context"]["extensions"].get(x.extension("phase")) for row in steps]
    assert phases == ["pre", None, "post"]
    assert pathway.timestamp == enrollment.completed_at

    before = LearningStatement.objects.count()
    for step_id in course["steps"].values():
        complete_step(enrollment, step_id)
    assert LearningStatement.objects.count() == before


# --------------------------------------------------------------------------
# Quizzes
# --------------------------------------------------------------------------


def test_a_passed_quiz_is_attempted_answered_per_question_and_passed(course, person):
    attempt = submit_quiz(person, course["module_es"], right_answers(course["module"]), "es")
    rows = stored()
    assert [row.verb for row in rows] == ["attempted", "answered", "answered", "answered", "passed"]
    for row in rows:
        assert_valid(row)
        assert row.timestamp == attempt.submitted_at
        assert row.object_key == course["module"].translation_key
        assert row.statement["context"]["language"] == "es"
    registrations = {row.statement["context"]["registration"] for row in rows}
    assert len(registrations) == 1

    quiz_id = f"{BASE}/xapi/activities/quiz/{course['module'].translation_key}"
    assert rows[0].statement["object"]["id"] == quiz_id
    assert rows[0].statement["object"]["definition"]["name"] == {
        "es": "Cómo ver las calificaciones"
    }

    questions = course["module"].quiz_definition()["questions"]
    for row, question in zip(rows[1:4], questions, strict=True):
        body = row.statement
        assert body["object"]["id"] == f"{BASE}/xapi/activities/question/{question['question_id']}"
        assert body["object"]["definition"]["interactionType"] == "choice"
        right = sorted(c["choice_id"] for c in question["choices"] if c["correct"])
        assert body["object"]["definition"]["correctResponsesPattern"] == ["[,]".join(right)]
        assert body["result"] == {"success": True, "response": "[,]".join(right)}
        assert body["context"]["contextActivities"]["parent"][0]["id"] == quiz_id

    passed = rows[4].statement
    assert passed["result"] == {
        "score": {"scaled": 1.0, "raw": 3, "min": 0, "max": 3},
        "success": True,
        "completion": True,
    }
    assert verbs()["completed"] == 0  # not enrolled: no step to complete


def test_a_failed_quiz_is_failed_with_its_score_and_wrong_responses(course):
    visitor = uuid.uuid4()
    answers = wrong_answers(course["module"])
    submit_quiz(visitor, course["module"], answers, "en")
    assert verbs() == {"attempted": 1, "answered": 3, "failed": 1}
    [failed] = stored("failed")
    assert failed.statement["result"]["success"] is False
    assert failed.statement["result"]["score"] == {"scaled": 0.0, "raw": 0, "min": 0, "max": 3}
    for row in stored("answered"):
        question_id = row.statement["object"]["id"].rsplit("/", 1)[1]
        chosen = answers[question_id]
        assert row.statement["result"] == {
            "success": False,
            "response": "[,]".join(sorted(chosen)) if isinstance(chosen, list) else chosen,
        }


def test_a_replayed_quiz_submission_adds_no_statement_but_a_new_attempt_does(course, person):
    enroll(person, course["pathway"], "en")
    answers = wrong_answers(course["module"])
    first = submit_quiz(person, course["module"], answers, "en")
    again = submit_quiz(person, course["module"], answers, "en")
    assert again.pk == first.pk
    assert verbs() == {"attempted": 2, "answered": 3, "failed": 1}
    QuizAttempt.objects.filter(pk=first.pk).update(
        submitted_at=first.submitted_at - datetime.timedelta(minutes=5)
    )
    submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    assert verbs() == {"attempted": 3, "answered": 6, "failed": 1, "passed": 1, "completed": 1}


def test_submitting_a_quiz_writes_its_statements_in_one_query(
    course, person, django_assert_max_num_queries
):
    enroll(person, course["pathway"], "en")
    with CaptureQueriesContext(connection) as captured:
        submit_quiz(person, course["module"], wrong_answers(course["module"]), "en")
    inserts = [
        q["sql"]
        for q in captured
        if q["sql"].startswith("INSERT") and 'INTO "pathways_learningstatement"' in q["sql"]
    ]
    assert len(inserts) == 1  # attempted, three answered and failed together
    assert len(captured) <= QUIZ_QUERIES
    QuizAttempt.objects.update(submitted_at=timezone.now() - datetime.timedelta(minutes=5))
    with django_assert_max_num_queries(QUIZ_QUERIES + PASS_QUERIES):
        submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    assert verbs() == {"attempted": 3, "answered": 6, "failed": 1, "passed": 1, "completed": 1}


# --------------------------------------------------------------------------
# Surveys and checklists
# --------------------------------------------------------------------------


def test_a_survey_is_answered_with_its_phase_scores_and_pathway(course, person):
    response = submit_survey(
        person,
        course["survey_es"],
        "pre",
        survey_answers(course["survey"], 4),
        "es",
        course["pathway_es"],
    )
    [row] = stored("answered")
    assert_valid(row)
    body = row.statement
    key = course["survey"].translation_key
    assert body["object"]["id"] == f"{BASE}/xapi/activities/survey/{key}"
    assert body["object"]["definition"]["name"] == {"es": "Confianza con la escuela"}
    assert body["result"]["completion"] is True
    assert body["result"]["extensions"][x.extension("scores")] == response.scores
    assert body["context"]["extensions"][x.extension("phase")] == "pre"
    pathway_id = f"{BASE}/xapi/activities/pathway/{course['pathway'].translation_key}"
    assert body["context"]["contextActivities"]["parent"] == [
        {"objectType": "Activity", "id": pathway_id}
    ]
    # Answering it enrolled the person and completed the step.
    assert verbs() == {"attempted": 1, "answered": 1, "completed": 1}

    submit_survey(
        person,
        course["survey_es"],
        "pre",
        survey_answers(course["survey"], 4),
        "es",
        course["pathway_es"],
    )
    assert SurveyResponse.objects.count() == 1
    assert verbs() == {"attempted": 1, "answered": 1, "completed": 1}


def test_saving_a_checklist_is_experienced_the_module_once_a_day(course, person):
    module = course["module"]
    morning = timezone.localtime().replace(hour=9)
    xapi.record_checklist(person, module, "en", morning)
    xapi.record_checklist(person, module, "en", morning + datetime.timedelta(hours=2))
    xapi.record_checklist(person, module, "en", morning + datetime.timedelta(days=1))
    rows = stored("experienced")
    assert len(rows) == 2
    assert_valid(rows[0])
    assert rows[0].statement["object"]["id"] == (
        f"{BASE}/xapi/activities/module/{module.translation_key}"
    )
    assert rows[0].statement["actor"] == agent(key_for_user(person))


def test_statements_built_twice_are_the_same_statement(course):
    enrollment = enroll(uuid.uuid4(), course["pathway"], "en")
    assert events.enrolled(enrollment) == events.enrolled(enrollment)
    assert xapi.record_enrollment(enrollment)  # stored again: skipped, not duplicated
    assert LearningStatement.objects.count() == 1


# --------------------------------------------------------------------------
# The actor changes: sign-in merge, account deletion
# --------------------------------------------------------------------------


def test_merging_gives_the_statements_to_the_person_and_renames_unsent_ones(course, person):
    visitor = uuid.uuid4()
    submit_survey(
        visitor, course["survey"], "pre", survey_answers(course["survey"]), "en", course["pathway"]
    )
    submit_quiz(visitor, course["module"], right_answers(course["module"]), "en")
    someone_else = uuid.uuid4()
    enroll(someone_else, course["pathway"], "en")
    sent = LearningStatement.objects.filter(learner_key=visitor, verb="attempted").first()
    sent_body = sent.statement
    LearningStatement.objects.filter(pk=sent.pk).update(sent_at=timezone.now())
    mine = LearningStatement.objects.filter(learner_key=visitor).count()

    report = merge_learner_into_user(visitor, person)

    assert report.statements == mine
    user_key = key_for_user(person)
    moved = LearningStatement.objects.filter(user=person)
    assert moved.count() == mine
    assert set(moved.values_list("learner_key", flat=True)) == {user_key}
    for row in moved.exclude(pk=sent.pk):
        assert row.statement["actor"] == agent(user_key)
    sent.refresh_from_db()
    assert sent.statement == sent_body  # the store has it as it was sent
    other = LearningStatement.objects.get(learner_key=someone_else)
    assert other.user is None
    assert other.statement["actor"] == agent(someone_else)
    assert merge_learner_into_user(visitor, person).statements == 0


def test_completing_the_pathway_at_merge_is_one_completed_statement(course, person):
    visitor = uuid.uuid4()
    take_pathway(visitor, course)
    account = enroll(person, course["pathway"], "en")
    merge_learner_into_user(visitor, person)
    account.refresh_from_db()
    assert account.completed_at is not None
    pathway_id = f"{BASE}/xapi/activities/pathway/{course['pathway'].translation_key}"
    completions = [
        row for row in stored("completed") if row.statement["object"]["id"] == pathway_id
    ]
    assert len(completions) == 1  # the one of the anonymous run, now the person's
    assert completions[0].user == person


def test_deleting_an_account_leaves_statements_linked_to_nobody(course, person):
    take_pathway(person, course)
    key = key_for_user(person)
    count = LearningStatement.objects.count()
    assert count > 0
    personal_data.delete_account(person)
    assert LearningStatement.objects.count() == count
    assert not LearnerKey.objects.filter(key=key).exists()  # nothing maps the pseudonym back
    for row in LearningStatement.objects.all():
        assert row.user is None
        assert row.statement["actor"] == agent(key)


def test_the_pseudonym_is_stable_keyed_and_not_the_email(person, settings):
    key = key_for_user(person)
    ours = x.pseudonym(key)
    assert ours == x.pseudonym(key_for_user(person))  # stable for the person
    assert ours != x.pseudonym(uuid.uuid4())
    for guess in (person.email, hashed(person.email), str(key)):
        assert guess not in ours
    # Not derivable without the site's secret: another secret, another pseudonym.
    settings.PORTAL_PSEUDONYM_KEY = "another site's secret"
    assert x.pseudonym(key) != ours


def test_the_migration_rewrites_hashed_mailboxes_into_pseudonyms(course, person):
    from importlib import import_module

    from django.apps import apps

    enroll(person, course["pathway"], "en")
    row = LearningStatement.objects.get()
    old = {"objectType": "Agent", "mbox_sha1sum": hashed(person.email)}
    LearningStatement.objects.filter(pk=row.pk).update(statement={**row.statement, "actor": old})

    import_module("pathways.migrations.0006_pseudonymous_statements").rewrite_actors(apps, None)

    row.refresh_from_db()
    assert row.statement["actor"] == agent(key_for_user(person))
    assert hashed(person.email) not in str(row.statement)
