"""The admin "Figures" page and home panel: every metric the apps register, for a school year.

``portal`` knows no domain app: it lists whatever ``portal.metrics`` holds. Each
metric suppresses its own small numbers; this module only filters, formats and
exports them. Family-engagement staff and superusers see the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from portal import metrics, roles, spreadsheets, suppression
from portal.models import Audience, Region, School
from portal.school_year import SchoolYear

URL_NAME = "portal_figures"
#: How long the admin home panel reuses the current year's figures (seconds).
PANEL_CACHE_SECONDS = 300
YEARS_OFFERED = 6


def may_view_figures(user) -> bool:
    """Superusers and family-engagement staff (the group, not a pathways permission)."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_portal_may_view_figures", None)
    if cached is None:
        cached = user.groups.filter(name=roles.FAMILY_ENGAGEMENT_STAFF).exists()
        user._portal_may_view_figures = cached
    return cached


# --------------------------------------------------------------------------
# Figures: compute and format
# --------------------------------------------------------------------------


suppressed_text = suppression.suppressed_text


def format_value(metric: metrics.Metric, result: metrics.MetricValue) -> str:
    """The value as the page shows it: suppressed, nothing to count, or the number by kind
    (written as every report writes it: ``portal.suppression.format_*``)."""
    if result.suppressed:
        return suppressed_text()
    if result.value is None:
        return "—"
    if metric.kind == "percent":
        return suppression.format_percent(result.value)
    if metric.kind == "decimal":
        return suppression.format_decimal(result.value)
    return suppression.format_count(result.value)


@dataclass(frozen=True)
class Figure:
    metric: metrics.Metric
    result: metrics.MetricValue

    @property
    def shown_value(self) -> str:
        return format_value(self.metric, self.result)

    @property
    def shown_people(self) -> str:
        if self.result.people is None:
            return suppressed_text() if self.result.suppressed else "—"
        return suppression.format_count(self.result.people)


def compute_figures(year: SchoolYear, filters: metrics.Filters) -> list[Figure]:
    """Every registered metric's value for the year and filters, in display order."""
    layout = suppression.layout_for_district()
    return [
        Figure(metric, metrics.value_of(metric, year, filters, layout))
        for metric in metrics.registered()
    ]


def csv_response(figures: list[Figure], year: SchoolYear, filters: dict) -> HttpResponse:
    """The figures as CSV: raw numbers (empty when suppressed), the filters on every row.

    ``kind`` says how to read ``value``: a count, a decimal, or a percent as a 0..1 share.
    """
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="figures-{year.slug}.csv"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")  # so spreadsheet programs read UTF-8 (Spanish labels)
    writer = spreadsheets.writer(response)
    filter_names = ["region", "school", "language", "audience"]
    writer.writerow(
        ["school_year", *filter_names, "metric", "label", "kind", "value", "people", "suppressed"]
    )
    described = [str(filters.get(name) or "") for name in filter_names]
    for figure in figures:
        result = figure.result
        writer.writerow(
            [
                year.slug,
                *described,
                figure.metric.key,
                str(figure.metric.label),
                figure.metric.kind,
                "" if result.value is None else result.value,
                "" if result.people is None else result.people,
                "yes" if result.suppressed else "no",
            ]
        )
    return response


# --------------------------------------------------------------------------
# The filter form
# --------------------------------------------------------------------------


class FiguresForm(forms.Form):
    """School year (defaults to the current one), region, school, language, audience."""

    school_year = forms.ChoiceField(
        label=_("School year"),
        error_messages={"invalid_choice": _("Choose a school year from the list.")},
    )
    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.none(),
        required=False,
        empty_label=_("All regions"),
        error_messages={"invalid_choice": _("Choose a region from the list.")},
    )
    school = forms.ModelChoiceField(
        label=_("School"),
        queryset=School.objects.order_by("name"),
        required=False,
        empty_label=_("All schools"),
        error_messages={"invalid_choice": _("Choose a school from the list.")},
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        error_messages={"invalid_choice": _("Choose a language from the list.")},
    )
    audience = forms.ModelChoiceField(
        label=_("Audience"),
        queryset=Audience.objects.none(),
        required=False,
        empty_label=_("All audiences"),
        error_messages={"invalid_choice": _("Choose an audience from the list.")},
    )

    def __init__(self, data=None, **kwargs):
        current = SchoolYear.current()
        if data is not None and not data.get("school_year"):
            data = data.copy()
            data["school_year"] = current.slug
        super().__init__(data, **kwargs)
        years = SchoolYear.recent(YEARS_OFFERED)
        self.fields["school_year"].choices = [(year.slug, year.label) for year in years]
        self.fields["school_year"].initial = current.slug
        self.fields["language"].choices = [("", _("All languages")), *settings.LANGUAGES]
        default = Locale.get_default()
        self.fields["region"].queryset = Region.objects.filter(locale=default)
        self.fields["audience"].queryset = Audience.objects.filter(locale=default)

    def clean(self):
        cleaned = super().clean()
        region, school = cleaned.get("region"), cleaned.get("school")
        if region and school and school.region.translation_key != region.translation_key:
            self.add_error("school", _("This school is not in the chosen region."))
        if (region or school) and cleaned.get("language"):
            self.add_error(
                "language",
                _(
                    "Choose a region or a school, or a language, but not both: a figure about "
                    "a language within one place would be about too few people to show, and "
                    "could be worked out from the others."
                ),
            )
        return cleaned

    def selected_year(self) -> SchoolYear:
        return SchoolYear.from_slug(self.cleaned_data["school_year"])

    def metric_filters(self) -> metrics.Filters:
        data = self.cleaned_data
        return metrics.Filters(
            region=data.get("region"),
            school=data.get("school"),
            language=data.get("language") or None,
            audience=data.get("audience"),
        )


# --------------------------------------------------------------------------
# Views, menu item, home panel
# --------------------------------------------------------------------------


class FiguresView(WagtailAdminTemplateMixin, TemplateView):
    """GET shows the filters and the figures; with ``export=csv`` it downloads them."""

    template_name = "portal/figures/index.html"
    page_title = _("Figures")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not may_view_figures(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        form = FiguresForm(request.GET)
        figures, year = None, None
        if form.is_valid():
            year = form.selected_year()
            figures = compute_figures(year, form.metric_filters())
            if request.GET.get("export") == "csv":
                return csv_response(figures, year, self._described(form))
        query = request.GET.copy()
        query.pop("export", None)
        query.setdefault("school_year", form.data.get("school_year", ""))
        return self.render_to_response(
            self.get_context_data(
                form=form,
                figures=figures,
                school_year=year,
                export_url=f"{reverse(URL_NAME)}?{_with_export(query)}",
                suppression_threshold=settings.PORTAL_SMALL_CELL_THRESHOLD,
            )
        )

    @staticmethod
    def _described(form):
        """The filters for the CSV: names a reader recognises (school code, language code)."""
        data = form.cleaned_data
        return {
            "region": data["region"].slug if data.get("region") else "",
            "school": data["school"].code if data.get("school") else "",
            "language": data.get("language") or "",
            "audience": data["audience"].slug if data.get("audience") else "",
        }


def _with_export(query):
    query["export"] = "csv"
    return query.urlencode()


class FiguresMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view_figures(request.user)


class FiguresPanel(Component):
    """The current school year's figures on the admin home, for those who may see them."""

    template_name = "portal/figures/home_panel.html"
    order = 120

    def get_context_data(self, parent_context=None):
        year = SchoolYear.current()
        key = f"portal:figures-panel:{year.slug}"
        results = cache.get(key)
        if results is None:
            results = {f.metric.key: f.result for f in compute_figures(year, metrics.Filters())}
            cache.set(key, results, PANEL_CACHE_SECONDS)
        figures = [
            Figure(metric, results[metric.key])
            for metric in metrics.registered()
            if metric.key in results
        ]
        return {"figures": figures, "school_year": year, "figures_url": reverse(URL_NAME)}


def admin_urls():
    return [path("figures/", FiguresView.as_view(), name=URL_NAME)]


def menu_item():
    return FiguresMenuItem(
        _("Figures"), reverse(URL_NAME), name="figures", icon_name="table", order=8900
    )


def homepage_panels(request, panels):
    if may_view_figures(request.user) and metrics.registered():
        panels.append(FiguresPanel())
