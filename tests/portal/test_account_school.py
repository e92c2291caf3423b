"""A person's school on the account page and in the admin's user forms."""

import re

import pytest

from django.urls import reverse
from django.utils import translation

from portal.models import User
from tests.factories import SchoolFactory, UserFactory

pytestmark = pytest.mark.django_db

LANGUAGES = pytest.mark.parametrize("lang", ["en", "es"], ids=["en", "es"])


@pytest.fixture
def schools(site_tree):
    return {
        "lincoln": SchoolFactory(name="Lincoln Elementary", code="LIN"),
        "adams": SchoolFactory(name="Adams Middle", code="ADA"),
        "closed": SchoolFactory(name="Closed Academy", code="CLO", is_active=False),
    }


def account_data(user, **changes):
    data = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "phone": "",
        "school": user.school_id or "",
    }
    data.update(changes)
    return data


def options(html):
    select = re.search(r'<select name="school"[^>]*>(.*?)</select>', html, re.S).group(1)
    return re.findall(r"<option[^>]*>([^<]*)</option>", select)


@LANGUAGES
def test_account_page_offers_active_schools_by_name_with_a_label(client, schools, lang):
    client.force_login(UserFactory(preferred_language=lang))
    html = client.get(f"/{lang}/account/").content.decode()
    with translation.override(lang):
        label = translation.gettext("Your school")
        empty = translation.gettext("No school chosen")
    assert f'<label for="id_school">{label}</label>' in html
    assert 'aria-describedby="id_school_helptext"' in html
    assert options(html) == [empty, "Adams Middle", "Lincoln Elementary"]


@LANGUAGES
def test_saving_and_clearing_the_school(client, schools, lang):
    user = UserFactory(preferred_language=lang)
    client.force_login(user)

    response = client.post(f"/{lang}/account/", account_data(user, school=schools["lincoln"].pk))
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.school == schools["lincoln"]
    assert "selected>Lincoln Elementary" in client.get(f"/{lang}/account/").content.decode()

    response = client.post(f"/{lang}/account/", account_data(user, school=""))
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.school is None


@pytest.mark.parametrize("which", ["closed", "unknown", "garbage"])
def test_an_inactive_or_unknown_school_is_refused_and_nothing_changes(client, schools, which):
    user = UserFactory(first_name="Luz", school=schools["adams"])
    client.force_login(user)
    value = {"closed": schools["closed"].pk, "unknown": 999_999, "garbage": "x"}[which]

    response = client.post("/en/account/", account_data(user, first_name="Changed", school=value))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_school_error"' in html
    assert "Select a valid choice" in html
    user.refresh_from_db()
    assert (user.first_name, user.school) == ("Luz", schools["adams"])


def test_a_person_whose_school_closed_can_keep_it(client, schools):
    user = UserFactory(first_name="Luz", school=schools["closed"])
    client.force_login(user)
    html = client.get("/en/account/").content.decode()
    assert "Closed Academy" in options(html)

    response = client.post("/en/account/", account_data(user, first_name="Rosa"))

    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.first_name, user.school) == ("Rosa", schools["closed"])


def test_a_person_cannot_set_someone_elses_school(client, schools):
    me = UserFactory()
    other = UserFactory(school=schools["adams"])
    client.force_login(me)
    client.post("/en/account/", account_data(me, school=schools["lincoln"].pk, pk=other.pk))
    other.refresh_from_db()
    me.refresh_from_db()
    assert other.school == schools["adams"]
    assert me.school == schools["lincoln"]


# The admin's user forms --------------------------------------------------------


@pytest.fixture
def admin_client(client, site_tree):
    client.force_login(UserFactory(email="admin@example.org", is_superuser=True, is_staff=True))
    return client


@pytest.mark.parametrize("view", ["add", "edit"], ids=["create", "edit"])
def test_admin_user_forms_show_the_school(admin_client, schools, view):
    args = [UserFactory().pk] if view == "edit" else []
    html = admin_client.get(reverse(f"wagtailusers_users:{view}", args=args)).content.decode()
    assert 'name="school"' in html and 'for="id_school"' in html
    assert "Lincoln Elementary" in html and "Closed Academy" not in html


def test_admin_sets_and_keeps_a_persons_school(admin_client, schools):
    person = UserFactory(email="principal@example.org", first_name="Ana", last_name="Ruiz")
    url = reverse("wagtailusers_users:edit", args=[person.pk])
    data = {
        "email": person.email,
        "first_name": "Ana",
        "last_name": "Ruiz",
        "preferred_language": "en",
        "phone": "",
        "school": schools["lincoln"].pk,
        "is_active": "on",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    person.refresh_from_db()
    assert person.school == schools["lincoln"]

    response = admin_client.post(url, {**data, "school": schools["closed"].pk})
    assert response.status_code == 200
    person.refresh_from_db()
    assert person.school == schools["lincoln"]
    assert User.objects.filter(school=schools["closed"]).count() == 0
