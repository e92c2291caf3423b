"""The events app's part of ``portal.activities``: the check-ins of a person's account.

Another app asks with ``portal.activities.attended_before(user)`` (a pathway counts the
workshops someone came to before they enrolled); found at start-up like ``metrics.py``.
New check-ins are told as they happen, by ``events.checkin.announce``.
"""

from events.models import Attendance
from portal.activities import Attended, register_history


def attended_by(user):
    """The account's check-ins, oldest first: which event, which topic, when."""
    rows = (
        Attendance.objects.filter(user=user)
        .order_by("checked_in_at", "pk")
        .values_list("occurrence__event_key", "occurrence__topic_key", "checked_in_at")
    )
    return [Attended(event_key=event, topic_key=topic, when=when) for event, topic, when in rows]


register_history(attended_by)
