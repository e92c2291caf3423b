"""Factories for the directory: categories, the directory page, organizations, places,
services and opportunities. Used by the tests and by the demo (factory_boy is part of
the "demo" extra).

Hours are raw StreamField lists built with ``weekly``, ``closure`` and ``special``.
"""

import uuid
from datetime import date

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from portal.factories.vocabulary import default_locale
from resources.models import (
    DirectoryPage,
    Location,
    OpportunityPage,
    OrganizationPage,
    ServiceCategory,
    ServicePage,
)


def _item(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def weekly(days, opens, closes):
    """Regular hours: ``days`` as "MO,TU" (or a list), times as "HH:MM"."""
    codes = days.split(",") if isinstance(days, str) else list(days)
    return _item("weekly", {"days": codes, "opens_at": opens, "closes_at": closes})


def closure(first, last=None, reason=""):
    return _item(
        "exception",
        {
            "date": str(first),
            "last_date": str(last) if last else None,
            "closed": True,
            "opens_at": None,
            "closes_at": None,
            "reason": reason,
        },
    )


def special(day, opens, closes, reason=""):
    return _item(
        "exception",
        {
            "date": str(day),
            "last_date": None,
            "closed": False,
            "opens_at": opens,
            "closes_at": closes,
            "reason": reason,
        },
    )


class ServiceCategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = ServiceCategory


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Find help"
    slug = "find-help"
    intro = "Community services for families: food, housing, health, classes and more."

    class Meta:
        model = DirectoryPage


class OrganizationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Organization {n}")
    description = "A community organization that helps families."
    phone = factory.Sequence(lambda n: f"+1818555{(200 + n) % 10000:04d}")

    class Meta:
        model = OrganizationPage


class LocationFactory(DjangoModelFactory):
    organization = factory.SubFactory(OrganizationPageFactory)
    name = factory.Sequence(lambda n: f"Office {n}")
    street_address = factory.Sequence(lambda n: f"{10 + n} Mission Oak Street")
    city = "Valle del Sol"
    postal_code = "90015"
    hours = factory.LazyFunction(lambda: [weekly("MO,TU,WE,TH,FR", "09:00", "17:00")])

    class Meta:
        model = Location


MANY = ("categories", "languages", "locations")


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Service {n}")
    description = "Help for families."
    assured_date = factory.LazyFunction(date.today)

    class Meta:
        model = ServicePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        """Categories, languages and places (many-to-many) are set once the page exists."""
        many = {name: kwargs.pop(name) for name in MANY if name in kwargs}
        page = super()._create(model_class, *args, **kwargs)
        if many:
            for name, values in many.items():
                getattr(page, name).set(values)
            page.save()
        return page


class OpportunityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Opportunity {n}")
    kind = "enrichment"
    description = "A program for families."
    expires_on = factory.LazyFunction(lambda: date.today().replace(year=date.today().year + 1))

    class Meta:
        model = OpportunityPage
