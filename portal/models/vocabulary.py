"""The words every app shares: regions, schools, audiences and languages.

Regions and audiences have names in each language, so they are translatable
snippets; a school's name is a proper noun and stays as the district spells it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from portal.validators import validate_visible_text


class Region(TranslatableMixin, index.Indexed, models.Model):
    """A district region, served by one Family Engagement Center."""

    name = models.CharField(_("name"), max_length=100, validators=[validate_visible_text])
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_region_slug_locale"),
        ]

    def __str__(self):
        return self.name


class School(index.Indexed, models.Model):
    """A school in the district. Schools are data, kept in the admin."""

    class Level(models.TextChoices):
        ELEMENTARY = "elementary", _("Elementary school")
        MIDDLE = "middle", _("Middle school")
        HIGH = "high", _("High school")
        K8 = "k8", _("K-8 school")
        OTHER = "other", _("Other program")

    name = models.CharField(
        _("name"), max_length=150, unique=True, validators=[validate_visible_text]
    )
    code = models.CharField(
        _("school code"),
        max_length=20,
        unique=True,
        help_text=_("The district's code for this school, used in reports and exports."),
    )
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="schools"
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    address = models.CharField(_("address"), max_length=255, blank=True)
    is_focus_school = models.BooleanField(
        _("Parent Portal focus school"),
        default=False,
        help_text=_("One of the schools where Parent Portal account participation is tracked."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("region"),
        FieldPanel("level"),
        FieldPanel("address"),
        FieldPanel("is_focus_school"),
        FieldPanel("is_active"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("region"),
    ]

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        ordering = ["name"]
        indexes = [models.Index(fields=["region", "is_active"])]

    def __str__(self):
        return self.name


class Audience(TranslatableMixin, models.Model):
    """Who a page is written for: parents, staff, volunteers, partners."""

    name = models.CharField(_("name"), max_length=100, validators=[validate_visible_text])
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_audience_slug_locale"),
        ]

    def __str__(self):
        return self.name


class Language(models.Model):
    """A language families speak: used for interpretation and reporting.

    Site content is published in the languages of `settings.LANGUAGES`; this
    list is longer (Armenian, Chinese, Vietnamese, Arabic...) because the
    office records and reports by the languages families actually use.
    """

    code = models.CharField(
        _("code"), max_length=12, unique=True, help_text=_("ISO 639 code, for example “es”.")
    )
    name = models.CharField(_("name in English"), max_length=60)
    native_name = models.CharField(_("name in the language itself"), max_length=60)
    is_site_language = models.BooleanField(_("site is published in this language"), default=False)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("native_name"),
        FieldPanel("is_site_language"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.native_name} ({self.name})" if self.native_name != self.name else self.name
