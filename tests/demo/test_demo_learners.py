"""`manage.py load_demo` adds demo learners whose records agree with the site's rules.

The demo is loaded once for the package (twice, to prove the second run adds
nothing): see ``tests/demo/conftest.py``.
"""

import datetime
import re
from collections import defaultdict

import pytest

from django.contrib.auth import authenticate
from django.urls import reverse
from django.utils import timezone

from pathways import stats
from pathways.demo.people import PARENT_DOMAIN, PRINCIPAL_SCHOOL, STAFF_DOMAIN, plan_people
from pathways.kinds import POST, PRE, RETROSPECTIVE
from pathways.learning.assessments import quiz_questions, survey_instrument
from pathways.models import (
    Certificate,
    Enrollment,
    LearnerKey,
    LearningStatement,
    PathwayPage,
    QuizAttempt,
    QuizItemResponse,
    StepCompletion,
    SurveyResponse,
)
from pathways.progress import attendance_meets
from pathways.scoring import score_quiz, score_response
from portal import activities, roles
from portal.demo.content import DEMO_PASSWORD
from portal.models import School, User
from portal.school_year import SchoolYear

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def pathways(demo, django_db_blocker):
    """English pathway pages by translation key (their rules decide completion)."""
    with django_db_blocker.unblock():
        return {
            page.translation_key: page
            for page in PathwayPage.objects.filter(locale__language_code="en")
        }


def test_a_second_load_adds_nothing(demo):
    assert demo["first"]["enrollments"] > 400
    assert demo["second"] == demo["first"]
    assert re.search(r"^Demo learners: \d+ people, \d+ enrollments, ", demo["outputs"][0], re.M)
    assert re.search(r"^Demo learners: all \d+ already loaded\.$", demo["outputs"][1], re.M)


def test_parents_staff_and_anonymous_learners(demo):
    parents = User.objects.filter(email__endswith=f"@{PARENT_DOMAIN}")
    assert 300 <= parents.count() <= 400
    assert not parents.filter(school=None).exists()
    english = parents.filter(preferred_language="en").count() / parents.count()
    assert 0.5 <= english <= 0.6
    staff = User.objects.filter(email__endswith=f"@{STAFF_DOMAIN}")
    assert 50 <= staff.count() <= 70
    assert staff.filter(groups__name=roles.SCHOOL_STAFF).count() == staff.count()
    assert not staff.filter(school=None).exists()
    anonymous = Enrollment.objects.filter(user=None)
    assert anonymous.exists() and not anonymous.exclude(school=None).exists()
    # Every account's records carry its own learner key.
    keys = dict(LearnerKey.objects.values_list("user_id", "key"))
    for user_id, key in Enrollment.objects.exclude(user=None).values_list("user_id", "learner_key"):
        assert keys[user_id] == key


def test_some_schools_and_a_region_are_below_the_small_cell_threshold(demo, settings):
    by_school, by_region = defaultdict(set), defaultdict(set)
    rows = Enrollment.objects.exclude(school=None).values_list(
        "school__code", "school__region__slug", "learner_key"
    )
    for code, region, key in rows:
        by_school[code].add(key)
        by_region[region].add(key)
    threshold = settings.PORTAL_SMALL_CELL_THRESHOLD
    assert any(0 < len(keys) < threshold for keys in by_school.values())
    assert any(len(keys) >= 3 * threshold for keys in by_school.values())
    assert any(len(keys) < threshold for keys in by_region.values())


def test_the_principal_logs_in_and_has_staff_learners_at_their_school(demo):
    assert "principal@example.org" in demo["outputs"][0]
    principal = authenticate(email="principal@example.org", password=DEMO_PASSWORD)
    assert principal is not None
    assert principal.groups.filter(name=roles.SCHOOL_LEADERS).exists()
    assert principal.school == School.objects.get(code=PRINCIPAL_SCHOOL)
    welcoming = PathwayPage.objects.get(slug="welcoming-schools")
    staff_learners = Enrollment.objects.filter(
        pathway_key=welcoming.translation_key,
        school=principal.school,
        user__groups__name=roles.SCHOOL_STAFF,
    )
    assert 10 <= staff_learners.count() <= 14
    assert staff_learners.filter(completed_at__isnull=False).exists()


def test_the_demo_parent_sees_real_records_in_my_learning(demo, client):
    parent = User.objects.get(email="parent@example.org")
    assert parent.school is not None
    assert Enrollment.objects.filter(user=parent, completed_at__isnull=False).exists()
    assert Enrollment.objects.filter(user=parent, completed_at=None).exists()
    assert QuizAttempt.objects.filter(user=parent, passed=False).exists()
    client.force_login(parent)
    response = client.get(reverse("pathways:my_learning"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Getting started with the Parent Portal" in html
    assert "Partnering with your child" in html


def test_completion_agrees_with_the_pathway_rule(demo, pathways):
    steps = defaultdict(dict)
    for enrollment_id, step_id, moment in StepCompletion.objects.values_list(
        "enrollment_id", "step_id", "completed_at"
    ):
        steps[enrollment_id][step_id] = moment
    completed = 0
    for enrollment in Enrollment.objects.all():
        page = pathways[enrollment.pathway_key]
        done = steps[enrollment.pk]
        assert all(moment >= enrollment.started_at for moment in done.values())
        assert page.progress_of(done).is_complete is (enrollment.completed_at is not None)
        if enrollment.completed_at is None:
            continue
        completed += 1
        # completed_at is the moment the rule was first met: not one step earlier.
        by_then = [step for step, moment in done.items() if moment <= enrollment.completed_at]
        before = [step for step, moment in done.items() if moment < enrollment.completed_at]
        assert page.progress_of(by_then).is_complete
        assert not page.progress_of(before).is_complete
    assert completed >= 100


def test_step_completions_belong_to_their_pathway_and_have_a_cause(demo, pathways):
    definitions = {
        key: {d["step_id"]: d for d in page.step_definitions()} for key, page in pathways.items()
    }
    passes = set(
        QuizAttempt.objects.filter(passed=True).values_list(
            "learner_key", "module_key", "submitted_at"
        )
    )
    surveys = set(
        SurveyResponse.objects.values_list("learner_key", "pathway_key", "phase", "submitted_at")
    )
    for step in StepCompletion.objects.select_related("enrollment"):
        enrollment = step.enrollment
        definition = definitions[enrollment.pathway_key][step.step_id]
        assert step.kind == definition["kind"]
        assert str(step.target_key) == definition["target"]
        if step.kind == "module":
            # The pass itself, or a pass before the pathway began (credited when it began).
            cause = (enrollment.learner_key, step.target_key, step.completed_at)
            assert cause in passes or any(
                (learner, module) == cause[:2] and when <= enrollment.started_at
                for learner, module, when in passes
            )
        elif step.kind == "event":
            # A check-in of the person's account: at the event, or at a workshop on the topic.
            assert enrollment.user_id is not None
            assert any(
                attendance_meets(definition, attended.event_key, attended.topic_key)
                for attended in activities.attended_before(enrollment.user)
            )
        else:
            phase = definition["phase"]
            cause = (enrollment.learner_key, enrollment.pathway_key, phase, step.completed_at)
            assert cause in surveys


def test_certificates_for_completed_account_enrollments(demo, pathways):
    for enrollment in Enrollment.objects.filter(completed_at__isnull=False).select_related(
        "certificate", "user"
    ):
        certificate = getattr(enrollment, "certificate", None)
        deserves = pathways[enrollment.pathway_key].issues_certificate and enrollment.user_id
        assert (certificate is not None) == bool(deserves)
        if certificate is not None:
            assert certificate.issued_at == enrollment.completed_at
            assert certificate.recipient_name == enrollment.user.get_full_name()
            assert certificate.language == enrollment.language
    assert not Certificate.objects.filter(enrollment__completed_at=None).exists()


def test_quiz_attempts_are_scored_as_the_site_scores_them(demo):
    answers = defaultdict(dict)
    for attempt_id, question_id, chosen, correct in QuizItemResponse.objects.values_list(
        "attempt_id", "question_id", "chosen", "correct"
    ):
        answers[attempt_id][question_id] = (chosen, correct)
    numbers = defaultdict(list)
    first_failed = 0
    for attempt in QuizAttempt.objects.all():
        result = score_quiz(
            quiz_questions({"questions": attempt.questions}),
            {qid: chosen for qid, (chosen, _) in answers[attempt.pk].items()},
            attempt.pass_mark,
        )
        assert (attempt.percent, attempt.passed) == (result.percentage, result.passed)
        assert float(attempt.score) == pytest.approx(float(result.score), abs=1e-4)
        assert [r.correct for r in result.results] == [
            answers[attempt.pk][r.question_id][1] for r in result.results
        ]
        if attempt.passed:
            assert attempt.percent >= attempt.pass_mark
        numbers[(attempt.learner_key, attempt.module_key)].append(attempt.attempt_number)
        first_failed += attempt.attempt_number == 1 and not attempt.passed
    assert all(sorted(found) == list(range(1, len(found) + 1)) for found in numbers.values())
    assert first_failed >= 50
    assert any(n[:2] == [1, 2] for n in numbers.values())


def test_some_questions_are_noticeably_harder(demo):
    right, asked = defaultdict(int), defaultdict(int)
    rows = QuizItemResponse.objects.filter(attempt__attempt_number=1).values_list(
        "question_id", "correct"
    )
    for question_id, correct in rows:
        asked[question_id] += 1
        right[question_id] += correct
    shares = [right[q] / asked[q] for q in asked if asked[q] >= 20]
    assert min(shares) < 0.7 < 0.85 < max(shares)


def test_survey_scores_are_stored_as_submit_survey_stores_them(demo):
    for response in SurveyResponse.objects.select_related("user"):
        scorer = survey_instrument(response.instrument)
        if response.phase == RETROSPECTIVE:
            for part in ("then", "now"):
                score = score_response(scorer, response.answers[part])
                assert response.scores[part]["subscales"] == score.subscales
        else:
            score = score_response(scorer, response.answers)
            assert response.scores == {
                "subscales": score.subscales,
                "overall": score.overall,
                "answered": score.answered,
            }
        if response.user is not None:
            assert response.language == response.user.preferred_language
            assert response.school_id == response.user.school_id


def pairing(subscale, school_year=None):
    responses = SurveyResponse.objects.filter(phase__in=[PRE, POST])
    if school_year is not None:
        start, end = school_year.bounds()
        responses = responses.filter(submitted_at__gte=start, submitted_at__lt=end)
    pre, post = [], []
    for response in responses:
        score = response.scores["subscales"][subscale]
        row = stats.Response(response.learner_key, response.submitted_at, score)
        (pre if response.phase == PRE else post).append(row)
    return stats.pair_responses(pre, post)


@pytest.mark.parametrize("year", ["current", "all"], ids=["current-year", "all-time"])
def test_self_efficacy_change_is_reportable(demo, settings, year):
    school_year = SchoolYear.current() if year == "current" else None
    change = {}
    for subscale in ("school", "learning"):
        found = pairing(subscale, school_year)
        assert len(found.pairs) >= settings.PORTAL_SMALL_CELL_THRESHOLD
        assert found.unpaired_pre > 0  # not everyone answers the "after" survey
        change[subscale] = stats.paired_change(found.pairs)
        assert change[subscale].share_worse > 0  # a few are less sure afterwards
    assert 0.3 <= change["school"].mean_change <= 0.7
    assert 0 < change["learning"].mean_change < change["school"].mean_change


def test_records_lie_in_the_previous_and_current_school_years(demo):
    now = timezone.now()
    first_day = SchoolYear.current().previous().first_day
    earliest = datetime.datetime.combine(
        first_day, datetime.time.min, tzinfo=timezone.get_current_timezone()
    )
    for model, field in (
        (Enrollment, "started_at"),
        (StepCompletion, "completed_at"),
        (QuizAttempt, "submitted_at"),
        (SurveyResponse, "submitted_at"),
    ):
        moments = model.objects.values_list(field, flat=True)
        assert earliest <= min(moments) and max(moments) <= now, model.__name__
    start, _end = SchoolYear.current().bounds()
    assert Enrollment.objects.filter(started_at__gte=start).count() > 150
    assert Enrollment.objects.filter(started_at__lt=start).count() > 100
    assert set(Enrollment.objects.values_list("language", flat=True)) == {"en", "es"}


def test_the_plan_is_the_same_every_time():
    first, second = plan_people(), plan_people()
    assert [(p.email, p.school_code, p.pathways, p.language) for p in first] == [
        (p.email, p.school_code, p.pathways, p.language) for p in second
    ]
    assert len({p.learner_key for p in first}) == len(first)
    assert len({p.email for p in first if p.email}) == sum(1 for p in first if p.email)
    assert plan_people(seed=1) != first


def test_demo_records_have_their_xapi_statements(demo):
    """As if written through the services: one "attempted" per enrollment, a verdict per attempt."""
    statements = LearningStatement.objects
    assert (
        statements.filter(
            verb="attempted", object_key__in=Enrollment.objects.values("pathway_key")
        ).count()
        >= Enrollment.objects.count()
    )
    assert statements.filter(verb__in=["passed", "failed"]).count() == QuizAttempt.objects.count()
    assert statements.filter(verb="completed").count() == (
        StepCompletion.objects.count()
        + Enrollment.objects.filter(completed_at__isnull=False).count()
    )
    assert statements.filter(user__isnull=False).count() > 0
    assert re.search(r"[1-9]\d* xAPI statements", demo["outputs"][0], re.M)


def test_no_statement_can_be_linked_to_a_person_by_their_email(demo):
    """The probe hashed every demo email and matched 10,670 statements; now none."""
    import hashlib

    from pathways.xapi.statements import pseudonym

    emails = list(User.objects.values_list("email", flat=True))
    hashes = {hashlib.sha1(f"mailto:{email}".encode()).hexdigest() for email in emails}
    rows = LearningStatement.objects.values_list("learner_key", "statement")
    assert rows.count() > 10_000
    for learner_key, body in rows.iterator():
        assert set(body["actor"]) == {"objectType", "account"}
        assert body["actor"]["account"]["name"] == pseudonym(learner_key)
        text = str(body)
        assert "mbox" not in text and "@" not in text
        assert hashlib.sha1(str(body["actor"]).encode()).hexdigest() not in hashes
    assert not hashes & {body["actor"]["account"]["name"] for _key, body in rows.iterator()}


def test_some_answers_leave_a_subscale_unscored_so_the_reports_leave_them_out(demo):
    """The "at least half the statements" rule has something to leave out in the demo."""
    from pathways.reports.filters import ReportFilters
    from pathways.reports.self_efficacy import ALL_PATHWAYS, self_efficacy_change

    partial = [
        response
        for response in SurveyResponse.objects.filter(phase__in=[PRE, POST])
        if response.scores.get("overall") is not None
        and None in (response.scores.get("subscales") or {}).values()
    ]
    assert len(partial) >= 3
    rows = [r for r in self_efficacy_change(ReportFilters()) if r.pathway_key == ALL_PATHWAYS]
    overall = next(r for r in rows if r.subscale_key == "overall")
    assert any(
        r.paired_n is not None and r.paired_n < overall.paired_n
        for r in rows
        if r.subscale_key != "overall"
    )
