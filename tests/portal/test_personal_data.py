"""A person owns their data: see what the site keeps, export it (JSON, CSV), delete the account.

Portal owns the pages and the file; each app registers its records
(``portal.personal_data``). Pathways is the first app registered; a throw-away
section shows that any app's records join the export, the account page and
the deletion.
"""

import csv
import io
import json

import pytest

from django.contrib.auth import get_user_model

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
from portal import personal_data
from portal.factories.users import DEFAULT_PASSWORD
from portal.personal_data import DELETED, PersonalDataSection
from tests.factories import UserFactory, build_course, records
from tests.factories.records import (
    CertificateFactory,
    EnrollmentFactory,
)

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
    data = personal_data.person_data(ana)
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
    response = client.get("/en/account/my-data.json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert ".json" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data == json.loads(personal_data.to_json(personal_data.person_data(ana)))
    text = response.content.decode()
    assert "Ben" not in text and "BENS23456789" not in text and "ben@example.org" not in text


def test_csv_export_is_an_attachment_with_every_record(client, ana, ben):
    client.force_login(ana)
    response = client.get("/es/account/my-data.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["registro", "número", "campo", "valor"]  # the Spanish page's
    records = {row[0] for row in rows[1:]}
    assert records == {
        "account",
        "enrollments",
        "quiz_attempts",
        "survey_responses",
        "certificates",
        "learning_statements",
    }
    assert ["certificates", "1", "recipient_name", "Ana López"] in rows
    assert any(row[0] == "quiz_attempts" and row[2].startswith("answers.1.") for row in rows)
    assert any(row[0] == "survey_responses" and row[2].startswith("scores.") for row in rows)
    assert "BENS23456789" not in response.content.decode()


@pytest.mark.parametrize(
    "path",
    ["/en/account/my-data.json", "/en/account/my-data.csv", "/en/account/delete/"],
    ids=["json", "csv", "delete"],
)
def test_anonymous_is_sent_to_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


# Delete -----------------------------------------------------------------

DELETE = "/en/account/delete/"


def test_confirm_page_asks_for_password(client, ana):
    client.force_login(ana)
    response = client.get(DELETE)
    assert response.status_code == 200
    assert 'type="password"' in response.content.decode()


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_wrong_password_keeps_the_account(client, ana, language):
    client.force_login(ana)
    response = client.post(f"/{language}/account/delete/", {"password": "wrong"})
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


# One registry for every app -----------------------------------------------


@pytest.fixture
def volunteer_hours():
    """A throw-away app's section, as Events or Volunteers will register theirs."""
    logged = {}
    forgotten = []
    section = PersonalDataSection(
        key="volunteer_hours",
        label="Volunteer hours",
        app_label="volunteers",
        collect=lambda user: logged.get(user.pk, []),
        on_delete=DELETED,
        deletion="Deleted with your account.",
        forget=lambda user: forgotten.append(logged.pop(user.pk, None)),
        order=50,
    )
    personal_data.register(section)
    yield {"logged": logged, "forgotten": forgotten}
    personal_data.unregister("volunteer_hours")


def test_another_apps_section_joins_the_export_the_page_and_the_deletion(
    client, ana, volunteer_hours
):
    volunteer_hours["logged"][ana.pk] = [{"school": "Lincoln", "hours": 3}]
    client.force_login(ana)

    data = json.loads(client.get("/en/account/my-data.json").content)
    assert data["volunteer_hours"] == [{"school": "Lincoln", "hours": 3}]
    rows = list(csv.reader(io.StringIO(client.get("/en/account/my-data.csv").content.decode())))
    assert ["volunteer_hours", "1", "hours", "3"] in rows

    page = client.get("/en/account/").content.decode()
    assert "Volunteer hours" in page and "Deleted with your account." in page

    client.post("/en/account/delete/", {"password": DEFAULT_PASSWORD})
    assert volunteer_hours["forgotten"] == [[{"school": "Lincoln", "hours": 3}]]
    assert not User.objects.filter(pk=ana.pk).exists()


def test_a_section_must_say_what_deletion_does():
    with pytest.raises(ValueError):
        PersonalDataSection("x", "X", "x", collect=list, on_delete="kept forever")


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_the_account_page_lists_what_the_site_keeps(client, ana, language):
    client.force_login(ana)
    html = client.get(f"/{language}/account/").content.decode()
    from django.utils import translation

    with translation.override(language):
        for section in personal_data.sections():
            assert str(section.label) in html
        assert translation.gettext("Download my data (JSON)") in html
        assert translation.gettext("Delete my account") in html
    held = {h.section.key: h.count for h in personal_data.holdings(ana)}
    assert held["enrollments"] == 1 and held["quiz_attempts"] == 1
    assert held["survey_responses"] == 2 and held["certificates"] == 1
    assert held["checklists"] == 0 and held["learning_statements"] > 0


@pytest.mark.parametrize(
    "old, new",
    [
        ("/en/my-learning/export.json", "/en/account/my-data.json"),
        ("/es/my-learning/export.csv", "/es/account/my-data.csv"),
        ("/en/my-learning/delete/", "/en/account/delete/"),
    ],
)
def test_the_old_addresses_lead_to_the_new_ones(client, ana, old, new):
    client.force_login(ana)
    response = client.get(old)
    assert response.status_code == 302 and response["Location"] == new


def test_the_account_menu_lists_each_apps_entries(client, ana):
    client.force_login(ana)
    html = client.get("/en/").content.decode()
    menu = html.split('class="account-links"')[1].split("</nav>")[0]
    assert 'href="/en/account/"' in menu and 'href="/en/my-learning/"' in menu
    assert "/my-school/learning/" not in menu  # only for school leaders
