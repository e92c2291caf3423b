"""Other apps list what they offer on a center's page through the `center_page_sections` hook."""

from django.utils.html import format_html

from wagtail import hooks

from portal.center_sections import CenterSection
from tests.factories import CenterPageFactory


def upcoming_workshops(center, request):
    if center.slug != "north":
        return None  # nothing to show at other centers
    return CenterSection("Upcoming workshops", format_html("<p>{}</p>", "Parent Portal class"), 10)


def resources(center, request):
    return CenterSection("Resources nearby", format_html("<p>{}</p>", "Food bank"), 20)


def test_registered_sections_render_in_order(client, site_tree):
    CenterPageFactory(parent=site_tree["centers"], title="North", slug="north")
    with (
        hooks.register_temporarily("center_page_sections", resources),
        hooks.register_temporarily("center_page_sections", upcoming_workshops),
    ):
        html = client.get("/en/centers/north/").content.decode()
    assert html.index("Upcoming workshops") < html.index("Resources nearby")
    assert "<p>Parent Portal class</p>" in html
    assert 'aria-labelledby="center-section-1"' in html


def test_a_section_with_nothing_to_show_is_left_out(client, site_tree):
    CenterPageFactory(parent=site_tree["centers"], title="South", slug="south")
    with hooks.register_temporarily("center_page_sections", upcoming_workshops):
        html = client.get("/en/centers/south/").content.decode()
    assert "Upcoming workshops" not in html
    assert "center-section" not in html
