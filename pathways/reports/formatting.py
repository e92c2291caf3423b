"""How the report pages show figures: ``portal.suppression``'s one way of writing numbers,
and hidden figures spelled out.

Exports keep the raw numbers (shares as 0..1, hidden cells empty); only the page
uses these.
"""

from portal.suppression import format_count, format_decimal, format_percent, suppressed_text


def _shown(value, hidden, write):
    if value is None:
        return suppressed_text() if hidden else "—"
    return write(value)


def show_count(value, hidden=False):
    return _shown(value, hidden, format_count)


def show_share(value, hidden=False):
    """A 0..1 share as a percentage with one decimal, in the admin's number format."""
    return _shown(value, hidden, format_percent)


def show_number(value, hidden=False, decimals=2):
    return _shown(value, hidden, lambda number: format_decimal(number, decimals))
