"""Names shown to others carry no hidden or control characters (probe of 2026-11).

A name with U+202E (right-to-left override) was accepted and shown reversed on a
public certificate page. Every name field now refuses such characters with a
translated message, and nothing is saved.
"""

import pytest

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from pathways.learning.enrollments import issue_certificate
from portal.validators import hidden_characters, strip_hidden_characters, validate_visible_text
from tests.factories import SchoolFactory, UserFactory
from tests.factories.records import EnrollmentFactory
from tests.portal.test_account_school import account_data

RLO = "\u202e"
HIDDEN = {
    "right-to-left override": f"Ana{RLO}nimda",
    "left-to-right isolate": "Ana\u2066x",
    "zero-width space": "Ana\u200blópez",
    "null": "Ana\x00",
    "line separator": "Ana\u2028López",
    "escape": "Ana\x1b[31m",
    "soft hyphen": "Ana\u00adLópez",
    "private use": "Ana\ue000",
}
VISIBLE = {
    "accents": "José Ñúñez-Peña",
    "apostrophe": "D'Angelo O’Brien",
    "persian with zero-width non-joiner": "می\u200cخواهم",
    "emoji with zero-width joiner": "Ana \U0001f469\u200d\U0001f467",
    "chinese": "王小明",
    "armenian": "Անի",
}


@pytest.mark.parametrize("name", HIDDEN.values(), ids=HIDDEN.keys())
def test_hidden_characters_are_refused(name):
    with pytest.raises(ValidationError) as refused:
        validate_visible_text(name)
    assert refused.value.code == "hidden_characters"
    assert hidden_characters(name)
    assert not hidden_characters(strip_hidden_characters(name))


@pytest.mark.parametrize("name", VISIBLE.values(), ids=VISIBLE.keys())
def test_real_names_in_any_script_pass(name):
    validate_visible_text(name)
    assert strip_hidden_characters(name) == name


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "es"], ids=["english", "spanish"])
def test_the_account_page_refuses_a_disguised_name_and_saves_nothing(client, site_tree, lang):
    person = UserFactory(first_name="Ana", last_name="López", preferred_language=lang)
    client.force_login(person)
    response = client.post(f"/{lang}/account/", account_data(person, first_name=f"Ana{RLO}x"))
    assert response.status_code == 200
    with translation.override(lang):
        message = str(validate_visible_text.message) % {"characters": "U+202E"}
    assert message.replace("'", "&#x27;") in response.content.decode()
    person.refresh_from_db()
    assert person.first_name == "Ana"


@pytest.mark.django_db
def test_names_stored_before_the_rule_are_cleaned_by_the_migrations(client, site_tree):
    from importlib import import_module

    from django.apps import apps

    from pathways.models import Certificate
    from portal.models import User

    person = UserFactory(first_name="Ana", last_name="López")
    certificate = issue_certificate(EnrollmentFactory(user=person, completed_at=timezone.now()))
    User.objects.filter(pk=person.pk).update(first_name=f"Ana{RLO}nimda")
    Certificate.objects.filter(pk=certificate.pk).update(recipient_name=f"Ana{RLO}nimda López")
    html = client.get(certificate.get_verify_path(), follow=True).content.decode()
    assert RLO in html  # what the probe saw

    import_module("portal.migrations.0005_school_confirmed_visible_names").strip_hidden_characters(
        apps, None
    )
    import_module("pathways.migrations.0005_attempt_limits_and_leaders").strip_certificate_names(
        apps, None
    )

    person.refresh_from_db()
    assert person.first_name == "Ananimda"
    html = client.get(certificate.get_verify_path(), follow=True).content.decode()
    assert RLO not in html
    assert "Ananimda López" in html


@pytest.mark.django_db
def test_admin_forms_refuse_hidden_characters_in_people_and_school_names(client, site_tree):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    school = SchoolFactory(name="Lincoln Elementary", code="LIN")
    person = UserFactory(first_name="Ana")
    edit = reverse("wagtailusers_users:edit", args=[person.pk])
    response = client.post(
        edit,
        {
            "email": person.email,
            "first_name": f"Ana{RLO}",
            "last_name": "López",
            "preferred_language": "en",
            "is_active": "on",
        },
    )
    assert response.status_code == 200
    person.refresh_from_db()
    assert person.first_name == "Ana"
    school_edit = reverse("wagtailsnippets_portal_school:edit", args=[school.pk])
    response = client.post(
        school_edit,
        {
            "name": f"Lincoln{RLO} Elementary",
            "code": "LIN",
            "region": school.region_id,
            "level": "elementary",
            "is_active": "on",
        },
    )
    assert response.status_code == 200
    school.refresh_from_db()
    assert school.name == "Lincoln Elementary"
