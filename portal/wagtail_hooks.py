from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from portal import dashboard
from portal.main_tasks import page_task
from portal.search.portal_kinds import portal_kinds
from portal.viewsets import DistrictViewSetGroup

register_snippet(DistrictViewSetGroup)


# --- Figures: every app's registered metrics (portal/dashboard.py) ---


@hooks.register("register_admin_urls")
def register_figures_urls():
    """/admin/figures/: the registered metrics for a school year, with filters and CSV."""
    return dashboard.admin_urls()


@hooks.register("register_admin_menu_item")
def register_figures_menu_item():
    return dashboard.menu_item()


@hooks.register("construct_homepage_panels")
def add_figures_panel(request, panels):
    dashboard.homepage_panels(request, panels)


@hooks.register("main_tasks")
def your_center_task(request):
    """The first screen's "Your Family Engagement Center" (portal/main_tasks.py)."""
    return page_task(
        "center",
        "portal.CenterIndexPage",
        _("Your Family Engagement Center"),
        _("Visit or call for help in English and Spanish, one on one."),
        order=40,
    )


hooks.register("search_kinds", portal_kinds)
