"""What a report is narrowed to: school year, region, school, language, audience.

Records name their school (the learner's, when the record was made) and their
content by translation key, so every filter works across the English and
Spanish copies of a pathway or module.
"""

from __future__ import annotations

from dataclasses import dataclass

import django_filters

from django import forms
from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet

from pathways.models import Enrollment
from portal.models import Audience, Region, School
from portal.school_year import SchoolYear
from portal.suppression import EVERYONE, LANGUAGE, REGION, SCHOOL, Group


@dataclass(frozen=True)
class ReportFilters:
    """``None`` means "all". Region and audience match in any language."""

    school_year: SchoolYear | None = None
    region: Region | None = None
    school: School | None = None
    language: str | None = None
    audience: Audience | None = None

    def narrow(
        self,
        queryset: QuerySet,
        *,
        when: str,
        content_field: str | None = None,
        content_model=None,
    ) -> QuerySet:
        """Narrow a queryset of records.

        ``when`` is the date field that places a record in a school year
        (``started_at``, ``submitted_at``); ``content_field`` names the field
        holding the content's translation key and ``content_model`` its page
        type, for the audience filter.
        """
        if self.school_year is not None:
            start, end = self.school_year.bounds()
            queryset = queryset.filter(**{f"{when}__gte": start, f"{when}__lt": end})
        if self.school is not None:
            queryset = queryset.filter(school=self.school)
        if self.region is not None:
            queryset = queryset.filter(school__region__translation_key=self.region.translation_key)
        if self.language:
            queryset = queryset.filter(language=self.language)
        if self.audience is not None and content_field and content_model is not None:
            queryset = queryset.filter(
                **{f"{content_field}__in": content_keys_for_audience(content_model, self.audience)}
            )
        return queryset

    def group(self) -> Group:
        """The group of people the filters ask for (a place or a language, never both)."""
        if self.school is not None:
            return Group(SCHOOL, str(self.school.pk))
        if self.region is not None:
            return Group(REGION, str(self.region.translation_key))
        if self.language:
            return Group(LANGUAGE, self.language)
        return EVERYONE

    def for_every_group(self) -> ReportFilters:
        """The same year and audience for everyone: what a report gathers before splitting
        the records into the groups (``portal/suppression.py``)."""
        return ReportFilters(school_year=self.school_year, audience=self.audience)

    def as_query(self) -> dict[str, str]:
        """The filters as GET parameters (for links and export URLs)."""
        query = {}
        if self.school_year is not None:
            query["school_year"] = self.school_year.slug
        if self.region is not None:
            query["region"] = str(self.region.pk)
        if self.school is not None:
            query["school"] = str(self.school.pk)
        if self.language:
            query["language"] = self.language
        if self.audience is not None:
            query["audience"] = str(self.audience.pk)
        return query


def content_keys_for_audience(page_model, audience: Audience) -> QuerySet:
    """Translation keys of the pages of ``page_model`` meant for ``audience`` (any language)."""
    return (
        page_model.objects.filter(audiences__translation_key=audience.translation_key)
        .values("translation_key")
        .distinct()
    )


# --------------------------------------------------------------------------
# The filter form of the admin reports (django-filter, as Wagtail's own reports)
# --------------------------------------------------------------------------


def school_year_choices():
    return [(year.slug, year.label) for year in SchoolYear.recent()]


def _in_admin_language(model):
    """A translatable vocabulary in the admin's language, else in the default language.

    Each region or audience once: its copy in the admin's language if it has one.
    """

    def queryset(request):
        language = get_language() or settings.LANGUAGE_CODE
        translated = model.objects.filter(locale__language_code=language)
        return model.objects.filter(
            Q(locale__language_code=language)
            | Q(locale__language_code=settings.LANGUAGE_CODE)
            & ~Q(translation_key__in=translated.values("translation_key"))
        )

    return queryset


class ReportFilterForm(forms.Form):
    """The filters' form: one school year, and a place *or* a language, not both."""

    def clean(self):
        cleaned = super().clean()
        place = cleaned.get("region") or cleaned.get("school")
        if place and cleaned.get("language"):
            raise forms.ValidationError(
                _(
                    "Choose a region or a school, or a language, but not both: a figure about "
                    "a language within one place would be about too few people to show, and "
                    "could be worked out from the others."
                ),
                code="place_and_language",
            )
        if cleaned.get("region") and cleaned.get("school"):
            raise forms.ValidationError(
                _("Choose a region or a school, not both."), code="region_and_school"
            )
        return cleaned


class ReportFilterSet(WagtailFilterSet):
    """The filters every learning report shares; a missing school year means the current one.

    The reports are lists of rows, not querysets: views read ``report_filters()``
    from the validated form instead of calling ``filter_queryset``. Figures are
    per school year (an "all years" total would let one year be subtracted from
    the others), and for everyone, one language, one region or one school.
    """

    school_year = django_filters.ChoiceFilter(
        label=_("School year"),
        choices=school_year_choices,
        empty_label=None,
    )
    region = django_filters.ModelChoiceFilter(
        label=_("Region"),
        queryset=_in_admin_language(Region),
        to_field_name="translation_key",  # the same in every language's URL
        empty_label=_("All regions"),
    )
    school = django_filters.ModelChoiceFilter(
        label=_("School"),
        queryset=School.objects.order_by("name"),
        empty_label=_("All schools"),
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=settings.LANGUAGES,
        empty_label=_("All languages"),
    )
    audience = django_filters.ModelChoiceFilter(
        label=_("Audience"),
        queryset=_in_admin_language(Audience),
        to_field_name="translation_key",
        empty_label=_("All audiences"),
    )

    class Meta:
        model = Enrollment  # not used for filtering: the reports are rows, not a queryset
        fields = []
        form = ReportFilterForm

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, by_language=True):
        """``by_language=False``: a report that lists schools cannot also be narrowed to a
        language (each cell would be a school's language group)."""
        data = data.copy() if data is not None else QueryDict(mutable=True)
        if not by_language:
            self.base_filters = {k: v for k, v in self.base_filters.items() if k != "language"}
            data.pop("language", None)
        if "school_year" not in data:
            data["school_year"] = SchoolYear.current().slug
        if queryset is None:
            queryset = Enrollment.objects.none()
        super().__init__(data, queryset, request=request, prefix=prefix)
        # The default year is not a change: Wagtail shows no "active filter" for it.
        self.form.fields["school_year"].initial = SchoolYear.current().slug
        self.form.fields["school_year"].required = True  # no "all years" total

    def filter_queryset(self, queryset):
        return queryset

    def report_filters(self) -> ReportFilters | None:
        """The validated filters, or None when the form has errors."""
        if not self.is_valid():
            return None
        return filters_from_form(self.form.cleaned_data)


def filters_from_form(cleaned_data) -> ReportFilters:
    """``ReportFilters`` from a report filter form's ``cleaned_data`` (empty means all)."""
    year = cleaned_data.get("school_year")
    if isinstance(year, str):
        year = SchoolYear.from_slug(year) if year else None
    return ReportFilters(
        school_year=year,
        region=cleaned_data.get("region") or None,
        school=cleaned_data.get("school") or None,
        language=cleaned_data.get("language") or None,
        audience=cleaned_data.get("audience") or None,
    )
