"""Wagtail's admin user screens work with the email-login User and show its own fields."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from portal.admin_forms import PortalUserCreationForm, PortalUserEditForm
from portal.models import User
from tests.factories import UserFactory

PASSWORD = "a long enough admin passphrase 7"


@pytest.fixture
def admin_client(client, site_tree):
    client.force_login(UserFactory(email="admin@example.org", is_superuser=True, is_staff=True))
    return client


def create_data(**changes):
    data = {
        "email": "Nueva.Persona@Example.org",
        "first_name": "Nueva",
        "last_name": "Persona",
        "preferred_language": "es",
        "phone": "(619) 555-0142",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(changes)
    return data


def test_wagtail_uses_the_portal_user_forms():
    from wagtail.users.views.users import UserViewSet

    from portal.admin_forms import PortalUserViewSet

    viewset = PortalUserViewSet("wagtailusers_users")
    assert isinstance(viewset, UserViewSet)
    assert viewset.get_form_class() is PortalUserCreationForm
    assert viewset.get_form_class(for_update=True) is PortalUserEditForm


@pytest.mark.parametrize("view", ["add", "edit"], ids=["create", "edit"])
def test_user_form_pages_render_with_language_and_phone(admin_client, view):
    args = [UserFactory().pk] if view == "edit" else []

    response = admin_client.get(reverse(f"wagtailusers_users:{view}", args=args))

    assert response.status_code == 200
    html = response.content.decode()
    for name in ("email", "preferred_language", "phone"):
        assert f'name="{name}"' in html
        assert f'for="id_{name}"' in html
    assert 'name="username"' not in html


def test_superuser_creates_a_user_with_language_and_phone(admin_client):
    group = Group.objects.get(name="Communications staff")

    response = admin_client.post(reverse("wagtailusers_users:add"), create_data(groups=[group.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailusers_users:index")
    user = User.objects.get(email="nueva.persona@example.org")
    assert user.preferred_language == "es"
    assert user.phone.as_e164 == "+16195550142"
    assert user.check_password(PASSWORD)
    assert list(user.groups.all()) == [group]
    assert not user.is_superuser


def test_create_refuses_a_duplicate_email(admin_client):
    UserFactory(email="taken@example.org")

    response = admin_client.post(
        reverse("wagtailusers_users:add"), create_data(email="taken@example.org")
    )

    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert User.objects.filter(email="taken@example.org").count() == 1


def test_superuser_edits_language_and_phone(admin_client):
    user = UserFactory(preferred_language="en", first_name="Ana", last_name="Ruiz")

    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]),
        {
            "email": user.email,
            "first_name": "Ana",
            "last_name": "Ruiz",
            "preferred_language": "es",
            "phone": "619 555 0199",
            "is_active": "on",
        },
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.preferred_language == "es"
    assert user.phone.as_e164 == "+16195550199"
    assert user.is_active


def test_edit_with_invalid_phone_changes_nothing(admin_client):
    user = UserFactory(preferred_language="en", phone="+16195550101")

    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]),
        {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "preferred_language": "es",
            "phone": "12",
            "is_active": "on",
        },
    )

    assert response.status_code == 200
    assert "phone" in response.context["form"].errors
    user.refresh_from_db()
    assert user.preferred_language == "en"
    assert user.phone.as_e164 == "+16195550101"


def test_editors_cannot_open_or_post_the_user_screens(client, site_tree):
    client.force_login(UserFactory(roles=["Communications staff"]))
    url = reverse("wagtailusers_users:add")

    # Wagtail sends someone without user permissions back to the dashboard.
    assert client.get(url)["Location"] == reverse("wagtailadmin_home")
    assert client.post(url, create_data())["Location"] == reverse("wagtailadmin_home")
    assert not User.objects.filter(email="nueva.persona@example.org").exists()
