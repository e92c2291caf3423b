from wagtail import hooks
from wagtail.snippets.models import register_snippet

from portal import dashboard
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
