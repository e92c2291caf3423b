"""CSV that a spreadsheet program opens without running anything (formula injection).

A cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return,
which some programs skip before reading one of those) is read as a formula by
Excel, LibreOffice and Google Sheets: a parent named ``=HYPERLINK("http://…")``
becomes a live link in a staff member's export. ``neutralise`` puts an apostrophe
in front of such text (OWASP's advice), which the programs show as plain text.
Numbers are left as numbers: ``-3`` stays a number; only text is changed.

Every CSV the portal writes goes through here: ``writer()`` for the portal's own
files, and ``protect_wagtail_exports()`` (called once at start-up) for every admin
export Wagtail writes with ``SpreadsheetExportMixin`` (the learning reports, and
Wagtail's own reports and form submissions). XLSX files need nothing: Wagtail
stores text cells as text.
"""

import csv

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """``value`` safe for a CSV cell: text that a spreadsheet would run gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeWriter:
    """``csv.writer`` whose every cell goes through ``neutralise``."""

    def __init__(self, file, **options):
        self._writer = csv.writer(file, **options)

    def writerow(self, row):
        return self._writer.writerow([neutralise(cell) for cell in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(file, **options):
    return SafeWriter(file, **options)


def protect_wagtail_exports():
    """Make Wagtail's admin CSV exports neutralise each cell after Wagtail formats it."""
    if getattr(SpreadsheetExportMixin.write_csv_row, "neutralises", False):
        return

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    write_csv_row.neutralises = True
    SpreadsheetExportMixin.write_csv_row = write_csv_row
