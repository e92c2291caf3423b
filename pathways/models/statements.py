"""xAPI statements: every learning event, as the Experience API describes it.

A statement is written in the same transaction as the record it describes
(``pathways/xapi/`` builds them), so the two never disagree. The actor is the
learner's keyed pseudonym (``xapi.statements.pseudonym``), never their email. The JSON is the
statement exactly as it is downloaded or sent to a learning record store;
``sent_at`` marks the ones an external store has accepted.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LearningStatement(models.Model):
    """One xAPI statement (actor, verb, object, result, context) about a learner."""

    id = models.UUIDField(_("statement id"), primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    learner_key = models.UUIDField(_("learner key"), db_index=True)
    verb = models.CharField(_("verb"), max_length=40, db_index=True)
    object_key = models.UUIDField(_("module, pathway or survey"), null=True, blank=True)
    statement = models.JSONField(_("statement"))
    timestamp = models.DateTimeField(_("when it happened"), db_index=True)
    stored_at = models.DateTimeField(_("stored"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent to the learning record store"), null=True, blank=True)

    class Meta:
        verbose_name = _("learning statement")
        verbose_name_plural = _("learning statements")
        ordering = ["timestamp", "pk"]
        permissions = [
            (
                "download_learning_statements",
                _("Can download the xAPI statements about learners (pseudonymous)"),
            )
        ]
        indexes = [
            models.Index(
                fields=["sent_at", "timestamp"],
                name="pathways_statement_unsent_idx",
            )
        ]

    def __str__(self):
        return f"{self.verb} · {self.timestamp:%Y-%m-%d %H:%M}"
