"""Learner records: what they keep, and that they outlive the content and the account."""

import uuid

import pytest

from django.db import IntegrityError
from django.db.models import ProtectedError

from pathways.learning import enroll
from pathways.models import (
    Certificate,
    Enrollment,
    HowToModulePage,
    PathwayPage,
    QuizAttempt,
    QuizItemResponse,
    SelfEfficacyInstrument,
    StepCompletion,
    SurveyResponse,
)
from tests.factories import (
    EnrollmentFactory,
    UserFactory,
    build_course,
    publish_translation,
)
from tests.factories.records import take_pathway

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


@pytest.fixture
def finished(course):
    """Someone who took the whole pathway: English survey and quiz, Spanish after-survey."""
    person = UserFactory(first_name="Ana", last_name="López")
    return take_pathway(person, course, after_in="es")


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


EXPECTED = {
    "Enrollment": 1,
    "StepCompletion": 3,
    "QuizAttempt": 1,
    "QuizItemResponse": 3,
    "SurveyResponse": 2,
    "Certificate": 1,
}


def delete_content(course):
    for model in (PathwayPage, HowToModulePage):
        for page in model.objects.all():
            page.delete()
    SelfEfficacyInstrument.objects.all().delete()
    assert not PathwayPage.objects.exists() and not HowToModulePage.objects.exists()


def unpublish_content(course):
    for key in ("pathway", "pathway_es", "module", "module_es"):
        course[key].unpublish()
    course["survey"].unpublish()


def retranslate_content(course):
    course["module_es"].delete()
    course["pathway_es"].delete()
    publish_translation(course["module"], "es", title="Otro título", slug="otro")
    publish_translation(course["pathway"], "es", title="Camino nuevo", slug="camino-nuevo")
    module = course["module"]
    module.title = "Checking grades (new edition)"
    module.quiz_questions = []
    module.save_revision().publish()


@pytest.mark.parametrize(
    "change",
    [delete_content, unpublish_content, retranslate_content],
    ids=["deleted", "unpublished", "retranslated"],
)
def test_records_survive_content_changes(course, finished, change):
    assert counts() == EXPECTED
    change(course)
    assert counts() == EXPECTED
    enrollment = Enrollment.objects.get()
    assert enrollment.pathway_title == "Partnering with your child's school"
    assert enrollment.completed_at is not None
    assert enrollment.pathway_key == course["pathway"].translation_key
    attempt = QuizAttempt.objects.get()
    assert attempt.module_title == "How to check grades"
    assert attempt.questions[0]["prompt"] == "Where do you find your child's grades?"
    chosen = attempt.responses.first().chosen
    asked = attempt.question_snapshot(attempt.responses.first().question_id)
    assert [c["text"] for c in asked["choices"] if c["choice_id"] in chosen] == [
        "In the Parent Portal"
    ]
    pre, post = SurveyResponse.objects.order_by("submitted_at")
    assert (pre.instrument_name, post.instrument_name) == (
        "Confidence with school",
        "Confianza con la escuela",
    )
    assert post.language == "es" and post.pathway_key == enrollment.pathway_key
    assert pre.instrument["items"][0]["text"] == "I can help my child with homework."
    assert post.scores["overall"] == 3.5  # 4, 4 and the reverse item 4 → 2
    certificate = Certificate.objects.get()
    assert (certificate.recipient_name, certificate.pathway_title) == (
        "Ana López",
        "Partnering with your child's school",
    )


def test_retranslated_pathway_is_still_the_same_pathway(course, finished):
    retranslate_content(course)
    new_es = PathwayPage.objects.get(locale__language_code="es")
    assert enroll(finished, new_es, "es") == Enrollment.objects.get()


def test_deleting_an_account_keeps_anonymous_records(course, finished):
    key = Enrollment.objects.get().learner_key
    finished.delete()
    assert counts() == EXPECTED
    for model in (Enrollment, QuizAttempt, SurveyResponse):
        assert (
            model.objects.filter(user__isnull=True, learner_key=key).count()
            == model.objects.count()
        )


def test_an_enrollment_with_a_certificate_cannot_be_deleted(course, finished):
    with pytest.raises(ProtectedError):
        Enrollment.objects.get().delete()


@pytest.mark.parametrize(
    "same",
    ["user", "learner_key"],
    ids=["same-person", "same-learner-key"],
)
def test_one_enrollment_per_learner_and_pathway(same):
    person = UserFactory()
    first = EnrollmentFactory(user=person)
    other = {"user": person} if same == "user" else {"learner_key": first.learner_key}
    with pytest.raises(IntegrityError):
        EnrollmentFactory(pathway_key=first.pathway_key, **other)


def test_anonymous_enrollments_of_different_learners_coexist():
    first = EnrollmentFactory()
    EnrollmentFactory(pathway_key=first.pathway_key)
    assert Enrollment.objects.filter(pathway_key=first.pathway_key, user=None).count() == 2


def test_attempt_numbers_are_unique_per_learner_and_module():
    key, module = uuid.uuid4(), uuid.uuid4()
    QuizAttempt.objects.create(
        learner_key=key,
        module_key=module,
        module_title="m",
        language="en",
        attempt_number=1,
        submitted_at="2026-01-01T00:00Z",
        pass_mark=70,
        score=1,
        percent=100,
        passed=True,
    )
    with pytest.raises(IntegrityError):
        QuizAttempt.objects.create(
            learner_key=key,
            module_key=module,
            module_title="m",
            language="en",
            attempt_number=1,
            submitted_at="2026-01-02T00:00Z",
            pass_mark=70,
            score=0,
            percent=0,
            passed=False,
        )
