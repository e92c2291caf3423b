"""Self-efficacy instruments: the before/after surveys of a pathway."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)

from pathways.blocks import ItemsBlock, ScaleLabelsBlock, SubscalesBlock


class SelfEfficacyInstrument(
    DraftStateMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, models.Model
):
    """Statements rated on a labelled agreement scale, grouped into subscales.

    An item's identity is its StreamField block id, shared by the instrument's
    translations, so English and Spanish answers are scored as one instrument.
    """

    name = models.CharField(_("name"), max_length=150)
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "Shown before the statements: why we ask, and that there are no wrong answers."
        ),
    )
    scale_low = models.PositiveSmallIntegerField(_("lowest point"), default=1)
    scale_high = models.PositiveSmallIntegerField(_("highest point"), default=5)
    scale_labels = StreamField(
        ScaleLabelsBlock(),
        verbose_name=_("scale labels"),
        help_text=_("One label per point, from the lowest to the highest."),
    )
    subscales = StreamField(SubscalesBlock(), verbose_name=_("subscales"), blank=True)
    items = StreamField(ItemsBlock(), verbose_name=_("items"))

    panels = [
        FieldPanel("name"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("scale_low"), FieldPanel("scale_high")]),
                FieldPanel("scale_labels"),
            ],
            heading=_("Scale"),
        ),
        FieldPanel("subscales"),
        FieldPanel("items"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("self-efficacy survey")
        verbose_name_plural = _("self-efficacy surveys")

    def __str__(self):
        return self.name

    @property
    def title(self):
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        if self.scale_low is not None and self.scale_high is not None:
            points = self.scale_high - self.scale_low + 1
            if self.scale_high <= self.scale_low:
                errors["scale_high"] = _("The highest point must be above the lowest.")
            elif len(self.scale_labels) != points:
                errors["scale_labels"] = _(
                    "Give one label per point: %(count)s labels for %(low)s to %(high)s."
                ) % {"count": points, "low": self.scale_low, "high": self.scale_high}
        keys = [block.value["key"] for block in self.subscales]
        if len(keys) != len(set(keys)):
            errors["subscales"] = _("Each subscale needs its own key.")
        unknown = sorted({block.value["subscale"] for block in self.items} - set(keys), key=str)
        if unknown:
            errors["items"] = _("Unknown subscale key: %(keys)s. Use one of: %(known)s.") % {
                "keys": ", ".join(unknown),
                "known": ", ".join(keys) or "—",
            }
        if errors:
            raise ValidationError(errors)

    def definition(self):
        """The instrument as plain data for pathways/scoring.py and response snapshots."""
        labels = [block.value for block in self.scale_labels]
        return {
            "instrument_key": str(self.translation_key),
            "name": self.name,
            "scale_low": self.scale_low,
            "scale_high": self.scale_high,
            "scale_labels": [
                {"value": self.scale_low + offset, "label": label}
                for offset, label in enumerate(labels)
            ],
            "subscales": [
                {"key": block.value["key"], "label": block.value["label"]}
                for block in self.subscales
            ],
            "items": [
                {
                    "item_id": block.id,
                    "text": block.value["text"],
                    "subscale": block.value["subscale"],
                    "reverse_scored": bool(block.value["reverse_scored"]),
                }
                for block in self.items
            ],
        }

    def get_preview_template(self, request, mode_name):
        return "pathways/instrument_preview.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "instrument": self}
