"""What a report is narrowed to: school year, region, school, language, audience.

Records name their school (the learner's, when the record was made) and their
content by translation key, so every filter works across the English and
Spanish copies of a pathway or module.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from portal.models import Audience, Region, School
from portal.school_year import SchoolYear


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
