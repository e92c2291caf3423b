"""The links people carry: a cancel link and a check-in code each open one registration
for one purpose only, and a personal feed's secret can be replaced (``events/tokens.py``)."""

from datetime import timedelta

import pytest

from django.core import signing
from django.test import override_settings

from events import tokens
from events.factories import RegistrationFactory, occurrences_of
from events.models import CalendarFeed
from portal.factories import UserFactory

from .conftest import event


@pytest.fixture
def ana(calendar_index):
    [occurrence] = occurrences_of(event(calendar_index))
    return RegistrationFactory(occurrence=occurrence, name="Ana Ruiz")


def during(registration):
    return registration.occurrence.starts_at + timedelta(minutes=10)


def test_a_cancel_link_opens_its_registration(ana):
    token = tokens.manage_token(ana)

    assert tokens.registration_for_manage(token).pk == ana.pk


def test_a_check_in_code_opens_its_registration_on_the_day(ana):
    token = tokens.check_in_token(ana)

    assert tokens.registration_for_check_in(token, now=during(ana)).pk == ana.pk


def test_tokens_name_one_registration_each(ana):
    ben = RegistrationFactory(occurrence=ana.occurrence)

    assert tokens.registration_for_manage(tokens.manage_token(ben)).pk == ben.pk
    assert tokens.manage_token(ben) != tokens.manage_token(ana)
    assert tokens.check_in_token(ben) != tokens.check_in_token(ana)


def test_a_check_in_code_cannot_cancel(ana):
    with pytest.raises(tokens.InvalidToken):
        tokens.registration_for_manage(tokens.check_in_token(ana))


def test_a_cancel_link_cannot_check_in(ana):
    with pytest.raises(tokens.InvalidToken):
        tokens.registration_for_check_in(tokens.manage_token(ana), now=during(ana))


def tampered(token):
    """The last character of the signature changed."""
    return token[:-1] + ("A" if token[-1] != "A" else "B")


def another_registration(token):
    """The payload replaced by someone else's, keeping the signature."""
    value, signature = token.rsplit(":", 1)
    other = signing.Signer(salt=tokens.CANCEL).sign_object({"r": 999_999}, compress=True)
    return f"{other.rsplit(':', 1)[0]}:{signature}"


def signed_for_another_purpose(token):
    return signing.Signer(salt="other").sign_object(
        {"r": signing.Signer(salt=tokens.CANCEL).unsign_object(token)["r"]}
    )


def not_a_token(token):
    return "not-a-token"


def empty(token):
    return ""


def no_registration_in_it(token):
    return signing.Signer(salt=tokens.CANCEL).sign_object({"x": 1})


def a_list_instead_of_a_dict(token):
    return signing.Signer(salt=tokens.CANCEL).sign_object(["r", 1])


@pytest.mark.parametrize(
    "spoil",
    [
        tampered,
        another_registration,
        signed_for_another_purpose,
        not_a_token,
        empty,
        no_registration_in_it,
        a_list_instead_of_a_dict,
    ],
    ids=[
        "tampered-signature",
        "swapped-payload",
        "other-salt",
        "garbage",
        "empty",
        "no-registration",
        "wrong-shape",
    ],
)
def test_a_spoiled_cancel_link_is_refused(ana, spoil):
    with pytest.raises(tokens.InvalidToken):
        tokens.registration_for_manage(spoil(tokens.manage_token(ana)))


def test_a_spoiled_check_in_code_is_refused(ana):
    with pytest.raises(tokens.InvalidToken):
        tokens.registration_for_check_in(tampered(tokens.check_in_token(ana)), now=during(ana))


def test_a_link_signed_with_another_secret_is_refused(ana):
    with override_settings(SECRET_KEY="another-site-entirely"):
        forged = tokens.manage_token(ana)
    with pytest.raises(tokens.InvalidToken):
        tokens.registration_for_manage(forged)


def test_a_link_to_a_deleted_registration_is_refused(ana):
    token = tokens.manage_token(ana)
    ana.delete()
    with pytest.raises(tokens.InvalidToken):
        tokens.registration_for_manage(token)


@pytest.mark.parametrize(
    ("moment", "accepted"),
    [
        (lambda o: o.starts_at - timedelta(hours=12, seconds=1), False),
        (lambda o: o.starts_at - timedelta(hours=12), True),
        (lambda o: o.starts_at, True),
        (lambda o: o.ends_at + timedelta(hours=12), True),
        (lambda o: o.ends_at + timedelta(hours=12, seconds=1), False),
        (lambda o: o.starts_at - timedelta(days=3), False),
        (lambda o: o.ends_at + timedelta(days=3), False),
    ],
    ids=[
        "just-before-12h-early",
        "12h-early",
        "at-the-start",
        "12h-after-the-end",
        "just-after-12h-late",
        "days-before",
        "days-after",
    ],
)
def test_a_check_in_code_works_only_around_the_event(ana, moment, accepted):
    token = tokens.check_in_token(ana)
    now = moment(ana.occurrence)
    if accepted:
        assert tokens.registration_for_check_in(token, now=now).pk == ana.pk
    else:
        with pytest.raises(tokens.InvalidToken):
            tokens.registration_for_check_in(token, now=now)


def test_the_feed_secret_is_made_once_and_kept(db):
    ana, ben = UserFactory(), UserFactory()

    secret = tokens.feed_secret_for(ana)

    assert len(secret) >= 32
    assert tokens.feed_secret_for(ana) == secret
    assert tokens.feed_secret_for(ben) != secret


def test_resetting_the_feed_secret_replaces_it(db):
    ana = UserFactory()
    old = tokens.feed_secret_for(ana)

    new = tokens.reset_feed_secret(ana)

    assert new != old
    assert tokens.feed_secret_for(ana) == new
    assert CalendarFeed.objects.get(user=ana).secret == new
    assert tokens.reset_feed_secret(ana) not in (old, new)


def test_resetting_before_any_feed_makes_one(db):
    ana = UserFactory()
    made = tokens.reset_feed_secret(ana)
    assert tokens.feed_secret_for(ana) == made
