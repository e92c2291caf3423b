"""What an event report is narrowed to: school year, program, and one column of the table
(a center, a region, a school or a language).

A region and a center are named by their translation key (the same in every language's
URL). The filters only pick a row and a column of the year's suppressed table
(``events/reports.py``): every value gives the same figure for the same cell.
"""

from __future__ import annotations

import django_filters

from django import forms
from django.conf import settings
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet

from events.kinds import Program
from events.models import Occurrence
from events.reports import EventFilters
from portal.models import CenterPage, Region, School
from portal.school_year import SchoolYear

#: The filters that pick a column: at most one of them.
COLUMN_FILTERS = ("center", "region", "school", "language")


def school_year_choices():
    return [(year.slug, year.label) for year in SchoolYear.recent()]


def _in_admin_language(queryset):
    """Each region or center once: its copy in the admin's language, else the default's."""

    def narrowed(request):
        language = get_language() or settings.LANGUAGE_CODE
        translated = queryset.filter(locale__language_code=language)
        return queryset.filter(
            Q(locale__language_code=language)
            | Q(locale__language_code=settings.LANGUAGE_CODE)
            & ~Q(translation_key__in=translated.values("translation_key"))
        )

    return narrowed


class EventReportFilterForm(forms.Form):
    """One school year; a center, a region, a school or a language, one at a time."""

    def clean(self):
        cleaned = super().clean()
        chosen = [name for name in COLUMN_FILTERS if cleaned.get(name)]
        if len(chosen) > 1:
            raise forms.ValidationError(
                _(
                    "Choose a center, a region, a school or a language, one at a time: a "
                    "figure about two of them together would be about too few people to "
                    "show, and could be worked out from the others."
                ),
                code="one_column",
            )
        return cleaned


class EventReportFilterSet(WagtailFilterSet):
    """The event reports' filters; a missing school year means the current one.

    The reports are rows, not querysets: views read ``report_filters()`` from the
    validated form. There is no "all years" total (one year could be subtracted from it).
    """

    school_year = django_filters.ChoiceFilter(
        label=_("School year"), choices=school_year_choices, empty_label=None
    )
    program = django_filters.ChoiceFilter(
        label=_("Program"), choices=Program.choices, empty_label=_("All programs")
    )
    center = django_filters.ModelChoiceFilter(
        label=_("Family Engagement Center"),
        queryset=_in_admin_language(CenterPage.objects.live()),
        to_field_name="translation_key",
        empty_label=_("All centers"),
    )
    region = django_filters.ModelChoiceFilter(
        label=_("Region"),
        queryset=_in_admin_language(Region.objects.all()),
        to_field_name="translation_key",
        empty_label=_("All regions"),
    )
    school = django_filters.ModelChoiceFilter(
        label=_("School"), queryset=School.objects.order_by("name"), empty_label=_("All schools")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages")
    )

    class Meta:
        model = Occurrence  # not used for filtering: the reports are rows
        fields = []
        form = EventReportFilterForm

    #: Filters a report does without (the survey answers are read per center only).
    dropped: tuple[str, ...] = ()

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, by_program=True):
        """``by_program=False``: a report whose rows are one program's (committee training)."""
        data = data.copy() if data is not None else QueryDict(mutable=True)
        dropped = {*self.dropped, *(() if by_program else ("program",))}
        if dropped:
            self.base_filters = {k: v for k, v in self.base_filters.items() if k not in dropped}
            for name in dropped:
                data.pop(name, None)
        if "school_year" not in data:
            data["school_year"] = SchoolYear.current().slug
        if queryset is None:
            queryset = Occurrence.objects.none()
        super().__init__(data, queryset, request=request, prefix=prefix)
        # The default year is not a change: Wagtail shows no "active filter" for it.
        self.form.fields["school_year"].initial = SchoolYear.current().slug
        self.form.fields["school_year"].required = True

    def filter_queryset(self, queryset):
        return queryset

    def report_filters(self) -> EventFilters | None:
        """The validated filters, or None when the form has errors."""
        if not self.is_valid():
            return None
        data = self.form.cleaned_data
        return EventFilters(
            school_year=SchoolYear.from_slug(data["school_year"]),
            program=data.get("program") or None,
            center=data.get("center") or None,
            region=data.get("region") or None,
            school=data.get("school") or None,
            language=data.get("language") or None,
        )


class SurveyAnswersFilterSet(EventReportFilterSet):
    """School year, program and center: the survey answers are read per event, and a
    person's school or language beside an event would be about too few people."""

    dropped = ("region", "school", "language")
