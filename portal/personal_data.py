"""What the portal holds about a person: one registry every app adds its records to.

Parents own their data: they can see what the site keeps, download it (one JSON
or CSV file with every app's part) and delete their account. ``portal`` does not
import the domain apps; each app declares its records in its own
``personal_data.py`` (found at start-up, like ``metrics.py``)::

    register(PersonalDataSection(
        key="registrations",
        label=_("Workshop registrations"),
        app_label="events",
        collect=lambda user: [...],          # plain dicts, one per record
        on_delete=ANONYMISED,                 # or DELETED
        deletion=_("Kept for attendance totals without your name or contact."),
        forget=anonymise_registrations,       # called before the account goes
    ))

``collect`` returns JSON-ready dicts (the export); ``forget(user)`` runs inside
the deletion transaction before the account row is deleted and must leave
nothing that names the person. ``count(user)`` (optional) says how many records
the account page lists; by default it is ``len(collect(user))``.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from portal import spreadsheets

FORMAT_VERSION = 2
#: The spreadsheet's column headings, in the person's language (the values keep the
#: export's own names, the same as the JSON file's keys).
CSV_HEADER = [_("record"), _("number"), _("field"), _("value")]

#: What deleting the account does to a section's records.
ANONYMISED = "anonymised"  # kept for the district's totals, with nothing that names the person
DELETED = "deleted"  # removed with the account
ON_DELETE_LABELS = {
    ANONYMISED: _("Kept without your name, for the district's totals"),
    DELETED: _("Deleted with your account"),
}


@dataclass(frozen=True)
class PersonalDataSection:
    key: str
    label: str
    app_label: str
    collect: Callable[[object], list[dict]]
    on_delete: str
    deletion: str = ""
    forget: Callable[[object], object] | None = None
    count: Callable[[object], int] | None = None
    order: int = 100

    def __post_init__(self):
        if self.on_delete not in ON_DELETE_LABELS:
            raise ValueError(f"on_delete must be {ANONYMISED!r} or {DELETED!r}.")

    def records(self, user) -> list[dict]:
        return list(self.collect(user))

    def how_many(self, user) -> int:
        return self.count(user) if self.count is not None else len(self.records(user))


_registry: dict[str, PersonalDataSection] = {}


def register(section: PersonalDataSection) -> PersonalDataSection:
    """Add (or replace, on reload) a section under its key."""
    if section.key in ("format_version", "account"):
        raise ValueError(f"{section.key!r} is taken by the export itself.")
    _registry[section.key] = section
    return section


def unregister(key: str) -> None:
    _registry.pop(key, None)


def sections() -> list[PersonalDataSection]:
    return sorted(_registry.values(), key=lambda section: (section.order, section.key))


# --------------------------------------------------------------------------
# Seeing and downloading
# --------------------------------------------------------------------------


def account_record(user) -> dict:
    """What the account itself holds (the export's first part)."""
    return {
        "email": user.email,
        "name": user.get_full_name(),
        "preferred_language": getattr(user, "preferred_language", ""),
        "phone": str(getattr(user, "phone", "") or ""),
        "school": user.school.name if getattr(user, "school_id", None) else None,
        "joined": user.date_joined.isoformat() if user.date_joined else None,
    }


def person_data(user) -> dict:
    """Everything the portal holds about ``user``: the account, then every app's section."""
    data = {"format_version": FORMAT_VERSION, "account": account_record(user)}
    for section in sections():
        data[section.key] = section.records(user)
    return data


@dataclass(frozen=True)
class HeldSection:
    """One line of "what we hold about you" on the account page."""

    section: PersonalDataSection
    count: int

    @property
    def on_delete_label(self):
        return ON_DELETE_LABELS[self.section.on_delete]


def holdings(user) -> list[HeldSection]:
    return [HeldSection(section, section.how_many(user)) for section in sections()]


def to_json(data) -> str:
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def _flatten(prefix, value, rows, record, number):
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), item, rows, record, number)
    elif isinstance(value, list):
        for index, item in enumerate(value, start=1):
            _flatten(f"{prefix}.{index}", item, rows, record, number)
    else:
        rows.append([record, number, prefix, "" if value is None else value])


def csv_rows(data) -> list[list]:
    """One row per value: record type, its number, the field path (``steps.1.step_id``), value."""
    rows = [[str(heading) for heading in CSV_HEADER]]
    _flatten("", data["account"], rows, "account", 1)
    for key, items in data.items():
        if key in ("format_version", "account"):
            continue
        for number, item in enumerate(items, start=1):
            _flatten("", item, rows, key, number)
    return rows


def to_csv(data) -> str:
    buffer = io.StringIO()
    spreadsheets.writer(buffer).writerows(csv_rows(data))
    return buffer.getvalue()


# --------------------------------------------------------------------------
# Deleting
# --------------------------------------------------------------------------


@transaction.atomic
def delete_account(user) -> None:
    """Delete the account; each app first anonymises or deletes its records (``forget``).

    Records an app keeps for totals lose their link to the account (their foreign
    keys are ``SET_NULL``) and anything else that names the person; the account
    row, its email addresses and sessions go.
    """
    for section in sections():
        if section.forget is not None:
            section.forget(user)
    user.delete()
