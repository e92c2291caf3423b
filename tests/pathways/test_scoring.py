"""Survey and quiz scoring against hand-worked examples."""

from fractions import Fraction

import pytest

from pathways.scoring import (
    Choice,
    Instrument,
    InvalidAnswer,
    LikertScale,
    Question,
    SurveyItem,
    score_question,
    score_quiz,
    score_response,
    shuffled_order,
)

# Two subscales of three items on a 1..5 scale; c3 and s2 are reverse-scored.
INSTRUMENT = Instrument(
    items=[
        SurveyItem("c1", "child"),
        SurveyItem("c2", "child"),
        SurveyItem("c3", "child", reverse=True),
        SurveyItem("s1", "school"),
        SurveyItem("s2", "school", reverse=True),
        SurveyItem("s3", "school"),
    ],
    scale=LikertScale(1, 5),
)


def test_reverse_items_and_missing_item():
    # c3 = 2 reversed → 1 + 5 − 2 = 4; child = (4 + 5 + 4) / 3 = 13/3 = 4.333…
    # s2 = 1 reversed → 5; s3 skipped: 2 of 3 answered ≥ half → (3 + 5) / 2 = 4.0
    # overall over the 5 answered items = (4 + 5 + 4 + 3 + 5) / 5 = 21/5 = 4.2
    score = score_response(INSTRUMENT, {"c1": 4, "c2": 5, "c3": 2, "s1": 3, "s2": 1})
    assert score.subscales["child"] == pytest.approx(13 / 3)
    assert score.subscales["school"] == pytest.approx(4.0)
    assert score.overall == pytest.approx(4.2)
    assert score.answered == 5


def test_none_means_skipped():
    with_none = score_response(
        INSTRUMENT, {"c1": 4, "c2": 5, "c3": 2, "s1": 3, "s2": 1, "s3": None}
    )
    without = score_response(INSTRUMENT, {"c1": 4, "c2": 5, "c3": 2, "s1": 3, "s2": 1})
    assert with_none == without


@pytest.mark.parametrize(
    ("answers", "child", "school", "overall"),
    [
        # school: 1 of 3 answered < half → None; overall: 4 of 6 ≥ half → 16/4
        ({"c1": 4, "c2": 4, "c3": 2, "s1": 4}, 4.0, None, 4.0),
        # child: 1 of 3 → None; overall: 2 of 6 < half → None
        ({"c1": 5, "s1": 3}, None, None, None),
        # nothing answered
        ({}, None, None, None),
    ],
    ids=["school-too-few", "both-too-few", "empty"],
)
def test_subscale_needs_half_its_items(answers, child, school, overall):
    score = score_response(INSTRUMENT, answers)
    assert score.subscales == {"child": child, "school": school}
    assert score.overall == overall


@pytest.mark.parametrize(
    ("answered", "expected"),
    [(1, None), (2, 2.5), (3, 2.0)],
    ids=["1-of-4-below-half", "2-of-4-exactly-half", "3-of-4"],
)
def test_half_is_inclusive(answered, expected):
    # Values 2, 3, 1 in order: 2 answered → (2 + 3) / 2 = 2.5; 3 → 6 / 3 = 2.0
    instrument = Instrument(items=[SurveyItem(f"i{k}", "only") for k in range(4)])
    answers = dict(list({"i0": 2, "i1": 3, "i2": 1}.items())[:answered])
    assert score_response(instrument, answers).subscales["only"] == expected


def test_minimum_share_is_configurable():
    strict = Instrument(items=INSTRUMENT.items, scale=INSTRUMENT.scale, min_answered_share=1)
    score = score_response(strict, {"c1": 4, "c2": 5, "c3": 2, "s1": 3, "s2": 1})
    assert score.subscales == {"child": pytest.approx(13 / 3), "school": None}
    assert score.overall is None


@pytest.mark.parametrize(
    ("low", "high", "value", "reversed_value"),
    [(1, 4, 1, 4), (1, 4, 2, 3), (1, 5, 3, 3), (1, 7, 2, 6), (0, 10, 7, 3)],
    ids=["1-4-low", "1-4-mid", "1-5-centre", "1-7", "0-10"],
)
def test_reverse_scoring_on_other_scales(low, high, value, reversed_value):
    instrument = Instrument(
        items=[SurveyItem("r", "x", reverse=True)], scale=LikertScale(low, high)
    )
    assert score_response(instrument, {"r": value}).subscales["x"] == reversed_value


@pytest.mark.parametrize(
    ("answers", "bad_item", "code"),
    [
        ({"c1": 6}, "c1", "off_scale"),
        ({"c1": 0}, "c1", "off_scale"),
        ({"c2": 2.5}, "c2", "off_scale"),
        ({"c2": "3"}, "c2", "off_scale"),
        ({"c3": True}, "c3", "off_scale"),
        ({"c1": 3, "zz": 3}, "zz", "unknown_item"),
    ],
    ids=["above-scale", "below-scale", "fraction", "string", "bool", "unknown-item"],
)
def test_invalid_answers_raise_with_the_item(answers, bad_item, code):
    with pytest.raises(InvalidAnswer) as error:
        score_response(INSTRUMENT, answers)
    assert error.value.item_id == bad_item
    assert error.value.code == code
    assert isinstance(error.value, ValueError)


def test_scale_needs_a_range():
    with pytest.raises(ValueError):
        LikertScale(5, 5)


# --------------------------------------------------------------------------
# Quizzes
# --------------------------------------------------------------------------

SINGLE = Question("q1", "single", [Choice("a", True), Choice("b"), Choice("c")])
MULTIPLE = Question("q2", "multiple", [Choice("a", True), Choice("b"), Choice("c", True)])
TRUE_FALSE = Question("q3", "true_false", [Choice("true", True), Choice("false")])
QUIZ = [SINGLE, MULTIPLE, TRUE_FALSE]


@pytest.mark.parametrize(
    ("question", "answer", "correct"),
    [
        (SINGLE, ["a"], True),
        (SINGLE, "a", True),
        (SINGLE, ["b"], False),
        (SINGLE, [], False),
        (SINGLE, None, False),
        (TRUE_FALSE, ["true"], True),
        (TRUE_FALSE, ["false"], False),
        (MULTIPLE, ["a", "c"], True),
        (MULTIPLE, {"c", "a"}, True),
        (MULTIPLE, ["a"], False),
        (MULTIPLE, ["a", "b", "c"], False),
        (MULTIPLE, [], False),
    ],
    ids=[
        "single-right",
        "single-bare-string",
        "single-wrong",
        "single-empty",
        "single-unanswered",
        "tf-right",
        "tf-wrong",
        "multiple-exact",
        "multiple-exact-set",
        "multiple-subset-no-partial-credit",
        "multiple-superset",
        "multiple-empty",
    ],
)
def test_question_is_all_or_nothing(question, answer, correct):
    result = score_question(question, answer)
    assert result.correct is correct
    assert result.correct_ids == question.correct_ids


@pytest.mark.parametrize(
    ("answers", "pass_mark", "right", "percentage", "passed"),
    [
        # 3/3 = 100 %
        ({"q1": ["a"], "q2": ["a", "c"], "q3": ["true"]}, 80, 3, 100, True),
        # 2/3 = 66.67 % → shown as 66 (rounded down); passes 66, fails 67
        ({"q1": ["a"], "q2": ["a"], "q3": ["true"]}, 66, 2, 66, True),
        ({"q1": ["a"], "q2": ["a"], "q3": ["true"]}, 67, 2, 66, False),
        # 1/3 = 33.3 % → 33
        ({"q1": ["a"]}, 30, 1, 33, True),
        # 0/3, pass mark 0 → everyone passes
        ({}, 0, 0, 0, True),
    ],
    ids=["all-right", "two-thirds-at-66", "two-thirds-at-67", "one-third", "pass-mark-zero"],
)
def test_quiz_score_and_pass_mark(answers, pass_mark, right, percentage, passed):
    result = score_quiz(QUIZ, answers, pass_mark=pass_mark)
    assert result.correct_count == right
    assert result.total == 3
    assert result.score == Fraction(right, 3)
    assert result.percentage == percentage
    assert result.passed is passed


def test_pass_mark_is_inclusive():
    # 4 questions, 3 right = exactly 75 %.
    quiz = [Question(f"q{k}", "true_false", [Choice("t", True), Choice("f")]) for k in range(4)]
    answers = {"q0": "t", "q1": "t", "q2": "t", "q3": "f"}
    assert score_quiz(quiz, answers, pass_mark=75).passed is True
    assert score_quiz(quiz, answers, pass_mark=76).passed is False


def test_per_question_results_keep_what_was_chosen():
    result = score_quiz(QUIZ, {"q1": ["b"], "q2": ["a", "c"]})
    by_id = {r.question_id: r for r in result.results}
    assert [r.question_id for r in result.results] == ["q1", "q2", "q3"]
    assert by_id["q1"].chosen == {"b"}
    assert by_id["q1"].correct_ids == {"a"}
    assert by_id["q1"].correct is False
    assert by_id["q2"].correct is True
    assert by_id["q3"].chosen == frozenset()


@pytest.mark.parametrize(
    ("answers", "code"),
    [
        ({"q9": ["a"]}, "unknown_item"),
        ({"q1": ["z"]}, "unknown_choice"),
        ({"q3": ["a"]}, "unknown_choice"),
        ({"q1": ["a", "b"]}, "one_answer_only"),
        ({"q3": ["true", "false"]}, "one_answer_only"),
    ],
    ids=[
        "unknown-question",
        "unknown-choice",
        "other-questions-choice",
        "two-for-single",
        "two-tf",
    ],
)
def test_invalid_quiz_answers_raise(answers, code):
    with pytest.raises(InvalidAnswer) as error:
        score_quiz(QUIZ, answers)
    assert error.value.code == code


@pytest.mark.parametrize(
    ("kind", "choices"),
    [
        ("essay", [Choice("a", True)]),
        ("single", [Choice("a", True), Choice("b", True)]),
        ("single", [Choice("a"), Choice("b")]),
        ("true_false", [Choice("t", True), Choice("f"), Choice("x")]),
        ("multiple", [Choice("a"), Choice("b")]),
    ],
    ids=[
        "unknown-kind",
        "single-two-right",
        "single-none-right",
        "tf-three",
        "multiple-none-right",
    ],
)
def test_malformed_questions_are_rejected(kind, choices):
    with pytest.raises(ValueError):
        Question("q", kind, choices)


@pytest.mark.parametrize("pass_mark", [-1, 101], ids=["negative", "over-100"])
def test_pass_mark_must_be_a_percentage(pass_mark):
    with pytest.raises(ValueError):
        score_quiz(QUIZ, {}, pass_mark=pass_mark)


def test_empty_quiz_is_rejected():
    with pytest.raises(ValueError):
        score_quiz([], {})


IDS = [f"choice-{k}" for k in range(8)]


def test_shuffle_is_a_permutation_fixed_by_the_seed():
    first = shuffled_order(IDS, "attempt-17")
    assert sorted(first) == sorted(IDS)
    assert shuffled_order(IDS, "attempt-17") == first
    assert shuffled_order(list(reversed(IDS)), "attempt-17") == first
    assert first != IDS


def test_shuffle_differs_between_attempts():
    orders = {tuple(shuffled_order(IDS, f"attempt-{k}")) for k in range(5)}
    assert len(orders) > 1


def test_shuffle_keeps_others_in_place_when_one_is_added():
    before = shuffled_order(IDS, 3)
    after = shuffled_order([*IDS, "choice-new"], 3)
    assert [i for i in after if i != "choice-new"] == before


def test_shuffle_is_pinned():
    # SHA-256 based, so this order never changes between Python versions.
    assert shuffled_order(["a", "b", "c", "d"], "seed") == ["a", "d", "c", "b"]
