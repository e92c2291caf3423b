"""Workshops attended, as pathway steps: checking in completes "attend a workshop".

The events app records attendance and pathways does not import it (nor it pathways):
events sends ``portal.activities.attended`` once the check-in of a person with an
account is committed, and ``pathways.signals`` hands it to ``complete_attended_steps``.
A step names one event (any of its dates counts) or a topic (any workshop on it
counts): ``pathways.progress.attendance_meets``.

Check-ins made before the person enrolled count as well: ``enroll`` asks
``portal.activities.attended_before`` (``enrollments.count_earlier_attendance``). What
does not count: a check-in without an account (a guest registration, a kiosk walk-in),
even if the person signs up later with the same email.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from pathways.models.records import Enrollment
from portal.activities import Attended

from .content import pathway_for
from .enrollments import complete_attended, has_workshop_steps


@transaction.atomic
def complete_attended_steps(user, event_key, topic_key=None, when=None):
    """A person was checked in: complete the matching workshop steps of their enrollments.

    Returns the step completions made now (none for a person enrolled in nothing).
    """
    attended = [Attended(event_key, topic_key, when or timezone.now())]
    completed = []
    for enrollment in Enrollment.objects.filter(user=user).select_related("user"):
        pathway = pathway_for(enrollment.pathway_key, enrollment.language)
        if pathway is None or not has_workshop_steps(pathway):
            continue
        completed += complete_attended(enrollment, pathway, pathway.step_definitions(), attended)
    return completed
