"""What each role can and cannot do in the Wagtail admin (groups from migration 0003)."""

import pytest

from django.urls import reverse

from portal import roles
from portal.factories.users import DEFAULT_PASSWORD
from portal.models import Region, School, SiteSettings, StandardPage
from tests.factories import RegionFactory, SchoolFactory, UserFactory
from tests.portal.admin_forms import create_standard_page, edit_page

ADMIN_ROLES = [roles.COMMUNICATIONS_STAFF, roles.FAMILY_ENGAGEMENT_STAFF, roles.VOLUNTEER_SERVICES]
PUBLIC_ROLES = [roles.SCHOOL_STAFF]


PERMISSIONS = [
    "wagtailadmin.access_admin",
    "simple_translation.submit_translation",
    "portal.change_school",
    "portal.change_region",
    "portal.change_sitesettings",
    "portal.publish_sitetext",
]
# What each role may do: access admin, translate, schools, regions, settings, publish site text.
EXPECTED = {
    roles.COMMUNICATIONS_STAFF: [True, True, False, False, False, False],
    roles.FAMILY_ENGAGEMENT_STAFF: [True, True, True, True, True, True],
    roles.VOLUNTEER_SERVICES: [True, False, False, False, False, False],
    roles.SCHOOL_STAFF: [False] * 6,
    # Partners enter the admin for their own organization's pages (resources/partners.py).
    roles.COMMUNITY_PARTNERS: [True] + [False] * 5,
}


@pytest.mark.parametrize(
    "role", list(EXPECTED), ids=["comms", "fes", "volunteers", "school-staff", "partners"]
)
def test_permission_matrix(db, role):
    user = UserFactory(roles=[role])
    assert [user.has_perm(permission) for permission in PERMISSIONS] == EXPECTED[role]


@pytest.mark.parametrize("role", ADMIN_ROLES, ids=["comms", "fes", "volunteers"])
def test_staff_log_in_to_the_admin_with_email_and_password(client, site_tree, role):
    user = UserFactory(roles=[role])
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_partner_without_an_organization_has_no_pages_to_open(client, site_tree):
    client.force_login(UserFactory(roles=[roles.COMMUNITY_PARTNERS]))
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    explorer = client.get(reverse("wagtailadmin_explore", args=[site_tree["home"].pk]))
    assert explorer.status_code in (302, 403)
    assert "/pages/" not in explorer.get("Location", "")


@pytest.mark.parametrize("role", PUBLIC_ROLES, ids=["school-staff"])
def test_public_roles_cannot_enter_the_admin(client, site_tree, role):
    client.force_login(UserFactory(roles=[role]))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    explorer = client.get(reverse("wagtailadmin_explore", args=[site_tree["home"].pk]))
    assert explorer.status_code == 302
    assert explorer.url.startswith(reverse("wagtailadmin_login"))


def test_anonymous_visitor_is_sent_to_the_admin_login(client, site_tree):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_public_role_login_to_the_admin_is_refused(client, site_tree):
    user = UserFactory(roles=[roles.SCHOOL_STAFF])
    client.post(
        reverse("wagtailadmin_login"), {"username": user.email, "password": DEFAULT_PASSWORD}
    )
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


class TestCommunicationsStaff:
    def test_creates_a_page_under_the_english_home(self, client, site_tree, comms):
        client.force_login(comms)
        response = create_standard_page(client, site_tree["home"], "Enrolment help", "enrolment")
        assert response.status_code == 302
        page = StandardPage.objects.get(slug="enrolment")
        assert page.get_parent().pk == site_tree["home"].pk
        assert page.locale.language_code == "en"
        assert not page.live
        assert page.owner == comms

    def test_edits_a_draft(self, client, draft_page, comms):
        client.force_login(comms)
        response = edit_page(client, draft_page, title="Help with enrolment")
        assert response.status_code == 302
        draft_page.refresh_from_db()
        assert draft_page.get_latest_revision_as_object().title == "Help with enrolment"
        assert not draft_page.live

    def test_the_edit_form_offers_submit_but_not_publish(self, client, draft_page, comms):
        client.force_login(comms)
        html = client.get(reverse("wagtailadmin_pages:edit", args=[draft_page.pk])).content
        assert b'name="action-submit"' in html
        assert b'name="action-publish"' not in html

    def test_posting_publish_does_not_make_the_page_live(self, client, draft_page, comms):
        client.force_login(comms)
        edit_page(client, draft_page, action="action-publish", title="Published?")
        draft_page.refresh_from_db()
        assert not draft_page.live
        assert draft_page.live_revision is None
        assert draft_page.last_published_at is None

    def test_creating_with_publish_does_not_make_the_page_live(self, client, site_tree, comms):
        client.force_login(comms)
        create_standard_page(client, site_tree["home"], "Sneaky", "sneaky", "action-publish")
        assert not StandardPage.objects.get(slug="sneaky").live

    def test_cannot_edit_schools_or_regions(self, client, site_tree, comms):
        school = SchoolFactory(name="Lincoln Elementary")
        client.force_login(comms)
        for url in [
            reverse("wagtailsnippets_portal_school:edit", args=[school.pk]),
            reverse("wagtailsnippets_portal_region:edit", args=[school.region.pk]),
            reverse("wagtailsnippets_portal_school:add"),
        ]:
            response = client.get(url)
            assert response.status_code == 302, url
            assert response.url == reverse("wagtailadmin_home")
        response = client.post(
            reverse("wagtailsnippets_portal_school:edit", args=[school.pk]),
            {"name": "Renamed", "code": school.code, "region": school.region.pk, "level": "k8"},
        )
        school.refresh_from_db()
        assert school.name == "Lincoln Elementary"

    def test_can_view_the_school_list(self, client, site_tree, comms):
        SchoolFactory(name="Lincoln Elementary")
        client.force_login(comms)
        response = client.get(reverse("wagtailsnippets_portal_school:list"))
        assert response.status_code == 200
        assert b"Lincoln Elementary" in response.content

    def test_cannot_edit_site_settings(self, client, site_tree, comms):
        client.force_login(comms)
        url = reverse("wagtailsettings:edit", args=["portal", "sitesettings", site_tree["site"].pk])
        response = client.get(url)
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")


class TestFamilyEngagementStaff:
    def test_edit_schools(self, client, site_tree, fes):
        school = SchoolFactory(name="Lincoln Elementary")
        client.force_login(fes)
        url = reverse("wagtailsnippets_portal_school:edit", args=[school.pk])
        assert client.get(url).status_code == 200
        response = client.post(
            url,
            {
                "name": "Lincoln K-8",
                "code": school.code,
                "region": school.region.pk,
                "level": School.Level.K8,
                "is_active": "on",
            },
        )
        assert response.status_code == 302
        school.refresh_from_db()
        assert school.name == "Lincoln K-8"
        assert school.level == School.Level.K8

    def test_add_regions(self, client, site_tree, fes):
        client.force_login(fes)
        url = reverse("wagtailsnippets_portal_region:add")
        response = client.post(
            url + "?locale=en", {"name": "North Valley", "slug": "north-valley", "sort_order": 1}
        )
        assert response.status_code == 302
        assert Region.objects.filter(slug="north-valley", locale__language_code="en").exists()

    def test_edit_regions(self, client, site_tree, fes):
        region = RegionFactory(name="East")
        client.force_login(fes)
        url = reverse("wagtailsnippets_portal_region:edit", args=[region.pk])
        response = client.post(url, {"name": "East Side", "slug": "east", "sort_order": 3})
        assert response.status_code == 302
        region.refresh_from_db()
        assert region.name == "East Side"

    def test_edit_site_settings(self, client, site_tree, fes):
        client.force_login(fes)
        url = reverse("wagtailsettings:edit", args=["portal", "sitesettings", site_tree["site"].pk])
        assert client.get(url).status_code == 200
        response = client.post(
            url,
            {
                "contact_email": "families@example.org",
                "contact_phone": "",
                "address": "1 School Way",
            },
        )
        assert response.status_code == 302
        settings = SiteSettings.for_site(site_tree["site"])
        assert settings.contact_email == "families@example.org"


class TestVolunteerServices:
    @pytest.fixture
    def volunteer_staff(self, db):
        return UserFactory(roles=[roles.VOLUNTEER_SERVICES])

    def test_reach_the_dashboard(self, client, site_tree, volunteer_staff):
        client.force_login(volunteer_staff)
        assert client.get(reverse("wagtailadmin_home")).status_code == 200

    def test_cannot_edit_or_add_pages(self, client, draft_page, volunteer_staff):
        client.force_login(volunteer_staff)
        perms = draft_page.permissions_for_user(volunteer_staff)
        assert not perms.can_edit()
        assert not perms.can_add_subpage()
        response = client.get(reverse("wagtailadmin_pages:edit", args=[draft_page.pk]))
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
        add_url = reverse(
            "wagtailadmin_pages:add", args=["portal", "standardpage", draft_page.get_parent().pk]
        )
        assert client.get(add_url).status_code == 302
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[draft_page.pk]),
            {"title": "Changed", "slug": draft_page.slug},
        )
        draft_page.refresh_from_db()
        assert draft_page.get_latest_revision_as_object().title == "Enrolment help"

    def test_cannot_edit_schools(self, client, site_tree, volunteer_staff):
        school = SchoolFactory()
        client.force_login(volunteer_staff)
        response = client.get(reverse("wagtailsnippets_portal_school:edit", args=[school.pk]))
        assert response.status_code == 302
        assert client.get(reverse("wagtailsnippets_portal_school:list")).status_code == 200
