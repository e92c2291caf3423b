"""Pathway completion rules and the anonymous → account merge."""

from datetime import datetime

import pytest

from pathways.progress import (
    CompletionRule,
    Step,
    StepRecord,
    merge_progress,
    progress,
)

# A parent pathway: 6 steps, 4 of them required.
STEPS = [
    Step("before", "survey"),
    Step("m1", "module"),
    Step("m2", "module", required=False),
    Step("m3", "module"),
    Step("meet", "event", required=False),
    Step("after", "survey"),
]
ALL = CompletionRule("all")
FIVE_OF_SIX = CompletionRule("m_of_n", m=5)


@pytest.mark.parametrize(
    ("done", "completed", "required_remaining", "needed", "percent", "complete", "next_id"),
    [
        # nothing done: 4 required to go, 0/4
        (set(), 0, 4, 4, 0, False, "before"),
        # an optional step does not count under "all": 1/4 = 25 %
        ({"before", "m2"}, 2, 3, 3, 25, False, "m1"),
        # 3 of 4 required: 75 %; the next step is the first not done in order
        ({"before", "m1", "m3"}, 3, 1, 1, 75, False, "m2"),
        # every required step: complete; the optional m2 is still offered
        ({"before", "m1", "m3", "after"}, 4, 0, 0, 100, True, "m2"),
        # everything: no next step
        ({s.step_id for s in STEPS}, 6, 0, 0, 100, True, None),
    ],
    ids=["nothing", "optional-only", "three-required", "all-required", "everything"],
)
def test_rule_all(done, completed, required_remaining, needed, percent, complete, next_id):
    result = progress(STEPS, done, ALL)
    assert result.completed == completed
    assert result.total == 6
    assert result.required_remaining == required_remaining
    assert result.needed == needed
    assert result.percent == percent
    assert result.is_complete is complete
    assert (result.next_step.step_id if result.next_step else None) == next_id


@pytest.mark.parametrize(
    ("done", "needed", "percent", "complete"),
    [
        # 1 required + 2 optional: only 1 optional fits in the 5 − 4 = 1 spare
        # place → counted 2 of 5 = 40 %, 3 still needed
        ({"before", "m2", "meet"}, 3, 40, False),
        # all 4 required but only 4 of the 5 steps: 80 %
        ({"before", "m1", "m3", "after"}, 1, 80, False),
        # 4 required + 1 optional = 5
        ({"before", "m1", "m3", "after", "meet"}, 0, 100, True),
        # 5 steps but a required one (after) missing: the 2 optional steps
        # count as 1 → 3 + 1 = 4 of 5
        ({"before", "m1", "m2", "m3", "meet"}, 1, 80, False),
    ],
    ids=["few-required", "required-not-enough", "required-plus-one", "five-but-required-missing"],
)
def test_rule_m_of_n_needs_required_steps_and_m_overall(done, needed, percent, complete):
    result = progress(STEPS, done, FIVE_OF_SIX)
    assert result.needed == needed
    assert result.percent == percent
    assert result.is_complete is complete


def test_m_of_n_with_only_optional_steps():
    steps = [Step(k, required=False) for k in ("a", "b", "c")]
    rule = CompletionRule("m_of_n", m=2)
    assert progress(steps, {"c"}, rule).is_complete is False
    assert progress(steps, {"a", "c"}, rule).is_complete is True


def test_m_smaller_than_required_count_still_needs_every_required_step():
    # m = 1 but 4 steps are required: target is max(1, 4) = 4
    result = progress(STEPS, {"before", "m2"}, CompletionRule("m_of_n", m=1))
    assert result.is_complete is False
    assert result.needed == 3


def test_all_with_nothing_marked_required_needs_every_step():
    steps = [Step(k, required=False) for k in ("a", "b", "c")]
    assert progress(steps, set(), ALL).is_complete is False
    # 2 of 3 → 66 % (rounded down, so 100 % means complete)
    assert progress(steps, {"a", "b"}, ALL).percent == 66
    assert progress(steps, {"a", "b", "c"}, ALL).is_complete is True


def test_per_step_status():
    result = progress(STEPS, {"before", "m2"}, ALL)
    assert [(s.step.step_id, s.status) for s in result.steps] == [
        ("before", "done"),
        ("m1", "next"),
        ("m2", "done"),
        ("m3", "todo"),
        ("meet", "todo"),
        ("after", "todo"),
    ]


def test_completions_of_removed_steps_do_not_count():
    result = progress(STEPS, {"before", "removed-module"}, ALL)
    assert result.completed == 1
    assert result.percent == 25


def test_default_rule_is_all():
    assert progress(STEPS, {"before"}) == progress(STEPS, {"before"}, ALL)


@pytest.mark.parametrize(
    ("make", "steps"),
    [
        (lambda: CompletionRule("most"), STEPS),
        (lambda: CompletionRule("m_of_n"), STEPS),
        (lambda: CompletionRule("m_of_n", m=0), STEPS),
        (lambda: CompletionRule("m_of_n", m=7), STEPS),
        (lambda: CompletionRule("all"), []),
    ],
    ids=["unknown-rule", "m-missing", "m-zero", "m-above-n", "no-steps"],
)
def test_impossible_rules_are_rejected(make, steps):
    with pytest.raises(ValueError):
        progress(steps, set(), make())


def test_unknown_step_kind_is_rejected():
    with pytest.raises(ValueError):
        Step("x", "webinar")


# --------------------------------------------------------------------------
# Merging anonymous progress into the account
# --------------------------------------------------------------------------


def at(hour, minute=0):
    return datetime(2026, 9, 14, hour, minute)


def test_merge_keeps_one_record_per_step_with_the_earliest_time():
    session = [
        StepRecord("A", at(10)),  # account has A later → update to 10:00
        StepRecord("B", at(10, 5)),
        StepRecord("B", at(10, 2)),  # done twice in the session → 10:02
        StepRecord("C", at(9)),  # account has C earlier → keep 08:00
    ]
    account = [
        StepRecord("A", at(11)),
        StepRecord("C", at(8)),
        StepRecord("D", at(12)),
    ]
    merge = merge_progress(session, account)
    assert merge.records == [
        StepRecord("C", at(8)),
        StepRecord("A", at(10)),
        StepRecord("B", at(10, 2)),
        StepRecord("D", at(12)),
    ]
    assert merge.to_create == [StepRecord("B", at(10, 2))]
    assert merge.to_update == [StepRecord("A", at(10))]


def test_merging_twice_writes_nothing():
    session = [StepRecord("A", at(10)), StepRecord("B", at(11))]
    first = merge_progress(session, [])
    again = merge_progress(session, first.records)
    assert again.to_create == [] and again.to_update == []
    assert again.records == first.records


def test_merge_with_empty_session_keeps_the_account():
    account = [StepRecord("A", at(10))]
    merge = merge_progress([], account)
    assert merge.records == account
    assert merge.to_create == [] and merge.to_update == []


def test_merged_records_feed_progress():
    merge = merge_progress([StepRecord("before", at(9))], [StepRecord("m1", at(10))])
    result = progress(STEPS, {r.step_id for r in merge.records}, ALL)
    assert result.completed == 2
    assert result.next_step.step_id == "m2"
