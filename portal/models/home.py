"""Each language's home page: the mission, the ways in, and the Family Engagement Centers."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal import home_sections, main_tasks
from portal.blocks import BodyBlock, EntryPointBlock

from .centers import CenterPage
from .pages import BasePage, child_by_slug


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
        help_text=_("Leave empty to say “Family Engagement Centers” in the page's language."),
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
    # No list here: every page type whose `parent_page_types` names the home page may sit
    # under it (Wagtail's rule when `subpage_types` is unset), so an app adds its section
    # (Learn, Find help, Events) without editing the portal.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def allowed_subpage_models(cls):
        """The page types that name the home page as their parent: each app's section."""
        return [
            model
            for model in super().allowed_subpage_models()
            if getattr(model, "parent_page_types", None) is not None
        ]

    def route(self, request, path_components):
        """Fetch a section (a child page of any allowed type) in one query, not two."""
        if not path_components:
            return super().route(request, path_components)
        tables = [
            model._meta.model_name
            for model in self.allowed_subpage_models()
            if model._meta.get_parent_list()[:1] == [Page]  # a direct subclass of Page
        ]
        child = child_by_slug(self, path_components[0], *tables)
        return child.route(request, path_components[1:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["centers"] = CenterPage.objects.for_listing(self.locale_id)
        context["home_sections"] = home_sections.sections_for(self, request)
        context["main_tasks"] = main_tasks.tasks_for(request)
        return context
