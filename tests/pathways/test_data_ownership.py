"""A person owns their data: export it (JSON, CSV) and delete their account."""

import csv
import io
import json

import pytest

from django.contrib.auth import get_user_model

from pathways import exports
from pathways.learning import enroll
from pathways.models import (
    Certificate,
    Enrollment,
    LearnerKey,
    QuizAttempt,
    QuizItemResponse,
    StepCompletion,
    SurveyResponse,
)
from tests.factories import UserFactory, build_course, records
from tests.factories.records import (
    CertificateFactory,
    EnrollmentFactory,
)
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

User = get_user_model()


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


def take_pathway(person, course):
    enroll(person, course["pathway"], "en")
    return records.take_pathway(person, course)


@pytest.fixture
def ana(course):
    return take_pathway(UserFactory(first_name="Ana", last_name="López"), course)


@pytest.fixture
def ben(course):
    person = UserFactory(first_name="Ben", last_name="Other", email="ben@example.org")
    enrollment = EnrollmentFactory(user=person, pathway_title="Ben's own pathway")
    CertificateFactory(enrollment=enrollment, code="BENS23456789", recipient_name="Ben Other")
    return person


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Enrollment,
            StepCompletion,
            QuizAttempt,
            QuizItemResponse,
            SurveyResponse,
            Certificate,
        )
    }


# Export -----------------------------------------------------------------


def test_person_data_has_every_record_with_answers_and_scores(ana):
    data = exports.person_data(ana)
    assert data["account"]["email"] == ana.email
    [enrollment] = data["enrollments"]
    assert enrollment["pathway_title"] == "Partnering with your child's school"
    assert len(enrollment["steps"]) == 3
    assert enrollment["completed_at"]
    [attempt] = data["quiz_attempts"]
    assert attempt["percent"] == 100 and attempt["passed"] is True
    assert len(attempt["answers"]) == 3 and all(a["correct"] for a in attempt["answers"])
    assert [s["phase"] for s in data["survey_responses"]] == ["pre", "post"]
    assert all(s["answers"] and s["scores"] for s in data["survey_responses"])
    [certificate] = data["certificates"]
    assert certificate["recipient_name"] == "Ana López"


def test_json_export_is_an_attachment_with_only_own_records(client, ana, ben):
    client.force_login(ana)
    response = client.get("/en/my-learning/export.json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert ".json" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data == json.loads(exports.to_json(exports.person_data(ana)))
    text = response.content.decode()
    assert "Ben" not in text and "BENS23456789" not in text and "ben@example.org" not in text


def test_csv_export_is_an_attachment_with_every_record(client, ana, ben):
    client.force_login(ana)
    response = client.get("/es/my-learning/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == exports.CSV_HEADER
    records = {row[0] for row in rows[1:]}
    assert records == {
        "account",
        "enrollments",
        "quiz_attempts",
        "survey_responses",
        "certificates",
    }
    assert ["certificates", "1", "recipient_name", "Ana López"] in rows
    assert any(row[0] == "quiz_attempts" and row[2].startswith("answers.1.") for row in rows)
    assert any(row[0] == "survey_responses" and row[2].startswith("scores.") for row in rows)
    assert "BENS23456789" not in response.content.decode()


@pytest.mark.parametrize(
    "path",
    ["/en/my-learning/export.json", "/en/my-learning/export.csv", "/en/my-learning/delete/"],
    ids=["json", "csv", "delete"],
)
def test_anonymous_is_sent_to_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


# Delete -----------------------------------------------------------------

DELETE = "/en/my-learning/delete/"


def test_confirm_page_asks_for_password(client, ana):
    client.force_login(ana)
    response = client.get(DELETE)
    assert response.status_code == 200
    assert 'type="password"' in response.content.decode()


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_wrong_password_keeps_the_account(client, ana, language):
    client.force_login(ana)
    response = client.post(f"/{language}/my-learning/delete/", {"password": "wrong"})
    assert response.status_code == 200
    assert (
        response.context["form"]
        .errors["password"][0]
        .startswith("That password is not right" if language == "en" else "")
    )
    assert "errorlist" in response.content.decode() or "aria-invalid" in response.content.decode()
    assert User.objects.filter(pk=ana.pk).exists()
    assert Certificate.objects.get(enrollment__user=ana).recipient_name == "Ana López"


def test_delete_keeps_aggregates_and_nothing_identifies_the_person(client, ana, ben):
    before = counts()
    key = LearnerKey.objects.get(user=ana).key
    client.force_login(ana)
    response = client.post(DELETE, {"password": DEFAULT_PASSWORD}, follow=True)
    assert response.redirect_chain[0] == ("/en/", 302)
    assert "Your account is deleted." in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated
    assert not User.objects.filter(pk=ana.pk).exists()
    assert counts() == before
    assert not LearnerKey.objects.filter(key=key).exists()
    orphan = Certificate.objects.get(enrollment__learner_key=key)
    assert orphan.enrollment.user_id is None
    assert orphan.recipient_name == ""
    for model in (Enrollment, QuizAttempt, SurveyResponse):
        assert model.objects.filter(learner_key=key, user__isnull=True).exists()
    # Another person's records and name are untouched.
    assert Certificate.objects.get(code="BENS23456789").recipient_name == "Ben Other"
    assert User.objects.filter(pk=ben.pk).exists()
    # The verification page still works, without a name.
    html = client.get(f"/en/verify/{orphan.code}/").content.decode()
    assert "Partnering" in html and "Ana" not in html


def test_delete_only_ever_deletes_the_signed_in_person(client, ana, ben):
    client.force_login(ben)
    # Ana's password does not delete Ana: the view only acts on the person signed in.
    client.post(DELETE, {"password": DEFAULT_PASSWORD, "user": ana.pk, "email": ana.email})
    assert User.objects.filter(pk=ana.pk).exists()
    assert Certificate.objects.get(enrollment__user=ana).recipient_name == "Ana López"
    assert not User.objects.filter(pk=ben.pk).exists()
