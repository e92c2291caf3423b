"""Account emails are in the person's preferred language, whatever page sent them.

A parent who prefers Spanish and asks from an English page gets the email, and
the page its link opens, in Spanish (and the other way round).
"""

import pytest

from portal.emails import in_language_of, language_of
from tests.factories import UserFactory
from tests.portal.test_accounts import TEXT, code_in, path_in, sign_up

pytestmark = pytest.mark.django_db

CROSSED = pytest.mark.parametrize(
    "page, preferred", [("en", "es"), ("es", "en")], ids=["english-page", "spanish-page"]
)


@CROSSED
def test_sign_up_confirmation(client, site_tree, mailoutbox, page, preferred):
    sign_up(client, page, "padre@example.org", preferred_language=preferred)
    [message] = mailoutbox
    assert message.subject == TEXT[preferred]["confirm_subject"]
    assert path_in(message).startswith(f"/{preferred}/accounts/confirm-email/")


@CROSSED
def test_password_reset(client, site_tree, mailoutbox, page, preferred):
    person = UserFactory(preferred_language=preferred)
    client.post(f"/{page}/accounts/password/reset/", {"email": person.email.upper()})
    [message] = mailoutbox
    assert message.subject == TEXT[preferred]["reset_subject"]
    assert path_in(message).startswith(f"/{preferred}/accounts/password/reset/key/")


@CROSSED
def test_sign_in_code(client, site_tree, mailoutbox, page, preferred):
    person = UserFactory(preferred_language=preferred)
    client.post(f"/{page}/accounts/login/code/", {"email": person.email})
    [message] = mailoutbox
    assert message.subject == TEXT[preferred]["code_subject"]
    assert code_in(message)


def test_someone_without_an_account_gets_the_pages_language(db):
    from django.utils import translation

    with translation.override("es"):
        assert language_of(email="nobody@example.org") == "es"
        with in_language_of(UserFactory(preferred_language="en")) as language:
            assert language == "en" and translation.get_language() == "en"
        assert translation.get_language() == "es"


@CROSSED
def test_the_sender_is_the_office_in_the_persons_language(
    client, site_tree, mailoutbox, page, preferred
):
    from tests.factories import SiteTextFactory, translate_snippet

    english = SiteTextFactory(office_name="Family Engagement Office")
    translate_snippet(english, "es", office_name="Oficina de Participación Familiar")
    person = UserFactory(preferred_language=preferred)
    client.post(f"/{page}/accounts/password/reset/", {"email": person.email})
    [message] = mailoutbox
    office = {"en": "Family Engagement Office", "es": "Oficina de Participación Familiar"}
    assert message.from_email == f'"{office[preferred]}" <no-reply@example.org>'
