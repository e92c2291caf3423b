"""Credit where it was earned: a module's quiz passed counts in every pathway that
includes the module, before or after enrolling, signed in or not, in progress, records
and reports alike."""

import uuid

import pytest

from pathways.learning import enroll, merge_learner_into_user, progress_for, submit_quiz
from pathways.learning.enrollments import credit_earlier_passes
from pathways.models import StepCompletion
from pathways.reports.filters import ReportFilters
from pathways.reports.funnel import pathway_funnel
from tests.factories import UserFactory, build_course
from tests.factories.records import right_answers, wrong_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_tree):
    return build_course(site_tree, max_attempts=2)


def module_done(enrollment, course):
    return StepCompletion.objects.filter(
        enrollment=enrollment, step_id=course["steps"]["module"]
    ).exists()


def test_a_quiz_passed_before_enrolling_completes_the_step_at_once(course):
    person = UserFactory()
    submit_quiz(person, course["module_es"], right_answers(course["module_es"]), "es")
    enrollment = enroll(person, course["pathway"], "en")  # the English copy: the same module
    assert module_done(enrollment, course)
    step = enrollment.step_completions.get(step_id=course["steps"]["module"])
    assert step.completed_at >= enrollment.started_at  # credited when the pathway began
    assert progress_for(enrollment, course["pathway"]).completed == 1


def test_a_failed_quiz_gives_no_credit(course):
    person = UserFactory()
    submit_quiz(person, course["module"], wrong_answers(course["module"]), "en")
    assert not module_done(enroll(person, course["pathway"], "en"), course)


def test_a_quiz_passed_after_enrolling_completes_the_step_as_before(course):
    person = UserFactory()
    enrollment = enroll(person, course["pathway"], "en")
    submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    assert module_done(enrollment, course)


def test_a_pass_signed_out_counts_in_the_accounts_pathway_after_signing_in(course):
    person = UserFactory()
    account = enroll(person, course["pathway"], "en")
    visitor = uuid.uuid4()
    submit_quiz(visitor, course["module"], right_answers(course["module"]), "en")
    assert not module_done(account, course)
    merge_learner_into_user(visitor, person)
    assert module_done(account, course)


def test_an_anonymous_visitor_gets_credit_too(course):
    visitor = uuid.uuid4()
    submit_quiz(visitor, course["module"], right_answers(course["module"]), "en")
    assert module_done(enroll(visitor, course["pathway_es"], "es"), course)


def test_someone_elses_pass_is_not_credited(course):
    submit_quiz(UserFactory(), course["module"], right_answers(course["module"]), "en")
    assert not module_done(enroll(UserFactory(), course["pathway"], "en"), course)


def test_crediting_twice_adds_nothing(course):
    person = UserFactory()
    submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    enrollment = enroll(person, course["pathway"], "en")
    assert credit_earlier_passes(enrollment, course["pathway"]) == []
    assert enrollment.step_completions.count() == 1


def test_the_learning_report_counts_the_credited_step(course, settings):
    settings.PORTAL_SMALL_CELL_THRESHOLD = 1
    person = UserFactory()
    submit_quiz(person, course["module"], right_answers(course["module"]), "en")
    enroll(person, course["pathway"], "en")
    rows = pathway_funnel(ReportFilters())
    module_row = next(row for row in rows if row.step_id == course["steps"]["module"])
    assert module_row.people == 1


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_pathway_page_shows_a_passed_module_before_starting(client, course, lang):
    from .test_quiz_taking import submit

    module, pathway = (
        (course["module"], course["pathway"])
        if lang == "en"
        else (
            course["module_es"],
            course["pathway_es"],
        )
    )
    before = client.get(pathway.url).content.decode()
    submit(client, module, right_answers(module))
    after = client.get(pathway.url).content.decode()
    note = {
        "en": "Quiz passed: this step counts when you start",
        "es": "Cuestionario aprobado: este paso cuenta cuando empiece",
    }[lang]
    assert note not in before and note in after
