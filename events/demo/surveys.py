"""The demo's post-event survey answers, so the reports and "Survey answers" have figures.

Everyone checked in with an email at a date that ended over a day ago was sent the
survey (as ``manage.py send_event_surveys`` would have done: the dates of the last
day are left for it); about half answered, in their own language, mostly satisfied,
and some wrote a comment. Seeded per attendance (``data.SEED``); attendances already
invited are left alone, so a second run adds nothing.
"""

from __future__ import annotations

import random
from datetime import timedelta

from django.utils import timezone

from events.models import Attendance, EventSurveyInvitation, EventSurveyResponse

from . import data

#: How many of those invited answer, and how the overall scores fall (1 to 5).
ANSWER_RATE = 0.45
SCORES = (1, 2, 3, 4, 5)
SCORE_WEIGHTS = (2, 4, 10, 38, 46)
COMMENT_RATE = 0.3
COMMENTS = {
    "en": [
        "Thank you! I finally understand how to check my child's grades.",
        "Could you offer this on a Saturday morning? I work evenings.",
        "The childcare made it possible for me to come.",
        "Very useful. The handouts were clear.",
        "The room was too small for everyone.",
        "I would like a follow-up session on the same topic.",
    ],
    "es": [
        "¡Gracias! Por fin entiendo cómo ver las calificaciones de mi hijo.",
        "¿Podrían ofrecerlo un sábado por la mañana? Trabajo en las tardes.",
        "El cuidado de niños me permitió venir.",
        "Muy útil. Los materiales estaban claros.",
        "La intérprete explicó todo muy bien.",
        "Me gustaría otra sesión sobre el mismo tema.",
    ],
}


def load_survey_answers(now=None) -> str:
    """Invitations and answers for the demo's past check-ins. Returns a summary line."""
    now = now or timezone.now()
    attendances = (
        Attendance.objects.filter(
            occurrence__ends_at__lte=now - timedelta(days=1), survey_invitation__isnull=True
        )
        .exclude(email="")
        .select_related("occurrence")
        .only("pk", "language", "occurrence__ends_at")
        .order_by("pk")
    )
    invitations, responses = [], []
    for attendance in attendances:
        rng = random.Random(f"{data.SEED}-survey-{attendance.pk}")
        ends = attendance.occurrence.ends_at
        invitations.append(
            EventSurveyInvitation(attendance=attendance, sent_at=ends + timedelta(hours=2))
        )
        if rng.random() >= ANSWER_RATE:
            continue
        language = attendance.language if attendance.language in COMMENTS else "en"
        overall = rng.choices(SCORES, SCORE_WEIGHTS)[0]
        comment = rng.choice(COMMENTS[language]) if rng.random() < COMMENT_RATE else ""
        responses.append(
            EventSurveyResponse(
                attendance=attendance,
                occurrence_id=attendance.occurrence_id,
                language=language,
                submitted_at=min(ends + timedelta(hours=rng.randint(3, 60)), now),
                overall=overall,
                learned=max(1, min(5, overall + rng.choice((-1, 0, 0, 1)))),
                would_recommend=overall >= 4 or rng.random() < 0.3,
                comment=comment,
            )
        )
    EventSurveyInvitation.objects.bulk_create(invitations)
    EventSurveyResponse.objects.bulk_create(responses)
    answered = EventSurveyResponse.objects.count()
    sent = EventSurveyInvitation.objects.count()
    return f"Event surveys: {sent} sent, {answered} answered"
