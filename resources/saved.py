"""The saved list's rules: save, remove, list, share and merge at sign-in.

A list is a sequence of service keys (``ServicePage.translation_key``), so one
list reads in either language. Signed-in people's lists are ``SavedService`` rows;
anonymous visitors' are in their session, moved into the account when they sign
in (like pathway progress). A shared link carries the keys, signed so nobody can
forge one, and nothing about the person.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.apps import apps
from django.core import signing
from django.db import IntegrityError, transaction

from resources import directory

SESSION_KEY = "resources_saved_services"
SHARE_SALT = "resources.saved-list"
#: A list longer than this is refused: a family's list, not a copy of the directory.
MAX_SAVED = 50


def _saved_model():
    return apps.get_model("resources", "SavedService")


def _session_keys(session) -> list[str]:
    keys = session.get(SESSION_KEY) or []
    return [key for key in keys if _as_uuid(key)]


def _as_uuid(value):
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None


def saved_keys(request) -> list[uuid.UUID]:
    """The keys on this visitor's list, oldest first."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return list(_saved_model().objects.filter(user=user).values_list("service_key", flat=True))
    return [_as_uuid(key) for key in _session_keys(request.session)]


class ListFull(Exception):
    """The list already holds ``MAX_SAVED`` services."""


def save(request, service) -> bool:
    """Add ``service``; False if it was already there. Raises ``ListFull``."""
    key = service.translation_key
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        rows = _saved_model().objects.filter(user=user)
        if rows.filter(service_key=key).exists():
            return False
        if rows.count() >= MAX_SAVED:
            raise ListFull
        try:
            with transaction.atomic():
                rows.create(user=user, service_key=key, service_title=service.title)
        except IntegrityError:  # the same save, twice at once
            return False
        return True
    keys = _session_keys(request.session)
    if str(key) in keys:
        return False
    if len(keys) >= MAX_SAVED:
        raise ListFull
    request.session[SESSION_KEY] = [*keys, str(key)]
    return True


def remove(request, key) -> bool:
    key = _as_uuid(key)
    if key is None:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        deleted, _ = _saved_model().objects.filter(user=user, service_key=key).delete()
        return bool(deleted)
    keys = _session_keys(request.session)
    if str(key) not in keys:
        return False
    request.session[SESSION_KEY] = [k for k in keys if k != str(key)]
    return True


def merge_session_into_user(session, user) -> int:
    """At sign-in: the session's saved services join the account's list (no duplicates)."""
    keys = [_as_uuid(key) for key in _session_keys(session)]
    if not keys:
        return 0
    model = _saved_model()
    have = set(model.objects.filter(user=user).values_list("service_key", flat=True))
    titles = dict(
        directory.model("ServicePage")
        .objects.filter(translation_key__in=keys)
        .order_by("-locale__language_code")  # any copy's title will do; stable order
        .values_list("translation_key", "title")
    )
    room = max(MAX_SAVED - len(have), 0)
    new = [key for key in dict.fromkeys(keys) if key not in have and key in titles][:room]
    model.objects.bulk_create(
        [model(user=user, service_key=key, service_title=titles[key]) for key in new],
        ignore_conflicts=True,
    )
    session.pop(SESSION_KEY, None)
    return len(new)


@dataclass
class SavedEntry:
    """One line of a list: the live service in the page's language, or what was saved."""

    key: uuid.UUID
    service: object | None
    title: str


def entries(keys, locale_id, titles=None) -> list[SavedEntry]:
    """The services of ``keys`` in this language, in list order (a fixed number of queries).

    A service that is no longer listed keeps its line, with the title it had.
    """
    keys = [key for key in keys if key]
    if not keys:
        return []
    found = directory.listed_services(locale_id).filter(translation_key__in=keys)
    by_key = {service.translation_key: service for service in directory.prepared(found, locale_id)}
    titles = titles or {}
    return [
        SavedEntry(
            key=key,
            service=by_key.get(key),
            title=getattr(by_key.get(key), "title", None) or titles.get(key, ""),
        )
        for key in keys
    ]


def saved_titles(request) -> dict:
    """Titles kept with an account's list, for services no longer listed."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return dict(
        _saved_model().objects.filter(user=user).values_list("service_key", "service_title")
    )


def share_token(keys) -> str:
    """A signed token of the keys: the share link needs no account and names nobody."""
    return signing.dumps([str(key) for key in keys], salt=SHARE_SALT, compress=True)


def keys_from_token(token) -> list[uuid.UUID] | None:
    """The keys of a shared link, or None if it was altered."""
    try:
        values = signing.loads(token, salt=SHARE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(values, list):
        return None
    keys = [_as_uuid(value) for value in values[:MAX_SAVED]]
    return [key for key in keys if key]
