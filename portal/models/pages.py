"""The abstract base page every page type extends, and the site's general pages."""

from django import forms
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.url_routing import RouteResult

from portal import page_cache
from portal.blocks import BodyBlock


def any_view_restriction() -> bool:
    return PageViewRestriction.objects.exists()


def child_by_slug(parent, slug, *child_tables):
    """A child page in one query, as its specific class (Wagtail's own routing takes two).

    ``child_tables`` name the child page types' tables as Page's reverse one-to-one
    (``"servicepage"``); the child remembers its parent, so breadcrumbs need no query.
    A child of another type costs Wagtail's second query; no child with the slug is a 404.
    """
    found = Page.objects.child_of(parent).filter(slug=slug).select_related(*child_tables).first()
    if found is None:
        raise Http404
    child = (
        next((getattr(found, name) for name in child_tables if hasattr(found, name)), None)
        or found.specific
    )
    child._cached_parent_obj = parent
    return child


def public_only(pages):
    """``pages.public()``, without its query when the site has no view restriction at all
    (the usual case; known from the cache until a restriction is saved)."""
    if page_cache.until_publish(("any-view-restriction",), any_view_restriction):
        return pages.public()
    return pages


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

    def get_context(self, request, *args, **kwargs):
        self.load_images()
        return super().get_context(request, *args, **kwargs)

    def load_images(self):
        """Fetch every image the page points at (listing, hero...) in one query."""
        fields = [
            field
            for field in self._meta.concrete_fields
            if field.is_relation
            and issubclass(field.related_model, AbstractImage)
            and getattr(self, field.attname)
            and not field.is_cached(self)
        ]
        if not fields:
            return
        ids = {getattr(self, field.attname) for field in fields}
        images = fields[0].related_model.objects.in_bulk(ids)
        for field in fields:
            image = images.get(getattr(self, field.attname))
            if image is not None:
                field.set_cached_value(self, image)

    def route(self, request, path_components):
        """Wagtail's routing, without loading every page on the way in full.

        A page the path only passes through is routed as `specific_deferred` (its
        own fields load only if its `route` reads them): one query per level
        instead of two. The page that is served is always loaded in full.
        """
        if len(path_components) < 2:
            return super().route(request, path_components)
        try:
            child = self.get_children().get(slug=path_components[0])
        except Page.DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self  # breadcrumbs walk these without queries
        passing_through = child.specific_deferred
        result = passing_through.route(request, path_components[1:])
        if result.page is passing_through:  # the child serves the rest itself
            result = RouteResult(child.specific, result.args, result.kwargs)
        return result

    def get_sitemap_urls(self, request=None):
        """One entry per page, with hreflang alternates for its live translations."""
        urls = super().get_sitemap_urls(request)
        # The sitemap hands each page its translations (see portal/sitemaps.py).
        translations = getattr(self, "sitemap_translations", None)
        if translations is None:
            translations = [
                (t.locale.language_code, t)
                for t in self.get_translations(inclusive=True).live().select_related("locale")
            ]
        alternates = [
            {"lang_code": code, "location": t.get_full_url(request)} for code, t in translations
        ]
        for url in urls:
            if len(alternates) > 1:
                url["alternates"] = alternates
        return urls

    def get_view_restrictions(self):
        """The restrictions on this page and its ancestors; none without a query when the
        site has none at all (the usual case; known from the cache until one is saved)."""
        if not page_cache.until_publish(("any-view-restriction",), any_view_restriction):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve(self, request, *args, **kwargs):
        """Anonymous visitors share one rendered copy (see portal/page_cache.py)."""
        return page_cache.serve_cached(
            self, request, lambda: super(BasePage, self).serve(request, *args, **kwargs)
        )


class StandardPage(BasePage):
    """A general page: about, contact, policies, program descriptions."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
