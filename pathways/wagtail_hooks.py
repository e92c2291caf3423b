from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from pathways.viewsets import LearningViewSetGroup
from portal.account_menu import AccountMenuItem

register_snippet(LearningViewSetGroup)


@hooks.register("load_demo")
def load_pathways_demo(tree, log):
    """`manage.py load_demo`: the learning area, modules, pathways and survey in both languages."""
    from pathways.demo.loader import load_pathways

    log(load_pathways(tree))


@hooks.register("account_menu_items")
def learning_menu_items(request):
    """ "My learning" for everyone signed in; a school leader's view of their staff."""
    from pathways import school_learning

    items = [AccountMenuItem(_("My learning"), "pathways:my_learning", order=20)]
    if school_learning.may_view(request.user):
        items.append(
            AccountMenuItem(_("My school's staff learning"), "pathways:school_learning", order=25)
        )
    return items


# --- reports (pathways/reports/) ---


@hooks.register("register_admin_urls")
def register_learning_report_urls():
    """/admin/learning-reports/: funnel, quiz questions (overall, by school), self-efficacy."""
    from pathways.reports.urls import admin_urls

    return admin_urls()


def _learning_report_menu_item(name):
    def menu_item():
        from pathways.reports.urls import menu_item

        return menu_item(name)

    return menu_item


for _report in ("funnel", "quiz_items", "quiz_by_school", "self_efficacy"):
    hooks.register("register_reports_menu_item", _learning_report_menu_item(_report))


# --- xAPI statements (pathways/xapi.py) ---


@hooks.register("register_admin_urls")
def register_xapi_admin_urls():
    """/admin/learning/xapi/: staff download a period's statements as JSON."""
    from pathways.xapi import admin_views

    return admin_views.admin_urls()


@hooks.register("register_reports_menu_item")
def register_xapi_menu_item():
    from pathways.xapi import admin_views

    return admin_views.menu_item()
