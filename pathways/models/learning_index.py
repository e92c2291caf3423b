"""The learning area of each language's site ("Learn"): its pathways and modules."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.models import Audience, BasePage
from portal.models.pages import child_by_slug

from .modules import HowToModulePage
from .pathways import PathwayPage


class LearningIndexPage(BasePage):
    """“Learn”: the pathways and modules of one language, filterable by audience."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["pathways.PathwayPage", "pathways.HowToModulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("learning index page")

    def route(self, request, path_components):
        """Fetch a module or a pathway in one query (Wagtail's default takes two)."""
        if not path_components:
            return super().route(request, path_components)
        # One query for either kind: each child table joined to the page.
        child = child_by_slug(self, path_components[0], "howtomodulepage", "pathwaypage")
        return child.route(request, path_components[1:])

    def audience_options(self):
        """The audiences of the page's language, to filter by (one query)."""
        return list(Audience.objects.filter(locale_id=self.locale_id).order_by("name"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        audiences = self.audience_options()
        selected = next((a for a in audiences if a.slug == request.GET.get("audience")), None)
        pathways = PathwayPage.objects.child_of(self).live().select_related("listing_image")
        modules = (
            HowToModulePage.objects.child_of(self)
            .live()
            .defer_streamfields()
            .select_related("listing_image")
        )
        if selected is not None:
            # Pages keep the audiences they were given in any language: match by key.
            same = Q(audiences__translation_key=selected.translation_key)
            pathways = pathways.filter(same).distinct()
            modules = modules.filter(same).distinct()
        context.update(
            audiences=audiences,
            selected_audience=selected,
            pathways=pathways.order_by("path"),
            modules=modules.order_by("path"),
        )
        return context
