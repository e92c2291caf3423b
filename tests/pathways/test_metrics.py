"""The Pathways figures: people counted once, audiences matched in any language, suppression."""

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from django.test import override_settings

from pathways import metrics as pathway_metrics
from portal import metrics
from portal.metrics import Filters
from portal.school_year import SchoolYear
from portal.suppression import layout_for_district
from tests.factories import (
    AudienceFactory,
    CertificateFactory,
    EnrollmentFactory,
    PathwayPageFactory,
    QuizAttemptFactory,
    SchoolFactory,
    SurveyResponseFactory,
    UserFactory,
    build_learning_index,
    publish_translation,
    translate_snippet,
)

pytestmark = pytest.mark.django_db

ZONE = ZoneInfo("America/Los_Angeles")
YEAR = SchoolYear(2025)
IN_YEAR = datetime(2025, 10, 1, 9, tzinfo=ZONE)
LAST_YEAR = datetime(2025, 3, 1, 9, tzinfo=ZONE)


def compute(key, year=YEAR, **filters):
    """The figure as the Figures page shows it: for the filters' group, suppressed."""
    return metrics.value_of(metrics.get(key), year, Filters(**filters), layout_for_district())


@pytest.fixture
def audiences(db):
    parents = AudienceFactory(name="Parents and caregivers", slug="parents-caregivers")
    staff = AudienceFactory(name="School staff", slug="school-staff")
    staff_es = translate_snippet(staff, "es", name="Personal escolar", slug="personal-escolar")
    return {"parents": parents, "staff": staff, "staff_es": staff_es}


@pytest.fixture
def pathways(site_tree, audiences):
    learn, _learn_es = build_learning_index(site_tree)
    parents = PathwayPageFactory(parent=learn, title="Partnering", slug="partnering")
    parents.audiences.add(audiences["parents"])
    parents.save_revision().publish()
    staff = PathwayPageFactory(parent=learn, title="Welcoming Schools", slug="welcoming")
    # Tagged with the Spanish copy of the audience: still the staff audience.
    staff.audiences.add(audiences["staff_es"])
    staff.save_revision().publish()
    staff_es = publish_translation(staff, "es", title="Escuelas acogedoras", slug="acogedoras")
    return {"parents": parents, "staff": staff, "staff_es": staff_es}


def test_the_pathways_figures_are_registered():
    keys = {metric.key for metric in metrics.registered()}
    assert {metric.key for metric in pathway_metrics.METRICS} <= keys
    assert metrics.get("pathways.quiz_first_try").kind == "percent"


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=3)
def test_people_who_started_are_counted_once(pathways):
    parent = UserFactory()
    EnrollmentFactory(
        user=parent, pathway_key=pathways["parents"].translation_key, started_at=IN_YEAR
    )
    EnrollmentFactory(
        user=parent, pathway_key=pathways["staff"].translation_key, started_at=IN_YEAR
    )
    visitor = uuid.uuid4()
    EnrollmentFactory(
        learner_key=visitor, pathway_key=pathways["parents"].translation_key, started_at=IN_YEAR
    )
    EnrollmentFactory(
        learner_key=visitor, pathway_key=pathways["staff"].translation_key, started_at=IN_YEAR
    )
    EnrollmentFactory(
        pathway_key=pathways["staff"].translation_key, started_at=IN_YEAR, language="es"
    )
    EnrollmentFactory(pathway_key=pathways["parents"].translation_key, started_at=LAST_YEAR)

    assert compute("pathways.started") == metrics.MetricValue(3, people=3)
    # Only the two people in the parents' pathway: fewer than 3.
    assert compute("pathways.parents_started") == metrics.MetricValue(None, suppressed=True)
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=2):
        assert compute("pathways.parents_started").value == 2
    assert compute("pathways.started", year=YEAR.previous()).suppressed


@pytest.mark.parametrize("count, shown", [(2, False), (3, True)], ids=["N-1", "N"])
@override_settings(PORTAL_SMALL_CELL_THRESHOLD=3)
def test_suppression_at_the_threshold(pathways, count, shown):
    for _ in range(count):
        EnrollmentFactory(pathway_key=pathways["parents"].translation_key, started_at=IN_YEAR)
    value = compute("pathways.started")
    assert value.suppressed is not shown
    assert (value.value, value.people) == ((3, 3) if shown else (None, None))


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_staff_completion_counts_staff_pathways_in_either_language(pathways, audiences):
    done = {"completed_at": IN_YEAR + timedelta(days=3), "started_at": IN_YEAR}
    EnrollmentFactory(pathway_key=pathways["staff"].translation_key, **done)
    EnrollmentFactory(pathway_key=pathways["staff_es"].translation_key, language="es", **done)
    EnrollmentFactory(pathway_key=pathways["staff"].translation_key, started_at=IN_YEAR)
    EnrollmentFactory(pathway_key=pathways["parents"].translation_key, **done)

    assert compute("pathways.staff_completed").value == 2
    assert compute("pathways.completed").value == 3
    # The dashboard's audience filter narrows every figure, in any language of the audience.
    assert compute("pathways.completed", audience=audiences["staff"]).value == 2
    assert compute("pathways.completed", audience=audiences["parents"].pk).value == 1
    assert compute("pathways.staff_completed", language="es").value == 1


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_school_and_region_filters(pathways):
    near, far = SchoolFactory(), SchoolFactory()
    EnrollmentFactory(
        pathway_key=pathways["parents"].translation_key, started_at=IN_YEAR, school=near
    )
    EnrollmentFactory(
        pathway_key=pathways["parents"].translation_key, started_at=IN_YEAR, school=far
    )
    EnrollmentFactory(
        pathway_key=pathways["parents"].translation_key, started_at=IN_YEAR, school=far
    )
    assert compute("pathways.started", school=near).value == 1
    assert compute("pathways.started", school=str(far.pk)).value == 2
    assert compute("pathways.started", region=far.region).value == 2


def test_an_unknown_filter_value_is_an_error_not_everything(pathways):
    with pytest.raises(ValueError):
        compute("pathways.started", school=999999)
    with pytest.raises(ValueError):
        compute("pathways.started", region="not-a-number")


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=2)
def test_certificates_issued(pathways):
    person = UserFactory()
    for pathway in (pathways["parents"], pathways["staff"]):
        enrollment = EnrollmentFactory(user=person, pathway_key=pathway.translation_key)
        CertificateFactory(enrollment=enrollment, issued_at=IN_YEAR)
    other = EnrollmentFactory(pathway_key=pathways["parents"].translation_key)
    CertificateFactory(enrollment=other, issued_at=IN_YEAR)
    old = EnrollmentFactory(pathway_key=pathways["parents"].translation_key)
    CertificateFactory(enrollment=old, issued_at=LAST_YEAR)
    assert compute("pathways.certificates") == metrics.MetricValue(3, people=2)


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=4)
def test_quiz_first_try_share(pathways):
    module_key = uuid.uuid4()
    for passed in (True, True, True, False):
        person = uuid.uuid4()
        QuizAttemptFactory(
            learner_key=person, module_key=module_key, passed=passed, submitted_at=IN_YEAR
        )
        if not passed:  # the retry passes, but only first attempts count
            QuizAttemptFactory(
                learner_key=person, module_key=module_key, attempt_number=2, submitted_at=IN_YEAR
            )
    assert compute("pathways.quiz_first_try") == metrics.MetricValue(0.75, people=4)
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=5):
        assert compute("pathways.quiz_first_try").suppressed


def _survey(key, person, phase, value, when):
    return SurveyResponseFactory(
        learner_key=person,
        instrument_key=key,
        phase=phase,
        scores={"subscales": {}, "overall": value, "answered": 4},
        submitted_at=when,
    )


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=5)
def test_self_efficacy_figures_match_the_worked_example(db):
    survey, small = uuid.uuid4(), uuid.uuid4()
    for before, after in zip([2, 2.5, 3, 3.5, 2], [3, 3, 3.5, 4, 2], strict=True):
        person = uuid.uuid4()
        _survey(survey, person, "pre", before, IN_YEAR)
        _survey(survey, person, "post", after, IN_YEAR + timedelta(days=20))
    assert compute("pathways.self_efficacy_paired") == metrics.MetricValue(5, people=5)
    change = compute("pathways.self_efficacy_change")
    assert change.value == pytest.approx(0.5)
    assert change.people == 5
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=6):
        assert compute("pathways.self_efficacy_change") == metrics.MetricValue(
            None, suppressed=True
        )
    # A second survey with 4 pairs is hidden on its own in the report: the combined
    # figures are hidden too, or subtracting the first survey's would reveal it.
    for _ in range(4):
        person = uuid.uuid4()
        _survey(small, person, "pre", 1, IN_YEAR)
        _survey(small, person, "post", 5, IN_YEAR + timedelta(days=20))
    assert compute("pathways.self_efficacy_paired").suppressed
    assert compute("pathways.self_efficacy_change").suppressed


@override_settings(PORTAL_SMALL_CELL_THRESHOLD=1)
def test_every_figure_takes_a_fixed_number_of_queries(pathways, django_assert_max_num_queries):
    layout = layout_for_district()

    def compute_all():
        return [
            metrics.value_of(metric, YEAR, Filters(), layout) for metric in pathway_metrics.METRICS
        ]

    with django_assert_max_num_queries(len(pathway_metrics.METRICS) + 2) as few:
        compute_all()
    for pathway in (pathways["parents"], pathways["staff"]):
        for _ in range(10):
            enrollment = EnrollmentFactory(
                pathway_key=pathway.translation_key, started_at=IN_YEAR, completed_at=IN_YEAR
            )
            CertificateFactory(enrollment=enrollment, issued_at=IN_YEAR)
            QuizAttemptFactory(learner_key=enrollment.learner_key, submitted_at=IN_YEAR)
            _survey(pathway.translation_key, enrollment.learner_key, "pre", 2, IN_YEAR)
            _survey(
                pathway.translation_key,
                enrollment.learner_key,
                "post",
                3,
                IN_YEAR + timedelta(days=1),
            )
    with django_assert_max_num_queries(len(pathway_metrics.METRICS) + 2) as many:
        values = compute_all()
    assert len(many) == len(few)
    assert values[0] == metrics.MetricValue(20, people=20)


def test_the_figures_page_lists_the_pathways_figures(client, pathways):
    from portal import roles

    client.force_login(UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF]))
    html = client.get("/admin/figures/").content.decode()
    assert "People who started a pathway" in html
    assert "School staff who completed a Welcoming Schools pathway" in html
    assert "Mean change in self-efficacy (overall score)" in html
