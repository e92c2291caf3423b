"""Scoring rules for self-efficacy surveys and module quizzes.

Plain data in, plain data out: the page and snippet models turn their
StreamField blocks into the dataclasses below and call these functions, so the
rules can be tested by hand without a database. Errors are ``ValueError``
subclasses carrying the offending id, so the form layer can turn them into a
translated message.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from math import floor

# --------------------------------------------------------------------------
# Self-efficacy surveys
# --------------------------------------------------------------------------

#: A subscale (and the overall score) is reported only when at least this
#: share of its items was answered. Half is a common rule for short Likert
#: scales: fewer answers make the mean depend on which items were skipped.
DEFAULT_MIN_ANSWERED_SHARE = Fraction(1, 2)


class InvalidAnswer(ValueError):
    """An answer names an unknown item/question/choice or lies off the scale.

    ``code`` (one of the constants below) lets the form layer pick a
    translated message; the English text is for logs and developers.
    """

    OFF_SCALE = "off_scale"
    UNKNOWN_ITEM = "unknown_item"
    UNKNOWN_CHOICE = "unknown_choice"
    ONE_ANSWER_ONLY = "one_answer_only"

    def __init__(self, message: str, *, code: str, item_id: Hashable, value: object = None):
        super().__init__(message)
        self.code = code
        self.item_id = item_id
        self.value = value


@dataclass(frozen=True)
class LikertScale:
    """Whole-number points from ``low`` to ``high`` inclusive (e.g. 1..5)."""

    low: int = 1
    high: int = 5

    def __post_init__(self):
        if self.high <= self.low:
            raise ValueError("A Likert scale needs high > low.")

    @property
    def points(self) -> range:
        return range(self.low, self.high + 1)

    def reverse(self, value: int) -> int:
        """Reverse-score a value: on 1..5, 1↔5, 2↔4 and 3 stays 3."""
        return self.low + self.high - value


@dataclass(frozen=True)
class SurveyItem:
    item_id: str
    subscale: str
    reverse: bool = False


@dataclass(frozen=True)
class Instrument:
    items: Sequence[SurveyItem]
    scale: LikertScale = field(default_factory=LikertScale)
    min_answered_share: Fraction | float = DEFAULT_MIN_ANSWERED_SHARE

    @property
    def subscales(self) -> list[str]:
        """Subscale keys in the order they first appear."""
        return list(dict.fromkeys(item.subscale for item in self.items))


@dataclass(frozen=True)
class SurveyScore:
    subscales: dict[str, float | None]
    overall: float | None
    answered: int


def _checked_value(item_id: str, value: object, scale: LikertScale) -> int:
    # bool is an int subclass; True is not a Likert answer.
    if isinstance(value, bool) or not isinstance(value, int) or value not in scale.points:
        raise InvalidAnswer(
            f"Answer {value!r} to item {item_id!r} is not a point of the scale "
            f"{scale.low}..{scale.high}.",
            code=InvalidAnswer.OFF_SCALE,
            item_id=item_id,
            value=value,
        )
    return value


def _mean_if_enough(values: list[int], total: int, min_share) -> float | None:
    if not values or Fraction(len(values)) < Fraction(min_share) * total:
        return None
    return sum(values) / len(values)


def score_response(instrument: Instrument, answers: Mapping[str, int | None]) -> SurveyScore:
    """Score one completed survey.

    ``answers`` maps item id → chosen point; a missing key or ``None`` means the
    item was skipped. Reverse items are scored ``low + high − value`` so a high
    score always means more confidence. Each subscale's score is the mean of
    its answered items, or ``None`` when fewer than ``min_answered_share`` of
    its items were answered. ``overall`` is the mean of all answered items,
    under the same rule applied to the whole instrument.
    """
    items = {item.item_id: item for item in instrument.items}
    unknown = [key for key in answers if key not in items]
    if unknown:
        raise InvalidAnswer(
            f"Unknown survey item {unknown[0]!r}.",
            code=InvalidAnswer.UNKNOWN_ITEM,
            item_id=unknown[0],
        )

    by_subscale: dict[str, list[int]] = {key: [] for key in instrument.subscales}
    scored: list[int] = []
    for item in instrument.items:
        value = answers.get(item.item_id)
        if value is None:
            continue
        value = _checked_value(item.item_id, value, instrument.scale)
        if item.reverse:
            value = instrument.scale.reverse(value)
        by_subscale[item.subscale].append(value)
        scored.append(value)

    share = instrument.min_answered_share
    sizes = Counter(item.subscale for item in instrument.items)
    return SurveyScore(
        subscales={
            key: _mean_if_enough(values, sizes[key], share) for key, values in by_subscale.items()
        },
        overall=_mean_if_enough(scored, len(instrument.items), share),
        answered=len(scored),
    )


# --------------------------------------------------------------------------
# Quizzes
# --------------------------------------------------------------------------

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"
QUESTION_KINDS = (SINGLE, MULTIPLE, TRUE_FALSE)


@dataclass(frozen=True)
class Choice:
    choice_id: str
    correct: bool = False


@dataclass(frozen=True)
class Question:
    question_id: str
    kind: str
    choices: Sequence[Choice]

    def __post_init__(self):
        if self.kind not in QUESTION_KINDS:
            raise ValueError(f"Unknown question kind {self.kind!r}.")
        right = sum(choice.correct for choice in self.choices)
        if self.kind == TRUE_FALSE and len(self.choices) != 2:
            raise ValueError(f"True/false question {self.question_id!r} needs two choices.")
        if self.kind in (SINGLE, TRUE_FALSE) and right != 1:
            raise ValueError(f"Question {self.question_id!r} needs exactly one correct choice.")
        if self.kind == MULTIPLE and right < 1:
            raise ValueError(f"Question {self.question_id!r} needs at least one correct choice.")

    @property
    def choice_ids(self) -> frozenset[str]:
        return frozenset(choice.choice_id for choice in self.choices)

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(choice.choice_id for choice in self.choices if choice.correct)


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    correct: bool
    chosen: frozenset[str]
    correct_ids: frozenset[str]


@dataclass(frozen=True)
class QuizResult:
    results: list[QuestionResult]
    correct_count: int
    total: int
    score: Fraction
    percentage: int
    pass_mark: int
    passed: bool


def _chosen_ids(question: Question, raw: str | Iterable[str] | None) -> frozenset[str]:
    if raw is None:
        return frozenset()
    chosen = frozenset([raw]) if isinstance(raw, str) else frozenset(raw)
    stray = chosen - question.choice_ids
    if stray:
        bad = sorted(stray)[0]
        raise InvalidAnswer(
            f"Choice {bad!r} does not belong to question {question.question_id!r}.",
            code=InvalidAnswer.UNKNOWN_CHOICE,
            item_id=question.question_id,
            value=bad,
        )
    if question.kind != MULTIPLE and len(chosen) > 1:
        raise InvalidAnswer(
            f"Question {question.question_id!r} takes one answer.",
            code=InvalidAnswer.ONE_ANSWER_ONLY,
            item_id=question.question_id,
            value=sorted(chosen),
        )
    return chosen


def score_question(question: Question, raw_answer) -> QuestionResult:
    """Right iff the chosen set equals the correct set.

    For single-choice and true/false that means the one chosen choice is the
    correct one. Multiple-choice is all-or-nothing (no partial credit): every
    correct choice and no wrong one, which is what item analysis and the pass
    mark assume. An unanswered question is wrong.
    """
    chosen = _chosen_ids(question, raw_answer)
    return QuestionResult(
        question_id=question.question_id,
        correct=chosen == question.correct_ids,
        chosen=chosen,
        correct_ids=question.correct_ids,
    )


def score_quiz(
    questions: Sequence[Question],
    answers: Mapping[str, str | Iterable[str] | None],
    pass_mark: int = 80,
) -> QuizResult:
    """Score a quiz attempt against a pass mark (a whole percentage, inclusive).

    ``percentage`` is rounded *down* to a whole number so that the shown
    figure agrees with ``passed``: 2 of 3 right shows 66 %, and fails a 67 %
    pass mark, rather than showing "67 %" beside "not passed". ``passed``
    compares the exact fraction, so rounding never decides a pass.
    """
    if not questions:
        raise ValueError("A quiz needs at least one question.")
    if not 0 <= pass_mark <= 100:
        raise ValueError("The pass mark is a percentage between 0 and 100.")
    by_id = {question.question_id: question for question in questions}
    unknown = [key for key in answers if key not in by_id]
    if unknown:
        raise InvalidAnswer(
            f"Unknown question {unknown[0]!r}.",
            code=InvalidAnswer.UNKNOWN_ITEM,
            item_id=unknown[0],
        )

    results = [
        score_question(question, answers.get(question.question_id)) for question in questions
    ]
    right = sum(result.correct for result in results)
    score = Fraction(right, len(results))
    return QuizResult(
        results=results,
        correct_count=right,
        total=len(results),
        score=score,
        percentage=floor(score * 100),
        pass_mark=pass_mark,
        passed=score * 100 >= pass_mark,
    )


def shuffled_order(ids: Iterable[str], seed: str | int) -> list[str]:
    """Return ``ids`` in a shuffled order that depends only on ``seed``.

    Sorting by a SHA-256 of ``seed:id`` (rather than ``random.shuffle``) keeps
    the order identical across processes and Python versions, independent of
    the input order, and stable for the other ids when an editor adds or
    removes one. Seed it with the attempt (e.g. ``f"{attempt_pk}:{question_id}"``)
    so a reload shows the same order and a retry may show a new one.
    """

    def key(item_id: str) -> str:
        return hashlib.sha256(f"{seed}:{item_id}".encode()).hexdigest()

    return sorted(ids, key=key)
