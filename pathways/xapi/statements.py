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
import hmac
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
#: Came to a workshop (checked in at a date of an event) that a pathway step asks for.
ATTENDED = "attended"
#: Withdraws an earlier statement (xAPI 1.0.3, 2.3.2: a store then ignores it).
VOIDED = "voided"
VERBS = (EXPERIENCED, ATTEMPTED, ANSWERED, PASSED, FAILED, COMPLETED, ATTENDED, VOIDED)

#: Activity kinds (the path segment of an activity id) and their xAPI types.
ACTIVITY_TYPES = {
    "pathway": ADL_ACTIVITIES + "course",
    "module": ADL_ACTIVITIES + "module",
    "quiz": ADL_ACTIVITIES + "assessment",
    "question": ADL_ACTIVITIES + "cmi.interaction",
    "survey": "http://id.tincanapi.com/activitytype/survey",
    "step": ADL_ACTIVITIES + "objective",
    # A workshop step: one event (any of its dates), or "any workshop on a topic".
    "event": ADL_ACTIVITIES + "meeting",
    "topic": ADL_ACTIVITIES + "objective",
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


#: What the pseudonym's key is mixed with: a pseudonym is only ever for xAPI actors.
PSEUDONYM_PURPOSE = b"portal:xapi-actor:"


def pseudonym(learner_key) -> str:
    """A learner's keyed pseudonym: HMAC-SHA256 of their learner key with the site's secret.

    Stable for the person (the learner key is kept for good once they sign in), the
    same in every statement, and impossible to work out from an email address or
    from the learner key without ``PORTAL_PSEUDONYM_KEY``. Never an email or its hash.
    """
    secret = (settings.PORTAL_PSEUDONYM_KEY or settings.SECRET_KEY).encode("utf-8")
    digest = hmac.new(secret, PSEUDONYM_PURPOSE + str(learner_key).encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def actor(learner_key) -> dict:
    """The learner as an xAPI ``account`` on this site, named by their keyed pseudonym.

    Signed in or not, the actor is the pseudonym of the learner key (a person's
    records carry their own key): nothing of the account (email, name) ever
    reaches a statement.
    """
    return {
        "objectType": "Agent",
        "account": {"homePage": base_url(), "name": pseudonym(learner_key)},
    }


def actor_of(record) -> dict:
    """The actor of a record (every record carries its learner's key)."""
    return actor(record.learner_key)


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
