"""The directory of one language's site: find help by category, place, language, cost."""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from portal.models import BasePage, CenterPage, Region
from portal.models.pages import child_by_slug
from portal.translated_query import localized_query
from resources import directory, saved
from resources.forms import DirectoryFilterForm

from .taxonomy import ServiceCategory


class DirectoryPage(BasePage):
    """“Find help”: the community services and opportunities of one language."""

    PAGE_SIZE = 20

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["resources.OrganizationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("community resources directory")

    def route(self, request, path_components):
        """Fetch an organization in one query (Wagtail's default takes two)."""
        if not path_components:
            return super().route(request, path_components)
        organization = child_by_slug(self, path_components[0], "organizationpage")
        return organization.route(request, path_components[1:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        options = directory.filter_options(self.locale_id)
        query = localized_query(
            request.GET,
            {
                "category": (ServiceCategory, {c.slug for c in options.categories}),
                "region": (Region, {r.slug for r in options.regions}),
                "center": (CenterPage, {c.slug for c in options.centers}),
            },
            self.locale_id,
        )
        form = DirectoryFilterForm(query or None, options=options)
        filters = form.filters()
        services = directory.find_services(self.locale_id, filters)
        results = Paginator(services, self.PAGE_SIZE).get_page(request.GET.get("page"))
        opportunities = (
            []
            if filters.any
            else directory.open_opportunities(self.locale_id, limit=6, with_organizations=False)
        )
        directory.page_of(list(results.object_list), self.locale_id, also=opportunities)
        context.update(
            form=form,
            filters=filters,
            chosen=form.chosen(),
            saved_count=len(saved.saved_keys(request)),
            options=options,
            results=results,
            result_count=len(services),
            opportunities=opportunities,
        )
        return context
