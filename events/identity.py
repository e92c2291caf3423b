"""How a person is recognised across routes: an account, a guest registration, a walk-in.

People give their email or phone in many shapes ("Ana@Example.org ", "(559) 555-0101").
The keys below are what the records store and the unduplicated count compares.
"""

from __future__ import annotations

import phonenumbers

from django.conf import settings


def email_key(email: str | None) -> str:
    return (email or "").strip().lower()


def phone_key(phone) -> str:
    """The phone in E.164 (``+15595550101``), or "" if it is not a possible number."""
    if not phone:
        return ""
    text = phone.as_e164 if hasattr(phone, "as_e164") else str(phone)
    region = getattr(settings, "PHONENUMBER_DEFAULT_REGION", None) or "US"
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return ""
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


class People:
    """Union-find over contact keys: records that share an email, a phone or an account
    are one person, even when no single key links them all directly."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def _find(self, key: str) -> str:
        root = key
        while self.parent.setdefault(root, root) != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def add(self, *keys: str) -> str:
        """Record that these keys name one person; returns the person's representative."""
        present = [key for key in keys if key]
        if not present:
            raise ValueError("a record needs at least one key")
        first = self._find(present[0])
        for key in present[1:]:
            other = self._find(key)
            if other != first:
                self.parent[other] = first
        return self._find(first)

    def person(self, *keys: str) -> str:
        return self._find(next(key for key in keys if key))


def record_keys(record) -> tuple[str, ...]:
    """The keys of a registration or attendance (account, email, phone, else the record)."""
    keys = []
    if getattr(record, "user_id", None):
        keys.append(f"user:{record.user_id}")
    if record.email_key:
        keys.append(f"email:{record.email_key}")
    if record.phone_key:
        keys.append(f"phone:{record.phone_key}")
    if not keys:
        keys.append(f"{type(record).__name__}:{record.pk}")
    return tuple(keys)
