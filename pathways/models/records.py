"""Learner records: enrollments, completed steps, quiz attempts, survey responses, certificates.

A record never points at content with a foreign key that could cascade: it names
the page or snippet by its ``translation_key`` (shared by the English and Spanish
copies, so both count as one pathway or module) and keeps a snapshot of what it
needs to stay readable: the title at the time, the language used, and for a quiz
or a survey the questions or statements as they were asked. Deleting, unpublishing
or retranslating content leaves every record in place.

Who: every record carries a ``learner_key``. An anonymous learner's key lives in
the session; a signed-in person's is their ``LearnerKey`` (kept for good on first
use), and ``user`` is set too. Deleting an account sets ``user`` to null and keeps
the record for anonymous aggregates. The functions that write records are in
``pathways/learning/`` (one module per kind of event).
"""

import secrets
import uuid

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from pathways.kinds import POST, PRE, RETROSPECTIVE
from portal.validators import validate_visible_text

#: Certificate codes: no 0/O, 1/I/L look-alikes, so a code read aloud or typed works.
CERTIFICATE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CERTIFICATE_CODE_LENGTH = 12


def new_certificate_code():
    return "".join(
        secrets.choice(CERTIFICATE_ALPHABET) for _unused in range(CERTIFICATE_CODE_LENGTH)
    )


def school_at_the_time():
    """The learner's school when a quiz or survey record was made (reports count by it)."""
    return models.ForeignKey(
        "portal.School",
        verbose_name=_("school"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The learner's school when the record was made, for reports by school."),
    )


class LearnerKey(models.Model):
    """The learner key a person keeps once signed in: their records carry it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="learner_key",
    )
    key = models.UUIDField(_("learner key"), default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        verbose_name = _("learner key")
        verbose_name_plural = _("learner keys")

    def __str__(self):
        return str(self.key)

    @classmethod
    def for_user(cls, user) -> uuid.UUID:
        """The person's learner key, created once and kept (race-safe, cached on the user)."""
        cached = getattr(user, "_pathways_learner_key", None)
        if cached is not None:
            return cached
        try:
            with transaction.atomic():
                key = cls.objects.get_or_create(user=user)[0].key
        except IntegrityError:
            key = cls.objects.get(user=user).key
        user._pathways_learner_key = key
        return key


class LearnerRecord(models.Model):
    """Who a record belongs to: a person (if signed in) and always a learner key."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    learner_key = models.UUIDField(_("learner key"), db_index=True)
    language = models.CharField(_("language"), max_length=10, db_index=True)

    class Meta:
        abstract = True


class Enrollment(LearnerRecord):
    """A learner working through a pathway, in whichever language."""

    pathway_key = models.UUIDField(_("pathway"), db_index=True)
    pathway_title = models.CharField(_("pathway title"), max_length=255)
    school = models.ForeignKey(
        "portal.School",
        verbose_name=_("school"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enrollments",
    )
    started_at = models.DateTimeField(_("started"), db_index=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        ordering = ["-started_at", "pk"]
        permissions = [
            ("view_learning_reports", _("Can read and export the learning reports")),
            (
                "view_own_school_learning",
                _("Can see staff pathway completion at their own school"),
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "pathway_key"],
                condition=Q(user__isnull=False),
                name="pathways_one_enrollment_per_user",
            ),
            models.UniqueConstraint(
                fields=["learner_key", "pathway_key"],
                name="pathways_one_enrollment_per_learner",
            ),
        ]

    def __str__(self):
        return self.pathway_title

    @property
    def is_complete(self):
        return self.completed_at is not None


class StepCompletion(models.Model):
    """One step of an enrollment done; part of the enrollment."""

    enrollment = models.ForeignKey(
        Enrollment,
        verbose_name=_("enrollment"),
        on_delete=models.CASCADE,
        related_name="step_completions",
    )
    step_id = models.CharField(_("step"), max_length=64)
    kind = models.CharField(_("kind"), max_length=20)
    target_key = models.UUIDField(_("module or survey"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), db_index=True)

    class Meta:
        verbose_name = _("completed step")
        verbose_name_plural = _("completed steps")
        ordering = ["completed_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "step_id"], name="pathways_one_completion_per_step"
            )
        ]

    def __str__(self):
        return f"{self.enrollment} · {self.step_id}"


class QuizAttempt(LearnerRecord):
    """One submitted quiz, with the questions and choices as they were asked."""

    module_key = models.UUIDField(_("module"), db_index=True)
    module_title = models.CharField(_("module title"), max_length=255)
    attempt_number = models.PositiveIntegerField(_("attempt"))
    submitted_at = models.DateTimeField(_("submitted"), db_index=True)
    questions = models.JSONField(_("questions as asked"), default=list)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    score = models.DecimalField(_("score"), max_digits=5, decimal_places=4)
    percent = models.PositiveSmallIntegerField(_("percent"))
    passed = models.BooleanField(_("passed"), db_index=True)
    within_limit = models.BooleanField(
        _("within the attempts allowed"),
        default=True,
        help_text=_(
            "False for an attempt beyond the module's limit, which can happen only when "
            "attempts made before signing in are merged into the account. It is kept, "
            "but it does not pass the module or complete a pathway step."
        ),
    )
    school = school_at_the_time()

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner_key", "module_key", "attempt_number"],
                name="pathways_attempt_numbers_per_learner",
            )
        ]

    def __str__(self):
        return f"{self.module_title} #{self.attempt_number}"

    def question_snapshot(self, question_id):
        return next((q for q in self.questions if q["question_id"] == question_id), None)


class QuizItemResponse(models.Model):
    """The answer to one question of an attempt (for item analysis)."""

    attempt = models.ForeignKey(
        QuizAttempt,
        verbose_name=_("quiz attempt"),
        on_delete=models.CASCADE,
        related_name="responses",
    )
    question_id = models.CharField(_("question"), max_length=64, db_index=True)
    chosen = models.JSONField(_("chosen choices"), default=list)
    correct = models.BooleanField(_("correct"))

    class Meta:
        verbose_name = _("quiz answer")
        verbose_name_plural = _("quiz answers")
        ordering = ["attempt", "pk"]

    def __str__(self):
        return f"{self.attempt} · {self.question_id}"


class SurveyResponse(LearnerRecord):
    """One completed self-efficacy survey, with the statements as they were asked."""

    class Phase(models.TextChoices):
        PRE = PRE, _("Before")
        POST = POST, _("After")
        RETROSPECTIVE = RETROSPECTIVE, _("Looking back")

    instrument_key = models.UUIDField(_("survey"))
    instrument_name = models.CharField(_("survey name"), max_length=255)
    pathway_key = models.UUIDField(_("pathway"), null=True, blank=True, db_index=True)
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices)
    instrument = models.JSONField(_("survey as asked"), default=dict)
    answers = models.JSONField(
        _("answers"),
        default=dict,
        help_text=_('Item id → point; looking back: {"then": {…}, "now": {…}}.'),
    )
    scores = models.JSONField(
        _("scores"),
        default=dict,
        help_text=_('Per subscale and overall; looking back: {"then": {…}, "now": {…}}.'),
    )
    submitted_at = models.DateTimeField(_("submitted"), db_index=True)
    school = school_at_the_time()

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        ordering = ["submitted_at", "pk"]
        indexes = [
            models.Index(
                fields=["instrument_key", "phase", "submitted_at"],
                name="pathways_survey_report_idx",
            )
        ]

    def __str__(self):
        return f"{self.instrument_name} ({self.get_phase_display()})"


class Certificate(models.Model):
    """Proof that a person completed a pathway, verifiable by its code."""

    enrollment = models.OneToOneField(
        Enrollment,
        verbose_name=_("enrollment"),
        on_delete=models.PROTECT,
        related_name="certificate",
    )
    code = models.CharField(_("verification code"), max_length=20, unique=True)
    recipient_name = models.CharField(
        _("recipient"), max_length=255, validators=[validate_visible_text]
    )
    pathway_title = models.CharField(_("pathway title"), max_length=255)
    language = models.CharField(_("language"), max_length=10)
    issued_at = models.DateTimeField(_("issued"), db_index=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "pk"]

    def __str__(self):
        return f"{self.pathway_title} · {self.recipient_name}"

    def get_verify_path(self):
        """Where anyone can check the certificate (the view lives at /verify/<code>/)."""
        return f"/verify/{self.code}/"
