"""Pathway funnel: how many people started each pathway, did each step, and finished.

One row per (pathway, stage): "Enrolled", then each step of the pathway's
current definition, then "Completed the pathway". Long rows read well on the
page (one table per pathway) and in a spreadsheet (filter or pivot by pathway).

People, not records: an enrollment is one person in one pathway (in whichever
language), and a step is counted once per enrollment. Enrollments are placed in
the school year by ``started_at``; their steps and completion count whenever
they happened. Steps done that are no longer in the pathway are not shown.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Max, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pathways.models import (
    Enrollment,
    HowToModulePage,
    PathwayPage,
    SelfEfficacyInstrument,
    StepCompletion,
    SurveyResponse,
)
from pathways.stats import median, suppress

from .filters import ReportFilters

ENROLLED, STEP, COMPLETED = "enrolled", "step", "completed"
SECONDS_PER_DAY = 86400


@dataclass(frozen=True)
class FunnelRow:
    """One stage of one pathway. ``suppressed``: the stage's people are fewer than
    the threshold, so ``people``, ``share_of_enrolled`` and ``median_days`` are None."""

    pathway_key: uuid.UUID
    pathway_title: str
    stage_number: int  # 0 enrolled, 1..n the steps, n + 1 completed
    stage: str
    kind: str  # ENROLLED, STEP or COMPLETED
    step_id: str | None
    enrolled: int | None
    people: int | None
    share_of_enrolled: float | None
    median_days: float | None  # days from starting to completing; COMPLETED rows only
    suppressed: bool


def pathway_funnel(filters: ReportFilters, language: str | None = None) -> list[FunnelRow]:
    """The funnel of every pathway with enrollments under ``filters``.

    Titles come from the pathway page in ``language`` (the admin's, by
    default), else from an enrollment's snapshot. Five queries, however many
    pathways, steps or people.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    enrollments = filters.narrow(
        Enrollment.objects.all(),
        when="started_at",
        content_field="pathway_key",
        content_model=PathwayPage,
    )
    totals = list(
        enrollments.order_by()
        .values("pathway_key")
        .annotate(
            enrolled=Count("pk"),
            completed=Count("pk", filter=Q(completed_at__isnull=False)),
            title_here=Max("pathway_title", filter=Q(language=language)),
            title_any=Max("pathway_title"),
        )
    )
    if not totals:
        return []
    durations = defaultdict(list)
    finished = enrollments.filter(completed_at__isnull=False).order_by()
    for key, started, completed in finished.values_list(
        "pathway_key", "started_at", "completed_at"
    ):
        durations[key].append(max((completed - started).total_seconds(), 0) / SECONDS_PER_DAY)
    step_people = {
        (row["enrollment__pathway_key"], row["step_id"]): row["people"]
        for row in StepCompletion.objects.filter(enrollment__in=enrollments)
        .order_by()
        .values("enrollment__pathway_key", "step_id")
        .annotate(people=Count("enrollment_id", distinct=True))
    }
    pages = _pathway_pages([row["pathway_key"] for row in totals], language)
    steps = _step_titles(pages.values(), language)

    rows = []
    for total in totals:
        key = total["pathway_key"]
        page, here = pages.get(key, (None, False))
        title = page.title if here else (total["title_here"] or total["title_any"])
        rows.extend(
            _pathway_rows(
                key,
                title,
                total["enrolled"],
                total["completed"],
                durations.get(key, []),
                [(step_id, steps.get(step_id, "")) for step_id in _step_ids(page)],
                step_people,
            )
        )
    rows.sort(
        key=lambda row: (row.pathway_title.casefold(), str(row.pathway_key), row.stage_number)
    )
    return rows


def _pathway_rows(key, title, enrolled, completed, durations, steps, step_people):
    threshold = settings.PORTAL_SMALL_CELL_THRESHOLD
    shown_enrolled = suppress(enrolled, enrolled)

    def row(number, stage, kind, people, step_id=None, median_days=None):
        hidden = people < threshold
        share = people / enrolled if enrolled else None
        return FunnelRow(
            pathway_key=key,
            pathway_title=title,
            stage_number=number,
            stage=stage,
            kind=kind,
            step_id=step_id,
            enrolled=shown_enrolled,
            people=None if hidden else people,
            share_of_enrolled=None if hidden else share,
            median_days=None if hidden else median_days,
            suppressed=hidden,
        )

    rows = [row(0, _("Enrolled"), ENROLLED, enrolled)]
    for number, (step_id, step_title) in enumerate(steps, start=1):
        stage = (
            _("Step %(number)s: %(title)s") % {"number": number, "title": step_title}
            if step_title
            else _("Step %(number)s") % {"number": number}
        )
        people = step_people.get((key, step_id), 0)
        rows.append(row(number, stage, STEP, people, step_id=step_id))
    rows.append(
        row(
            len(steps) + 1,
            _("Completed the pathway"),
            COMPLETED,
            completed,
            median_days=median(durations),
        )
    )
    return rows


def _pathway_pages(keys, language):
    """Per translation key: (the page to read steps from, whether it is in ``language``).

    The page in ``language`` if there is one, else the default locale's copy,
    else any copy. One query.
    """
    candidates = defaultdict(list)
    for page in PathwayPage.objects.filter(translation_key__in=keys).select_related("locale"):
        candidates[page.translation_key].append(page)
    chosen = {}
    for key, pages in candidates.items():
        here = [page for page in pages if page.locale.language_code == language]
        default = [page for page in pages if page.locale.language_code == settings.LANGUAGE_CODE]
        page = (here or default or pages)[0]
        chosen[key] = (page, bool(here))
    return chosen


def _step_ids(page):
    if page is None:
        return []
    return [item.get("id") for item in page.steps.raw_data if item["type"] in ("module", "survey")]


def _step_titles(pages, language) -> dict[str, str]:
    """Step id → title in ``language`` (module title, or survey name and phase). Two queries."""
    module_ids, instrument_ids, raw = set(), set(), []
    for page, _here in pages:
        for item in page.steps.raw_data:
            value = item["value"]
            if item["type"] == "module" and value.get("module"):
                module_ids.add(value["module"])
            elif item["type"] == "survey" and value.get("instrument"):
                instrument_ids.add(value["instrument"])
            raw.append(item)
    modules = _in_language(HowToModulePage.objects.defer_streamfields(), module_ids, language)
    instruments = _in_language(
        SelfEfficacyInstrument.objects.defer("items", "subscales", "scale_labels"),
        instrument_ids,
        language,
    )
    phases = dict(SurveyResponse.Phase.choices)
    titles = {}
    for item in raw:
        value = item["value"]
        if item["type"] == "module":
            module = modules.get(value.get("module"))
            titles[item.get("id")] = module.title if module else ""
        elif item["type"] == "survey":
            instrument = instruments.get(value.get("instrument"))
            titles[item.get("id")] = (
                _("%(survey)s (%(phase)s)")
                % {"survey": instrument.name, "phase": phases.get(value.get("phase"), "")}
                if instrument
                else ""
            )
    return titles


def _in_language(queryset, ids, language):
    """Map each id to its object's translation in ``language`` (else the object). One query."""
    if not ids:
        return {}
    model = queryset.model
    keys = model.objects.filter(pk__in=ids).values("translation_key")
    found = list(
        queryset.filter(
            Q(pk__in=ids) | Q(translation_key__in=keys, locale__language_code=language)
        ).select_related("locale")
    )
    in_language = {
        obj.translation_key: obj for obj in found if obj.locale.language_code == language
    }
    return {obj.pk: in_language.get(obj.translation_key, obj) for obj in found if obj.pk in ids}
