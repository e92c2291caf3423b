"""Moderation: editors submit, family-engagement staff approve; translations; scheduling."""

from datetime import timedelta
from unittest import mock

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import GroupApprovalTask, Locale, Page, Workflow

from portal import roles
from portal.models import StandardPage
from tests.factories import StandardPageFactory
from tests.portal.admin_forms import approve, create_standard_page, edit_page

ADMIN_DATETIME = "%Y-%m-%d %H:%M"


def test_migration_creates_every_role_and_the_approval_workflow(db):
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ALL_ROLES)
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    workflow = Workflow.objects.get(name=roles.APPROVAL_WORKFLOW, active=True)
    assert Page.get_first_root_node().get_workflow() == workflow
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow=workflow)
    assert list(task.groups.values_list("name", flat=True)) == [roles.FAMILY_ENGAGEMENT_STAFF]


def test_the_workflow_covers_both_languages(site_tree):
    page = StandardPageFactory(parent=site_tree["home"])
    assert page.get_workflow().name == roles.APPROVAL_WORKFLOW
    assert site_tree["home_es"].get_workflow().name == roles.APPROVAL_WORKFLOW
    assert site_tree["centers_es"].get_workflow().name == roles.APPROVAL_WORKFLOW


def test_submit_then_approve_publishes_the_page(client, site_tree, comms, fes):
    client.force_login(comms)
    create_standard_page(client, site_tree["home"], "Enrolment help", "enrolment")
    page = StandardPage.objects.get(slug="enrolment")
    edit_page(client, page, action="action-submit", title="Help with enrolment")
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"
    assert page.current_workflow_state.requested_by == comms
    assert client.get("/en/enrolment/").status_code == 404

    client.force_login(fes)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Help with enrolment" in dashboard, "the page waits for this moderator's review"
    response = approve(client, page)
    assert response.status_code == 302

    page.refresh_from_db()
    assert page.live
    assert page.title == "Help with enrolment"
    assert page.current_workflow_state is None
    client.logout()
    public = client.get("/en/enrolment/")
    assert public.status_code == 200
    assert b"Help with enrolment" in public.content


def test_editors_cannot_approve_their_own_submission(client, draft_page, comms):
    client.force_login(comms)
    edit_page(client, draft_page, action="action-submit")
    approve(client, draft_page)
    draft_page.refresh_from_db()
    assert not draft_page.live
    assert draft_page.current_workflow_task_state.status == "in_progress"


def test_rejected_changes_stay_unpublished(client, draft_page, comms, fes):
    client.force_login(comms)
    edit_page(client, draft_page, action="action-submit")
    client.force_login(fes)
    draft_page.refresh_from_db()
    task_state = draft_page.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[draft_page.pk, "reject", task_state.pk]
    )
    client.post(url, {"comment": "Please add the school year."})
    draft_page.refresh_from_db()
    assert not draft_page.live
    task_state.refresh_from_db()
    assert task_state.status == "rejected"


def test_changes_to_a_live_page_wait_for_approval(client, site_tree, comms, fes):
    page = StandardPageFactory(parent=site_tree["home"], title="Parent University", slug="pu")
    client.force_login(comms)
    edit_page(client, page, action="action-submit", title="Parent University 2025")
    client.logout()
    assert b"Parent University 2025" not in client.get("/en/pu/").content

    client.force_login(fes)
    approve(client, page)
    client.logout()
    assert b"Parent University 2025" in client.get("/en/pu/").content


def test_family_engagement_staff_publish_directly(client, draft_page, fes):
    client.force_login(fes)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[draft_page.pk])).content
    assert b'name="action-publish"' in html
    edit_page(client, draft_page, action="action-publish")
    draft_page.refresh_from_db()
    assert draft_page.live


def test_editors_create_the_spanish_translation_and_submit_it(client, site_tree, comms, fes):
    page = StandardPageFactory(parent=site_tree["home"], title="About us", slug="about")
    spanish = Locale.objects.get(language_code="es")
    client.force_login(comms)
    explorer = client.get(reverse("wagtailadmin_explore", args=[site_tree["home"].pk]))
    assert reverse("simple_translation:submit_page_translation", args=[page.pk]) in (
        explorer.content.decode()
    ), "the page's menu offers Translate"

    response = client.post(
        reverse("simple_translation:submit_page_translation", args=[page.pk]),
        {"locales": [spanish.pk]},
    )
    assert response.status_code == 302
    translation = page.get_translation(spanish)
    assert translation.get_parent().pk == site_tree["home_es"].pk
    assert not translation.live

    edit_page(client, translation, action="action-submit", title="Quiénes somos", slug="nosotros")
    client.force_login(fes)
    approve(client, translation)
    client.logout()
    response = client.get("/es/nosotros/")
    assert response.status_code == 200
    assert "Quiénes somos" in response.content.decode()


class TestScheduling:
    """go_live_at in the future keeps an approved page off the site until its time."""

    def test_approved_page_waits_for_its_time(self, client, draft_page, comms, fes):
        go_live_at = timezone.localtime() + timedelta(days=2)
        client.force_login(comms)
        edit_page(
            client,
            draft_page,
            action="action-submit",
            go_live_at=go_live_at.strftime(ADMIN_DATETIME),
        )
        client.force_login(fes)
        approve(client, draft_page)

        draft_page.refresh_from_db()
        assert not draft_page.live
        revision = draft_page.latest_revision
        assert revision.approved_go_live_at is not None
        assert abs(revision.approved_go_live_at - go_live_at) < timedelta(minutes=1)

        call_command("publish_scheduled", verbosity=0)
        draft_page.refresh_from_db()
        assert not draft_page.live, "publish_scheduled ran before the page's time"

        later = timezone.now() + timedelta(days=3)
        with mock.patch("django.utils.timezone.now", return_value=later):
            call_command("publish_scheduled", verbosity=0)
        draft_page.refresh_from_db()
        assert draft_page.live
        client.logout()
        assert client.get(draft_page.url).status_code == 200

    def test_scheduled_revision_published_once_its_time_has_passed(self, site_tree):
        page = StandardPageFactory(parent=site_tree["home"], title="Summer hours", live=False)
        page.go_live_at = timezone.now() + timedelta(hours=1)
        revision = page.save_revision()
        revision.publish()
        page.refresh_from_db()
        assert not page.live

        # The hour passes: move the schedule into the past instead of waiting.
        revision.refresh_from_db()
        past = timezone.now() - timedelta(minutes=1)
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])
        call_command("publish_scheduled", verbosity=0)
        page.refresh_from_db()
        assert page.live
        assert page.title == "Summer hours"
