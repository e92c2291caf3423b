"""The directory's figures, registered with ``portal.metrics``.

They count listings, not people, so nothing about a person can be read from them
and ``portal.metrics.value_of`` shows them unsuppressed (``about_people=False``).
They describe the directory as it is today, whatever school year the Figures page
shows. A service counts once for its English and Spanish copies (by translation
key); in a language's figure, the services whose staff speak it; in a region's,
the services with a place in it plus those by phone or online (as the filter
does); schools have no figure.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.metrics import Measured, Metric, register
from portal.suppression import EVERYONE, LANGUAGE, REGION, Group
from resources import directory
from resources.models import Location, OpportunityPage, ServicePage


def _listed():
    return ServicePage.objects.live().filter(status__in=directory.LISTED_STATUSES)


def _services_by_group(layout) -> dict[Group, dict]:
    """Each group's services: {translation key: last verified date} (three queries)."""
    services: dict = {}
    for key, verified in _listed().values_list("translation_key", "assured_date"):
        # Both copies are stamped together; the later date counts if they ever differ.
        if key not in services or (verified and (services[key] or verified) <= verified):
            services[key] = verified
    online = set(_listed().filter(delivered_online=True).values_list("translation_key", flat=True))
    groups: dict[Group, dict] = defaultdict(dict)
    groups[EVERYONE] = services
    spoken = _listed().values_list("translation_key", "languages__code")
    for key, code in spoken:
        if code in layout.languages:
            groups[Group(LANGUAGE, code)][key] = services[key]
    places = Location.objects.filter(services__in=_listed(), region__isnull=False).values_list(
        "services__translation_key", "region__translation_key"
    )
    regions = {str(key) for key in layout.schools_by_region}
    for key, region in places:
        if str(region) in regions and key in services:
            groups[Group(REGION, str(region))][key] = services[key]
    for region in regions:
        for key in online:
            groups[Group(REGION, region)][key] = services[key]
    return groups


def _measure(value_of):
    def compute(year, audience, layout):
        return {
            group: Measured(value_of(found), people=0)
            for group, found in _services_by_group(layout).items()
        }

    return compute


def _verified_since():
    return timezone.localdate() - timedelta(days=directory.stale_after_days())


def _verified_share(found) -> float | None:
    if not found:
        return None
    since = _verified_since()
    fresh = sum(1 for verified in found.values() if verified is not None and verified >= since)
    return fresh / len(found)


def _stale(found) -> int:
    since = _verified_since()
    return sum(1 for verified in found.values() if verified is None or verified < since)


def _open_opportunities(year, audience, layout):
    today = timezone.localdate()
    keys = set(
        OpportunityPage.objects.live()
        .filter(expires_on__gte=today)
        .values_list("translation_key", flat=True)
    )
    return {EVERYONE: Measured(len(keys), people=0)}


register(
    Metric(
        key="directory_services",
        label=_("Community services listed"),
        compute=_measure(len),
        app_label="resources",
        description=_(
            "Live services in the directory today (active or temporarily closed). For a "
            "language: those whose staff speak it; for a region: those with a place there, "
            "or by phone or online."
        ),
        order=300,
        about_people=False,
    )
)
register(
    Metric(
        key="directory_verified_share",
        label=_("Listings verified recently"),
        compute=_measure(_verified_share),
        app_label="resources",
        description=_("Share of listed services checked within the stale-listing period."),
        kind="percent",
        order=310,
        about_people=False,
    )
)
register(
    Metric(
        key="directory_stale",
        label=_("Stale listings"),
        compute=_measure(_stale),
        app_label="resources",
        description=_("Listed services not checked within the stale-listing period, or never."),
        order=320,
        about_people=False,
    )
)
register(
    Metric(
        key="directory_open_opportunities",
        label=_("Open opportunities"),
        compute=_open_opportunities,
        app_label="resources",
        description=_("Programs listed whose application period has not ended."),
        order=330,
        about_people=False,
    )
)
