"""What the search page shows of the directory: services with their categories
and cost, opportunities until they expire, and the organizations behind them."""

import datetime
from urllib.parse import urlencode

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _

from portal.search.entries import Entry, SearchKind, Tag
from resources.directory import LISTED_STATUSES
from resources.models import (
    DirectoryPage,
    OpportunityPage,
    OrganizationPage,
    ServiceCategory,
    ServicePage,
)


def category_tags(service):
    return [
        Tag("category", str(category.translation_key), category.name)
        for category in service.categories.all()
    ]


def describe_service(service):
    lines = [service.get_cost_display(), service.organization.title]
    return Entry(
        facts={"lines": lines},
        tags=category_tags(service),
        listed=service.status in LISTED_STATUSES,
    )


def describe_opportunity(opportunity):
    lines = [opportunity.get_kind_display(), opportunity.organization.title]
    if opportunity.application_deadline:
        lines.insert(
            0, _t("Apply by %(date)s") % {"date": date_format(opportunity.application_deadline)}
        )
    end_of_last_day = datetime.datetime.combine(
        opportunity.expires_on, datetime.time.max, tzinfo=timezone.get_current_timezone()
    )
    return Entry(facts={"lines": lines}, visible_until=end_of_last_day)


def describe_category(category):
    """A kind of help (a snippet): found by its name, it opens the directory filtered."""
    directory = DirectoryPage.objects.live().filter(locale_id=category.locale_id).first()
    if directory is None or directory.url is None:
        return None
    return Entry(
        title=category.name,
        summary=category.description,
        text=category.description,
        url=f"{directory.url}?{urlencode({'category': category.slug})}",
    )


def resource_kinds():
    return [
        SearchKind("service", _("Services"), ServicePage, describe_service, 20, _("Service")),
        SearchKind(
            "opportunity",
            _("Opportunities"),
            OpportunityPage,
            describe_opportunity,
            40,
            _("Opportunity"),
        ),
        SearchKind(
            "organization", _("Organizations"), OrganizationPage, None, 50, _("Organization")
        ),
        SearchKind("page", _("Pages"), DirectoryPage, None, 90, _("Page")),
        SearchKind(
            "category",
            _("Kinds of help"),
            ServiceCategory,
            describe_category,
            25,
            _("Kind of help"),
        ),
    ]
