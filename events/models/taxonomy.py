"""Workshop topics: a translatable list staff edit, used to filter the calendar."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from portal.validators import validate_visible_text


class Topic(TranslatableMixin, models.Model):
    """What a workshop is about: parenting, academic support at home, technology..."""

    name = models.CharField(_("name"), max_length=100, validators=[validate_visible_text])
    slug = models.SlugField(_("slug"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("workshop topic")
        verbose_name_plural = _("workshop topics")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="events_unique_topic_slug"),
        ]

    def __str__(self):
        return self.name
