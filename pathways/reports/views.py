"""The learning reports in the Wagtail admin (Reports menu), with CSV and XLSX export.

Thin views on ``portal.reports.FilteredReportView``: the filter form (``ReportFilterSet``)
gives a ``ReportFilters``, a plain report function turns it into rows (already
suppressed), and each view only formats them for the page and the spreadsheet.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from portal.reports import FilteredReportView

from .filters import ReportFilterSet
from .formatting import show_count, show_number, show_share
from .funnel import pathway_funnel
from .quiz_items import quiz_item_analysis, quiz_items_by_school
from .self_efficacy import self_efficacy_change

#: Who may read and export the learning reports (pathways migration 0004).
REPORT_PERMISSION = "pathways.view_learning_reports"


class LearningReportView(FilteredReportView):
    """What every learning report shares: permission, filters, explanation, export."""

    template_name = "pathways/reports/report.html"
    filterset_class = ReportFilterSet
    paginate_by = None
    header_icon = "table"
    #: A short explanation of what the report counts (shown above the results).
    explanation = ""
    #: The stem of the exported file's name, before the school year.
    export_stem = "learning-report"
    permission = REPORT_PERMISSION
    #: Whether the report can be narrowed to one language (not when it lists schools).
    by_language = True

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "by_language": self.by_language}


# --------------------------------------------------------------------------
# Pathway funnel
# --------------------------------------------------------------------------


class PathwayFunnelView(LearningReportView):
    page_title = _("Pathway funnel")
    header_icon = "list-ol"
    results_template_name = "pathways/reports/funnel_results.html"
    index_url_name = "pathways_reports:funnel"
    index_results_url_name = "pathways_reports:funnel_results"
    export_stem = "pathway-funnel"
    explanation = _(
        "People who started each pathway in the period (in either language), how many "
        "of them completed each step of the pathway as it is now, and how many completed "
        "the pathway. Shares are of the people enrolled; the median time to complete runs "
        "from starting to completing, in days."
    )
    export_columns = [
        ("pathway_key", _("Pathway key")),
        ("pathway_title", _("Pathway")),
        ("stage_number", _("Stage number")),
        ("stage", _("Stage")),
        ("enrolled", _("People enrolled")),
        ("people", _("People")),
        ("share_of_enrolled", _("Share of enrolled (0–1)")),
        ("median_days", _("Median days to complete")),
        ("suppressed", _("Suppressed")),
    ]

    def report_rows(self, filters):
        return pathway_funnel(filters)

    def display_row(self, row):
        share_hidden = row.people is None or row.enrolled is None
        return {
            "row": row,
            "people": show_count(row.people, row.suppressed),
            "share": show_share(row.share_of_enrolled, share_hidden),
            "median_days": (
                show_number(row.median_days, row.suppressed, decimals=1)
                if row.kind == "completed"
                else ""
            ),
        }


# --------------------------------------------------------------------------
# Quiz item analysis, overall and by school
# --------------------------------------------------------------------------

QUIZ_FIRST_ATTEMPTS = _(
    "Each person's first attempt only, the usual measure of how hard a question is: "
    "retakes come after the feedback. English and Spanish answers count together."
)


class QuizItemsView(LearningReportView):
    page_title = _("Quiz questions")
    header_icon = "help"
    results_template_name = "pathways/reports/quiz_items_results.html"
    index_url_name = "pathways_reports:quiz_items"
    index_results_url_name = "pathways_reports:quiz_items_results"
    paginate_by = 50
    export_stem = "quiz-questions"
    explanation = _(
        "For each quiz question answered in the period: how many people answered it, the "
        "share who answered correctly, and the share who chose each answer (several answers "
        "may be chosen in a multiple-choice question). Hardest questions first."
    )
    method_note = QUIZ_FIRST_ATTEMPTS
    export_columns = [
        ("module_key", _("Module key")),
        ("module_title", _("Module")),
        ("question_number", _("Question number")),
        ("question_id", _("Question id")),
        ("prompt", _("Question")),
        ("people", _("People who answered")),
        ("share_correct", _("Share correct (0–1)")),
        ("choice_id", _("Answer id")),
        ("choice_text", _("Answer")),
        ("choice_correct", _("Correct answer")),
        ("choice_share", _("Share who chose it (0–1)")),
        ("suppressed", _("Suppressed")),
    ]

    def report_rows(self, filters):
        return quiz_item_analysis(filters)

    def export_rows(self, rows):
        """One row per answer choice, with its question's figures repeated."""
        flat = []
        for row in rows:
            question = {
                field: getattr(row, field)
                for field in ("module_key", "module_title", "question_number", "question_id")
            }
            question.update(
                prompt=row.prompt,
                people=row.people,
                share_correct=row.share_correct,
                suppressed=row.suppressed,
            )
            for choice in row.choices or [None]:
                flat.append(
                    {
                        **question,
                        "choice_id": choice.choice_id if choice else "",
                        "choice_text": choice.text if choice else "",
                        "choice_correct": choice.correct if choice else None,
                        "choice_share": choice.share if choice else None,
                    }
                )
        return flat

    def display_row(self, row):
        return {
            "row": row,
            "people": show_count(row.people, row.suppressed),
            "share_correct": show_share(row.share_correct, row.suppressed),
            "choices": [
                {"choice": choice, "share": show_share(choice.share, row.suppressed)}
                for choice in row.choices
            ],
        }

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["method_note"] = self.method_note
        return context


class QuizItemsBySchoolView(QuizItemsView):
    page_title = _("Quiz questions by school")
    header_icon = "site"
    results_template_name = "pathways/reports/quiz_by_school_results.html"
    index_url_name = "pathways_reports:quiz_by_school"
    index_results_url_name = "pathways_reports:quiz_by_school_results"
    paginate_by = 100
    by_language = False
    export_stem = "quiz-questions-by-school"
    explanation = _(
        "The share of people who answered each quiz question correctly, school by school, "
        "to compare schools. Within each question, the schools with the lowest share "
        "come first."
    )
    export_columns = [
        ("module_key", _("Module key")),
        ("module_title", _("Module")),
        ("question_number", _("Question number")),
        ("question_id", _("Question id")),
        ("prompt", _("Question")),
        ("school_code", _("School code")),
        ("school_name", _("School")),
        ("people", _("People who answered")),
        ("share_correct", _("Share correct (0–1)")),
        ("suppressed", _("Suppressed")),
    ]

    def report_rows(self, filters):
        return quiz_items_by_school(filters)

    def export_rows(self, rows):
        return LearningReportView.export_rows(self, rows)

    def display_row(self, row):
        return {
            "row": row,
            "people": show_count(row.people, row.suppressed),
            "share_correct": show_share(row.share_correct, row.suppressed),
        }


# --------------------------------------------------------------------------
# Self-efficacy change (the figures come from self_efficacy.py)
# --------------------------------------------------------------------------

#: The ChangeRow fields, in order: (field, heading, how the page shows it).
CHANGE_COLUMNS = [
    ("instrument_key", _("Survey key"), None),
    ("instrument_name", _("Survey"), "text"),
    ("pathway_key", _("Pathway key (empty: all pathways)"), None),
    ("pathway_title", _("Pathway"), "text"),
    ("subscale_key", _("Subscale key"), None),
    ("subscale_label", _("Subscale"), "text"),
    ("paired_n", _("People with before and after"), "count"),
    ("mean_before", _("Mean before"), "number"),
    ("mean_after", _("Mean after"), "number"),
    ("mean_change", _("Mean change"), "number"),
    ("d_z", _("Effect size (d_z)"), "number"),
    ("ci_low", _("95% CI low"), "number"),
    ("ci_high", _("95% CI high"), "number"),
    ("share_improved", _("Share improved"), "share"),
    ("before_responses", _("Before responses"), "count"),
    ("after_responses", _("After responses"), "count"),
    ("enrolled", _("People enrolled"), "count"),
    ("before_rate", _("Before response rate"), "share"),
    ("after_rate", _("After response rate"), "share"),
    ("suppressed", _("Suppressed"), None),
]
SHOW = {"count": show_count, "number": show_number, "share": show_share}
#: The counts each figure of a change row is built on: hidden when one of them is.
BUILT_ON = {
    "before_rate": ("before_responses", "enrolled"),
    "after_rate": ("paired_n", "before_responses"),
    "before_responses": ("before_responses",),
    "after_responses": ("after_responses",),
    "enrolled": ("enrolled",),
}


def change_figure_hidden(row, field):
    """Whether a change row's figure is hidden (not merely absent, like d_z of one pair)."""
    counts = BUILT_ON.get(field, ("paired_n",))
    return any(getattr(row, count) is None for count in counts)


class SelfEfficacyChangeView(LearningReportView):
    page_title = _("Self-efficacy change")
    header_icon = "pick"
    results_template_name = "pathways/reports/self_efficacy_results.html"
    index_url_name = "pathways_reports:self_efficacy"
    index_results_url_name = "pathways_reports:self_efficacy_results"
    export_stem = "self-efficacy-change"
    explanation = _(
        "How confident people felt before and after a pathway, on each survey's scale. "
        "Answers are paired within one enrollment (the same person and pathway): the "
        "earliest “before” with the latest “after” given after it. “All pathways” pools "
        "every pathway that uses the survey, each person once (the pathway they measured "
        "first). The effect size d_z is the mean change divided by the spread of the "
        "changes, with its 95 percent confidence interval. Response rates are of the "
        "people enrolled."
    )
    export_columns = [(field, heading) for field, heading, _show in CHANGE_COLUMNS]

    def report_rows(self, filters):
        return self_efficacy_change(filters)

    def display_row(self, row):
        cells = [
            SHOW[kind](getattr(row, field), change_figure_hidden(row, field))
            for field, _heading, kind in CHANGE_COLUMNS
            if kind not in (None, "text")
        ]
        return {
            "row": row,
            "cells": cells,
            "overall": row.subscale_key == "overall",
            "pooled": not row.pathway_key,
        }

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["figure_headings"] = [
            heading for _field, heading, kind in CHANGE_COLUMNS if kind not in (None, "text")
        ]
        return context
