"""Reminders to partners to check their listings: one per listing per period.

A row is written in the same transaction as the email is sent, and the unique
constraint on (listing, period) is what stops the scheduled command and a staff
member's button (or two runs at once) from reminding anyone twice in a period.
The row names the listing by its ``translation_key`` and keeps its title, so it
outlives edits and deletion of the listing.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ListingReminder(models.Model):
    service_key = models.UUIDField(_("listing"))
    service_title = models.CharField(_("listing name when reminded"), max_length=255)
    organization_key = models.UUIDField(_("organization"))
    period_start = models.DateField(_("period starting"))
    contacts = models.PositiveSmallIntegerField(_("contacts emailed"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when the scheduled command sent it."),
    )

    class Meta:
        verbose_name = _("listing reminder")
        verbose_name_plural = _("listing reminders")
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["service_key", "period_start"], name="one_reminder_per_listing_period"
            ),
        ]
        permissions = [
            ("review_listings", "Can see stale listings and expired opportunities, and remind"),
        ]

    def __str__(self):
        return f"{self.service_title} ({self.period_start})"
