"""A certificate carries the person's name: asked at sign-up or before it is issued,
editable until then, fixed after."""

import pytest

from pathways.learning import complete_step, enroll
from pathways.models import Certificate
from portal.models import User
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_tree):
    return build_course(site_tree)


def finish(person, course, language="en"):
    enrollment = enroll(person, course["pathway" if language == "en" else "pathway_es"], language)
    for step in ("pre", "module", "post"):
        complete_step(enrollment, course["steps"][step])
    enrollment.refresh_from_db()
    return enrollment


def test_a_person_with_a_name_gets_it_on_the_certificate_at_once(course):
    enrollment = finish(UserFactory(first_name="Ana", last_name="López"), course)
    assert Certificate.objects.get(enrollment=enrollment).recipient_name == "Ana López"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_without_a_name_the_certificate_waits_for_it(client, course, lang):
    person = UserFactory(first_name="", last_name="")
    enrollment = finish(person, course, lang)
    assert enrollment.completed_at is not None
    assert not Certificate.objects.filter(enrollment=enrollment).exists()
    pathway = course["pathway" if lang == "en" else "pathway_es"]
    client.force_login(person)
    html = client.get(pathway.url).content.decode()
    heading = {"en": "Your name on the certificate", "es": "Su nombre en el certificado"}[lang]
    assert heading in html and f'action="{pathway.url}certificate/"' in html
    response = client.post(
        f"{pathway.url}certificate/", {"first_name": " Rosa ", "last_name": "Díaz"}
    )
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert response.status_code == 302 and certificate.code in response["Location"]
    assert certificate.recipient_name == "Rosa Díaz"
    person.refresh_from_db()
    assert person.get_full_name() == "Rosa Díaz"  # kept on the account too


def test_once_issued_the_name_is_fixed(client, course):
    person = UserFactory(first_name="", last_name="")
    finish(person, course)
    client.force_login(person)
    url = f"{course['pathway'].url}certificate/"
    client.post(url, {"first_name": "Rosa", "last_name": "Díaz"})
    client.post(url, {"first_name": "Someone", "last_name": "Else"})
    person.first_name = "Rosalinda"
    person.save()
    assert Certificate.objects.get().recipient_name == "Rosa Díaz"
    html = client.get(course["pathway"].url).content.decode()
    assert "Your name on the certificate" not in html and "See your certificate" in html


def test_a_blank_name_is_refused_and_nothing_is_issued(client, course):
    person = UserFactory(first_name="", last_name="")
    finish(person, course)
    client.force_login(person)
    client.post(f"{course['pathway'].url}certificate/", {"first_name": "  ", "last_name": ""})
    assert not Certificate.objects.exists()


def test_only_the_person_who_finished_can_claim(client, course):
    finish(UserFactory(first_name="", last_name=""), course)
    other = UserFactory(first_name="", last_name="")
    enroll(other, course["pathway"], "en")  # started, not finished
    client.force_login(other)
    response = client.post(
        f"{course['pathway'].url}certificate/", {"first_name": "Eve", "last_name": "Mallory"}
    )
    assert response.status_code == 404 and not Certificate.objects.exists()
    client.logout()
    response = client.post(
        f"{course['pathway'].url}certificate/", {"first_name": "Eve", "last_name": "Mallory"}
    )
    assert response.status_code == 302 and not Certificate.objects.exists()


def test_sign_up_asks_for_the_name_for_certificates(client, site_tree):
    html = client.get("/es/accounts/signup/").content.decode()
    assert 'name="first_name"' in html and 'name="last_name"' in html
    client.post(
        "/es/accounts/signup/",
        {
            "first_name": "Rosa",
            "last_name": "Díaz",
            "email": "rosa@example.org",
            "password1": "una-Clave-larga-2026",
            "password2": "una-Clave-larga-2026",
            "preferred_language": "es",
        },
    )
    assert User.objects.get(email="rosa@example.org").get_full_name() == "Rosa Díaz"
