"""Admin URLs and Reports-menu items of the learning reports (registered in wagtail_hooks)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem

from . import views

REPORTS = [
    # (url name, path, view, menu label, icon)
    ("funnel", "funnel/", views.PathwayFunnelView, _("Pathway funnel"), "list-ol"),
    ("quiz_items", "quiz-questions/", views.QuizItemsView, _("Quiz questions"), "help"),
    (
        "quiz_by_school",
        "quiz-questions-by-school/",
        views.QuizItemsBySchoolView,
        _("Quiz questions by school"),
        "site",
    ),
    (
        "self_efficacy",
        "self-efficacy/",
        views.SelfEfficacyChangeView,
        _("Self-efficacy change"),
        "pick",
    ),
]
MENU_ORDER = 1500  # after Wagtail's own reports

urlpatterns = []
for name, route, view, _label, _icon in REPORTS:
    urlpatterns += [
        path(route, view.as_view(), name=name),
        path(f"{route}results/", view.as_view(results_only=True), name=f"{name}_results"),
    ]


def admin_urls():
    """For the ``register_admin_urls`` hook."""
    return [
        path(
            "learning-reports/",
            include((urlpatterns, "pathways_reports"), namespace="pathways_reports"),
        )
    ]


class LearningReportMenuItem(MenuItem):
    """Shown only to people who may read the learning reports."""

    def is_shown(self, request):
        return request.user.has_perm(views.REPORT_PERMISSION)


def menu_item(name):
    """The Reports-menu item of one report, for the ``register_reports_menu_item`` hook."""
    for order, (url_name, _route, _view, label, icon) in enumerate(REPORTS):
        if url_name == name:
            return LearningReportMenuItem(
                label,
                reverse(f"pathways_reports:{url_name}"),
                name=f"learning-{url_name.replace('_', '-')}",
                icon_name=icon,
                order=MENU_ORDER + order,
            )
    raise KeyError(name)
