"""Community partners: which person may edit which organization's listings.

A ``PartnerMembership`` ties one person to one organization (by the
organization's ``translation_key``, so it covers the English and Spanish copies).
Staff create it when they approve a partner; ``resources/partners.py`` then gives
the person Wagtail page permissions on that organization's pages only (add and
edit, never publish: every change goes through the approval workflow).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerMembership(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="partner_membership",
        help_text=_("A partner edits one organization's listings."),
    )
    organization = models.ForeignKey(
        "resources.OrganizationPage",
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose the organization in either language: both copies are included."),
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    approved_at = models.DateTimeField(_("approved at"), auto_now_add=True)

    class Meta:
        verbose_name = _("partner account")
        verbose_name_plural = _("partner accounts")

    def __str__(self):
        return f"{self.user} → {self.organization}"
