"""How pathways joins the admin and the portal: snippets, demo, account menu, reports, xAPI."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from pathways.placement import continue_task
from pathways.reports import urls as report_urls
from pathways.search import learning_kinds
from pathways.viewsets import LearningViewSetGroup
from pathways.xapi import admin_views as xapi_admin
from portal.account_menu import AccountMenuItem
from portal.main_tasks import page_task

register_snippet(LearningViewSetGroup)


@hooks.register("load_demo")
def load_pathways_demo(tree, log):
    """`manage.py load_demo`: the learning area, modules, pathways and survey in both languages.

    Imported here, when asked: the demo needs the "demo" extra (factory_boy), which a
    production install leaves out.
    """
    from pathways.demo.loader import load_pathways

    log(load_pathways(tree))


@hooks.register("account_menu_items")
def learning_menu_items(request):
    """ "My learning" for everyone signed in (a school leader finds their staff's from
    there, so the header stays short on a phone)."""
    return [AccountMenuItem(_("My learning"), "pathways:my_learning", order=20)]


# --- reports (pathways/reports/) ---


@hooks.register("register_admin_urls")
def register_learning_report_urls():
    """/admin/learning-reports/: funnel, quiz questions (overall, by school), self-efficacy."""
    return report_urls.admin_urls()


def _learning_report_menu_item(name):
    return lambda: report_urls.menu_item(name)


for _report in ("funnel", "quiz_items", "quiz_by_school", "self_efficacy"):
    hooks.register("register_reports_menu_item", _learning_report_menu_item(_report))


# --- xAPI statements (pathways/xapi/) ---


@hooks.register("register_admin_urls")
def register_xapi_admin_urls():
    """/admin/learning/xapi/: staff download a period's statements as JSON."""
    return xapi_admin.admin_urls()


@hooks.register("register_reports_menu_item")
def register_xapi_menu_item():
    return xapi_admin.menu_item()


# --- the first screen's tasks (portal/main_tasks.py) ---


@hooks.register("main_tasks")
def learn_task(request):
    return page_task(
        "learn",
        "pathways.LearningIndexPage",
        _("Learn step by step"),
        _("Short guides and pathways: grades, the Parent Portal, talking with teachers."),
        order=10,
    )


@hooks.register("main_tasks")
def continue_learning_task(request):
    """ "Continue where you left off": the next step of the visitor's latest pathway."""
    return continue_task(request)


hooks.register("search_kinds", learning_kinds)
