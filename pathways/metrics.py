"""The Pathways figures the office reports, registered with ``portal.metrics``.

Each figure is computed for every group of the district at once (everyone, each
language, each region and school) from one gathering of records, and
``portal.metrics.value_of`` suppresses it across groups. People are counted once
(their account, or the learner key of someone who never signed in). Figures for
one audience (parents, school staff) find the audience by its slug in any
language and match pages by its translation key, so the English and Spanish
copies of a pathway count as one.
"""

from __future__ import annotations

from statistics import fmean

from django.utils.translation import gettext_lazy as _

from pathways.models import Enrollment, HowToModulePage, PathwayPage, QuizAttempt
from pathways.reports.filters import ReportFilters
from pathways.reports.self_efficacy import overall_pairs_by_group, person_of, person_of_pair
from pathways.school_learning import STAFF_AUDIENCE_SLUGS
from portal.metrics import Measured, Metric, register
from portal.models import Audience
from portal.school_year import SchoolYear
from portal.suppression import hidden_groups, split

#: Slugs of the parents' audience (the demo's, and the name the office also uses).
PARENT_AUDIENCE_SLUGS = ("parents-caregivers", "parents-and-families")
PEOPLE = ("user_id", "learner_key", "school_id", "language")


def _people(records) -> int:
    return len({person_of(r["user_id"], r["learner_key"]) for r in records})


def _audience_pathways(slugs):
    """Keys of the pathways for the audience with one of ``slugs`` (in any language)."""
    keys = Audience.objects.filter(slug__in=slugs).values("translation_key")
    return (
        PathwayPage.objects.filter(audiences__translation_key__in=keys)
        .values("translation_key")
        .distinct()
    )


def _audience(value):
    """The dashboard's audience (an instance or its id); an unknown id raises ValueError."""
    if value in (None, "") or isinstance(value, Audience):
        return value or None
    found = Audience.objects.filter(pk=value).first() if str(value).isdigit() else None
    if found is None:
        # "All" instead of an unknown audience would be a wrong figure, not a smaller one.
        raise ValueError(f"No audience with id {value!r}.")
    return found


def _scope(year, audience):
    return ReportFilters(school_year=year, audience=_audience(audience))


def _enrollments(year, audience, when, audience_slugs=None, extra=()):
    queryset = _scope(year, audience).narrow(
        Enrollment.objects.all(), when=when, content_field="pathway_key", content_model=PathwayPage
    )
    if audience_slugs:
        queryset = queryset.filter(pathway_key__in=_audience_pathways(audience_slugs))
    return list(queryset.values(*PEOPLE, *extra))


def _people_by_group(records, layout):
    return {
        group: Measured(_people(mine), _people(mine))
        for group, mine in split(records, layout).items()
    }


def people_started(year: SchoolYear, audience, layout, audience_slugs=None):
    """People who started a pathway in the year (for the filters' audience, if any)."""
    return _people_by_group(_enrollments(year, audience, "started_at", audience_slugs), layout)


def parents_started(year: SchoolYear, audience, layout):
    return people_started(year, audience, layout, PARENT_AUDIENCE_SLUGS)


def people_completed(year: SchoolYear, audience, layout, audience_slugs=None):
    """People who completed a pathway in the year."""
    return _people_by_group(_enrollments(year, audience, "completed_at", audience_slugs), layout)


def staff_completed(year: SchoolYear, audience, layout):
    """People who completed a pathway written for school staff (Welcoming Schools PD).

    Counted by the pathway's audience, not the person's group: a principal or a
    Community Assistant who completes staff training counts too.
    """
    return people_completed(year, audience, layout, STAFF_AUDIENCE_SLUGS)


def certificates_issued(year: SchoolYear, audience, layout):
    """Certificates issued in the year (one per completed enrollment); the people are those
    who received them."""
    records = _enrollments(year, audience, "certificate__issued_at", extra=("pk",))
    return {
        group: Measured(len({r["pk"] for r in mine}), _people(mine))
        for group, mine in split(records, layout).items()
    }


def quiz_first_try(year: SchoolYear, audience, layout):
    """Share of first attempts at a module's quiz that passed (attempts numbered in time order)."""
    attempts = list(
        _scope(year, audience)
        .narrow(
            QuizAttempt.objects.filter(attempt_number=1),
            when="submitted_at",
            content_field="module_key",
            content_model=HowToModulePage,
        )
        .values(*PEOPLE, "passed")
    )
    figures = {}
    for group, mine in split(attempts, layout).items():
        share = sum(1 for a in mine if a["passed"]) / len(mine) if mine else None
        figures[group] = Measured(share, _people(mine))
    return figures


def _pairs_by_group(year, audience, layout):
    """Group → (every survey's pooled overall pairs, each person once per survey; whether a
    survey among them is hidden for the group in the self-efficacy report).

    The combined figure of a group with a hidden survey is hidden too: subtracting
    the shown surveys from it would reveal the hidden one.
    """
    by_group = overall_pairs_by_group(_scope(year, audience), layout)
    instruments = {key for by_instrument in by_group.values() for key in by_instrument}
    hidden = {
        key: hidden_groups(
            {group: len(by_instrument.get(key, ())) for group, by_instrument in by_group.items()},
            layout,
        )
        for key in instruments
    }
    return {
        group: (
            [pair for pairs in by_instrument.values() for pair in pairs],
            any(group in hidden[key] and by_instrument[key] for key in by_instrument),
        )
        for group, by_instrument in by_group.items()
    }


def self_efficacy_paired(year: SchoolYear, audience, layout):
    """People with a before and a later after survey (overall score), counted once."""
    figures = {}
    for group, (pairs, hidden) in _pairs_by_group(year, audience, layout).items():
        people = len({person_of_pair(pair.person_id) for pair in pairs})
        figures[group] = Measured(people, people, hidden=hidden)
    return figures


def self_efficacy_mean_change(year: SchoolYear, audience, layout):
    """Mean change of the overall score, after minus before, over every pair."""
    figures = {}
    for group, (pairs, hidden) in _pairs_by_group(year, audience, layout).items():
        people = len({person_of_pair(pair.person_id) for pair in pairs})
        change = fmean(p.change for p in pairs) if pairs else None
        figures[group] = Measured(change, people, hidden=hidden)
    return figures


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
