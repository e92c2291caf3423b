"""What the public search page finds: one entry per live page (or listed snippet)
in one language, with the facts and facet values a result card shows.

Entries are kept by `portal/search/entries.py` on publish, unpublish, move and
delete; they are indexed through Wagtail's search API like any model, so the
page needs one query for twenty results whatever their types, and facets work
across types on any backend.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin


class SearchTag(models.Model):
    """One value results can be narrowed by: a category, an audience, a region..."""

    dimension = models.CharField(_("dimension"), max_length=20)
    key = models.CharField(_("key"), max_length=100, help_text=_("The same in every language."))
    language = models.CharField(_("language"), max_length=10)
    label = models.CharField(_("label"), max_length=200)

    class Meta:
        verbose_name = _("search facet value")
        verbose_name_plural = _("search facet values")
        constraints = [
            models.UniqueConstraint(
                fields=["dimension", "key", "language"], name="unique_search_tag"
            )
        ]

    def __str__(self):
        return self.label


class SearchEntryQuerySet(SearchableQuerySetMixin, models.QuerySet):
    """Entries with Wagtail's `.search()` and `.autocomplete()`, as pages have."""

    def with_tag(self, tag):
        """Entries carrying this facet value. By key, not id: filtering on the id
        stops at the many-to-many table, which search backends cannot follow."""
        return self.filter(tags__key=tag.key)


class SearchEntry(index.Indexed, models.Model):
    """One thing a visitor can find, in one language (see the module docstring)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    # not "object_id": Wagtail's database backend annotates a field of that name
    target_id = models.PositiveBigIntegerField()
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=30)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("address"), max_length=500)
    facts = models.JSONField(_("facts"), default=dict, blank=True)
    tags = models.ManyToManyField(SearchTag, blank=True, related_name="entries")
    visible_until = models.DateTimeField(
        _("listed until"),
        null=True,
        blank=True,
        help_text=_("Events leave search after their last date."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = SearchEntryQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("label"), index.FilterField("key")]),
        index.FilterField("tags"),
        index.FilterField("kind"),
        index.FilterField("locale"),
        index.FilterField("visible_until"),
        index.FilterField("title"),
    ]

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "target_id"], name="unique_search_entry"
            )
        ]

    def __str__(self):
        return self.title
