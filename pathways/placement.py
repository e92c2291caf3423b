"""Where a module sits in the pathways, and the visitor's next step from it.

A module page says which pathways include it. For a visitor who has started one of
them it says "Step 3 of 8 in …" and, once the module is done, offers the next step
of that pathway (the first step after this one not done yet, else the first one
left); for anyone else it lists the pathways, so the way on is never a dead end.

The pathways' steps (and so the map module → pathways) are the same for every visitor
of a language, so they are kept until the next publish
(``portal.page_cache.until_publish``); the visitor's part is one query (their
enrollments in those pathways, with the steps done). "My learning" reads the same
steps for its "Continue" buttons.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.db.models import F
from django.utils.translation import gettext as _

from pathways import progress as rules
from pathways.learning import current_learner
from pathways.models.records import Enrollment
from portal import page_cache
from portal.main_tasks import MainTask


@dataclass(frozen=True)
class StepLink:
    step_id: str
    kind: str
    title: str
    url: str | None


@dataclass(frozen=True)
class Seat:
    """One place of a module in a pathway: its step number among all the steps."""

    pathway_key: str
    pathway_title: str
    pathway_url: str
    number: int
    total: int
    steps: tuple[StepLink, ...]


@dataclass(frozen=True)
class Placement:
    """What a module page shows about its pathways to one visitor."""

    seats: list[Seat]
    #: The seat of the pathway the visitor has started (the first, if several), or None.
    current: Seat | None = None
    #: The step to go to next in that pathway (None when every other step is done).
    next_step: StepLink | None = None
    #: Whether the visitor has done this module's step in that pathway.
    done: bool = False


def _step_links(pathway, request) -> tuple[list[dict], tuple[StepLink, ...]]:
    """The pathway's step definitions, and a link to each step."""
    resolved = pathway.resolved_steps()
    definitions = pathway.step_definitions(resolved)
    topics = any(step.get("match") == rules.MATCH_TOPIC for step in resolved)
    calendar = pathway.calendar_page() if topics else None
    links = []
    for step, definition in zip(resolved, definitions, strict=True):
        url = None
        if step["kind"] == rules.SURVEY and step.get("instrument"):
            url = pathway.survey_url(step["phase"], request)
        elif step.get("module") is not None and step["module"].live:
            url = step["module"].get_url(request)
        elif step["kind"] == rules.EVENT:
            url = pathway.workshop_url(step, calendar, request)
        links.append(StepLink(str(step["step_id"]), step["kind"], definition["title"], url))
    return definitions, tuple(links)


@dataclass(frozen=True)
class PathwaySteps:
    """A live pathway's address and a link to each of its steps, in order."""

    pathway_key: str
    title: str
    url: str
    definitions: tuple
    links: tuple[StepLink, ...]

    def link(self, step_id) -> StepLink | None:
        return next((link for link in self.links if link.step_id == str(step_id)), None)


def pathway_steps(locale_id, request=None) -> dict[str, PathwaySteps]:
    """Pathway translation key → its steps, for the live pathways of the language (kept
    until the next publish: the same for every visitor)."""

    def build():
        found = {}
        pathways = apps.get_model("pathways", "PathwayPage").objects.live()
        for pathway in pathways.filter(locale_id=locale_id).order_by("path"):
            definitions, links = _step_links(pathway, request)
            key = str(pathway.translation_key)
            found[key] = PathwaySteps(
                key, pathway.title, pathway.get_url(request), tuple(definitions), links
            )
        return found

    return page_cache.until_publish(("pathway-steps", locale_id), build)


def pathway_map(locale_id, request=None) -> dict[str, list[Seat]]:
    """Module translation key → its seats in the live pathways of the language."""
    seats = defaultdict(list)
    for pathway in pathway_steps(locale_id, request).values():
        for number, definition in enumerate(pathway.definitions, start=1):
            if definition["kind"] == rules.MODULE and definition["target"]:
                seats[definition["target"]].append(
                    Seat(
                        pathway.pathway_key,
                        pathway.title,
                        pathway.url,
                        number,
                        len(pathway.definitions),
                        pathway.links,
                    )
                )
    return seats


def placement_of(module_page, request) -> Placement:
    """The module's seats, and the visitor's place and next step if they started one."""
    seats = pathway_map(module_page.locale_id, request).get(str(module_page.translation_key), [])
    if not seats:
        return Placement(seats=[])
    learner = current_learner(request)
    if learner is None:
        return Placement(seats=seats)
    done_by_pathway = defaultdict(set)
    rows = (
        learner.owns(Enrollment.objects)
        .filter(pathway_key__in=[seat.pathway_key for seat in seats])
        .annotate(done_step=F("step_completions__step_id"))
        .values_list("pathway_key", "done_step")
    )
    for pathway_key, step_id in rows:
        done_by_pathway[str(pathway_key)].add(step_id)
    current = next((seat for seat in seats if seat.pathway_key in done_by_pathway), None)
    if current is None:
        return Placement(seats=seats)
    done = done_by_pathway[current.pathway_key]
    this = current.steps[current.number - 1]
    after = current.steps[current.number :] + current.steps[: current.number - 1]
    following = next((step for step in after if step.step_id not in done), None)
    return Placement(seats, current, following, this.step_id in done)


def continue_task(request) -> MainTask | None:
    """ "Continue where you left off": the latest pathway the visitor started and has not
    finished, with its next step, in the language of the page (two queries, only for a
    visitor with a session: ``portal.main_tasks`` asks no one else)."""
    learner = current_learner(request)
    if learner is None:
        return None
    latest = (
        learner.owns(Enrollment.objects)
        .filter(completed_at__isnull=True)
        .order_by("-started_at")
        .values_list("pk", "pathway_key")
        .first()
    )
    if latest is None:
        return None
    pk, pathway_key = latest
    locale = apps.get_model("wagtailcore", "Locale").get_active()
    steps = pathway_steps(locale.pk, request).get(str(pathway_key))
    if steps is None:  # not published in this language
        return None
    done = set(
        apps.get_model("pathways", "StepCompletion")
        .objects.filter(enrollment_id=pk)
        .values_list("step_id", flat=True)
    )
    following = next((link for link in steps.links if link.step_id not in done), None)
    if following is None or not following.url:
        return MainTask(
            "continue", _("Continue where you left off"), steps.title, steps.url, personal=True
        )
    text = _("%(pathway)s. Next: %(step)s") % {"pathway": steps.title, "step": following.title}
    return MainTask(
        "continue", _("Continue where you left off"), text, following.url, personal=True
    )
