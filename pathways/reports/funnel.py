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
from dataclasses import dataclass, replace

from django.apps import apps
from django.conf import settings
from django.db.models import Q
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
from pathways.stats import median
from portal.suppression import hidden_by_row, layout_for_district, split

from .filters import ReportFilters

ENROLLED, STEP, COMPLETED = "enrolled", "step", "completed"
SECONDS_PER_DAY = 86400


@dataclass(frozen=True)
class FunnelRow:
    """One stage of one pathway. ``suppressed``: the stage's people are hidden (fewer than
    the threshold, or hidden so that another group's cannot be worked out), so
    ``people``, ``share_of_enrolled`` and ``median_days`` are None; ``enrolled`` is None
    when the pathway's enrolled people are hidden for the group."""

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
    """The funnel of every pathway with enrollments in the group ``filters`` ask for.

    Titles come from the pathway page in ``language`` (the admin's, by
    default), else from an enrollment's snapshot. The figures of every group are
    worked out together and suppressed so that none hidden can be recovered from
    those shown (``portal/suppression.py``). Five queries, however many
    pathways, steps, schools or people.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    layout = layout_for_district()
    enrollments = list(
        filters.for_every_group()
        .narrow(
            Enrollment.objects.all(),
            when="started_at",
            content_field="pathway_key",
            content_model=PathwayPage,
        )
        .values(
            "pk",
            "pathway_key",
            "pathway_title",
            "language",
            "school_id",
            "started_at",
            "completed_at",
        )
    )
    if not enrollments:
        return []
    steps_done = defaultdict(set)
    for enrollment_id, step_id in StepCompletion.objects.filter(
        enrollment_id__in=[e["pk"] for e in enrollments]
    ).values_list("enrollment_id", "step_id"):
        steps_done[enrollment_id].add(step_id)
    keys = {e["pathway_key"] for e in enrollments}
    pages = _pathway_pages(keys, language)
    steps = _step_titles(pages.values(), language)
    titles = _titles(enrollments, pages, language)
    shape = {
        key: [
            (step_id, steps.get(step_id, "")) for step_id in _step_ids(pages.get(key, (None,))[0])
        ]
        for key in keys
    }
    rows_by_group = {
        group: _funnel_rows(records, steps_done, titles, shape)
        for group, records in split(enrollments, layout).items()
    }
    hidden = hidden_by_row(
        rows_by_group,
        layout,
        row_key=lambda row: (row.pathway_key, row.stage_number),
        measures={"people": lambda row: row.people, "enrolled": lambda row: row.enrolled},
    )
    group = filters.group()
    return [_suppressed(row, hidden, group) for row in rows_by_group.get(group, [])]


def _titles(enrollments, pages, language):
    """Pathway key → title: the page's in ``language``, else an enrollment's in it, else any."""
    recorded = {}
    for enrollment in enrollments:
        key = enrollment["pathway_key"]
        if key not in recorded or enrollment["language"] == language:
            recorded[key] = enrollment["pathway_title"]
    titles = {}
    for key, title in recorded.items():
        page, here = pages.get(key, (None, False))
        titles[key] = page.title if here else title
    return titles


def _funnel_rows(enrollments, steps_done, titles, shape):
    """The unsuppressed rows of one group's enrollments, pathway by pathway."""
    by_pathway = defaultdict(list)
    for enrollment in enrollments:
        by_pathway[enrollment["pathway_key"]].append(enrollment)
    rows = []
    for key, mine in by_pathway.items():
        finished = [e for e in mine if e["completed_at"] is not None]
        durations = [
            max((e["completed_at"] - e["started_at"]).total_seconds(), 0) / SECONDS_PER_DAY
            for e in finished
        ]
        step_people = {
            step_id: sum(1 for e in mine if step_id in steps_done.get(e["pk"], ()))
            for step_id, _title in shape[key]
        }
        rows.extend(
            _pathway_rows(
                key, titles[key], len(mine), len(finished), durations, shape[key], step_people
            )
        )
    rows.sort(
        key=lambda row: (row.pathway_title.casefold(), str(row.pathway_key), row.stage_number)
    )
    return rows


def _suppressed(row, hidden, group):
    """The row as shown to the group: hidden figures (and what is built on them) blank."""
    key = (row.pathway_key, row.stage_number)
    people_hidden = group in hidden.get((key, "people"), ())
    enrolled_hidden = group in hidden.get((key, "enrolled"), ())
    return replace(
        row,
        enrolled=None if enrolled_hidden else row.enrolled,
        people=None if people_hidden else row.people,
        share_of_enrolled=None if people_hidden or enrolled_hidden else row.share_of_enrolled,
        median_days=None if people_hidden else row.median_days,
        suppressed=people_hidden,
    )


def _pathway_rows(key, title, enrolled, completed, durations, steps, step_people):
    """A pathway's rows with every figure (suppression comes after, across groups)."""

    def row(number, stage, kind, people, step_id=None, median_days=None):
        return FunnelRow(
            pathway_key=key,
            pathway_title=title,
            stage_number=number,
            stage=stage,
            kind=kind,
            step_id=step_id,
            enrolled=enrolled,
            people=people,
            share_of_enrolled=people / enrolled if enrolled else None,
            median_days=median_days,
            suppressed=False,
        )

    rows = [row(0, _("Enrolled"), ENROLLED, enrolled)]
    for number, (step_id, step_title) in enumerate(steps, start=1):
        stage = (
            _("Step %(number)s: %(title)s") % {"number": number, "title": step_title}
            if step_title
            else _("Step %(number)s") % {"number": number}
        )
        rows.append(row(number, stage, STEP, step_people.get(step_id, 0), step_id=step_id))
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
    kinds = ("module", "survey", "event")
    return [item.get("id") for item in page.steps.raw_data if item["type"] in kinds]


def _step_titles(pages, language) -> dict[str, str]:
    """Step id → title in ``language`` (module title, survey name and phase, a workshop's
    event or topic). Two queries; two more with workshop steps."""
    module_ids, instrument_ids, event_ids, topic_ids, raw = set(), set(), set(), set(), []
    for page, _here in pages:
        for item in page.steps.raw_data:
            value = item["value"]
            if item["type"] == "module" and value.get("module"):
                module_ids.add(value["module"])
            elif item["type"] == "survey" and value.get("instrument"):
                instrument_ids.add(value["instrument"])
            elif item["type"] == "event" and value.get("event"):
                event_ids.add(value["event"])
            elif item["type"] == "event" and value.get("topic"):
                topic_ids.add(value["topic"])
            raw.append(item)
    modules = _in_language(HowToModulePage.objects.defer_streamfields(), module_ids, language)
    instruments = _in_language(
        SelfEfficacyInstrument.objects.defer("items", "subscales", "scale_labels"),
        instrument_ids,
        language,
    )
    # The events app's models, named through the app registry (the workshop step's seam).
    events = topics = {}
    if event_ids:
        events = _in_language(
            apps.get_model("events", "EventPage").objects.defer_streamfields(), event_ids, language
        )
    if topic_ids:
        topics = _in_language(apps.get_model("events", "Topic").objects.all(), topic_ids, language)
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
        elif item["type"] == "event":
            event = events.get(value.get("event"))
            topic = topics.get(value.get("topic"))
            titles[item.get("id")] = (
                event.title
                if event
                else _("Any workshop on %(topic)s") % {"topic": topic.name}
                if topic
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
