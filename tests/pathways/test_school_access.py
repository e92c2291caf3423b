"""A principal cannot reach another school's staff by choosing that school (probe of 2026-11).

The attack: as a school leader, POST the account page with another school's id,
then open "My school's staff learning" and read that school's staff. A school
opens staff records only once district staff confirmed it; a confirmed school
is read-only on the account page; the permission belongs to school leaders only.
"""

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from pathways.school_learning import PERMISSION, school_shown_to
from portal import roles
from portal.models import User
from tests.factories import UserFactory
from tests.factories.school_learning import build_school, build_staff_course, leader, staff_member
from tests.portal.test_account_school import account_data

pytestmark = pytest.mark.django_db

URL = "/{lang}/my-school/learning/"


@pytest.fixture
def schools(site_tree):
    build_staff_course(site_tree)
    lincoln = build_school("Lincoln Elementary", "LIN")
    adams = build_school("Adams Middle", "ADA")
    staff_member(lincoln, first_name="Lucia", last_name="Lincolnstaff", email="lucia@lin.org")
    staff_member(adams, first_name="Omar", last_name="Adamsstaff", email="omar@ada.org")
    return {"lincoln": lincoln, "adams": adams}


def other_schools_staff_shown(html):
    return "Adamsstaff" in html or "omar@ada.org" in html


@pytest.mark.parametrize("lang", ["en", "es"], ids=["english", "spanish"])
def test_a_principal_who_posts_another_school_keeps_their_own(client, schools, lang):
    principal = leader(schools["lincoln"], email="lena@lin.org", preferred_language=lang)
    client.force_login(principal)
    assert "Lincolnstaff" in client.get(URL.format(lang=lang)).content.decode()

    # The attack, also changing what they may change (language, name) on the way.
    response = client.post(
        f"/{lang}/account/",
        account_data(
            principal,
            school=schools["adams"].pk,
            preferred_language="es" if lang == "en" else "en",
            first_name="Lena",
        ),
    )
    assert response.status_code == 302
    principal.refresh_from_db()
    assert principal.school == schools["lincoln"]  # the posted school was ignored
    assert principal.school_confirmed
    for language in ("en", "es"):
        html = client.get(URL.format(lang=language)).content.decode()
        assert not other_schools_staff_shown(html)
        assert "Lincolnstaff" in html


def test_the_account_page_shows_a_confirmed_school_read_only(client, schools):
    principal = leader(schools["lincoln"])
    client.force_login(principal)
    html = client.get("/en/account/").content.decode()
    select = html.split('name="school"', 1)[1].split(">", 1)[0]
    assert "disabled" in select
    assert "Confirmed by the district office" in html


def test_a_school_chosen_by_the_leader_opens_nothing(client, schools):
    """A leader whose school is not confirmed (a parent made leader, or older accounts)."""
    principal = leader(schools["lincoln"], school_confirmed=False)
    client.force_login(principal)
    response = client.post("/en/account/", account_data(principal, school=schools["adams"].pk))
    assert response.status_code == 302
    principal.refresh_from_db()
    assert principal.school == schools["adams"]  # theirs to choose while unconfirmed …
    assert not principal.school_confirmed
    assert school_shown_to(principal) is None  # … but it grants nothing
    html = client.get("/en/my-school/learning/").content.decode()
    assert not other_schools_staff_shown(html)
    assert "Lincolnstaff" not in html
    assert "has not confirmed your school yet" in html


def test_changing_ones_own_school_drops_the_confirmation(client, schools):
    person = UserFactory(school=schools["lincoln"], school_confirmed=False)
    User.objects.filter(pk=person.pk).update(school_confirmed=True)
    person.refresh_from_db()
    # Confirmed: read-only, so a posted change is ignored and the confirmation stays.
    client.force_login(person)
    client.post("/en/account/", account_data(person, school=schools["adams"].pk))
    person.refresh_from_db()
    assert (person.school, person.school_confirmed) == (schools["lincoln"], True)
    # Staff withdraw the confirmation; the person's own change then stays unconfirmed.
    User.objects.filter(pk=person.pk).update(school_confirmed=False)
    client.post("/en/account/", account_data(person, school=schools["adams"].pk))
    person.refresh_from_db()
    assert (person.school, person.school_confirmed) == (schools["adams"], False)


@pytest.mark.parametrize(
    "role",
    [roles.FAMILY_ENGAGEMENT_STAFF, roles.COMMUNICATIONS_STAFF, roles.SCHOOL_STAFF],
    ids=["moderator", "editor", "school-staff"],
)
def test_only_school_leaders_may_see_a_schools_staff(client, schools, role):
    person = UserFactory(roles=[role], school=schools["adams"], school_confirmed=True)
    client.force_login(person)
    assert client.get("/en/my-school/learning/").status_code == 403


def test_the_permission_belongs_to_the_school_leaders_group_only(schools):
    app_label, codename = PERMISSION.split(".")
    permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    assert list(Group.objects.filter(permissions=permission).values_list("name", flat=True)) == [
        roles.SCHOOL_LEADERS
    ]


def test_staff_confirm_a_school_in_the_admin(client, schools):
    admin = UserFactory(is_superuser=True, is_staff=True)
    principal = leader(schools["lincoln"], school_confirmed=False)
    client.force_login(admin)
    edit = reverse("wagtailusers_users:edit", args=[principal.pk])
    html = client.get(edit).content.decode()
    assert 'name="school_confirmed"' in html
    data = {
        "email": principal.email,
        "first_name": principal.first_name,
        "last_name": principal.last_name,
        "preferred_language": "en",
        "phone": "",
        "school": schools["lincoln"].pk,
        "school_confirmed": "on",
        "is_active": "on",
        "groups": [Group.objects.get(name=roles.SCHOOL_LEADERS).pk],
    }
    response = client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    principal.refresh_from_db()
    assert principal.school_confirmed
    assert school_shown_to(principal) == schools["lincoln"]
