"""Signal receivers of the pathways app (connected in ``PathwaysConfig.ready``)."""

import uuid

from django.contrib.auth.signals import user_logged_in

from pathways.learning import actors, merge_learner_into_user
from pathways.models import LearnerKey


def merge_anonymous_progress(sender, request, user, **kwargs):
    """At log-in (allauth logs people in after sign-up too): the session's anonymous
    records become the account's, and the session then carries the account's key."""
    session = getattr(request, "session", None)
    if session is None:
        return
    try:
        stored = uuid.UUID(session.get(actors.SESSION_KEY) or "")
    except ValueError:
        stored = None  # nothing (or nothing usable) recorded while signed out
    if stored and not LearnerKey.objects.filter(key=stored).exists():
        merge_learner_into_user(stored, user)
    session[actors.SESSION_KEY] = str(actors.key_for_user(user))
    session[actors.SESSION_USER] = user.pk


def connect():
    user_logged_in.connect(
        merge_anonymous_progress, dispatch_uid="pathways_merge_anonymous_progress"
    )
