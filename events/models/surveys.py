"""The short satisfaction survey people get after an event they were checked in at.

``EventSurveyInvitation`` is the send claim: one row per attendance, made before the
email is built, so a person is never invited twice to the same date however often
(or however many at once) the sending command runs. ``EventSurveyResponse`` is the
answer: one per attendance, kept for the reports' totals. Both point at the
attendance (never deleted) with ``PROTECT``; deleting an account anonymises the
attendance and empties the free-text comment, and keeps the scores.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

SCORES = Q(overall__gte=1, overall__lte=5, learned__gte=1, learned__lte=5)


class EventSurveyInvitation(models.Model):
    """The survey email for one attendance: claimed once, before it is sent."""

    attendance = models.OneToOneField(
        "events.Attendance",
        verbose_name=_("attendance"),
        on_delete=models.PROTECT,
        related_name="survey_invitation",
    )
    sent_at = models.DateTimeField(_("survey sent"))

    class Meta:
        verbose_name = _("event survey invitation")
        verbose_name_plural = _("event survey invitations")

    def __str__(self):
        return f"{self.attendance} · {self.sent_at:%Y-%m-%d}"


class EventSurveyResponse(models.Model):
    """One person's answers about one event date (one response per attendance)."""

    attendance = models.OneToOneField(
        "events.Attendance",
        verbose_name=_("attendance"),
        on_delete=models.PROTECT,
        related_name="survey_response",
    )
    occurrence = models.ForeignKey(
        "events.Occurrence",
        verbose_name=_("event date"),
        on_delete=models.PROTECT,
        related_name="survey_responses",
    )
    language = models.CharField(
        _("answered in"), max_length=12, choices=settings.LANGUAGES, default="en"
    )
    submitted_at = models.DateTimeField(_("answered"), db_index=True)
    overall = models.PositiveSmallIntegerField(
        _("overall satisfaction"), help_text=_("1 (very dissatisfied) to 5 (very satisfied).")
    )
    learned = models.PositiveSmallIntegerField(
        _("learned something I can use"),
        help_text=_("1 (strongly disagree) to 5 (strongly agree)."),
    )
    would_recommend = models.BooleanField(_("would recommend it"))
    comment = models.CharField(_("comment"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("event survey response")
        verbose_name_plural = _("event survey responses")
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=SCORES, name="events_survey_scores_1_to_5"),
        ]

    def __str__(self):
        return f"{self.occurrence} · {self.overall}/5"

    @property
    def satisfied(self):
        """Satisfied or very satisfied (4 or 5): what the reports count as satisfied."""
        return self.overall >= 4
