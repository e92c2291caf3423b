"""How resources joins the admin and the portal: snippets, demo, a center's page."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from portal.center_sections import CenterSection
from resources import directory
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
