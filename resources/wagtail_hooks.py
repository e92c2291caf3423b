"""How resources joins the admin and the portal: snippets, demo, a center's page."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from portal.account_menu import AccountMenuItem
from portal.center_sections import CenterSection
from portal.main_tasks import page_task
from resources import admin_views, directory, report_views, verification
from resources.models import ServicePage
from resources.search import resource_kinds
from resources.viewsets import DirectoryViewSetGroup

register_snippet(DirectoryViewSetGroup)

#: How many services a center's page shows before "See all".
CENTER_SERVICES = 6


@hooks.register("load_demo")
def load_resources_demo(tree, log):
    """`manage.py load_demo`: categories, organizations, places, services, opportunities.

    Imported here, when asked: the demo needs the "demo" extra, which production leaves out.
    """
    from resources.demo.loader import load_resources

    log(load_resources(tree))


@hooks.register("account_menu_items")
def saved_services_menu_item(request):
    """ "My saved services" for everyone signed in."""
    return [AccountMenuItem(_("My saved services"), "resources:saved", order=30)]


@hooks.register("center_page_sections")
def services_near_center(center, request):
    """Services at the center or in its region, with a link to the filtered directory."""
    found = directory.near_center_listing(center, limit=CENTER_SERVICES)
    if found is None:
        return None
    services, total, directory_page = found
    html = render_to_string(
        "resources/includes/center_services.html",
        {"services": services, "total": total, "directory": directory_page, "center": center},
        request=request,
    )
    return CenterSection(heading=_("Community services near this center"), html=html, order=20)


# --- "still correct": one click stamps a listing's verification date ---


@hooks.register("register_admin_urls")
def register_directory_admin_urls():
    return admin_views.admin_urls()


def _confirm_button(page, user, next_url, priority):
    specific = page.specific_deferred if hasattr(page, "specific_deferred") else page
    if not isinstance(specific, ServicePage) or not verification.may_verify(user, specific):
        return
    url = reverse("resources_confirm_listing", args=[page.pk])
    if next_url:
        url += "?" + urlencode({"next": next_url})
    yield Button(_("Confirm it is still correct"), url, icon_name="tick", priority=priority)


@hooks.register("register_page_header_buttons")
def confirm_listing_header_button(page, user, view_name, next_url=None):
    yield from _confirm_button(page, user, next_url, priority=12)


@hooks.register("register_page_listing_more_buttons")
def confirm_listing_more_button(page, user, next_url=None):
    yield from _confirm_button(page, user, next_url, priority=3)


# --- reports for family-engagement staff: listings to check, expired opportunities ---


def _review_menu_item(index):
    return lambda: report_views.menu_items()[index]


for _index in range(len(report_views.REPORTS)):
    hooks.register("register_reports_menu_item", _review_menu_item(_index))


@hooks.register("construct_homepage_panels")
def waiting_for_staff_panel(request, panels):
    report_views.homepage_panels(request, panels)


@hooks.register("main_tasks")
def find_help_task(request):
    """The first screen's "Find help near you" (portal/main_tasks.py)."""
    return page_task(
        "help",
        "resources.DirectoryPage",
        _("Find help near you"),
        _("Food, health, housing, tutoring and more, free or low cost, in your language."),
        order=20,
    )


hooks.register("search_kinds", resource_kinds)
