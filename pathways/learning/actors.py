"""Who is learning: a signed-in person or an anonymous visitor's session key."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pathways.models.records import LearnerKey

SESSION_KEY = "pathways_learner_key"
#: The account whose key SESSION_KEY holds, so a signed-in request costs no query.
SESSION_USER = "pathways_learner_user"


@dataclass(frozen=True)
class Learner:
    """The actor of a learning event: ``user`` is None for an anonymous visitor."""

    learner_key: uuid.UUID
    user: object = None

    @property
    def is_anonymous(self):
        return self.user is None

    def owns(self, queryset):
        """Only this learner's records: a person's by account, a visitor's by key.

        A visitor's key never reaches records that already belong to an account.
        """
        if self.user is not None:
            return queryset.filter(user=self.user)
        return queryset.filter(learner_key=self.learner_key, user__isnull=True)

    @property
    def school_id(self):
        """The person's school (parents: their child's) for reports; None when anonymous."""
        return getattr(self.user, "school_id", None)

    def fields(self):
        return {"user": self.user, "learner_key": self.learner_key}


def key_for_user(user) -> uuid.UUID:
    """The person's learner key, created once and kept (race-safe)."""
    return LearnerKey.for_user(user)


def as_learner(actor) -> Learner:
    """Accept a ``Learner``, a user, or an anonymous learner key (UUID or str)."""
    if isinstance(actor, Learner):
        return actor
    if isinstance(actor, uuid.UUID):
        return Learner(learner_key=actor)
    if isinstance(actor, str):
        return Learner(learner_key=uuid.UUID(actor))
    if getattr(actor, "is_authenticated", False):
        return Learner(learner_key=key_for_user(actor), user=actor)
    raise TypeError(f"Not a learner: {actor!r}")


def learner_key_for(request) -> uuid.UUID:
    """The learner key of the request: the person's, or a random one kept in the session."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        if request.session.get(SESSION_USER) == user.pk and request.session.get(SESSION_KEY):
            return uuid.UUID(request.session[SESSION_KEY])
        key = key_for_user(user)
        request.session[SESSION_KEY] = str(key)
        request.session[SESSION_USER] = user.pk
        return key
    stored = request.session.get(SESSION_KEY)
    if stored:
        try:
            return uuid.UUID(stored)
        except ValueError:
            pass
    key = uuid.uuid4()
    request.session[SESSION_KEY] = str(key)
    return key


def learner_for(request) -> Learner:
    """The ``Learner`` a view passes to the functions of ``pathways.learning``."""
    key = learner_key_for(request)
    user = request.user if request.user.is_authenticated else None
    return Learner(learner_key=key, user=user)


def current_learner(request) -> Learner | None:
    """The learner of the request, or None for a visitor who has not started anything.

    A visitor without a learner key gets none here: merely reading a page must not
    create a session (that would keep the page out of the anonymous cache).
    """
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return learner_for(request)
    session = getattr(request, "session", None)
    if session is not None and session.get(SESSION_KEY):
        return learner_for(request)
    return None
