"""The Pathways figures the office reports, registered with ``portal.metrics``.

Each figure is a function of a school year and ``portal.metrics.Filters``; people
are counted once (their account, or the learner key of someone who never signed
in) and every figure about fewer people than ``PORTAL_SMALL_CELL_THRESHOLD`` is
suppressed. Figures for one audience (parents, school staff) find the audience
by its slug in any language and match pages by its translation key, so the
English and Spanish copies of a pathway count as one.
"""

from __future__ import annotations

from statistics import fmean

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from pathways.models import Enrollment, HowToModulePage, PathwayPage, QuizAttempt
from pathways.reports.filters import ReportFilters
from pathways.reports.self_efficacy import overall_pairs
from pathways.school_learning import STAFF_AUDIENCE_SLUGS
from pathways.stats import suppress
from portal.metrics import Filters, Metric, MetricValue, register
from portal.models import Audience, Region, School
from portal.school_year import SchoolYear

#: Slugs of the parents' audience (the demo's, and the name the office also uses).
PARENT_AUDIENCE_SLUGS = ("parents-caregivers", "parents-and-families")


def report_filters(year: SchoolYear, filters: Filters) -> ReportFilters:
    """The dashboard's filters as a report's; ids are looked up, unknown ones raise ValueError."""
    return ReportFilters(
        school_year=year,
        region=_instance(Region, filters.region),
        school=_instance(School, filters.school),
        language=filters.language or None,
        audience=_instance(Audience, filters.audience),
    )


def _instance(model, value):
    if value in (None, ""):
        return None
    if isinstance(value, model):
        return value
    try:
        found = model.objects.filter(pk=value).first()
    except (ValueError, TypeError, ValidationError):
        found = None
    if found is None:
        # "All" instead of an unknown school would be a wrong figure, not a smaller one.
        raise ValueError(f"No {model.__name__} with id {value!r}.")
    return found


def _result(value, people: int) -> MetricValue:
    """The figure and its people, or a suppressed value when they are too few."""
    if suppress(value, people) is None:
        return MetricValue(None, suppressed=True)
    return MetricValue(value, people=people)


def _people(queryset) -> int:
    """Distinct people in records: accounts, plus learner keys never tied to one (one query)."""
    counts = queryset.aggregate(
        users=Count("user_id", distinct=True),
        anonymous=Count("learner_key", distinct=True, filter=Q(user__isnull=True)),
    )
    return counts["users"] + counts["anonymous"]


def _audience_pathways(slugs):
    """Keys of the pathways for the audience with one of ``slugs`` (in any language)."""
    keys = Audience.objects.filter(slug__in=slugs).values("translation_key")
    return (
        PathwayPage.objects.filter(audiences__translation_key__in=keys)
        .values("translation_key")
        .distinct()
    )


def _enrollments(year, filters, when, audience_slugs=None):
    queryset = report_filters(year, filters).narrow(
        Enrollment.objects.all(), when=when, content_field="pathway_key", content_model=PathwayPage
    )
    if audience_slugs:
        queryset = queryset.filter(pathway_key__in=_audience_pathways(audience_slugs))
    return queryset


def people_started(year: SchoolYear, filters: Filters, audience_slugs=None) -> MetricValue:
    """People who started a pathway in the year (for the filters' audience, if any)."""
    people = _people(_enrollments(year, filters, "started_at", audience_slugs))
    return _result(people, people)


def parents_started(year: SchoolYear, filters: Filters) -> MetricValue:
    return people_started(year, filters, PARENT_AUDIENCE_SLUGS)


def people_completed(year: SchoolYear, filters: Filters, audience_slugs=None) -> MetricValue:
    """People who completed a pathway in the year."""
    people = _people(_enrollments(year, filters, "completed_at", audience_slugs))
    return _result(people, people)


def staff_completed(year: SchoolYear, filters: Filters) -> MetricValue:
    """People who completed a pathway written for school staff (Welcoming Schools PD).

    Counted by the pathway's audience, not the person's group: a principal or a
    Community Assistant who completes staff training counts too.
    """
    return people_completed(year, filters, STAFF_AUDIENCE_SLUGS)


def certificates_issued(year: SchoolYear, filters: Filters) -> MetricValue:
    """Certificates issued in the year; the people are those who received them."""
    queryset = _enrollments(year, filters, "certificate__issued_at").filter(
        certificate__isnull=False
    )
    counts = queryset.aggregate(
        certificates=Count("certificate", distinct=True),
        users=Count("user_id", distinct=True),
        anonymous=Count("learner_key", distinct=True, filter=Q(user__isnull=True)),
    )
    return _result(counts["certificates"], counts["users"] + counts["anonymous"])


def quiz_first_try(year: SchoolYear, filters: Filters) -> MetricValue:
    """Share of first attempts at a module's quiz that passed (attempts numbered in time order)."""
    queryset = report_filters(year, filters).narrow(
        QuizAttempt.objects.filter(attempt_number=1),
        when="submitted_at",
        content_field="module_key",
        content_model=HowToModulePage,
    )
    counts = queryset.aggregate(
        attempts=Count("pk"),
        passed=Count("pk", filter=Q(passed=True)),
        users=Count("user_id", distinct=True),
        anonymous=Count("learner_key", distinct=True, filter=Q(user__isnull=True)),
    )
    share = counts["passed"] / counts["attempts"] if counts["attempts"] else None
    return _result(share, counts["users"] + counts["anonymous"])


def _shown_pairs(year, filters):
    """Pairs of the instruments with enough people to be shown on their own.

    An instrument suppressed in the change report stays out of the combined
    figure too, so subtracting one from the other cannot reveal it.
    """
    threshold = settings.PORTAL_SMALL_CELL_THRESHOLD
    by_instrument = overall_pairs(report_filters(year, filters))
    return [
        pair
        for pairs in by_instrument.values()
        if suppress(pairs, len(pairs), threshold) is not None
        for pair in pairs
    ]


def self_efficacy_paired(year: SchoolYear, filters: Filters) -> MetricValue:
    """People with a before and a later after survey (overall score), counted once."""
    people = len({pair.person_id for pair in _shown_pairs(year, filters)})
    return _result(people, people)


def self_efficacy_mean_change(year: SchoolYear, filters: Filters) -> MetricValue:
    """Mean change of the overall score, after minus before, over every pair shown."""
    pairs = _shown_pairs(year, filters)
    people = len({pair.person_id for pair in pairs})
    return _result(fmean(p.change for p in pairs) if pairs else None, people)


METRICS = [
    Metric(
        key="pathways.started",
        label=_("People who started a pathway"),
        compute=people_started,
        app_label="pathways",
        description=_("Each person once, however many pathways they started."),
        order=110,
    ),
    Metric(
        key="pathways.parents_started",
        label=_("Parents and caregivers who started a pathway"),
        compute=parents_started,
        app_label="pathways",
        description=_("Pathways written for parents and caregivers."),
        order=111,
    ),
    Metric(
        key="pathways.completed",
        label=_("People who completed a pathway"),
        compute=people_completed,
        app_label="pathways",
        order=120,
    ),
    Metric(
        key="pathways.staff_completed",
        label=_("School staff who completed a Welcoming Schools pathway"),
        compute=staff_completed,
        app_label="pathways",
        description=_("People who completed a pathway written for school staff."),
        order=121,
    ),
    Metric(
        key="pathways.certificates",
        label=_("Certificates issued"),
        compute=certificates_issued,
        app_label="pathways",
        order=130,
    ),
    Metric(
        key="pathways.quiz_first_try",
        label=_("Quizzes passed on the first attempt"),
        compute=quiz_first_try,
        app_label="pathways",
        description=_("Share of first attempts at a module's quiz that passed."),
        kind="percent",
        order=140,
    ),
    Metric(
        key="pathways.self_efficacy_paired",
        label=_("People with a before and an after survey"),
        compute=self_efficacy_paired,
        app_label="pathways",
        order=150,
    ),
    Metric(
        key="pathways.self_efficacy_change",
        label=_("Mean change in self-efficacy (overall score)"),
        compute=self_efficacy_mean_change,
        app_label="pathways",
        description=_("After minus before, on the survey's scale (for example 1 to 5)."),
        kind="decimal",
        order=151,
    ),
]

for _metric in METRICS:
    register(_metric)
