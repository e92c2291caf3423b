"""The event reports in the Wagtail admin (Reports menu), with CSV and XLSX export.

Thin views on ``portal.reports.FilteredReportView``: the filter form gives an
``EventFilters``, ``events/reports.py`` turns it into rows of the year's suppressed
table, and each view only writes them for the page and the spreadsheet. The hooks in
``events/wagtail_hooks.py`` add the URLs and one Reports-menu item per report.
"""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem

from events.report_filters import EventReportFilterSet, SurveyAnswersFilterSet
from events.reports import committee_rows, summary_rows
from events.survey_answers import comments, survey_rows
from portal.reports import FilteredReportView
from portal.suppression import format_count, format_decimal, format_percent, suppressed_text

#: Who may read and export the event reports (family-engagement staff: migration 0002).
REPORT_PERMISSION = "events.view_event_reports"
#: What each report counts, in a sentence each (the README has the long version).
DEFINITIONS = [
    _(
        "Workshops held: dates that took place (not cancelled), in the school year of their "
        "start. For a region or a school, the dates held there; for a language, the dates "
        "given in it (a bilingual date in both)."
    ),
    _(
        "Registrations: confirmed registrations for the dates held (not the waitlist, not "
        "cancelled ones). No-show rate: the share of them whose person did not check in."
    ),
    _("Attendance: check-ins at the dates held, one per person per date."),
    _(
        "Attendees: each person once, whether they came with an account, as a guest or as "
        "a walk-in, matched by email or phone. First-time attendees: those whose first "
        "check-in ever was in this school year."
    ),
    _(
        "Satisfaction: answers to the short survey sent after each date held. Respondents "
        "are people, each once; satisfied means 4 or 5 out of 5 for the date overall."
    ),
    _(
        "A person counts for the school and language they gave most recently; a center's "
        "figures are those of the dates held there."
    ),
]


SATISFACTION_HEADINGS = [_("Survey respondents"), _("Satisfied (4–5 of 5)"), _("Would recommend")]
#: The survey's columns of both exports, after the attendance figures.
SATISFACTION_COLUMNS = [
    ("respondents", _("Survey respondents")),
    ("response_rate", _("Survey response rate (0–1)")),
    ("satisfied_share", _("Satisfied, 4–5 of 5 (0–1)")),
    ("mean_overall", _("Mean satisfaction (1–5)")),
    ("mean_learned", _("Mean learned something useful (1–5)")),
    ("recommend_share", _("Would recommend (0–1)")),
]


SATISFACTION_KEYS = ("satisfied_share", "mean_overall", "mean_learned", "recommend_share")


def _shown(value, hidden, write):
    if value is None:
        return suppressed_text() if hidden else "—"
    return write(value)


class EventReportView(FilteredReportView):
    """What both event reports share: permission, filters, explanation, export."""

    template_name = "events/reports/report.html"
    results_template_name = "events/reports/results.html"
    filterset_class = EventReportFilterSet
    paginate_by = None
    header_icon = "calendar"
    permission = REPORT_PERMISSION
    explanation = ""
    export_stem = "event-report"
    row_heading = _("Program")
    #: The page's column headings, in the order of ``display_row``'s cells.
    figure_headings = [
        _("Workshops held"),
        _("Registrations"),
        _("No-show rate"),
        _("Attendance (check-ins)"),
        _("Unduplicated attendees"),
        _("First-time attendees"),
        *SATISFACTION_HEADINGS,
    ]
    #: Whether the report can be narrowed to one program.
    by_program = True

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "by_program": self.by_program}

    def export_rows(self, rows):
        return [
            {
                "row": row.key,
                "label": row.label,
                "workshops_held": row.figures.workshops_held,
                "registrations": row.figures.registrations,
                "no_show_rate": row.figures.no_show_rate,
                "attendance": row.figures.attendance,
                "attendees": row.figures.attendees,
                "first_time": row.figures.first_time,
                **{key: getattr(row.figures, key) for key, _label in SATISFACTION_COLUMNS},
                "suppressed": row.figures.suppressed,
            }
            for row in rows
        ]

    def display_row(self, row):
        figures, hidden = row.figures, row.figures.hidden
        registrations = "registrations" in hidden
        attendance = "attendance" in hidden
        surveyed = "satisfaction" in hidden
        return {
            "row": row,
            "cells": [
                format_count(figures.workshops_held),
                _shown(figures.registrations, registrations, format_count),
                _shown(figures.no_show_rate, registrations, format_percent),
                _shown(figures.attendance, attendance, format_count),
                _shown(figures.attendees, attendance, format_count),
                _shown(figures.first_time, "first_time" in hidden, format_count),
                _shown(figures.respondents, surveyed, format_count),
                _shown(figures.satisfied_share, surveyed, format_percent),
                _shown(figures.recommend_share, surveyed, format_percent),
            ],
        }

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(
            definitions=DEFINITIONS,
            row_heading=self.row_heading,
            figure_headings=self.figure_headings,
        )
        return context


class WorkshopsReportView(EventReportView):
    page_title = _("Workshops and attendance")
    index_url_name = "events_reports:workshops"
    index_results_url_name = "events_reports:workshops_results"
    export_stem = "workshops-and-attendance"
    explanation = _(
        "For each program and all of them together: the workshops and classes held in the "
        "school year, their registrations and no-shows, the check-ins, and the people who "
        "came, each counted once."
    )
    export_columns = [
        ("row", _("Row key")),
        ("label", _("Program")),
        ("workshops_held", _("Workshops held")),
        ("registrations", _("Registrations")),
        ("no_show_rate", _("No-show rate (0–1)")),
        ("attendance", _("Attendance (check-ins)")),
        ("attendees", _("Unduplicated attendees")),
        ("first_time", _("First-time attendees")),
        *SATISFACTION_COLUMNS,
        ("suppressed", _("Suppressed")),
    ]

    def report_rows(self, filters):
        return summary_rows(filters)


class CommitteeTrainingReportView(EventReportView):
    page_title = _("Committee members trained")
    header_icon = "group"
    index_url_name = "events_reports:committees"
    index_results_url_name = "events_reports:committees_results"
    export_stem = "committee-members-trained"
    row_heading = _("Committee")
    figure_headings = [
        _("Trainings held"),
        _("Registrations"),
        _("No-show rate"),
        _("Attendance (check-ins)"),
        _("Members trained"),
        _("First-time attendees"),
        *SATISFACTION_HEADINGS,
    ]
    by_program = False
    explanation = _(
        "Parent committee training in the school year, for all committees together and "
        "committee by committee: the trainings held, registrations, check-ins, and the "
        "members trained, each counted once."
    )
    export_columns = [
        ("row", _("Row key")),
        ("label", _("Committee")),
        ("workshops_held", _("Trainings held")),
        ("registrations", _("Registrations")),
        ("no_show_rate", _("No-show rate (0–1)")),
        ("attendance", _("Attendance (check-ins)")),
        ("attendees", _("Members trained")),
        ("first_time", _("First-time attendees")),
        *SATISFACTION_COLUMNS,
        ("suppressed", _("Suppressed")),
    ]

    def report_rows(self, filters):
        return committee_rows(filters)


class SurveyAnswersReportView(EventReportView):
    """The post-event survey per event, and the comments people wrote (without names)."""

    page_title = _("Survey answers")
    header_icon = "comment"
    results_template_name = "events/reports/survey_results.html"
    filterset_class = SurveyAnswersFilterSet
    index_url_name = "events_reports:surveys"
    index_results_url_name = "events_reports:surveys_results"
    export_stem = "event-survey-answers"
    row_heading = _("Event")
    figure_headings = [
        _("Dates held"),
        _("Surveys sent"),
        _("Respondents"),
        _("Satisfied (4–5 of 5)"),
        _("Mean satisfaction (1–5)"),
        _("Mean learned something useful (1–5)"),
        _("Would recommend"),
    ]
    explanation = _(
        "After each date, the people checked in with an email get a three-question survey "
        "in their language. Here are its answers for each event held in the school year, "
        "and the newest comments, without names."
    )
    export_columns = [
        ("row", _("Row key")),
        ("label", _("Event")),
        ("dates_held", _("Dates held")),
        ("invited", _("Surveys sent")),
        ("responses", _("Answers")),
        ("respondents", _("Respondents")),
        ("satisfied_share", _("Satisfied, 4–5 of 5 (0–1)")),
        ("mean_overall", _("Mean satisfaction (1–5)")),
        ("mean_learned", _("Mean learned something useful (1–5)")),
        ("recommend_share", _("Would recommend (0–1)")),
        ("suppressed", _("Suppressed")),
    ]

    def report_rows(self, filters):
        return survey_rows(filters)

    def export_rows(self, rows):
        def figures(row):
            found = row.figures
            if found is None:  # hidden: the cells are empty
                return dict.fromkeys(("invited", "responses", "respondents", *SATISFACTION_KEYS))
            return {
                "invited": found.invited,
                "responses": found.responses,
                "respondents": found.respondents,
                "satisfied_share": found.share_satisfied,
                "mean_overall": found.mean_overall,
                "mean_learned": found.mean_learned,
                "recommend_share": found.share_recommend,
            }

        return [
            {
                "row": row.key,
                "label": row.label,
                "dates_held": row.dates_held,
                **figures(row),
                "suppressed": row.suppressed,
            }
            for row in rows
        ]

    def display_row(self, row):
        found = row.figures
        if found is None:
            hidden = [suppressed_text()] * (len(self.figure_headings) - 1)
            return {"row": row, "cells": [format_count(row.dates_held), *hidden]}

        def rate(value, write=format_percent):
            return "—" if value is None else write(value)

        return {
            "row": row,
            "cells": [
                format_count(row.dates_held),
                format_count(found.invited),
                format_count(found.respondents),
                rate(found.share_satisfied),
                rate(found.mean_overall, format_decimal),
                rate(found.mean_learned, format_decimal),
                rate(found.share_recommend),
            ],
        }

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        filters = self.report_filters
        context["comments"] = comments(filters) if filters is not None else []
        return context


REPORTS = [
    # (url name, path, view, menu label, icon)
    ("workshops", "workshops/", WorkshopsReportView, _("Workshops and attendance"), "calendar"),
    (
        "committees",
        "committee-training/",
        CommitteeTrainingReportView,
        _("Committee members trained"),
        "group",
    ),
    ("surveys", "survey-answers/", SurveyAnswersReportView, _("Survey answers"), "comment"),
]
MENU_ORDER = 1550  # after the learning reports, before the directory's

urlpatterns = []
for name, route, view, _label, _icon in REPORTS:
    urlpatterns += [
        path(route, view.as_view(), name=name),
        path(f"{route}results/", view.as_view(results_only=True), name=f"{name}_results"),
    ]


def admin_urls():
    """For the ``register_admin_urls`` hook: /admin/event-reports/…"""
    return [
        path("event-reports/", include((urlpatterns, "events_reports"), namespace="events_reports"))
    ]


class EventReportMenuItem(MenuItem):
    """Shown only to people who may read the event reports."""

    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


def menu_item(name):
    """The Reports-menu item of one report, for the ``register_reports_menu_item`` hook."""
    for order, (url_name, _route, _view, label, icon) in enumerate(REPORTS):
        if url_name == name:
            return EventReportMenuItem(
                label,
                reverse(f"events_reports:{url_name}"),
                name=f"events-{url_name}",
                icon_name=icon,
                order=MENU_ORDER + order,
            )
    raise KeyError(name)
