"""Self-efficacy change: each survey's before/after scores, paired within each enrollment.

Rows per instrument (English and Spanish copies together, by translation key)
and measure (overall, then each subscale): first pooled over every pathway that
uses the survey ("All pathways"), then pathway by pathway.

Pairing (``pathways/stats.py``): within one enrollment (the same person and the
same pathway), the earliest "before" and the latest "after" given after it. A
"before" of one pathway is never paired with an "after" of another. Pooled over
pathways, each person counts once, with the pathway they measured first.

Only the prospective "before" and "after" phases are paired. "Looking back"
(retrospective then→now) responses are left out: a then-rating given after the
pathway is shaped by it (response shift), so it is not the same measure as a
"before" and mixing the two would blur the figure. A response with fewer than
half of a subscale's statements answered has no score for that subscale and is
left out of its pairs (``pathways.scoring.score_response``).

The period and filters apply to each response (both of a pair must fall in
them) and to enrollments by their start. Response rates: ``before_rate`` is the
people with a "before" over the people invited (enrolled in the pathway, or in
any pathway using the survey for the pooled rows, plus anyone who answered its
"before" without such an enrollment in the period); ``after_rate`` is the paired
people over those with a "before". A rate is hidden whenever one of its counts is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from django.conf import settings
from django.db.models import Max
from django.utils import translation
from django.utils.translation import gettext

from pathways.kinds import POST, PRE
from pathways.models import Enrollment, PathwayPage, SelfEfficacyInstrument, SurveyResponse
from pathways.stats import (
    ChangeStats,
    Pair,
    Response,
    first_pair_of_each,
    pair_responses,
    paired_change,
    response_rate,
)
from portal.suppression import hidden_by_row, layout_for_district, split

from .filters import ReportFilters

OVERALL = "overall"
#: ``pathway_key`` of the rows pooled over every pathway that uses the survey.
ALL_PATHWAYS = ""


@dataclass(frozen=True)
class ChangeRow:
    instrument_key: str
    instrument_name: str
    pathway_key: str  # ALL_PATHWAYS for the pooled rows
    pathway_title: str
    subscale_key: str
    subscale_label: str
    paired_n: int | None
    mean_before: float | None
    mean_after: float | None
    mean_change: float | None
    d_z: float | None
    ci_low: float | None
    ci_high: float | None
    share_improved: float | None
    before_responses: int | None
    after_responses: int | None
    enrolled: int | None
    before_rate: float | None
    after_rate: float | None
    suppressed: bool


def person_of(user_id, learner_key):
    """One person, one count: the account if there is one, else the learner key."""
    return ("user", user_id) if user_id is not None else ("key", str(learner_key))


def self_efficacy_change(filters: ReportFilters) -> list[ChangeRow]:
    """The change report's rows for the group ``filters`` ask for.

    Worked out for every group at once and suppressed across groups: paired
    people, before and after responses and people enrolled are each hidden where
    they are about fewer people than the threshold, or where another group's
    hidden figure could be worked out from them; means, d_z and rates with the
    counts they come from (``portal/suppression.py``).
    """
    layout = layout_for_district()
    everyone = filters.for_every_group()
    responses = _responses(everyone)
    uses = _pathways_using_instruments()
    for response in responses:
        if response["pathway_key"] is not None:
            uses[str(response["instrument_key"])].add(str(response["pathway_key"]))
    enrollments = _enrollments(everyone, uses)
    if not responses and not enrollments:
        return []
    keys = {str(r["instrument_key"]) for r in responses} | {
        key for key, pathways in uses.items() if pathways
    }
    described = _describe(keys, responses)
    titles = _pathway_titles(set().union(*(uses[key] for key in keys)) if keys else set())
    enrolled_in = split(enrollments, layout)
    group = filters.group()
    answered_by = split(responses, layout)
    rows_by_group = {
        other: _rows(
            described,
            titles,
            uses,
            answered,
            _people_by_pathway(enrolled_in[other]),
            statistics=other == group,  # the other groups' counts decide what is hidden
        )
        for other, answered in answered_by.items()
    }
    hidden = hidden_by_row(rows_by_group, layout, row_key=_row_key, measures=MEASURES)
    return [_suppressed(row, hidden, group) for row in rows_by_group.get(group, [])]


def _row_key(row):
    return (row.instrument_key, row.pathway_key, row.subscale_key)


#: The counts of people a change row shows; each is suppressed across groups on its own.
MEASURES = {
    "paired": lambda row: row.paired_n,
    "before": lambda row: row.before_responses,
    "after": lambda row: row.after_responses,
    "enrolled": lambda row: row.enrolled,
}


def _rows(described, titles, uses, responses, enrolled, statistics=True):
    """One group's unsuppressed rows: each survey pooled over its pathways, then each.

    ``statistics=False``: the counts only (means, d_z and its interval left empty).
    """
    by_instrument = defaultdict(list)
    for response in responses:
        by_instrument[str(response["instrument_key"])].append(response)
    keys = set(by_instrument) | {
        k for k, pathways in uses.items() if any(enrolled[p] for p in pathways)
    }
    rows = []
    for key in sorted(keys, key=lambda k: (described[k]["name"].casefold(), k)):
        mine = by_instrument[key]
        pathways = sorted(uses[key], key=lambda p: (titles.get(p, p).casefold(), p))
        invited = set().union(*(enrolled[p] for p in pathways)) if pathways else set()
        rows.extend(
            _instrument_rows(
                key,
                described[key],
                ALL_PATHWAYS,
                gettext("All pathways"),
                mine,
                invited,
                statistics,
            )
        )
        for pathway_key in pathways:
            in_pathway = [r for r in mine if str(r["pathway_key"]) == pathway_key]
            rows.extend(
                _instrument_rows(
                    key,
                    described[key],
                    pathway_key,
                    titles.get(pathway_key, pathway_key),
                    in_pathway,
                    enrolled[pathway_key],
                    statistics,
                )
            )
    return rows


def _suppressed(row, hidden, group):
    """The row as the group is shown it: hidden counts blank, with what is built on them."""
    key = _row_key(row)

    def is_hidden(measure):
        return group in hidden.get((key, measure), ())

    paired, before, after, enrolled = (is_hidden(m) for m in MEASURES)
    if paired:
        row = replace(
            row,
            paired_n=None,
            mean_before=None,
            mean_after=None,
            mean_change=None,
            d_z=None,
            ci_low=None,
            ci_high=None,
            share_improved=None,
            after_rate=None,
            suppressed=True,
        )
    if before:
        row = replace(row, before_responses=None, before_rate=None, after_rate=None)
    if after:
        row = replace(row, after_responses=None)
    if enrolled:
        row = replace(row, enrolled=None, before_rate=None)
    return row


def overall_pairs_by_group(filters: ReportFilters, layout) -> dict:
    """Group → instrument key → pooled before/after pairs on the overall score (one per
    person), unsuppressed, in one query. For figures that combine instruments
    (``pathways/metrics.py``), which suppress across groups. ``Pair.person_id`` is the
    enrollment (person, pathway); ``person_of_pair`` gives the person.
    """
    by_group = {}
    for group, responses in split(_responses(filters.for_every_group()), layout).items():
        by_instrument = defaultdict(list)
        for response in responses:
            by_instrument[str(response["instrument_key"])].append(response)
        by_group[group] = {
            key: _pairs(_measured(mine, OVERALL), pooled=True)
            for key, mine in by_instrument.items()
        }
    return by_group


def person_of_pair(enrollment_id):
    """The person of a pair's ``person_id`` (which is the enrollment: person, pathway)."""
    return enrollment_id[0]


# --------------------------------------------------------------------------
# Gathering (each helper is one query)
# --------------------------------------------------------------------------


def _responses(filters) -> list[dict]:
    """Every before/after response in the year (and audience), as plain values."""
    return list(
        filters.narrow(
            SurveyResponse.objects.filter(phase__in=[PRE, POST]),
            when="submitted_at",
            content_field="pathway_key",
            content_model=PathwayPage,
        ).values(
            "user_id",
            "learner_key",
            "instrument_key",
            "pathway_key",
            "phase",
            "scores",
            "submitted_at",
            "school_id",
            "language",
        )
    )


def _pathways_using_instruments() -> defaultdict[str, set[str]]:
    """Instrument key → keys of the pathways with a survey step on it (any language copy)."""
    steps_by_pathway = {}
    for pathway in PathwayPage.objects.only("translation_key", "steps"):
        ids = {
            item["value"].get("instrument")
            for item in pathway.steps.raw_data
            if item["type"] == "survey" and item["value"].get("instrument")
        }
        steps_by_pathway.setdefault(str(pathway.translation_key), set()).update(ids)
    all_ids = set().union(*steps_by_pathway.values()) if steps_by_pathway else set()
    key_of = dict(
        SelfEfficacyInstrument.objects.filter(pk__in=all_ids).values_list("pk", "translation_key")
    )
    uses = defaultdict(set)
    for pathway_key, ids in steps_by_pathway.items():
        for pk in ids:
            if pk in key_of:
                uses[str(key_of[pk])].add(pathway_key)
    return uses


def _enrollments(filters, uses) -> list[dict]:
    """The enrollments (in the year and audience) in a pathway that uses a survey."""
    pathway_keys = set().union(*uses.values()) if uses else set()
    return list(
        filters.narrow(
            Enrollment.objects.filter(pathway_key__in=pathway_keys),
            when="started_at",
            content_field="pathway_key",
            content_model=PathwayPage,
        ).values("user_id", "learner_key", "pathway_key", "school_id", "language")
    )


def _people_by_pathway(enrollments) -> defaultdict[str, set]:
    """Pathway key → the people enrolled in it."""
    by_pathway = defaultdict(set)
    for enrollment in enrollments:
        by_pathway[str(enrollment["pathway_key"])].add(
            person_of(enrollment["user_id"], enrollment["learner_key"])
        )
    return by_pathway


def _pathway_titles(keys) -> dict[str, str]:
    """Pathway key → title in the current language (else any copy, else as enrolled)."""
    language = _active_language()
    titles = {}
    pages = PathwayPage.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", "title"
    )
    for key, _page_language, title in sorted(pages, key=lambda row: row[1] == language):
        titles[str(key)] = title  # the current language sorts last, and wins
    missing = set(keys) - titles.keys()
    if missing:
        recorded = Enrollment.objects.filter(pathway_key__in=missing).values_list(
            "pathway_key", "pathway_title"
        )
        for key, title in recorded.distinct():
            titles.setdefault(str(key), title)
    return titles


def _active_language():
    language = translation.get_language() or settings.LANGUAGE_CODE
    return language.split("-")[0].lower()


def _describe(keys, responses) -> dict[str, dict]:
    """Name and subscale labels per instrument key, in the current language if translated.

    Falls back to the latest response's snapshot (in the current language when
    there is one), so an instrument deleted since still has a name.
    """
    language = _active_language()
    described = {}
    current = SelfEfficacyInstrument.objects.filter(
        translation_key__in=keys, locale__language_code=language
    ).only("translation_key", "name", "subscales")
    for instrument in current:
        described[str(instrument.translation_key)] = {
            "name": instrument.name,
            "subscales": {b.value["key"]: b.value["label"] for b in instrument.subscales},
        }
    missing = keys - described.keys()
    if missing:
        latest = (
            SurveyResponse.objects.filter(instrument_key__in=missing)
            .values("instrument_key", "language")
            .annotate(last=Max("pk"))
            .values("last")
        )
        snapshots = SurveyResponse.objects.filter(pk__in=latest).values_list(
            "instrument_key", "language", "instrument", "instrument_name"
        )
        chosen = {}
        for key, _language, snapshot, name in sorted(
            snapshots, key=lambda row: (row[1] == language, row[1])
        ):
            chosen[str(key)] = (snapshot or {}, name)  # the current language sorts last, wins
        for key in missing:
            snapshot, name = chosen.get(key, ({}, ""))
            described[key] = {
                "name": snapshot.get("name") or name or key,
                "subscales": {s["key"]: s["label"] for s in snapshot.get("subscales", [])},
            }
    return described


# --------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------


def _score(scores, subscale_key):
    if not isinstance(scores, dict):
        return None
    if subscale_key == OVERALL:
        return scores.get(OVERALL)
    return (scores.get("subscales") or {}).get(subscale_key)


def _measured(responses, subscale_key) -> dict[str, list[Response]]:
    """Phase → each response's score on one subscale (or overall), by enrollment.

    The pairing unit is the enrollment: (person, pathway). A response given outside
    any pathway forms its own unit (person, None).
    """
    measured = {PRE: [], POST: []}
    for r in responses:
        pathway = str(r["pathway_key"]) if r["pathway_key"] is not None else None
        measured[r["phase"]].append(
            Response(
                (person_of(r["user_id"], r["learner_key"]), pathway),
                r["submitted_at"],
                _score(r["scores"], subscale_key),
            )
        )
    return measured


def _pairs(measured, pooled) -> list[Pair]:
    pairs = pair_responses(measured[PRE], measured[POST]).pairs
    return first_pair_of_each(pairs, person_of_pair) if pooled else pairs


def _instrument_rows(
    key, description, pathway_key, pathway_title, responses, enrolled_people, statistics=True
):
    subscales = dict(description["subscales"])
    for response in responses:
        for sub in (response["scores"] or {}).get("subscales") or {}:
            subscales.setdefault(sub, sub)
    measures = [(OVERALL, gettext("All statements (overall)")), *subscales.items()]
    head = (key, description["name"], pathway_key, pathway_title)
    rows = []
    for subscale_key, label in measures:
        measured = _measured(responses, subscale_key)
        rows.append(_row(head, subscale_key, label, measured, enrolled_people, statistics))
    return rows


def _row(head, subscale_key, label, measured, enrolled_people, statistics=True):
    """Every figure of one measure of one survey (and pathway), for one group, unsuppressed."""
    key, name, pathway_key, pathway_title = head
    before_people = {r.person_id[0] for r in measured[PRE] if r.score is not None}
    after_people = {r.person_id[0] for r in measured[POST] if r.score is not None}
    pairs = _pairs(measured, pooled=pathway_key == ALL_PATHWAYS)
    stats = paired_change(pairs) if statistics else ChangeStats(n=len(pairs))
    # Who answered "before" was invited, even outside an enrollment in the period.
    invited = len(enrolled_people | before_people)
    before = len(before_people)
    return ChangeRow(
        instrument_key=key,
        instrument_name=name,
        pathway_key=pathway_key,
        pathway_title=str(pathway_title),
        subscale_key=subscale_key,
        subscale_label=str(label),
        paired_n=stats.n,
        mean_before=stats.mean_before,
        mean_after=stats.mean_after,
        mean_change=stats.mean_change,
        d_z=stats.d_z,
        ci_low=stats.ci_low,
        ci_high=stats.ci_high,
        share_improved=stats.share_improved,
        before_responses=before,
        after_responses=len(after_people),
        enrolled=invited,
        before_rate=response_rate(before, invited),
        after_rate=response_rate(stats.n, before),
        suppressed=False,
    )
