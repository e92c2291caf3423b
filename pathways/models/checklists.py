"""The items a signed-in parent has ticked on a module's checklists."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChecklistProgress(models.Model):
    """Ticked checklist items of one module for one person.

    The module is named by ``translation_key`` and the items by their StreamField
    ids, which the English and Spanish copies share: ticks made in one language
    show in the other. Personal and of no use to reports, so deleting the
    account deletes it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="checklist_progress",
    )
    module_key = models.UUIDField(_("module"))
    module_title = models.CharField(_("module title"), max_length=255)
    ticked = models.JSONField(_("ticked items"), default=list)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("checklist progress")
        verbose_name_plural = _("checklist progress")
        ordering = ["-updated_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module_key"], name="pathways_one_checklist_per_module"
            )
        ]

    def __str__(self):
        return self.module_title
