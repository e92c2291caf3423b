"""Spanish addresses for the portal's own pages, the English ones kept for old links,
and the language switcher going from one to the other."""

import pytest

from django.urls import reverse
from django.utils import translation

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SPANISH = {
    "portal:account": "/es/cuenta/",
    "pathways:my_learning": "/es/mi-aprendizaje/",
    "events:my_events": "/es/mis-eventos/",
    "resources:saved": "/es/servicios-guardados/",
    "resources:partner_request": "/es/organizaciones/unirse/",
}


@pytest.mark.parametrize("name", list(SPANISH))
def test_spanish_pages_have_spanish_addresses(name):
    with translation.override("es"):
        assert reverse(name) == SPANISH[name]
    with translation.override("en"):
        assert not reverse(name).startswith("/es/")
    with translation.override("es"):
        assert reverse("pathways:certificate_verify", args=["AB12"]) == "/es/verificar/AB12/"
        assert reverse("events:register", args=[7]) == "/es/eventos/inscribirse/7/"


def test_the_english_address_still_works_in_spanish(client, site_tree):
    client.force_login(UserFactory(preferred_language="es"))
    for old, new in (("/es/my-learning/", "/es/mi-aprendizaje/"), ("/es/account/", "/es/cuenta/")):
        assert client.get(old).status_code == 200, old  # a link in an old email
        assert client.get(new).status_code == 200, new


def test_switching_language_goes_to_the_translated_address(client, site_tree):
    client.force_login(UserFactory())
    spanish = client.get("/es/mi-aprendizaje/").content.decode()
    assert 'href="/en/my-learning/"' in spanish
    english = client.get("/en/my-learning/").content.decode()
    assert 'href="/es/mi-aprendizaje/"' in english
    # From the English address under /es/ too.
    assert 'href="/en/my-learning/"' in client.get("/es/my-learning/").content.decode()


def test_switching_language_on_a_survey_stays_on_the_survey(client, site_tree):
    from tests.factories import build_course

    course = build_course(site_tree)
    spanish = course["pathway_es"].survey_url("pre")
    english = course["pathway"].survey_url("pre")
    client.force_login(UserFactory())
    assert f'href="{english}"' in client.get(spanish).content.decode()
    assert f'href="{spanish}"' in client.get(english).content.decode()
