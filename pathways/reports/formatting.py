"""How the report pages show figures: the admin's number format, suppression spelled out.

Exports keep the raw numbers (shares as 0..1, suppressed cells empty); only the
page uses these.
"""

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


def suppressed_text():
    threshold = settings.PORTAL_SMALL_CELL_THRESHOLD
    return ngettext("Fewer than %(n)s person", "Fewer than %(n)s people", threshold) % {
        "n": threshold
    }


def show_count(value, suppressed=False):
    if value is None:
        return suppressed_text() if suppressed else "—"
    return number_format(value, force_grouping=True)


def show_share(value, suppressed=False):
    """A 0..1 share as a percentage with one decimal, in the admin's number format."""
    if value is None:
        return suppressed_text() if suppressed else "—"
    # number_format cuts extra decimals off: round first.
    return _("%(percent)s%%") % {"percent": number_format(round(value * 100, 1), 1)}


def show_number(value, suppressed=False, decimals=2):
    if value is None:
        return suppressed_text() if suppressed else "—"
    return number_format(round(value, decimals), decimals)
