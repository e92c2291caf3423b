"""The directory's rules: which services a family sees, filtered, and what each shows.

Plain functions shared by the pages, the center sections, the saved list and the
API. They never import the page classes (pages import this module); the models
come from the app registry. Every listing is built with a fixed number of
queries, however many services there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils import timezone

from portal import page_cache
from portal.models.pages import public_only
from resources.hours import Hours, local_now
from resources.kinds import AUDIENCE_FIELDS, Status

#: Statuses a family can still act on; the others leave the public lists.
LISTED_STATUSES = (Status.ACTIVE, Status.TEMPORARILY_CLOSED)


def model(name):
    return apps.get_model("resources", name)


def stale_after_days() -> int:
    return int(getattr(settings, "RESOURCES_STALE_AFTER_DAYS", 180))


def is_stale(service, today=None) -> bool:
    """Not verified within the configured number of days (or never)."""
    today = today or timezone.localdate()
    return service.assured_date is None or (
        service.assured_date < today - timedelta(days=stale_after_days())
    )


# --- hours ---------------------------------------------------------------------------------


def hours_of(service) -> list[Hours]:
    """The service's own hours, or else those of each of its places (prefetched)."""
    own = service.own_hours
    if own:
        return [own]
    return [hours for hours in (place.opening_hours for place in service.locations.all()) if hours]


def is_open(service, moment=None) -> bool:
    """Open now (or at ``moment``) at any of its places, in the district's time zone."""
    if service.status != Status.ACTIVE:
        return False
    return any(hours.is_open(moment) for hours in hours_of(service))


# --- the vocabulary in the page's language (cached until the next publish) ----------------


def categories_by_key(locale_id) -> dict:
    """Each category's translation key → the category in this language (or the original)."""

    def build():
        found = {}
        for category in model("ServiceCategory").objects.order_by("sort_order", "name"):
            if category.locale_id == locale_id or category.translation_key not in found:
                found[category.translation_key] = category
        return found

    return page_cache.until_publish(("resources-categories", locale_id), build)


def regions_by_key(locale_id) -> dict:
    def build():
        region_model = apps.get_model("portal", "Region")
        found = {}
        for region in region_model.objects.order_by("sort_order", "name"):
            if region.locale_id == locale_id or region.translation_key not in found:
                found[region.translation_key] = region
        return found

    return page_cache.until_publish(("resources-regions", locale_id), build)


@dataclass
class FilterOptions:
    categories: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    centers: list = field(default_factory=list)
    languages: list = field(default_factory=list)


def filter_options(locale_id) -> FilterOptions:
    """What a family can filter by in this language (cached until the next publish)."""

    def build():
        centers = (
            apps.get_model("portal", "CenterPage")
            .objects.live()
            .filter(locale_id=locale_id)
            .select_related("region")
            .order_by("is_district_center", "title")
        )
        return FilterOptions(
            categories=list(categories_by_key(locale_id).values()),
            regions=list(regions_by_key(locale_id).values()),
            centers=[
                Center(
                    slug=center.slug,
                    title=center.title,
                    key=center.translation_key,
                    region_key=center.region.translation_key if center.region_id else None,
                )
                for center in centers
            ],
            languages=list(
                apps.get_model("portal", "Language").objects.order_by("sort_order", "name")
            ),
        )

    return page_cache.until_publish(("resources-filters", locale_id), build)


@dataclass(frozen=True)
class Center:
    """A Family Engagement Center as the directory's "near a center" filter needs it."""

    slug: str
    title: str
    key: object
    region_key: object = None


# --- finding services ---------------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryFilters:
    """What a family asked for; every field optional (see ``resources/forms.py``)."""

    q: str = ""
    category_key: object = None
    language: str = ""
    region_key: object = None
    center: Center | None = None
    cost: str = ""
    audience: str = ""
    open_now: bool = False

    @property
    def any(self) -> bool:
        return bool(
            self.q
            or self.category_key
            or self.language
            or self.region_key
            or self.center
            or self.cost
            or self.audience
            or self.open_now
        )


def listed_services(locale_id):
    """Live services of a language that a family can still use."""
    return public_only(
        model("ServicePage").objects.live().filter(locale_id=locale_id, status__in=LISTED_STATUSES)
    )


def near_center(center: Center) -> Q:
    """At the center, or at a place in its region; a district-wide center: at it, or online."""
    at_center = Q(locations__center__translation_key=center.key)
    if center.region_key:
        return at_center | Q(locations__region__translation_key=center.region_key)
    return at_center | Q(delivered_online=True)


def search_words(text: str) -> str:
    """Words as the search backend can take them: double quotes dropped (SQLite's full-text
    search reads an odd one as an unterminated phrase and fails; no family needs them)."""
    return " ".join((text or "").replace('"', " ").split())


def filtered(services, filters: DirectoryFilters):
    """``services`` narrowed by every filter the database can answer (not "open now")."""
    if filters.category_key:
        services = services.filter(categories__translation_key=filters.category_key)
    if filters.language:
        services = services.filter(languages__code=filters.language)
    if filters.region_key:
        services = services.filter(
            Q(locations__region__translation_key=filters.region_key) | Q(delivered_online=True)
        )
    if filters.center:
        services = services.filter(near_center(filters.center))
    if filters.cost:
        services = services.filter(cost=filters.cost)
    if filters.audience in AUDIENCE_FIELDS:
        services = services.filter(**{AUDIENCE_FIELDS[filters.audience]: True})
    words = search_words(filters.q)
    if words:
        found = services.model.objects.filter(pk__in=services.values("pk")).search(
            words, operator="and"
        )
        services = services.filter(pk__in=[page.pk for page in found])
    return services.distinct()


def find_services(locale_id, filters: DirectoryFilters, moment=None) -> list:
    """The services to list, in order, ready for their cards (a fixed number of queries)."""
    services = filtered(listed_services(locale_id), filters).order_by("title")
    if filters.open_now:
        services = prepared(services, locale_id)
        return [service for service in services if is_open(service, moment)]
    return list(services)


def prepared(services, locale_id, organization=None, also=()) -> list:
    """Services with their organization, categories, languages and places loaded.

    Four queries for any number of services: the services with their places (and the
    places' regions) prefetched, categories and languages prefetched, and their
    organizations by path (in the same query as those of the pages in ``also``,
    such as the opportunities shown beside them).
    """
    services = list(services)
    prefetch_related_objects(
        services,
        "categories",
        "languages",
        Prefetch(
            "locations",
            queryset=model("Location").objects.select_related("region").order_by("sort_order"),
        ),
    )
    if organization is None:
        attach_organizations([*services, *also])
    else:
        for service in services:
            service.__dict__["_organization"] = organization
    categories = categories_by_key(locale_id)
    regions = regions_by_key(locale_id)
    for service in services:
        service.category_list = [
            categories.get(category.translation_key, category)
            for category in service.categories.all()
        ]
        for place in service.locations.all():
            place.region_label = (
                regions.get(place.region.translation_key, place.region).name
                if place.region_id
                else ""
            )
    return services


def attach_organizations(services):
    """Set each service's organization from one query (its parent, by path)."""
    organization_model = model("OrganizationPage")
    paths = {service.path[: -organization_model.steplen] for service in services}
    by_path = {org.path: org for org in organization_model.objects.filter(path__in=paths)}
    for service in services:
        service.__dict__["_organization"] = by_path.get(service.path[: -organization_model.steplen])


def page_of(services: list, locale_id, also=()) -> list:
    """Prepare only the services shown on this page of results (and attach the
    organizations of the pages in ``also`` in the same query)."""
    needs = [service for service in services if "category_list" not in service.__dict__]
    if needs:
        prepared(needs, locale_id, also=also)
    elif also:
        attach_organizations(also)
    return services


def services_of(organization) -> list:
    """An organization's live services, for its page."""
    services = listed_services(organization.locale_id).child_of(organization).order_by("title")
    return prepared(services, organization.locale_id, organization=organization)


def opportunities_of(organization, today=None) -> list:
    """An organization's open opportunities, for its page (each knows its organization)."""
    today = today or timezone.localdate()
    opportunities = list(
        model("OpportunityPage")
        .objects.live()
        .child_of(organization)
        .filter(expires_on__gte=today)
        .order_by("application_deadline", "starts_on", "title")
    )
    for opportunity in opportunities:
        opportunity.__dict__["_organization"] = organization
    return opportunities


def open_opportunities(locale_id, today=None, limit=None, with_organizations=True):
    """Opportunities still open, soonest deadline first; expired ones drop out by date.

    ``with_organizations=False`` leaves their organizations for the caller to attach
    with other pages' (``page_of(..., also=...)``).
    """
    today = today or timezone.localdate()
    opportunities = public_only(
        model("OpportunityPage")
        .objects.live()
        .filter(locale_id=locale_id, expires_on__gte=today)
        .order_by("application_deadline", "expires_on", "title")
    )
    opportunities = list(opportunities[:limit] if limit else opportunities)
    if with_organizations:
        attach_organizations(opportunities)
    return opportunities


def service_details(service, moment=None) -> dict:
    """What a service's page shows beyond its fields: places, hours, open now, verification."""
    prepared([service], service.locale_id)
    now = local_now(moment)
    places = []
    for place in service.locations.all():
        hours = place.opening_hours
        places.append(
            {
                "place": place,
                "hours": hours,
                "is_open": service.status == Status.ACTIVE
                and bool(hours)
                and hours.is_open(moment),
                "closures": hours.upcoming_exceptions(now.date()),
            }
        )
    own = service.own_hours
    return {
        "categories": service.category_list,
        "places": places,
        "service_hours": own,
        "service_closures": own.upcoming_exceptions(now.date()) if own else [],
        "open_now": is_open(service, moment),
        "hours_known": bool(hours_of(service)),
        "stale": is_stale(service, now.date()),
    }


def directory_page_for(locale_id):
    """The live directory of a language, or None (cached until the next publish)."""
    return page_cache.until_publish(
        ("resources-directory", locale_id),
        lambda: model("DirectoryPage").objects.live().filter(locale_id=locale_id).first(),
    )


def near_center_listing(center_page, limit):
    """For a center's page: (the first services near it, how many, the directory) or None."""
    directory_page = directory_page_for(center_page.locale_id)
    if directory_page is None:
        return None
    center = next(
        (
            c
            for c in filter_options(center_page.locale_id).centers
            if c.key == center_page.translation_key
        ),
        None,
    )
    if center is None:
        return None
    services = list(
        filtered(listed_services(center_page.locale_id), DirectoryFilters(center=center)).order_by(
            "title"
        )
    )
    if not services:
        return None
    return prepared(services[:limit], center_page.locale_id), len(services), directory_page


def phone_for(service):
    """The number a family should call about a service (no query when prepared)."""
    if service.phone:
        return service.phone
    for place in service.locations.all():
        if place.phone:
            return place.phone
    organization = service.organization
    return organization.phone if organization is not None and organization.phone else None
