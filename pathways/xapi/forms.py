"""The period form of the xAPI download."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.school_year import SchoolYear


class PeriodForm(forms.Form):
    """From and to dates (both included); the current school year unless given."""

    date_from = forms.DateField(
        label=_("From"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The first day of the period."),
    )
    date_to = forms.DateField(
        label=_("To"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The last day of the period (included)."),
    )

    def __init__(self, data=None, **kwargs):
        year = SchoolYear.current()
        if data is not None and not ({"date_from", "date_to"} & set(data)):
            data = None  # nothing asked yet: show the current school year
        if data is None:
            data = {
                "date_from": year.first_day.isoformat(),
                "date_to": year.last_day.isoformat(),
            }
        super().__init__(data, **kwargs)

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("date_from"), cleaned.get("date_to")
        if first and last and first > last:
            raise forms.ValidationError(
                _("The “from” date must be on or before the “to” date."), code="order"
            )
        return cleaned
