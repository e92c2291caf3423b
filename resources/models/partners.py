"""Community partners: which person may edit which organization's listings.

A ``PartnerMembership`` ties one person to one organization (by the
organization's ``translation_key``, so it covers the English and Spanish copies).
Staff create it when they approve a partner (directly, or by approving a
``PartnerRequest`` the person sent from the site); ``resources/partners.py`` then gives
the person Wagtail page permissions on that organization's pages only (add and
edit, never publish: every change goes through the approval workflow).
"""

from phonenumber_field.modelfields import PhoneNumberField

from django.conf import settings
from django.contrib import admin
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


class PartnerRequest(models.Model):
    """Someone asks to keep an organization's listings: one already in the directory, or a
    new one. Family-engagement staff approve it (which creates the ``PartnerMembership``,
    and for a new organization its draft page) or decline it with a reason.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="partner_requests",
    )
    organization = models.ForeignKey(
        "resources.OrganizationPage",
        verbose_name=_("organization in the directory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organization_name = models.CharField(_("new organization's name"), max_length=200, blank=True)
    description = models.TextField(_("what the organization does"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("organization's email"), blank=True)
    phone = PhoneNumberField(_("organization's phone"), blank=True)
    job_title = models.CharField(_("role at the organization"), max_length=120)
    message = models.TextField(_("message to the office"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("asked on"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    reason = models.TextField(
        _("reason"),
        blank=True,
        help_text=_("Sent to the person when a request is declined."),
    )

    class Meta:
        verbose_name = _("partner request")
        verbose_name_plural = _("partner requests")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(status="pending"),
                name="one_pending_partner_request",
            ),
            models.CheckConstraint(
                condition=models.Q(organization__isnull=False) | ~models.Q(organization_name=""),
                name="partner_request_names_an_organization",
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.organization_label}"

    @property
    @admin.display(description=_("organization"))
    def organization_label(self) -> str:
        if self.organization_id:
            return self.organization.title
        return self.organization_name

    @property
    def is_new_organization(self) -> bool:
        return self.organization_id is None
