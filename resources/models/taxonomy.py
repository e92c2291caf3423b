"""Service categories: the directory's taxonomy, translatable, edited by staff.

In the HSDS API each category is a ``taxonomy_term`` whose ``id`` is its
``translation_key`` (the same term in English and Spanish) and whose ``code``
is its English slug.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from portal.validators import validate_visible_text


class ServiceCategory(TranslatableMixin, index.Indexed, models.Model):
    """Food, housing, health, legal help… what a family looks for first."""

    name = models.CharField(_("name"), max_length=80, validators=[validate_visible_text])
    slug = models.SlugField(_("slug"), max_length=80)
    description = models.CharField(
        _("description"),
        max_length=250,
        blank=True,
        help_text=_("One sentence shown under the category in the directory."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_category_slug_locale"),
        ]

    def __str__(self):
        return self.name
