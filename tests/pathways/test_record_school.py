"""Records count for the learner's school, even what they did before signing in."""

import uuid

import pytest

from pathways.learning import enroll, merge_learner_into_user, submit_quiz, submit_survey
from pathways.models import Enrollment, QuizAttempt, SurveyResponse
from tests.factories import SchoolFactory, UserFactory, build_course
from tests.factories.records import right_answers, survey_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


def test_a_signed_in_persons_records_carry_their_school(course):
    school = SchoolFactory()
    person = UserFactory(school=school)
    enrollment = enroll(person, course["pathway"], "en")
    attempt = submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    response = submit_survey(
        person, course["survey"], "pre", survey_answers(course["survey"]), "en", course["pathway"]
    )
    assert (enrollment.school, attempt.school, response.school) == (school, school, school)


def test_an_explicit_school_wins_over_the_persons(course):
    own, other = SchoolFactory(), SchoolFactory()
    person = UserFactory(school=own)
    assert enroll(person, course["pathway"], "en", school=other).school == other


def test_records_keep_the_school_of_their_time(course):
    first, later = SchoolFactory(), SchoolFactory()
    person = UserFactory(school=first)
    attempt = submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    person.school = later
    person.save()
    attempt.refresh_from_db()
    assert attempt.school == first


def test_anonymous_records_gain_the_school_when_merged(course):
    school = SchoolFactory()
    visitor = uuid.uuid4()
    submit_survey(
        visitor, course["survey"], "pre", survey_answers(course["survey"]), "en", course["pathway"]
    )
    submit_quiz(visitor, course["module"], right_answers(course["module"]), "en")
    assert not Enrollment.objects.filter(school__isnull=False).exists()
    person = UserFactory(school=school)
    merge_learner_into_user(visitor, person)
    for model in (Enrollment, QuizAttempt, SurveyResponse):
        assert list(model.objects.values_list("school", flat=True)) == [school.pk], model


def test_merge_leaves_schools_alone_for_a_person_without_one(course):
    visitor = uuid.uuid4()
    submit_quiz(visitor, course["module"], right_answers(course["module"]), "en")
    person = UserFactory()
    merge_learner_into_user(visitor, person)
    assert QuizAttempt.objects.get().school is None
