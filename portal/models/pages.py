"""The abstract base page every page type extends, and the site's general pages."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import BodyBlock, EntryPointBlock


class BasePage(Page):
    """Fields every public page carries: intro, audience, listing image, SEO and sharing."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=500,
        help_text=_("One or two plain sentences shown under the title and in listings."),
    )
    audiences = ParentalManyToManyField(
        "portal.Audience",
        verbose_name=_("audience"),
        blank=True,
        related_name="+",
        help_text=_("Who this page is written for."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and when the page is shared. Its title is used as alt text."),
    )
    listing_summary = models.CharField(
        _("listing summary"),
        max_length=200,
        blank=True,
        help_text=_("Shorter text for cards; the introduction is used when empty."),
    )
    og_title = models.CharField(
        _("sharing title"),
        max_length=120,
        blank=True,
        help_text=_("Title shown when the page is shared on social media."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("For search engines")),
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_summary"), FieldPanel("og_title")],
            heading=_("Listings and sharing"),
        ),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

    @property
    def summary(self):
        return self.listing_summary or self.intro

    def get_sitemap_urls(self, request=None):
        """One entry per page, with hreflang alternates for its live translations."""
        urls = super().get_sitemap_urls(request)
        alternates = [
            {"lang_code": t.locale.language_code, "location": t.get_full_url(request)}
            for t in self.get_translations(inclusive=True).live().select_related("locale")
        ]
        for url in urls:
            if len(alternates) > 1:
                url["alternates"] = alternates
        return urls


class HomePage(BasePage):
    """The front door in each language: mission, ways in, the centers."""

    mission = RichTextField(
        _("mission"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("A short statement of what the office does for families."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image. Leave empty only if it is purely decorative."),
    )
    entry_points = StreamField(
        [("entry_point", EntryPointBlock())],
        verbose_name=_("ways in"),
        blank=True,
        help_text=_("Links for parents and families, school staff and community partners."),
    )
    centers_heading = models.CharField(
        _("centers heading"),
        max_length=120,
        blank=True,
        default="Family Engagement Centers",
    )
    body = StreamField(BodyBlock(), verbose_name=_("more content"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("mission"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
        ),
        FieldPanel("entry_points"),
        FieldPanel("centers_heading"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("mission")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["portal.StandardPage", "portal.CenterIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from portal.models.centers import CenterPage

        context = super().get_context(request, *args, **kwargs)
        context["centers"] = CenterPage.objects.for_listing(self.locale)
        return context


class StandardPage(BasePage):
    """A general page: about, contact, policies, program descriptions."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
