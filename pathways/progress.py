"""Pathway completion rules and merging of anonymous progress.

Plain data in, plain data out: ``PathwayPage`` turns its StreamField steps
into ``Step`` objects and the learner's ``StepCompletion`` rows into a set of
ids; the views render what ``progress`` returns. Keeping the rules here means
the "is it complete? what is next?" decisions have tests of their own.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

MODULE, SURVEY, EVENT = "module", "survey", "event"
STEP_KINDS = (MODULE, SURVEY, EVENT)
ALL, M_OF_N = "all", "m_of_n"
DONE, NEXT, TODO = "done", "next", "todo"
#: What an event step asks for: a check-in at any date of one event, or at any event of a topic.
MATCH_EVENT, MATCH_TOPIC = "event", "topic"


@dataclass(frozen=True)
class Step:
    step_id: Hashable
    kind: str = MODULE
    required: bool = True

    def __post_init__(self):
        if self.kind not in STEP_KINDS:
            raise ValueError(f"Unknown step kind {self.kind!r}.")


@dataclass(frozen=True)
class CompletionRule:
    """``all``: every required step. ``m_of_n``: every required step AND at
    least ``m`` steps in all (required steps count towards ``m``).

    So "3 of 5, the survey required" is met by the survey plus any two others,
    never by three optional steps alone. Under ``all``, a pathway with no step
    marked required needs every step (otherwise it would be complete before
    anything was done).
    """

    kind: str = ALL
    m: int | None = None

    def __post_init__(self):
        if self.kind not in (ALL, M_OF_N):
            raise ValueError(f"Unknown completion rule {self.kind!r}.")
        if self.kind == M_OF_N and (self.m is None or self.m < 1):
            raise ValueError("An m-of-n rule needs m of at least 1.")

    def check(self, steps: Sequence[Step]) -> None:
        """Raise ``ValueError`` when the rule cannot be met by these steps."""
        if not steps:
            raise ValueError("A pathway needs at least one step.")
        if self.kind == M_OF_N and self.m > len(steps):
            raise ValueError(f"m ({self.m}) is more than the number of steps ({len(steps)}).")

    def target(self, steps: Sequence[Step]) -> int:
        """How many steps (required first) a learner must complete."""
        required = sum(step.required for step in steps)
        if self.kind == ALL:
            return required or len(steps)
        return max(self.m, required)


@dataclass(frozen=True)
class StepStatus:
    step: Step
    status: str  # DONE, NEXT or TODO


@dataclass(frozen=True)
class Progress:
    completed: int  # steps of this pathway done (optional ones included)
    total: int
    required_remaining: int
    needed: int  # steps still needed to meet the rule
    percent: int  # towards the rule, rounded down: 100 only when complete
    is_complete: bool
    next_step: Step | None
    steps: list[StepStatus]


def _counts_as_required(step: Step, steps: Sequence[Step], rule: CompletionRule) -> bool:
    if rule.kind == ALL and not any(s.required for s in steps):
        return True
    return step.required


def progress(
    steps: Sequence[Step],
    completed_step_ids: Iterable[Hashable],
    rule: CompletionRule | None = None,
) -> Progress:
    """Where a learner stands on a pathway.

    Completions of ids that are no longer steps (an editor removed the step)
    are kept in the records but do not count here. ``next_step`` is the
    first step, in the editor's order, that is not done, required or not;
    it is ``None`` only when every step is done.
    """
    rule = rule or CompletionRule()
    rule.check(steps)
    done_ids = set(completed_step_ids)
    target = rule.target(steps)
    required = [step for step in steps if _counts_as_required(step, steps, rule)]
    required_done = sum(step.step_id in done_ids for step in required)
    done = sum(step.step_id in done_ids for step in steps)
    # Optional steps count only for the places m leaves after the required ones.
    counted = required_done + min(done - required_done, target - len(required))
    next_step = next((step for step in steps if step.step_id not in done_ids), None)
    statuses = [
        StepStatus(
            step,
            DONE if step.step_id in done_ids else NEXT if step is next_step else TODO,
        )
        for step in steps
    ]
    return Progress(
        completed=done,
        total=len(steps),
        required_remaining=len(required) - required_done,
        needed=target - counted,
        percent=counted * 100 // target,
        is_complete=counted >= target,
        next_step=next_step,
        steps=statuses,
    )


def attendance_meets(definition, event_key, topic_key=None) -> bool:
    """Whether a check-in completes this step: ``definition`` as
    ``PathwayPage.step_definitions()`` gives it, the check-in by the event's and its
    topic's translation keys. An event step names one event (any of its dates counts)
    or a topic (any workshop on it counts)."""
    if definition.get("kind") != EVENT or not definition.get("target"):
        return False
    wanted = topic_key if definition.get("match") == MATCH_TOPIC else event_key
    return wanted is not None and definition["target"] == str(wanted)


# --------------------------------------------------------------------------
# Anonymous progress → account
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class StepRecord:
    """One completed step. ``step_id`` is whatever identifies a step across
    languages, e.g. ``(pathway translation_key, step translation_key)``."""

    step_id: Hashable
    completed_at: datetime


@dataclass(frozen=True)
class Merge:
    records: list[StepRecord]  # one per step, ordered by completion time
    to_create: list[StepRecord]  # session steps the account did not have
    to_update: list[StepRecord]  # account steps the session did earlier


def _earliest(records: Iterable[StepRecord]) -> dict[Hashable, StepRecord]:
    earliest: dict[Hashable, StepRecord] = {}
    for record in records:
        kept = earliest.get(record.step_id)
        if kept is None or record.completed_at < kept.completed_at:
            earliest[record.step_id] = record
    return earliest


def merge_progress(
    session_records: Iterable[StepRecord], account_records: Iterable[StepRecord]
) -> Merge:
    """Merge progress made while signed out into the account, once per step.

    A step done both anonymously and signed in keeps its earliest completion
    time: that is when the learner first did it, and it keeps the funnel's
    time-to-complete honest. ``to_create``/``to_update`` tell the caller which
    rows to write, so a merge repeated at the next log-in writes nothing.
    """
    account = _earliest(account_records)
    session = _earliest(session_records)
    to_create, to_update = [], []
    for step_id, record in session.items():
        existing = account.get(step_id)
        if existing is None:
            to_create.append(record)
        elif record.completed_at < existing.completed_at:
            to_update.append(record)
    merged = {**account, **{record.step_id: record for record in to_create + to_update}}
    return Merge(
        records=sorted(merged.values(), key=lambda record: record.completed_at),
        to_create=to_create,
        to_update=to_update,
    )
