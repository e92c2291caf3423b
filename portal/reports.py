"""What every admin report of the portal shares, on top of Wagtail's ``ReportView``.

A permission checked before anything runs, the export's columns as (field, heading)
pairs in order, plain rows turned into the spreadsheet's rows, and index URLs by
name. The learning reports (pathways) and the directory's (resources) build on it.
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.reports import ReportView


class PortalReportView(ReportView):
    #: The permission a person needs to read and export the report.
    permission = ""
    #: (field, heading) pairs of the export, in order.
    export_columns: list[tuple[str, object]] = []

    def dispatch(self, request, *args, **kwargs):
        if not self.permission or not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def list_export(self):
        return [field for field, _heading in self.export_columns]

    @property
    def export_headings(self):
        return dict(self.export_columns)

    def export_rows(self, rows):
        """The rows as the spreadsheet has them (one per row by default)."""
        return [asdict(row) if is_dataclass(row) else row for row in rows]

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(self.export_rows(queryset), spreadsheet_format)

    def get_index_url(self):
        return reverse(self.index_url_name)

    def get_index_results_url(self):
        return reverse(self.index_results_url_name)


#: Decimal places of a share or mean in an export (the page shows fewer).
EXPORT_DECIMALS = 4


def rounded_for_export(value):
    return round(value, EXPORT_DECIMALS)


class FilteredReportView(PortalReportView):
    """A report whose rows a plain function computes from the filter form's choices.

    Subclasses set ``filterset_class`` (its ``report_filters()`` returns the app's
    filters, or None when the form is invalid) and implement ``report_rows(filters)``;
    ``display_row`` formats a row for the page (the export keeps the raw figures).
    Shared by the learning reports (pathways) and the event reports (events).
    """

    #: A short explanation of what the report counts (shown above the results).
    explanation = ""
    #: The stem of the exported file's name, before the school year.
    export_stem = "report"
    custom_value_preprocess = {
        **ReportView.custom_value_preprocess,
        float: {
            ReportView.FORMAT_CSV: rounded_for_export,
            ReportView.FORMAT_XLSX: rounded_for_export,
        },
    }

    def filter_queryset(self, queryset):
        return queryset  # the rows come narrowed by the report function

    @cached_property
    def report_filters(self):
        return self.filters.report_filters()

    @cached_property
    def rows(self):
        if self.report_filters is None:
            return []
        return self.report_rows(self.report_filters)

    def get_queryset(self):
        return self.rows

    def report_rows(self, filters):
        """The report's rows for valid filters (each report says how)."""
        raise NotImplementedError(f"{type(self).__name__} must say how its rows are made.")

    def get_filename(self):
        return f"{self.export_stem}-{self.filters.data.get('school_year') or 'all-years'}"

    def get_export_url(self, format):
        """Keeps every filter, including the default school year (so it never drifts)."""
        params = self.filters.data.copy()
        for name in list(params):
            empty = name != "school_year" and not params.get(name)  # "" year: all years
            if empty or name not in self.filters.form.fields:
                params.pop(name)
        params["export"] = format
        return f"{self.index_url}?{params.urlencode()}"

    def decorate_paginated_queryset(self, object_list):
        if self.is_export:
            return object_list  # the spreadsheet has the figures, not their display
        return [self.display_row(row) for row in object_list]

    def display_row(self, row):
        """What the page shows for one row (formatted, with suppression spelled out)."""
        return row

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(
            explanation=self.explanation,
            filter_errors=self.filter_errors(),
            suppression_threshold=settings.PORTAL_SMALL_CELL_THRESHOLD,
            export_links=[
                (_("Download CSV"), self.csv_export_url),
                (_("Download XLSX"), self.xlsx_export_url),
            ],
        )
        return context

    def filter_errors(self):
        if self.filters.is_valid():
            return []
        form = self.filters.form
        return [
            (form.fields[name].label if name in form.fields else "", message)
            for name, messages in form.errors.items()
            for message in messages
        ]
