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
shown only when at least ``PORTAL_SMALL_CELL_THRESHOLD`` people did, and when no
other group's hidden figure could be worked out from them
(``portal/suppression.py``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pathways.models import HowToModulePage, QuizAttempt, QuizItemResponse
from portal.models import School
from portal.suppression import (
    NO_SCHOOL_RECORDED,
    SCHOOL,
    Group,
    hidden_by_row,
    layout_for_district,
    split,
)

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


def _answers(filters):
    """Every answer of every first attempt in the year (and audience), as plain values."""
    return [
        {
            "attempt": row["attempt_id"],
            "module_key": row["attempt__module_key"],
            "question_id": row["question_id"],
            "chosen": row["chosen"] or [],
            "correct": row["correct"],
            "language": row["attempt__language"],
            "school_id": row["attempt__school_id"],
        }
        for row in QuizItemResponse.objects.filter(
            attempt__in=first_attempts(filters.for_every_group())
        )
        .order_by()
        .values(
            "attempt_id",
            "attempt__module_key",
            "question_id",
            "chosen",
            "correct",
            "attempt__language",
            "attempt__school_id",
        )
    ]


def _counted(answers):
    """(module, question) → people who answered, answered right, chose each choice."""
    counted = defaultdict(lambda: {"people": 0, "right": 0, "chose": defaultdict(int)})
    for answer in answers:
        counts = counted[(answer["module_key"], answer["question_id"])]
        counts["people"] += 1
        counts["right"] += bool(answer["correct"])
        for choice_id in set(answer["chosen"]):
            counts["chose"][choice_id] += 1
    return counted


def _grouped(filters):
    """The answers' counts for every group, and which groups' counts are hidden."""
    layout = layout_for_district()
    counted = {
        group: _counted(answers) for group, answers in split(_answers(filters), layout).items()
    }
    hidden = hidden_by_row(
        {group: list(counts.items()) for group, counts in counted.items()},
        layout,
        row_key=lambda item: item[0],
        measures={"people": lambda item: item[1]["people"]},
    )
    return layout, counted, hidden


def quiz_item_analysis(filters: ReportFilters, language: str | None = None) -> list[QuestionRow]:
    """Every question answered by the group ``filters`` ask for, hardest first.

    Suppressed questions come last (ordering them by a hidden figure would
    reveal it). A question's figures are hidden for a group when its people are
    (``portal/suppression.py``). Five queries, however many questions,
    schools or people.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    _layout, counted, hidden = _grouped(filters)
    answered = counted.get(filters.group(), {})
    if not answered:
        return []
    texts = QuestionTexts.load({module for module, _question in answered}, language)
    group = filters.group()
    rows = []
    for key, counts in answered.items():
        module_key, question_id = key
        people = counts["people"]
        is_hidden = group in hidden.get((key, "people"), ())
        snapshot, number = texts.question(module_key, question_id)
        choices = tuple(
            ChoiceShare(
                choice_id=choice_id,
                text=text,
                correct=correct,
                share=None if is_hidden else counts["chose"].get(choice_id, 0) / people,
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
                people=None if is_hidden else people,
                share_correct=None if is_hidden else counts["right"] / people,
                choices=choices,
                suppressed=is_hidden,
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
    """Share correct per question and school (of the region or school chosen), to compare.

    Ordered by module and question (in quiz order); within a question, the
    schools with the lowest share correct first, suppressed ones last. Records
    without a school form a "No school recorded" row (with no place chosen). Each
    school's figure is its group's, suppressed with every other group's.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    layout, counted, hidden = _grouped(filters)
    schools = {
        str(pk): (code, name) for pk, code, name in School.objects.values_list("pk", "code", "name")
    }
    if filters.school is not None:
        wanted = [Group(SCHOOL, str(filters.school.pk))]
    elif filters.region is not None:
        region = str(filters.region.translation_key)
        wanted = [Group(SCHOOL, pk) for pk in layout.schools_by_region.get(region, [])]
    else:
        wanted = [g for g in layout.groups if g.kind == SCHOOL] + [NO_SCHOOL_RECORDED]
    cells = [
        (group, key, counts) for group in wanted for key, counts in counted.get(group, {}).items()
    ]
    if not cells:
        return []
    texts = QuestionTexts.load({key[0] for _group, key, _counts in cells}, language)
    rows = []
    for group, (module_key, question_id), counts in cells:
        is_hidden = group in hidden.get(((module_key, question_id), "people"), ())
        snapshot, number = texts.question(module_key, question_id)
        code, name = schools.get(group.key, ("", str(_("No school recorded"))))
        rows.append(
            SchoolQuestionRow(
                module_key=module_key,
                module_title=texts.module_title(module_key),
                question_id=question_id,
                question_number=number,
                prompt=snapshot["prompt"] if snapshot else "",
                school_code=code,
                school_name=name,
                people=None if is_hidden else counts["people"],
                share_correct=None if is_hidden else counts["right"] / counts["people"],
                suppressed=is_hidden,
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
