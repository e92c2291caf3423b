"""A parent's saved services: the list they print, share or come back to.

A signed-in person's list is kept here; an anonymous visitor's lives in their
session and moves here when they sign in (``resources/saved.py``). Each entry
names the service by its ``translation_key`` (the same service in English and
Spanish) and keeps its title, so the list stays readable if the listing is
edited, unpublished or deleted.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SavedService(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="saved_services",
    )
    service_key = models.UUIDField(_("service"))
    service_title = models.CharField(_("service name when saved"), max_length=255)
    saved_at = models.DateTimeField(_("saved at"), auto_now_add=True)

    class Meta:
        verbose_name = _("saved service")
        verbose_name_plural = _("saved services")
        ordering = ["saved_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "service_key"], name="one_save_per_service"),
        ]

    def __str__(self):
        return self.service_title
