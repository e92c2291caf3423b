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
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max
from django.utils import translation
from django.utils.translation import gettext

from pathways.kinds import POST, PRE
from pathways.models import Enrollment, PathwayPage, SelfEfficacyInstrument, SurveyResponse
from pathways.stats import (
    Pair,
    Response,
    first_pair_of_each,
    pair_responses,
    paired_change,
    response_rate,
    suppress,
)

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
    """The change report's rows, suppressed where fewer people than the threshold are paired."""
    responses = _responses(filters)
    uses = _pathways_using_instruments()
    for response in responses:
        if response["pathway_key"] is not None:
            uses[str(response["instrument_key"])].add(str(response["pathway_key"]))
    enrolled = _enrolled_by_pathway(filters, uses)
    keys = {str(r["instrument_key"]) for r in responses} | {
        key for key, pathways in uses.items() if any(enrolled[p] for p in pathways)
    }
    if not keys:
        return []
    described = _describe(keys, responses)
    titles = _pathway_titles(set().union(*(uses[key] for key in keys)))
    by_instrument = defaultdict(list)
    for response in responses:
        by_instrument[str(response["instrument_key"])].append(response)
    rows = []
    for key in sorted(keys, key=lambda k: (described[k]["name"].casefold(), k)):
        mine = by_instrument[key]
        pathways = sorted(uses[key], key=lambda p: (titles.get(p, p).casefold(), p))
        invited = set().union(*(enrolled[p] for p in pathways)) if pathways else set()
        rows.extend(
            _instrument_rows(
                key, described[key], ALL_PATHWAYS, gettext("All pathways"), mine, invited
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
                )
            )
    return rows


def overall_pairs(filters: ReportFilters) -> dict[str, list[Pair]]:
    """Instrument key → pooled before/after pairs on the overall score (one per person),
    unsuppressed, in one query. For figures that combine instruments
    (``pathways/metrics.py``); callers suppress. ``Pair.person_id`` is the enrollment
    (person, pathway); ``person_of_pair`` gives the person.
    """
    by_instrument = defaultdict(list)
    for response in _responses(filters):
        by_instrument[str(response["instrument_key"])].append(response)
    pairs = {}
    for key, responses in by_instrument.items():
        pairs[key] = _pairs(_measured(responses, OVERALL), pooled=True)
    return pairs


def person_of_pair(enrollment_id):
    """The person of a pair's ``person_id`` (which is the enrollment: person, pathway)."""
    return enrollment_id[0]


# --------------------------------------------------------------------------
# Gathering (each helper is one query)
# --------------------------------------------------------------------------


def _responses(filters) -> list[dict]:
    """Every before/after response in scope, as plain values."""
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


def _enrolled_by_pathway(filters, uses) -> defaultdict[str, set]:
    """Pathway key → people enrolled (in the period and filters) in it (one query)."""
    pathway_keys = set().union(*uses.values()) if uses else set()
    by_pathway = defaultdict(set)
    enrollments = filters.narrow(
        Enrollment.objects.filter(pathway_key__in=pathway_keys),
        when="started_at",
        content_field="pathway_key",
        content_model=PathwayPage,
    ).values_list("user_id", "learner_key", "pathway_key")
    for user_id, learner_key, pathway_key in enrollments:
        by_pathway[str(pathway_key)].add(person_of(user_id, learner_key))
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


def _instrument_rows(key, description, pathway_key, pathway_title, responses, enrolled_people):
    subscales = dict(description["subscales"])
    for response in responses:
        for sub in (response["scores"] or {}).get("subscales") or {}:
            subscales.setdefault(sub, sub)
    measures = [(OVERALL, gettext("All statements (overall)")), *subscales.items()]
    head = (key, description["name"], pathway_key, pathway_title)
    rows = []
    for subscale_key, label in measures:
        measured = _measured(responses, subscale_key)
        rows.append(_row(head, subscale_key, label, measured, enrolled_people))
    return rows


def _row(head, subscale_key, label, measured, enrolled_people):
    key, name, pathway_key, pathway_title = head
    before_people = {r.person_id[0] for r in measured[PRE] if r.score is not None}
    after_people = {r.person_id[0] for r in measured[POST] if r.score is not None}
    pairs = _pairs(measured, pooled=pathway_key == ALL_PATHWAYS)
    stats = paired_change(pairs)
    # Who answered "before" was invited, even outside an enrollment in the period.
    invited = len(enrolled_people | before_people)
    paired, before = stats.n, len(before_people)
    suppressed = paired < settings.PORTAL_SMALL_CELL_THRESHOLD
    shown_before = suppress(before, before)
    shown_invited = suppress(invited, invited)

    def people(value):
        return None if suppressed else value

    return ChangeRow(
        instrument_key=key,
        instrument_name=name,
        pathway_key=pathway_key,
        pathway_title=str(pathway_title),
        subscale_key=subscale_key,
        subscale_label=str(label),
        paired_n=people(paired),
        mean_before=people(stats.mean_before),
        mean_after=people(stats.mean_after),
        mean_change=people(stats.mean_change),
        d_z=people(stats.d_z),
        ci_low=people(stats.ci_low),
        ci_high=people(stats.ci_high),
        share_improved=people(stats.share_improved),
        before_responses=shown_before,
        after_responses=suppress(len(after_people), len(after_people)),
        enrolled=shown_invited,
        before_rate=response_rate(before, invited)
        if shown_before is not None and shown_invited is not None
        else None,
        after_rate=people(response_rate(paired, before)) if shown_before is not None else None,
        suppressed=suppressed,
    )
