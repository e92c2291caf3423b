"""The self-efficacy change report against hand-worked examples."""

import uuid
from dataclasses import fields
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from django.test import override_settings
from django.utils import translation

from pathways.learning import merge_learner_into_user, submit_survey
from pathways.models import SurveyResponse
from pathways.reports.filters import ReportFilters
from pathways.reports.self_efficacy import (
    ALL_PATHWAYS,
    OVERALL,
    ChangeRow,
    self_efficacy_change,
)
from portal.school_year import SchoolYear
from tests.factories import (
    AudienceFactory,
    EnrollmentFactory,
    SchoolFactory,
    SurveyResponseFactory,
    UserFactory,
    build_course,
)
from tests.factories.records import survey_answers, take_pathway

pytestmark = pytest.mark.django_db

ZONE = ZoneInfo("America/Los_Angeles")
START = datetime(2025, 9, 1, 10, tzinfo=ZONE)  # school year 2025-26
YEAR = SchoolYear(2025)
BEFORE = [2.0, 2.5, 3.0, 3.5, 2.0]
AFTER = [3.0, 3.0, 3.5, 4.0, 2.0]


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


def scores(value, school=None):
    """A response's scores as submit_survey stores them (SurveyScore as a dict)."""
    return {
        "subscales": {"learning": value, "school": value if school is None else school},
        "overall": value,
        "answered": 4,
    }


def respond(course, person, phase, value, when, **extra):
    """One response of `person` (a user or a learner key) to the course's survey."""
    who = {"user": person, "learner_key": uuid.uuid4()} if hasattr(person, "pk") else {}
    if not who:
        who = {"learner_key": person}
    return SurveyResponseFactory(
        **who,
        instrument_key=course["survey"].translation_key,
        instrument_name=course["survey"].name,
        pathway_key=course["pathway"].translation_key,
        phase=phase,
        scores=scores(value, **extra.pop("score_extra", {})),
        submitted_at=when,
        **extra,
    )


def five_parents(course, count=5, **extra):
    people = [uuid.uuid4() for _ in range(count)]
    for k, person in enumerate(people):
        respond(course, person, "pre", BEFORE[k % 5], START + timedelta(minutes=k), **extra)
        respond(
            course, person, "post", AFTER[k % 5], START + timedelta(days=30, minutes=k), **extra
        )
    return people


def row(rows, subscale=OVERALL):
    return next(r for r in rows if r.subscale_key == subscale)


def test_change_row_has_the_agreed_fields():
    assert [f.name for f in fields(ChangeRow)] == [
        "instrument_key",
        "instrument_name",
        "pathway_key",
        "pathway_title",
        "subscale_key",
        "subscale_label",
        "paired_n",
        "mean_before",
        "mean_after",
        "mean_change",
        "d_z",
        "ci_low",
        "ci_high",
        "share_improved",
        "before_responses",
        "after_responses",
        "enrolled",
        "before_rate",
        "after_rate",
        "suppressed",
    ]


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=5)
def test_five_parents_worked_by_hand(course):
    # Changes 1, .5, .5, .5, 0: mean 0.5; SD √(0.5/4) = 0.354; d_z = 0.5/0.354 = 1.414;
    # exact (noncentral t, 4 df) 95% CI [0.093, 2.668]; 4 of 5 improved.
    five_parents(course)
    rows = self_efficacy_change(ReportFilters(school_year=YEAR))
    # All pathways first, then the one pathway: the same five pairs.
    assert [(r.pathway_key, r.subscale_key) for r in rows] == [
        (ALL_PATHWAYS, OVERALL),
        (ALL_PATHWAYS, "learning"),
        (ALL_PATHWAYS, "school"),
        (str(course["pathway"].translation_key), OVERALL),
        (str(course["pathway"].translation_key), "learning"),
        (str(course["pathway"].translation_key), "school"),
    ]
    assert rows[0].pathway_title == "All pathways"
    assert rows[3].pathway_title == "Partnering with your child's school"
    assert rows[3:] == [
        ChangeRow(
            **{
                **r.__dict__,
                "pathway_key": rows[3].pathway_key,
                "pathway_title": rows[3].pathway_title,
            }
        )
        for r in rows[:3]
    ]
    overall = row(rows)
    assert overall.instrument_key == str(course["survey"].translation_key)
    assert overall.instrument_name == "Confidence with school"
    assert overall.paired_n == 5
    assert overall.mean_before == pytest.approx(2.6)
    assert overall.mean_after == pytest.approx(3.1)
    assert overall.mean_change == pytest.approx(0.5)
    assert overall.d_z == pytest.approx(1.414, abs=5e-4)
    assert overall.ci_low == pytest.approx(0.093, abs=5e-4)
    assert overall.ci_high == pytest.approx(2.668, abs=5e-4)
    assert overall.share_improved == pytest.approx(0.8)
    assert (overall.before_responses, overall.after_responses) == (5, 5)
    assert overall.suppressed is False
    assert row(rows, "learning").subscale_label == "Helping my child learn"
    assert row(rows, "school").subscale_label == "Working with the school"


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=5)
def test_subscales_are_paired_on_their_own_scores(course):
    five_parents(course, score_extra={"school": 4.0})  # "school" never moves
    school = row(self_efficacy_change(ReportFilters()), "school")
    assert school.mean_change == 0
    assert school.share_improved == 0
    assert school.d_z is None  # no variation: undefined, not zero


@pytest.mark.parametrize("count, suppressed", [(4, True), (5, False)], ids=["N-1", "N"])
@override_settings(PORTAL_SMALL_CELL_THRESHOLD=5)
def test_suppression_below_the_threshold(course, count, suppressed):
    five_parents(course, count=count)
    overall = row(self_efficacy_change(ReportFilters()))
    assert overall.suppressed is suppressed
    people = [
        overall.paired_n,
        overall.mean_before,
        overall.mean_after,
        overall.mean_change,
        overall.d_z,
        overall.ci_low,
        overall.ci_high,
        overall.share_improved,
        overall.after_rate,
    ]
    if suppressed:
        assert people == [None] * len(people)
        assert overall.before_responses is None and overall.before_rate is None
    else:
        assert None not in people
        assert overall.paired_n == 5 and overall.before_responses == 5


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=5)
def test_response_rates_count_enrolled_people_once(course):
    five_parents(course, count=6)  # 6 answered before and after
    for k in range(2):  # 2 more answered only "before"
        respond(course, uuid.uuid4(), "pre", 3.0, START + timedelta(hours=k + 1))
    pathway_key = course["pathway"].translation_key
    for _ in range(4):  # 4 enrolled people who never answered (one started in Spanish)
        EnrollmentFactory(pathway_key=pathway_key, started_at=START)
    EnrollmentFactory(pathway_key=uuid.uuid4(), started_at=START)  # another pathway: not counted
    overall = row(self_efficacy_change(ReportFilters(school_year=YEAR)))
    # Invited: 4 enrolled + 8 who answered "before" (their enrollments are not in the data).
    assert overall.enrolled == 12
    assert overall.before_responses == 8
    assert overall.before_rate == pytest.approx(8 / 12)
    assert overall.paired_n == 6
    assert overall.after_rate == pytest.approx(6 / 8)


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_english_and_spanish_copies_make_one_instrument(course):
    parents = [UserFactory() for _ in range(2)]
    take_pathway(parents[0], course, after_in="es")
    take_pathway(parents[1], course, after_in="en")
    with translation.override("es"):
        rows = self_efficacy_change(ReportFilters())
    assert {r.instrument_key for r in rows} == {str(course["survey"].translation_key)}
    overall = row(rows)
    assert overall.instrument_name == "Confianza con la escuela"
    assert overall.paired_n == 2
    # Every answer 2, then 4; the reverse item scores 4, then 2: 2.5 → 3.5.
    assert overall.mean_change == pytest.approx(1.0)
    assert overall.enrolled == 2 and overall.before_rate == 1 and overall.after_rate == 1


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_names_fall_back_to_the_snapshot(course):
    respond(course, uuid.uuid4(), "pre", 2.0, START)
    SurveyResponse.objects.update(
        instrument={
            "name": "Old survey",
            "subscales": [{"key": "learning", "label": "Old learning label"}],
        }
    )
    course["survey_es"].delete()
    course["survey"].delete()
    rows = self_efficacy_change(ReportFilters())
    assert row(rows).instrument_name == "Old survey"
    assert row(rows, "learning").subscale_label == "Old learning label"


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_filters_narrow_the_responses(course, site_tree):
    near, far = SchoolFactory(), SchoolFactory()
    five_parents(course, count=2, school=near)
    five_parents(course, count=3, school=far, language="es")
    # Another school year: left out of YEAR.
    person = uuid.uuid4()
    respond(course, person, "pre", 1.0, START - timedelta(days=365))
    respond(course, person, "post", 5.0, START - timedelta(days=300))

    def paired(**kwargs):
        rows = self_efficacy_change(ReportFilters(**kwargs))
        return row(rows).paired_n if rows else 0

    assert paired() == 6
    assert paired(school_year=YEAR) == 5
    assert paired(school=near) == 2
    assert paired(region=far.region) == 3
    assert paired(language="es") == 3
    staff = AudienceFactory(name="School staff", slug="school-staff")
    assert paired(audience=staff) == 0
    course["pathway"].audiences.add(staff)
    course["pathway"].save()
    assert paired(audience=staff) == 6


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_looking_back_responses_are_left_out(course):
    person = uuid.uuid4()
    respond(course, person, "pre", 2.0, START)
    SurveyResponseFactory(
        learner_key=person,
        instrument_key=course["survey"].translation_key,
        phase="retrospective",
        scores={"then": scores(1.0), "now": scores(5.0)},
        submitted_at=START + timedelta(days=1),
    )
    rows = self_efficacy_change(ReportFilters())
    pooled = [r.subscale_key for r in rows if r.pathway_key == ALL_PATHWAYS]
    assert pooled == [OVERALL, "learning", "school"]  # no then/now rows
    overall = row(rows)
    assert overall.before_responses == 1
    assert overall.paired_n == 0  # no pair: nobody, which is shown as 0
    assert overall.mean_change is None and overall.after_responses == 0


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_a_before_duplicated_by_merging_counts_once_from_the_earliest(course):
    """Before on the account, then again on a phone without signing in, after on the phone,
    then signing in: merging leaves the account two "before"s; the earliest is the baseline."""
    person, phone = UserFactory(), uuid.uuid4()
    survey, pathway = course["survey"], course["pathway"]
    submit_survey(person, survey, "pre", survey_answers(survey, 1), "en", pathway)
    SurveyResponse.objects.update(submitted_at=START)
    submit_survey(phone, survey, "pre", survey_answers(survey, 3), "en", pathway)
    submit_survey(phone, survey, "post", survey_answers(survey, 4), "en", pathway)
    later = SurveyResponse.objects.filter(user__isnull=True)
    later.filter(phase="pre").update(submitted_at=START + timedelta(days=1))
    later.filter(phase="post").update(submitted_at=START + timedelta(days=2))

    merge_learner_into_user(phone, person)

    assert SurveyResponse.objects.filter(user=person, phase="pre").count() == 2
    overall = row(self_efficacy_change(ReportFilters()))
    assert overall.before_responses == 1  # one person, not two
    assert overall.paired_n == 1
    # Answers 1 on a 1..5 scale with one reverse item: (1 + 5 + 1 + 1) / 4 = 2.
    assert overall.mean_before == pytest.approx(2.0)
    assert overall.mean_after == pytest.approx((4 + 2 + 4 + 4) / 4)
    assert overall.enrolled == 1


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_queries_do_not_grow_with_the_records(course, django_assert_max_num_queries):
    five_parents(course, count=3)
    # Responses, pathways' steps, instruments, enrollments, descriptions, titles, and the
    # regions and schools (the groups).
    with django_assert_max_num_queries(8):
        assert row(self_efficacy_change(ReportFilters(school_year=YEAR))).paired_n == 3
    five_parents(course, count=30)
    for _ in range(10):
        EnrollmentFactory(pathway_key=course["pathway"].translation_key, started_at=START)
    with django_assert_max_num_queries(8):
        assert row(self_efficacy_change(ReportFilters(school_year=YEAR))).paired_n == 33


def test_nothing_to_report_is_an_empty_list(db):
    assert self_efficacy_change(ReportFilters()) == []


# Pairing within the enrollment ----------------------------------------------------


@pytest.fixture
def second_pathway(course):
    """Another pathway with the same survey (as two demo pathways share one)."""
    from pathways.factories import stream, survey_step
    from tests.factories import PathwayPageFactory

    page = PathwayPageFactory(
        parent=course["pathway"].get_parent(),
        title="Reading at home",
        slug="reading",
        steps=stream(survey_step(course["survey"], "pre"), survey_step(course["survey"], "post")),
    )
    page.save_revision().publish()
    return page


def respond_in(course, pathway, person, phase, value, when, **score_extra):
    response = respond(course, person, phase, value, when, score_extra=score_extra)
    SurveyResponse.objects.filter(pk=response.pk).update(pathway_key=pathway.translation_key)
    return response


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_a_before_of_one_pathway_never_pairs_with_an_after_of_another(course, second_pathway):
    person = uuid.uuid4()
    respond_in(course, course["pathway"], person, "pre", 2.0, START)
    respond_in(course, second_pathway, person, "post", 4.0, START + timedelta(days=30))
    rows = self_efficacy_change(ReportFilters())
    assert all(r.paired_n in (None, 0) for r in rows if r.subscale_key == OVERALL)
    assert row(rows).before_responses == 1


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_pooled_rows_count_each_person_once_with_the_pathway_measured_first(course, second_pathway):
    person = uuid.uuid4()
    respond_in(course, course["pathway"], person, "pre", 2.0, START)
    respond_in(course, course["pathway"], person, "post", 3.0, START + timedelta(days=10))
    respond_in(course, second_pathway, person, "pre", 3.0, START + timedelta(days=20))
    respond_in(course, second_pathway, person, "post", 5.0, START + timedelta(days=40))
    rows = [r for r in self_efficacy_change(ReportFilters()) if r.subscale_key == OVERALL]
    by_pathway = {r.pathway_title: r for r in rows}
    assert by_pathway["All pathways"].paired_n == 1
    assert by_pathway["All pathways"].mean_change == pytest.approx(1.0)  # the first journey
    assert by_pathway["Partnering with your child's school"].mean_change == pytest.approx(1.0)
    assert by_pathway["Reading at home"].mean_change == pytest.approx(2.0)


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_a_subscale_answered_less_than_half_is_left_out_of_its_pairs_only(course):
    person = uuid.uuid4()
    respond(course, person, "pre", 2.0, START)
    unscored = respond(course, person, "post", 4.0, START + timedelta(days=30))
    SurveyResponse.objects.filter(pk=unscored.pk).update(
        scores={"subscales": {"learning": None, "school": 4.0}, "overall": 4.0, "answered": 3}
    )
    rows = [r for r in self_efficacy_change(ReportFilters()) if r.pathway_key == ALL_PATHWAYS]
    assert row(rows).paired_n == 1 and row(rows, "school").paired_n == 1
    assert row(rows, "learning").paired_n == 0  # no pair for this subscale
    assert row(rows, "learning").after_responses == 0
