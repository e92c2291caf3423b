"""A pathway step "attend a workshop": one event (any of its dates) or any workshop on a topic.

Checking in completes the step for the person checked in, as a passed quiz or an answered
survey does, through the seam in ``portal/activities.py`` (events tells, pathways listens:
neither imports the other).
"""

import logging
import uuid

import pytest

from django.test import override_settings

from wagtail import blocks

from events import checkin, kiosk
from events.factories import RegistrationFactory, occurrences_of
from events.kinds import RegistrationRoute
from events.registration import Details
from pathways.blocks import EventStepBlock, PathwayStepsBlock
from pathways.factories import (
    HowToModulePageFactory,
    PathwayPageFactory,
    event_step,
    module_step,
    stream,
)
from pathways.learning import enroll, merge_learner_into_user
from pathways.models import Certificate, LearnerKey, LearningStatement, StepCompletion
from pathways.reports.filters import ReportFilters
from pathways.reports.funnel import pathway_funnel
from pathways.xapi import statements as x
from portal import activities
from portal.factories import UserFactory, publish_translation
from tests.events.world import build_calendar
from tests.factories import build_learning_index

pytestmark = pytest.mark.django_db

LANGUAGES = pytest.mark.parametrize("lang", ["en", "es"], ids=["english", "spanish"])


@pytest.fixture(autouse=True)
def _render_every_time(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def world(site_tree):
    """The events tests' calendar (a weekly workshop, an online class on “Technology”…)."""
    return build_calendar(site_tree)


@pytest.fixture
def course(site_tree, world):
    """A bilingual pathway: the weekly workshop, then any workshop on “Technology”, and an
    optional module; it issues a certificate."""
    learn, _learn_es = build_learning_index(site_tree)
    module = HowToModulePageFactory(parent=learn, title="Reading tips", slug="reading-tips")
    module.save_revision().publish()
    pathway = PathwayPageFactory(
        parent=learn,
        title="Parent University",
        slug="parent-university",
        issues_certificate=True,
        steps=stream(
            event_step(world.weekly),
            event_step(topic=world.topic),
            module_step(module, required=False),
        ),
    )
    pathway.save_revision().publish()
    pathway_es = publish_translation(
        pathway, "es", title="Universidad para Padres", slug="universidad-para-padres"
    )
    ids = [step["step_id"] for step in pathway.step_definitions()]
    return {
        "pathway": pathway,
        "pathway_es": pathway_es,
        "series": ids[0],
        "topic": ids[1],
        "module": ids[2],
    }


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what waits for the check-in's transaction to commit (the signal is sent then)."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def registered(user, event, number=0):
    occurrence = occurrences_of(event)[number]
    return RegistrationFactory(
        occurrence=occurrence, user=user, email=user.email, route=RegistrationRoute.ACCOUNT
    )


def check_in(commit, user, event, number=0):
    with commit():
        attendance, created = checkin.check_in_registration(registered(user, event, number))
    assert created
    return attendance


def done(enrollment):
    return set(enrollment.step_completions.values_list("step_id", flat=True))


# --------------------------------------------------------------------------
# The block
# --------------------------------------------------------------------------


def test_an_event_step_names_an_event_or_a_topic_never_both_nor_neither(world):
    block = EventStepBlock()
    for value in ({"event": world.weekly.pk}, {"topic": world.topic.pk}):
        cleaned = block.clean(block.to_python({"required": True, **value}))
        assert cleaned["event"] or cleaned["topic"]
    for value in ({}, {"event": world.weekly.pk, "topic": world.topic.pk}):
        with pytest.raises(blocks.StructBlockValidationError) as raised:
            block.clean(block.to_python({"required": True, **value}))
        messages = [str(error.message) for error in raised.value.non_block_errors.as_data()]
        assert messages == ["Choose an event or a topic (one of them)."]


def test_a_steps_stream_with_an_empty_event_step_does_not_validate(world):
    block = PathwayStepsBlock()
    with pytest.raises(blocks.StreamBlockValidationError):
        block.clean(block.to_python(stream(("event", {"required": True}))))
    assert block.clean(block.to_python(stream(event_step(world.weekly))))


def test_the_block_renders_on_its_own(world):
    block = EventStepBlock()
    html = block.render(block.to_python({"event": world.weekly.pk, "required": False}))
    assert world.weekly.url in html and "Reading at home" in html and "Optional" in html
    html = block.render(block.to_python({"topic": world.topic.pk, "required": True}))
    assert "Any workshop on Technology" in html


# --------------------------------------------------------------------------
# Step definitions
# --------------------------------------------------------------------------


def test_step_definitions_target_the_event_or_topic_translation_key(course, world):
    series, topic, module = course["pathway"].step_definitions()
    assert series == {
        "step_id": course["series"],
        "kind": "event",
        "required": True,
        "target": str(world.weekly.translation_key),
        "title": "Reading at home",
        "match": "event",
    }
    assert topic == {
        "step_id": course["topic"],
        "kind": "event",
        "required": True,
        "target": str(world.topic.translation_key),
        "title": "Any workshop on Technology",
        "match": "topic",
    }
    assert module["kind"] == "module" and module["required"] is False


def test_the_spanish_pathway_names_the_same_targets_in_spanish(course, world):
    english = course["pathway"].step_definitions()
    spanish = course["pathway_es"].step_definitions()
    assert [d["step_id"] for d in spanish] == [d["step_id"] for d in english]
    assert [d["target"] for d in spanish] == [d["target"] for d in english]
    assert spanish[0]["title"] == "Leer en casa"
    assert "Tecnología" in spanish[1]["title"]


def test_an_event_step_counts_as_a_step_of_the_completion_rule(course):
    progress = course["pathway"].progress_of([course["series"], course["topic"]])
    assert progress.is_complete and progress.total == 3


# --------------------------------------------------------------------------
# Checking in completes the step
# --------------------------------------------------------------------------


def test_checking_in_at_a_date_of_the_series_completes_the_series_step(course, world, commit):
    parent = UserFactory()
    enrollment = enroll(parent, course["pathway"], "en")
    check_in(commit, parent, world.weekly, number=2)  # any date of the series
    assert done(enrollment) == {course["series"]}
    completion = enrollment.step_completions.get()
    assert completion.kind == "event" and completion.target_key == world.weekly.translation_key
    enrollment.refresh_from_db()
    assert enrollment.completed_at is None


def test_checking_in_at_any_workshop_on_the_topic_completes_the_topic_step(course, world, commit):
    parent = UserFactory()
    enrollment = enroll(parent, course["pathway_es"], "es")  # the Spanish copy: one pathway
    check_in(commit, parent, world.online)  # "Using the Parent Portal" is on Technology
    assert done(enrollment) == {course["topic"]}
    assert enrollment.step_completions.get().target_key == world.topic.translation_key


def test_the_last_required_step_completes_the_pathway_and_issues_the_certificate(
    course, world, commit
):
    parent = UserFactory(first_name="Rosa", last_name="Díaz")
    enrollment = enroll(parent, course["pathway"], "en")
    check_in(commit, parent, world.weekly)
    assert not Certificate.objects.exists()
    check_in(commit, parent, world.online)
    enrollment.refresh_from_db()
    assert done(enrollment) == {course["series"], course["topic"]}
    assert enrollment.completed_at is not None
    assert Certificate.objects.get(enrollment=enrollment).recipient_name == "Rosa Díaz"


def test_a_second_check_in_completes_nothing_more(course, world, commit):
    parent = UserFactory()
    enrollment = enroll(parent, course["pathway"], "en")
    check_in(commit, parent, world.weekly, number=0)
    first = enrollment.step_completions.get()
    check_in(commit, parent, world.weekly, number=2)
    assert list(enrollment.step_completions.all()) == [first]
    assert LearningStatement.objects.filter(verb=x.ATTENDED).count() == 1


def test_a_walk_in_without_an_account_completes_nothing(course, world, commit):
    parent = UserFactory(email="rosa@example.org")
    enrollment = enroll(parent, course["pathway"], "en")
    occurrence = occurrences_of(world.weekly)[0]
    with commit() as callbacks:
        _attendance, created = kiosk.walk_in(
            occurrence, Details(name="Rosa Díaz", email="rosa@example.org")
        )
    assert created and callbacks == []
    assert done(enrollment) == set()
    assert not LearningStatement.objects.filter(verb=x.ATTENDED).exists()


def test_another_persons_check_in_does_not_complete_my_step(course, world, commit):
    me, neighbour = UserFactory(), UserFactory()
    mine = enroll(me, course["pathway"], "en")
    theirs = enroll(neighbour, course["pathway"], "en")
    check_in(commit, neighbour, world.weekly)
    assert done(mine) == set()
    assert done(theirs) == {course["series"]}


def test_a_check_in_at_an_event_no_step_names_completes_nothing(course, world, commit):
    parent = UserFactory()
    enrollment = enroll(parent, course["pathway"], "en")
    check_in(commit, parent, world.training)  # a committee training, no topic
    assert done(enrollment) == set()


def test_one_check_in_completes_one_step_the_event_before_its_topic(site_tree, world, commit):
    learn, _ = build_learning_index(site_tree)
    pathway = PathwayPageFactory(
        parent=learn,
        steps=stream(event_step(topic=world.topic), event_step(world.online)),
    )
    pathway.save_revision().publish()
    _topic_step, event_step_id = [d["step_id"] for d in pathway.step_definitions()]
    parent = UserFactory()
    enrollment = enroll(parent, pathway, "en")
    check_in(commit, parent, world.online)  # on Technology: it meets both steps
    assert done(enrollment) == {event_step_id}
    late = UserFactory()
    check_in(commit, late, world.online)
    assert done(enroll(late, pathway, "en")) == {event_step_id}  # the same before enrolling


def test_a_person_enrolled_in_nothing_gets_no_learning_records(course, world, commit):
    parent = UserFactory()
    check_in(commit, parent, world.weekly)
    assert not LearnerKey.objects.filter(user=parent).exists()
    assert not StepCompletion.objects.exists()


def test_check_ins_before_enrolling_count_when_the_person_enrolls(course, world, commit):
    parent = UserFactory()
    attendance = check_in(commit, parent, world.online)
    assert activities.attended_before(parent) == [
        activities.Attended(
            event_key=world.online.translation_key,
            topic_key=world.topic.translation_key,
            when=attendance.checked_in_at,
        )
    ]
    enrollment = enroll(parent, course["pathway"], "en")
    assert done(enrollment) == {course["topic"]}


def test_a_pathway_started_signed_out_counts_the_accounts_check_ins_at_sign_in(
    course, world, commit
):
    parent = UserFactory()
    check_in(commit, parent, world.weekly)
    visitor = uuid.uuid4()
    enrollment = enroll(visitor, course["pathway"], "en")
    assert done(enrollment) == set()
    merge_learner_into_user(visitor, parent)
    enrollment.refresh_from_db()
    assert enrollment.user == parent and done(enrollment) == {course["series"]}


def test_a_receivers_failure_does_not_undo_the_check_in(course, world, commit, caplog):
    def broken(sender, **kwargs):
        raise RuntimeError("a bug in another app")

    activities.attended.connect(broken, dispatch_uid="test-broken-receiver")
    try:
        parent = UserFactory()
        enrollment = enroll(parent, course["pathway"], "en")
        with caplog.at_level(logging.ERROR, logger="portal.activities"):
            attendance = check_in(commit, parent, world.weekly)
    finally:
        activities.attended.disconnect(dispatch_uid="test-broken-receiver")
    assert attendance.pk and "a bug in another app" in caplog.text
    assert done(enrollment) == {course["series"]}  # the other receivers still ran


# --------------------------------------------------------------------------
# xAPI
# --------------------------------------------------------------------------


def test_the_step_is_completed_and_the_event_attended_in_xapi(course, world, commit):
    parent = UserFactory()
    enrollment = enroll(parent, course["pathway"], "en")
    attendance = check_in(commit, parent, world.weekly)
    step = LearningStatement.objects.get(verb=x.COMPLETED, user=parent).statement
    assert step["object"]["id"] == x.activity_id("event", world.weekly.translation_key)
    assert step["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/meeting"
    assert step["object"]["definition"]["name"] == {"en": "Reading at home"}
    assert step["context"]["contextActivities"]["parent"] == [
        x.reference("pathway", enrollment.pathway_key)
    ]
    attended = LearningStatement.objects.get(verb=x.ATTENDED, user=parent)
    assert attended.statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attended"
    assert attended.statement["object"]["id"] == step["object"]["id"]
    assert attended.timestamp == attendance.checked_in_at
    assert attended.statement["actor"] == x.actor(enrollment.learner_key)


def test_a_topic_steps_statement_names_the_topic_and_the_event_attended(course, world, commit):
    parent = UserFactory()
    enroll(parent, course["pathway_es"], "es")
    check_in(commit, parent, world.online)
    step = LearningStatement.objects.get(verb=x.COMPLETED, user=parent).statement
    assert step["object"]["id"] == x.activity_id("topic", world.topic.translation_key)
    assert "Tecnología" in step["object"]["definition"]["name"]["es"]
    attended = LearningStatement.objects.get(verb=x.ATTENDED, user=parent).statement
    assert attended["object"]["id"] == x.activity_id("event", world.online.translation_key)
    assert attended["object"]["definition"]["name"] == {"es": "Cómo usar el Portal para Padres"}


def test_the_funnel_counts_the_workshop_steps(course, world, commit):
    for _ in range(2):
        parent = UserFactory()
        enroll(parent, course["pathway"], "en")
        check_in(commit, parent, world.weekly)
    with override_settings(PORTAL_SMALL_CELL_THRESHOLD=1):
        rows = pathway_funnel(ReportFilters(), language="es")
    assert [(row.stage, row.people) for row in rows[:3]] == [
        ("Enrolled", 2),
        ("Step 1: Leer en casa", 2),
        ("Step 2: Any workshop on Tecnología", 0),
    ]


# --------------------------------------------------------------------------
# The pathway page
# --------------------------------------------------------------------------


@LANGUAGES
def test_the_pathway_page_links_each_workshop_step(client, course, world, lang):
    page = course["pathway_es" if lang == "es" else "pathway"]
    html = client.get(page.url).content.decode()
    if lang == "es":
        assert f'href="{world.weekly_es.url}">Leer en casa</a>' in html
        assert 'href="/es/eventos/?topic=tecnologia">' in html
    else:
        assert f'href="{world.weekly.url}">Reading at home</a>' in html
        assert 'href="/en/events/?topic=technology">Any workshop on Technology</a>' in html
    assert html.count("pathway-step--event") == 2


def test_the_calendar_link_shows_the_topics_workshops(client, course, world):
    html = client.get("/en/events/?topic=technology").content.decode()
    assert "Using the Parent Portal" in html and "Reading at home" not in html


def test_a_signed_in_learner_sees_the_attended_step_done(client, course, world, commit):
    parent = UserFactory()
    enroll(parent, course["pathway"], "en")
    check_in(commit, parent, world.weekly)
    client.force_login(parent)
    html = client.get(course["pathway"].url).content.decode()
    assert 'data-status="done"' in html and 'data-status="next"' in html
    assert 'href="/en/events/?topic=technology" data-continue>' in html
    assert "Continue with “Any workshop on Technology”" in html


def test_an_unpublished_event_is_named_without_a_link(client, course, world):
    world.weekly.unpublish()
    html = client.get(course["pathway"].url).content.decode()
    assert "Reading at home" in html and f'href="{world.weekly.url}"' not in html
