"""Registrations and the door's check-ins: what people did, kept whatever happens to pages.

Both point at an ``Occurrence`` with ``PROTECT``: an occurrence with people's
records is cancelled, never deleted. Each record keeps the person's contact as
given plus a normalized email and phone (``email_key``, ``phone_key``): the
unduplicated count matches people across an account, a guest registration and a
kiosk walk-in by those keys.
"""

from phonenumber_field.modelfields import PhoneNumberField

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from events.kinds import CheckInRoute, RegistrationRoute, RegistrationStatus

ACTIVE = ~Q(status=RegistrationStatus.CANCELLED)


class PersonDetails(models.Model):
    """Who someone said they were, and the keys that find them again."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"), blank=True)
    phone = PhoneNumberField(_("phone"), blank=True)
    email_key = models.CharField(_("normalized email"), max_length=254, blank=True, db_index=True)
    phone_key = models.CharField(_("normalized phone"), max_length=32, blank=True, db_index=True)
    school = models.ForeignKey(
        "portal.School",
        verbose_name=_("school"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(
        _("preferred language"), max_length=12, choices=settings.LANGUAGES, default="en"
    )

    class Meta:
        abstract = True

    @property
    def short_name(self):
        """First name and initial: enough to find oneself on a kiosk, no more."""
        parts = self.name.split()
        if not parts:
            return ""
        if len(parts) == 1:
            return parts[0]
        return f"{parts[0]} {parts[-1][0]}."


class Registration(PersonDetails):
    occurrence = models.ForeignKey(
        "events.Occurrence",
        verbose_name=_("event date"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=RegistrationStatus.choices, db_index=True
    )
    route = models.CharField(_("registered as"), max_length=10, choices=RegistrationRoute.choices)
    children = models.PositiveSmallIntegerField(_("children coming"), default=0)
    needs_interpretation = models.BooleanField(_("needs interpretation"), default=False)
    interpretation_language = models.CharField(_("interpretation into"), max_length=60, blank=True)
    needs_childcare = models.BooleanField(_("needs childcare"), default=False)
    other_needs = models.CharField(_("other needs"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("registered"), db_index=True)
    promoted_at = models.DateTimeField(_("moved off the waitlist"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["occurrence", "user"],
                condition=ACTIVE & Q(user__isnull=False),
                name="events_one_registration_per_account",
            ),
            models.UniqueConstraint(
                fields=["occurrence", "email_key"],
                condition=ACTIVE & ~Q(email_key=""),
                name="events_one_registration_per_email",
            ),
            models.UniqueConstraint(
                fields=["occurrence", "phone_key"],
                condition=ACTIVE & ~Q(phone_key=""),
                name="events_one_registration_per_phone",
            ),
        ]
        indexes = [
            models.Index(fields=["occurrence", "status", "created_at"], name="events_reg_queue"),
        ]

    def __str__(self):
        return f"{self.name} · {self.occurrence}"

    @property
    def is_confirmed(self):
        return self.status == RegistrationStatus.CONFIRMED

    @property
    def is_waitlisted(self):
        return self.status == RegistrationStatus.WAITLISTED

    @property
    def is_cancelled(self):
        return self.status == RegistrationStatus.CANCELLED


class Attendance(PersonDetails):
    """One person checked in at one occurrence (registered or walked in)."""

    occurrence = models.ForeignKey(
        "events.Occurrence",
        verbose_name=_("event date"),
        on_delete=models.PROTECT,
        related_name="attendances",
    )
    registration = models.OneToOneField(
        Registration,
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attendance",
    )
    route = models.CharField(_("checked in by"), max_length=10, choices=CheckInRoute.choices)
    checked_in_at = models.DateTimeField(_("checked in"), db_index=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["checked_in_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["occurrence", "email_key"],
                condition=~Q(email_key=""),
                name="events_one_check_in_per_email",
            ),
            models.UniqueConstraint(
                fields=["occurrence", "phone_key"],
                condition=~Q(phone_key=""),
                name="events_one_check_in_per_phone",
            ),
        ]

    def __str__(self):
        return f"{self.name} · {self.occurrence}"


class CalendarFeed(models.Model):
    """The secret behind a person's own calendar feed (their registrations)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="event_feed",
    )
    secret = models.CharField(_("secret"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("personal calendar feed")
        verbose_name_plural = _("personal calendar feeds")

    def __str__(self):
        return str(self.user)
