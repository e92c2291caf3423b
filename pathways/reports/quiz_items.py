"""Quiz item analysis: how hard each question is, and which answers people chose.

First attempts only: each person's first attempt at a module's quiz (attempt
number 1) is the standard measure of item difficulty; retakes come after the
feedback and would make every question look easier. A person counts once per
question, in the school year of that first attempt.

A question is named by its StreamField block id, shared by the English and
Spanish copies of the module, so answers in both languages count together.
Its wording comes from the most recent attempt that asked it (preferring the
admin's language): attempts keep the questions as they were asked.

Suppression: a question's figures are shares of the people who answered it,
shown only when at least ``PORTAL_SMALL_CELL_THRESHOLD`` people did.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Max
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pathways.models import HowToModulePage, QuizAttempt, QuizItemResponse

from .filters import ReportFilters


@dataclass(frozen=True)
class ChoiceShare:
    choice_id: str
    text: str
    correct: bool
    share: float | None  # of the people who answered the question; None when suppressed


@dataclass(frozen=True)
class QuestionRow:
    module_key: uuid.UUID
    module_title: str
    question_id: str
    question_number: int | None  # its place in the quiz as last asked
    prompt: str
    people: int | None
    share_correct: float | None
    choices: tuple[ChoiceShare, ...]
    suppressed: bool


@dataclass(frozen=True)
class SchoolQuestionRow:
    module_key: uuid.UUID
    module_title: str
    question_id: str
    question_number: int | None
    prompt: str
    school_code: str
    school_name: str
    people: int | None
    share_correct: float | None
    suppressed: bool


def first_attempts(filters: ReportFilters):
    """Each person's first attempt at each module, narrowed by ``filters``."""
    return filters.narrow(
        QuizAttempt.objects.filter(attempt_number=1),
        when="submitted_at",
        content_field="module_key",
        content_model=HowToModulePage,
    )


def quiz_item_analysis(filters: ReportFilters, language: str | None = None) -> list[QuestionRow]:
    """Every question answered under ``filters``, hardest (lowest share correct) first.

    Suppressed questions come last (ordering them by a hidden figure would
    reveal it). Four queries, however many questions or people.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    groups = (
        QuizItemResponse.objects.filter(attempt__in=first_attempts(filters))
        .order_by()
        .values("attempt__module_key", "question_id", "chosen", "correct")
        .annotate(people=Count("pk"))
    )
    answered = defaultdict(lambda: {"people": 0, "right": 0, "chose": defaultdict(int)})
    for group in groups:
        counts = answered[(group["attempt__module_key"], group["question_id"])]
        counts["people"] += group["people"]
        counts["right"] += group["people"] if group["correct"] else 0
        for choice_id in set(group["chosen"] or []):
            counts["chose"][choice_id] += group["people"]
    if not answered:
        return []
    texts = QuestionTexts.load({module for module, _question in answered}, language)
    threshold = settings.PORTAL_SMALL_CELL_THRESHOLD
    rows = []
    for (module_key, question_id), counts in answered.items():
        people = counts["people"]
        hidden = people < threshold
        snapshot, number = texts.question(module_key, question_id)
        choices = tuple(
            ChoiceShare(
                choice_id=choice_id,
                text=text,
                correct=correct,
                share=None if hidden else counts["chose"].get(choice_id, 0) / people,
            )
            for choice_id, text, correct in texts.choices(
                module_key, question_id, snapshot, counts["chose"]
            )
        )
        rows.append(
            QuestionRow(
                module_key=module_key,
                module_title=texts.module_title(module_key),
                question_id=question_id,
                question_number=number,
                prompt=snapshot["prompt"] if snapshot else "",
                people=None if hidden else people,
                share_correct=None if hidden else counts["right"] / people,
                choices=choices,
                suppressed=hidden,
            )
        )
    rows.sort(
        key=lambda row: (
            row.suppressed,
            row.share_correct if row.share_correct is not None else 0,
            row.module_title.casefold(),
            row.question_number or 0,
            row.question_id,
        )
    )
    return rows


def quiz_items_by_school(
    filters: ReportFilters, language: str | None = None
) -> list[SchoolQuestionRow]:
    """Share correct per question and school, to compare schools.

    Ordered by module and question (in quiz order); within a question, the
    schools with the lowest share correct first, suppressed ones last.
    Records without a school form a "No school recorded" row. Four queries.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    groups = (
        QuizItemResponse.objects.filter(attempt__in=first_attempts(filters))
        .order_by()
        .values(
            "attempt__module_key",
            "question_id",
            "attempt__school_id",
            "attempt__school__code",
            "attempt__school__name",
            "correct",
        )
        .annotate(people=Count("pk"))
    )
    counted = {}
    for group in groups:
        key = (group["attempt__module_key"], group["question_id"], group["attempt__school_id"])
        counts = counted.setdefault(
            key,
            {
                "code": group["attempt__school__code"] or "",
                "name": group["attempt__school__name"] or str(_("No school recorded")),
                "people": 0,
                "right": 0,
            },
        )
        counts["people"] += group["people"]
        counts["right"] += group["people"] if group["correct"] else 0
    if not counted:
        return []
    texts = QuestionTexts.load({module for module, _q, _s in counted}, language)
    threshold = settings.PORTAL_SMALL_CELL_THRESHOLD
    rows = []
    for (module_key, question_id, _school), counts in counted.items():
        hidden = counts["people"] < threshold
        snapshot, number = texts.question(module_key, question_id)
        rows.append(
            SchoolQuestionRow(
                module_key=module_key,
                module_title=texts.module_title(module_key),
                question_id=question_id,
                question_number=number,
                prompt=snapshot["prompt"] if snapshot else "",
                school_code=counts["code"],
                school_name=counts["name"],
                people=None if hidden else counts["people"],
                share_correct=None if hidden else counts["right"] / counts["people"],
                suppressed=hidden,
            )
        )
    rows.sort(
        key=lambda row: (
            row.module_title.casefold(),
            str(row.module_key),
            row.question_number or 0,
            row.question_id,
            row.suppressed,
            row.share_correct if row.share_correct is not None else 0,
            row.school_name.casefold(),
        )
    )
    return rows


class QuestionTexts:
    """Module titles and question wording for the report, from pages and attempt snapshots."""

    def __init__(self, language, snapshots, page_titles):
        self.language = language
        # (module_key, question_id) → [(is_in_language, attempt_pk, attempt)], best first
        self.snapshots = snapshots
        self.page_titles = page_titles

    @classmethod
    def load(cls, module_keys, language):
        """Three queries: the latest attempt asking each question per language, those
        attempts, and the modules' pages (for titles in ``language``)."""
        latest = (
            QuizItemResponse.objects.filter(attempt__module_key__in=module_keys)
            .order_by()
            .values("attempt__module_key", "question_id", "attempt__language")
            .annotate(latest=Max("attempt_id"))
        )
        wanted = defaultdict(list)
        for row in latest:
            wanted[row["latest"]].append((row["attempt__module_key"], row["question_id"]))
        attempts = QuizAttempt.objects.filter(pk__in=list(wanted)).only(
            "pk", "language", "questions", "module_title", "module_key"
        )
        snapshots = defaultdict(list)
        for attempt in attempts:
            for key in wanted[attempt.pk]:
                snapshots[key].append((attempt.language == language, attempt.pk, attempt))
        for found in snapshots.values():
            found.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
        page_titles = {}
        for key, code, title in HowToModulePage.objects.filter(
            translation_key__in=module_keys
        ).values_list("translation_key", "locale__language_code", "title"):
            if code == language:
                page_titles[key] = title
        return cls(language, snapshots, page_titles)

    def question(self, module_key, question_id):
        """(the question as last asked, its number in that quiz), or (None, None)."""
        for _here, _pk, attempt in self.snapshots.get((module_key, question_id), []):
            for number, asked in enumerate(attempt.questions or [], start=1):
                if asked.get("question_id") == question_id:
                    return asked, number
        return None, None

    def module_title(self, module_key):
        if module_key in self.page_titles:
            return self.page_titles[module_key]
        titles = [
            attempt.module_title
            for (key, _question), found in self.snapshots.items()
            if key == module_key
            for _here, _pk, attempt in found[:1]
        ]
        return titles[0] if titles else str(module_key)

    def choices(self, module_key, question_id, snapshot, chosen_ids):
        """(choice id, text, correct) in the order asked, then any choice chosen earlier
        that the latest wording no longer has (its text from an older snapshot)."""
        listed = list(snapshot["choices"]) if snapshot else []
        seen = {choice["choice_id"] for choice in listed}
        result = [(c["choice_id"], c.get("text", ""), bool(c.get("correct"))) for c in listed]
        older = {}
        for _here, _pk, attempt in self.snapshots.get((module_key, question_id), []):
            for asked in attempt.questions or []:
                if asked.get("question_id") == question_id:
                    for choice in asked.get("choices", []):
                        older.setdefault(choice["choice_id"], choice)
        for choice_id in sorted(set(chosen_ids) - seen):
            choice = older.get(choice_id)
            text = choice.get("text", "") if choice else str(_("A choice no longer in the quiz"))
            result.append((choice_id, text, bool(choice and choice.get("correct"))))
        return result
