"""What of portal's own pages the search page finds: general pages and centers."""

from django.utils.translation import gettext_lazy as _

from portal.models import CenterIndexPage, CenterPage, StandardPage

from .entries import Entry, SearchKind, Tag


def describe_center(center):
    lines = [center.full_address]
    if center.phone:
        lines.append(center.phone.as_national)
    tags = []
    if center.region_id:
        region = center.region
        tags.append(Tag("region", str(region.translation_key), region.name))
    return Entry(facts={"lines": lines}, tags=tags)


def portal_kinds():
    return [
        SearchKind(
            "center", _("Family Engagement Centers"), CenterPage, describe_center, 60, _("Center")
        ),
        SearchKind("page", _("Pages"), StandardPage, None, 90, _("Page")),
        SearchKind("page", _("Pages"), CenterIndexPage, None, 90, _("Page")),
    ]
