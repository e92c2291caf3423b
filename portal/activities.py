"""What a person did, told from one app to another: the seam between domain apps.

The domain apps do not import one another. When something one app records counts in
another (checking in at a workshop completes a pathway's "attend a workshop" step),
the app that records it sends a signal defined here and the app that cares receives
it; neither knows the other. Like ``metrics.py`` and ``personal_data.py``, an app's
part lives in its own ``activities.py``, found at start-up.

``attended``: a person with an account was checked in at an event date. Sent once per
new attendance, after the check-in's transaction commits (``announce``), with:

- ``user``: the account;
- ``event_key``: the event page's ``translation_key`` (a UUID: the English and
  Spanish pages are one event);
- ``topic_key``: the event's workshop topic's ``translation_key``, or None;
- ``when``: when they were checked in.

A walk-in without an account is nobody's to tell: nothing is sent.

What happened before a receiver cared (someone who came to workshops enrolls in a
pathway later) is asked for with ``attended_before(user)``: the app that records
attendance registers a function with ``register_history`` that returns the person's
check-ins as ``Attended`` records.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from django.dispatch import Signal

logger = logging.getLogger(__name__)

#: A person with an account was checked in (kwargs: user, event_key, topic_key, when).
attended = Signal()


@dataclass(frozen=True)
class Attended:
    """One check-in, as the other apps see it: which event, which topic, when."""

    event_key: uuid.UUID
    topic_key: uuid.UUID | None = None
    when: datetime | None = None


_history: list[Callable[[object], Iterable[Attended]]] = []


def register_history(provider):
    """Register ``provider(user) -> iterable of Attended``: the person's check-ins so far.

    Returns the provider, so it can be used as a decorator; registering twice adds it once.
    """
    if provider not in _history:
        _history.append(provider)
    return provider


def attended_before(user) -> list[Attended]:
    """Every check-in of the person's account that the registered apps know of."""
    if user is None or not getattr(user, "pk", None):
        return []
    return [record for provider in _history for record in provider(user)]


def announce(signal, sender, **kwargs):
    """Send ``signal`` to every receiver; a receiver's failure is logged, not raised.

    The sender's own record is already committed (a person is checked in at the door):
    another app's mistake must not turn that into an error page for the staff member.
    """
    for receiver, result in signal.send_robust(sender=sender, **kwargs):
        if isinstance(result, Exception):
            logger.error("A receiver of a portal activity failed: %r", receiver, exc_info=result)
