"""Building xAPI 1.0.3 statements from learner records: plain functions, no queries.

Every function takes records (with their snapshots: titles, questions as asked,
language) rather than pages, so a statement reads the same whether it is built at
the moment of the event or later from the record.

Identities are stable: an activity is named by the content's ``translation_key``
(the English and Spanish copies and every renamed version are one activity), and a
statement's id is derived from the record it describes (``statement_id``), so
building it twice gives the same statement and a learning record store that
receives it twice keeps one.
"""

from __future__ import annotations

import datetime
import hashlib
import uuid

from django.conf import settings

XAPI_VERSION = "1.0.3"
ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"

EXPERIENCED = "experienced"
ATTEMPTED = "attempted"
ANSWERED = "answered"
PASSED = "passed"
FAILED = "failed"
COMPLETED = "completed"
#: Withdraws an earlier statement (xAPI 1.0.3, 2.3.2: a store then ignores it).
VOIDED = "voided"
VERBS = (EXPERIENCED, ATTEMPTED, ANSWERED, PASSED, FAILED, COMPLETED, VOIDED)

#: Activity kinds (the path segment of an activity id) and their xAPI types.
ACTIVITY_TYPES = {
    "pathway": ADL_ACTIVITIES + "course",
    "module": ADL_ACTIVITIES + "module",
    "quiz": ADL_ACTIVITIES + "assessment",
    "question": ADL_ACTIVITIES + "cmi.interaction",
    "survey": "http://id.tincanapi.com/activitytype/survey",
    "step": ADL_ACTIVITIES + "objective",
}


def base_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _namespace() -> uuid.UUID:
    # Statement ids of one site never collide with another site's in a shared store.
    return uuid.uuid5(uuid.NAMESPACE_URL, base_url() + "/xapi/statements")


def statement_id(*parts) -> uuid.UUID:
    """The id of the statement about this event: the same parts, the same id."""
    return uuid.uuid5(_namespace(), ":".join(str(part) for part in parts))


def registration_for(enrollment) -> str:
    """The enrollment as an xAPI registration (a UUID derived from its id)."""
    return str(statement_id("enrollment", enrollment.pk))


def timestamp(moment: datetime.datetime) -> str:
    """ISO 8601 in UTC with milliseconds, the precision a learning record store keeps."""
    utc = moment.astimezone(datetime.UTC)
    return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --------------------------------------------------------------------------
# Actor, verb, object
# --------------------------------------------------------------------------


def mbox_sha1sum(email: str) -> str:
    return hashlib.sha1(f"mailto:{email.strip().lower()}".encode()).hexdigest()  # noqa: S324


def actor(user=None, learner_key=None) -> dict:
    """A signed-in person by hashed mailbox; anyone else by their anonymous learner key."""
    if user is not None and getattr(user, "email", ""):
        return {"objectType": "Agent", "mbox_sha1sum": mbox_sha1sum(user.email)}
    return {
        "objectType": "Agent",
        "account": {"homePage": base_url(), "name": str(learner_key)},
    }


def actor_of(record) -> dict:
    """The actor of a record that has ``user`` and ``learner_key``."""
    return actor(record.user if record.user_id else None, record.learner_key)


def verb(name: str) -> dict:
    return {"id": ADL_VERBS + name, "display": {"en-US": name}}


def activity_id(kind: str, key) -> str:
    return f"{base_url()}/xapi/activities/{kind}/{key}"


def activity(kind: str, key, title: str = "", language: str = "", **definition) -> dict:
    """An activity; its name is a language map in the record's language."""
    body = {"type": ACTIVITY_TYPES[kind], **definition}
    if title:
        body["name"] = {language or settings.LANGUAGE_CODE: title}
    return {"objectType": "Activity", "id": activity_id(kind, key), "definition": body}


def reference(kind: str, key) -> dict:
    """An activity named by id only (a parent in the context)."""
    return {"objectType": "Activity", "id": activity_id(kind, key)}


def context(language: str, parents=(), grouping=(), registration=None, extensions=None) -> dict:
    body = {"platform": settings.WAGTAIL_SITE_NAME, "language": language}
    activities = {}
    if parents:
        activities["parent"] = list(parents)
    if grouping:
        activities["grouping"] = list(grouping)
    if activities:
        body["contextActivities"] = activities
    if registration:
        body["registration"] = str(registration)
    if extensions:
        body["extensions"] = extensions
    return body


def extension(name: str) -> str:
    return f"{base_url()}/xapi/extensions/{name}"


def statement(*, sid, who, verb_name, obj, when, context_=None, result=None) -> dict:
    """One complete statement, ready to store, download or send."""
    body = {
        "id": str(sid),
        "version": XAPI_VERSION,
        "actor": who,
        "verb": verb(verb_name),
        "object": obj,
        "timestamp": timestamp(when),
    }
    if result is not None:
        body["result"] = result
    if context_ is not None:
        body["context"] = context_
    return body
