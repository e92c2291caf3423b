"""How events joins the admin and the portal: menus, demo, a center's page, the account menu."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from events import admin_views, calendar, report_views
from events.search import event_kinds
from events.viewsets import EventsViewSetGroup
from portal.account_menu import AccountMenuItem
from portal.center_sections import CenterSection
from portal.home_sections import HomeSection
from portal.main_tasks import page_task

register_snippet(EventsViewSetGroup)

#: How many dates a center's page shows, and the home page.
CENTER_DATES = 4
HOME_DATES = 3


@hooks.register("load_demo")
def load_events_demo(tree, log):
    """`manage.py load_demo`: a school year of workshops, with registrations and check-ins.

    Imported here, when asked: the demo needs the "demo" extra, which production leaves out.
    """
    from events.demo.loader import load_events

    log(load_events(tree))


@hooks.register("account_menu_items")
def my_events_menu_item(request):
    return [AccountMenuItem(_("My events"), "events:my_events", order=25)]


@hooks.register("center_page_sections")
def workshops_at_center(center, request):
    """The center's next workshops, with a link to its part of the calendar."""
    found = calendar.at_center(center, limit=CENTER_DATES)
    if found is None:
        return None
    date_cards, index = found
    html = render_to_string(
        "events/includes/center_events.html",
        {"date_cards": date_cards, "index": index, "center": center},
        request=request,
    )
    return CenterSection(heading=_("Upcoming workshops at this center"), html=html, order=10)


@hooks.register("home_page_sections")
def next_events_on_home(home, request):
    """The next few dates of the language, with a link to the calendar."""
    index = calendar.index_for(home.locale_id)
    date_cards = calendar.upcoming_for_home(home.locale_id, limit=HOME_DATES) if index else []
    if not date_cards:
        return None
    html = render_to_string(
        "events/includes/home_events.html",
        {"date_cards": date_cards, "index": index},
        request=request,
    )
    return HomeSection(heading=_("Coming up: workshops and events"), html=html, order=10)


@hooks.register("register_admin_urls")
def register_events_admin_urls():
    return admin_views.admin_urls()


# --- event reports (events/report_views.py): workshops, committee training, survey answers ---


@hooks.register("register_admin_urls")
def register_event_report_urls():
    """/admin/event-reports/: workshops and attendance, committee training, survey answers."""
    return report_views.admin_urls()


def _event_report_menu_item(name):
    return lambda: report_views.menu_item(name)


for _report in ("workshops", "committees", "surveys"):
    hooks.register("register_reports_menu_item", _event_report_menu_item(_report))


@hooks.register("main_tasks")
def workshops_task(request):
    """The first screen's "Workshops and events" (portal/main_tasks.py)."""
    return page_task(
        "workshops",
        "events.EventIndexPage",
        _("Workshops and events"),
        _("Free Parent University workshops and classes, near you and online."),
        order=30,
    )


hooks.register("search_kinds", event_kinds)
