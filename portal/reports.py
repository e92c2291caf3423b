"""What every admin report of the portal shares, on top of Wagtail's ``ReportView``.

A permission checked before anything runs, the export's columns as (field, heading)
pairs in order, plain rows turned into the spreadsheet's rows, and index URLs by
name. The learning reports (pathways) and the directory's (resources) build on it.
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass

from django.core.exceptions import PermissionDenied
from django.urls import reverse

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
