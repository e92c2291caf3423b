"""Signal receivers of the pathways app (connected in ``PathwaysConfig.ready``)."""

import uuid

from django.contrib.auth.signals import user_logged_in

from pathways.learning import actors, complete_attended_steps, merge_learner_into_user
from pathways.models import LearnerKey
from portal import activities


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


def workshop_attended(sender, user, event_key, topic_key=None, when=None, **kwargs):
    """A person with an account was checked in at a workshop (``portal.activities``):
    the workshop steps it meets in their pathways are done."""
    complete_attended_steps(user, event_key, topic_key, when)


def connect():
    user_logged_in.connect(
        merge_anonymous_progress, dispatch_uid="pathways_merge_anonymous_progress"
    )
    activities.attended.connect(workshop_attended, dispatch_uid="pathways_workshop_attended")
