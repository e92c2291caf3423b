"""One person, one count: emails and phones typed in many shapes give one key, and
records that share any key (even through a third record) are one person
(``events/identity.py``)."""

import pytest
from phonenumber_field.phonenumber import PhoneNumber

from events import identity
from events.models import Attendance, Registration


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("ana@example.org", "ana@example.org"),
        ("Ana@Example.ORG", "ana@example.org"),
        ("  ana@example.org\t", "ana@example.org"),
        ("", ""),
        (None, ""),
    ],
    ids=["plain", "mixed-case", "spaces", "empty", "none"],
)
def test_email_key(typed, key):
    assert identity.email_key(typed) == key


@pytest.mark.parametrize(
    "typed",
    [
        "(559) 555-0101",
        "+1 559 555 0101",
        "559.555.0101",
        "5595550101",
        "1-559-555-0101",
        "+15595550101",
        PhoneNumber.from_string("(559) 555-0101", region="US"),
    ],
    ids=["us-format", "international", "dots", "digits", "with-1", "e164", "phone-number-object"],
)
def test_phone_key_is_e164_whatever_the_shape(typed):
    assert identity.phone_key(typed) == "+15595550101"


@pytest.mark.parametrize(
    "typed",
    ["", None, "12", "not a phone", "555"],
    ids=["empty", "none", "too-short", "words", "three-digits"],
)
def test_phone_key_is_empty_when_it_is_not_a_phone(typed):
    assert identity.phone_key(typed) == ""


def test_another_number_is_another_key():
    assert identity.phone_key("(559) 555-0102") != identity.phone_key("(559) 555-0101")


def record(model=Registration, pk=None, user_id=None, email="", phone=""):
    """An unsaved registration or attendance, keyed the way the rules key them."""
    return model(
        pk=pk,
        user_id=user_id,
        email_key=identity.email_key(email),
        phone_key=identity.phone_key(phone),
    )


def count_people(records):
    people = identity.People()
    return people, [people.add(*identity.record_keys(r)) for r in records]


def test_email_only_phone_only_and_both_are_one_person():
    """Ana registered with her email, walked in another day giving only her phone, and
    then registered with both: three records, one person (in any order)."""
    by_email = record(email="Ana@Example.org")
    by_phone = record(Attendance, phone="(559) 555-0101")
    by_both = record(email="ana@example.org ", phone="+1 559 555 0101")
    ben = record(email="ben@example.org", phone="(559) 555-0199")

    for order in (
        [by_email, by_phone, by_both, ben],
        [by_both, ben, by_phone, by_email],
        [ben, by_phone, by_email, by_both],
    ):
        people, _ = count_people(order)
        anas = {people.person(*identity.record_keys(r)) for r in (by_email, by_phone, by_both)}
        assert len(anas) == 1
        assert people.person(*identity.record_keys(ben)) not in anas


def test_until_a_record_links_them_email_and_phone_are_two_people():
    people, representatives = count_people(
        [record(email="ana@example.org"), record(phone="(559) 555-0101")]
    )
    assert len(set(representatives)) == 2

    people.add(*identity.record_keys(record(email="ana@example.org", phone="5595550101")))

    assert people.person("email:ana@example.org") == people.person("phone:+15595550101")


def test_a_chain_of_shared_keys_is_one_person():
    """a–b share an email, b–c a phone, c–d an account: a and d are the same person."""
    a = record(email="one@example.org")
    b = record(email="one@example.org", phone="(559) 555-0101")
    c = record(phone="(559) 555-0101", user_id=7)
    d = record(Attendance, user_id=7, email="other@example.org")
    stranger = record(email="stranger@example.org", user_id=8)

    people, _ = count_people([a, d, stranger, b, c])

    assert len({people.person(*identity.record_keys(r)) for r in (a, b, c, d)}) == 1
    assert len({people.person(*identity.record_keys(r)) for r in (a, b, c, d, stranger)}) == 2


def test_a_shared_account_joins_records_with_different_contacts():
    people, _ = count_people(
        [
            record(user_id=3, email="ana@example.org"),
            record(Attendance, user_id=3, email="ana.ruiz@work.example.org"),
        ]
    )
    assert people.person("email:ana@example.org") == people.person(
        "email:ana.ruiz@work.example.org"
    )


def test_a_record_without_contact_is_a_person_of_its_own():
    one, two = record(pk=1), record(Attendance, pk=1)

    assert identity.record_keys(one) == ("Registration:1",)
    assert identity.record_keys(two) == ("Attendance:1",)
    _, representatives = count_people([one, two])
    assert len(set(representatives)) == 2


def test_a_record_needs_a_key():
    with pytest.raises(ValueError, match="at least one key"):
        identity.People().add("", "")
