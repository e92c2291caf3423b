"""Family Engagement Centers: where families get information, resources and skills."""

from phonenumber_field.modelfields import PhoneNumberField

from django.db import models
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from portal.blocks import BodyBlock, OpeningHoursBlock
from portal.center_sections import sections_for

from .pages import BasePage
from .vocabulary import Region


class CenterIndexPage(BasePage):
    """Lists the centers of one language's site."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["portal.CenterPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("centers index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["centers"] = CenterPage.objects.for_listing(self.locale_id)
        return context

    def route(self, request, path_components):
        """Fetch a center in one query (Wagtail's default takes two, plus its region)."""
        if not path_components:
            return super().route(request, path_components)
        center = CenterPage.objects.child_of(self).for_display().filter(slug=path_components[0])
        center = center.first()
        if center is None:
            raise Http404
        center._cached_parent_obj = self  # breadcrumbs need no query
        return center.route(request, path_components[1:])


class CenterPageQuerySet(PageQuerySet):
    def for_display(self):
        """With `region_name` in the center's own language, and its image, in the same query."""
        translated = Region.objects.filter(
            translation_key=OuterRef("region__translation_key"), locale_id=OuterRef("locale_id")
        ).values("name")[:1]
        return self.select_related("listing_image").annotate(
            region_name=Coalesce(Subquery(translated), F("region__name"))
        )


class CenterPageManager(PageManager.from_queryset(CenterPageQuerySet)):
    def for_listing(self, locale):
        """Live centers of a locale with their region name, in one query."""
        locale_id = getattr(locale, "pk", locale)
        return (
            self.get_queryset()
            .live()
            .filter(locale_id=locale_id)
            .for_display()
            .order_by("is_district_center", "region__sort_order", "title")
        )


class CenterPage(BasePage):
    """One Family Engagement Center (or the district Family Resource Center)."""

    region = models.ForeignKey(
        "portal.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Leave empty for the district-wide Family Resource Center."),
    )
    is_district_center = models.BooleanField(
        _("district-wide center"),
        default=False,
        help_text=_("The district Family Resource Center serves every region."),
    )
    street_address = models.CharField(_("street address"), max_length=200)
    city = models.CharField(_("city"), max_length=100)
    postal_code = models.CharField(_("ZIP code"), max_length=12)
    phone = PhoneNumberField(_("phone"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    hours = StreamField(
        [("hours", OpeningHoursBlock())],
        verbose_name=_("opening hours"),
        blank=True,
    )
    languages_spoken = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("For example “English, Spanish, Vietnamese”."),
    )
    accessibility = models.CharField(
        _("accessibility and parking"),
        max_length=300,
        blank=True,
    )
    body = StreamField(BodyBlock(), verbose_name=_("what the center offers"), blank=True)

    objects = CenterPageManager()

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("region"), FieldPanel("is_district_center")],
            heading=_("Region"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("city"),
                FieldPanel("postal_code"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("hours"),
        FieldPanel("languages_spoken"),
        FieldPanel("accessibility"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("city"),
        index.FilterField("region"),
    ]

    parent_page_types = ["portal.CenterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Family Engagement Center")
        verbose_name_plural = _("Family Engagement Centers")

    @property
    def localized_region(self):
        """The region in the page's own language (falls back to the original)."""
        if self.region_id is None:
            return None
        translated = Region.objects.filter(
            translation_key=Subquery(
                Region.objects.filter(pk=self.region_id).values("translation_key")
            ),
            locale_id=self.locale_id,
        ).first()
        return translated or self.region

    @property
    def region_label(self):
        """The region's name in the page's language: annotated by `for_display`, or one query."""
        if "region_name" in self.__dict__:
            return self.region_name
        region = self.localized_region
        return region.name if region else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["center_sections"] = sections_for(self, request)
        return context

    @property
    def full_address(self):
        return f"{self.street_address}, {self.city} {self.postal_code}"
