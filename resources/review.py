"""What family-engagement staff review: stale listings and expired opportunities.

Plain functions shared by the admin reports, their exports and the reminders.
One row per listing (its English and Spanish copies together, by
``translation_key``), shown in the reader's language when that copy exists. Each
list is built with a fixed number of queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone, translation

from resources import directory


@dataclass
class StaleListing:
    service: object  # the copy shown (a ServicePage), with ``organization`` attached
    last_verified: date | None
    days_since: int | None
    contacts: list  # PartnerContact, see contacts_by_organization
    reminded_on: date | None  # this period's reminder, if one was sent

    @property
    def organization_key(self):
        return self.service.organization.translation_key


@dataclass
class PartnerContact:
    """Who is reminded about an organization's listings, and in which language."""

    email: str
    language: str
    user: object | None = None  # None: the organization's own address, no account


@dataclass
class ExpiredOpportunity:
    opportunity: object
    expired_days: int


def stale_cutoff(today: date) -> date:
    return today - timedelta(days=directory.stale_after_days())


#: Reminder periods are counted from here, so every run agrees on where a period starts.
PERIODS_FROM = date(2026, 7, 1)


def period_days() -> int:
    return max(1, int(getattr(settings, "RESOURCES_REMINDER_PERIOD_DAYS", 30)))


def period_start(today: date | None = None) -> date:
    """The first day of the reminder period that ``today`` falls in."""
    today = today or timezone.localdate()
    return today - timedelta(days=(today - PERIODS_FROM).days % period_days())


def one_copy_each(pages, language: str | None = None) -> list:
    """One copy per translation key: the one in ``language`` if there is one."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    chosen: dict = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or (
            page.locale.language_code == language and current.locale.language_code != language
        ):
            chosen[page.translation_key] = page
    return list(chosen.values())


def contacts_by_organization(organization_keys) -> dict:
    """{organization key: [PartnerContact]}: its approved partners, else its own email."""
    contacts: dict = {key: [] for key in organization_keys}
    memberships = (
        directory.model("PartnerMembership")
        .objects.filter(organization__translation_key__in=organization_keys, user__is_active=True)
        .select_related("user", "organization")
        .order_by("user__email")
    )
    default = settings.LANGUAGE_CODE
    languages = dict(settings.LANGUAGES)
    for membership in memberships:
        user = membership.user
        language = user.preferred_language if user.preferred_language in languages else default
        contacts[membership.organization.translation_key].append(
            PartnerContact(user.email, language, user)
        )
    without = [key for key, found in contacts.items() if not found]
    if without:
        organizations = (
            directory.model("OrganizationPage")
            .objects.filter(translation_key__in=without)
            .exclude(email="")
            .select_related("locale")
            .order_by("locale__language_code" if default == "en" else "-locale__language_code")
        )
        for organization in organizations:
            if not contacts[organization.translation_key]:
                language = organization.locale.language_code
                contacts[organization.translation_key].append(
                    PartnerContact(organization.email, language)
                )
    return contacts


def stale_copies(today: date):
    """Every language's copy of the listed services not confirmed recently enough."""
    return (
        directory.model("ServicePage")
        .objects.live()
        .filter(status__in=directory.LISTED_STATUSES)
        .filter(Q(assured_date__isnull=True) | Q(assured_date__lt=stale_cutoff(today)))
    )


def expired_copies(today: date):
    return directory.model("OpportunityPage").objects.live().filter(expires_on__lt=today)


def stale_listings(today: date | None = None, language: str | None = None) -> list[StaleListing]:
    """Listed services not verified in the configured number of days, oldest first."""
    today = today or timezone.localdate()
    copies = stale_copies(today).select_related("locale")
    services = one_copy_each(copies, language)
    directory.attach_organizations(services)
    services = [service for service in services if service.organization is not None]
    contacts = contacts_by_organization({s.organization.translation_key for s in services})
    reminded = dict(
        directory.model("ListingReminder")
        .objects.filter(
            period_start=period_start(today),
            service_key__in=[service.translation_key for service in services],
        )
        .values_list("service_key", "sent_at")
    )
    rows = [
        StaleListing(
            service=service,
            last_verified=service.assured_date,
            days_since=(today - service.assured_date).days if service.assured_date else None,
            contacts=contacts[service.organization.translation_key],
            reminded_on=(
                timezone.localtime(reminded[service.translation_key]).date()
                if service.translation_key in reminded
                else None
            ),
        )
        for service in services
    ]
    never = date.min
    return sorted(
        rows,
        key=lambda row: (
            row.last_verified or never,
            row.service.organization.title,
            row.service.title,
        ),
    )


def expired_opportunities(
    today: date | None = None, language: str | None = None
) -> list[ExpiredOpportunity]:
    """Opportunities still published after their expiry date (hidden from families already)."""
    today = today or timezone.localdate()
    copies = expired_copies(today).select_related("locale")
    opportunities = one_copy_each(copies, language)
    directory.attach_organizations(opportunities)
    return sorted(
        (
            ExpiredOpportunity(opportunity, (today - opportunity.expires_on).days)
            for opportunity in opportunities
        ),
        key=lambda row: (row.opportunity.expires_on, row.opportunity.title),
    )


def counts(today: date | None = None) -> dict:
    """How much waits for staff (the admin home panel): three counting queries."""
    today = today or timezone.localdate()
    stale = stale_copies(today).values("translation_key").distinct().count()
    expired = expired_copies(today).values("translation_key").distinct().count()
    waiting = directory.model("PartnerRequest").objects.filter(status="pending").count()
    return {"stale": stale, "expired": expired, "requests": waiting}
