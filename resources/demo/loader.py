"""Builds the directory demo (``resources.demo.data``) as real pages and snippets.

Called by ``manage.py load_demo`` through the ``load_demo`` Wagtail hook. Like the
other loaders it finds before it creates (by slug), so a second run adds nothing.
Dates (last verified, opportunity deadlines) count from the day the demo is
loaded, so some listings are always stale and some opportunities always expired.
"""

from datetime import timedelta

import factory

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page

from portal.demo.content import DEMO_PASSWORD
from portal.factories import UserFactory
from portal.factories.vocabulary import translate_snippet
from portal.models import CenterPage, Language, Region, User
from resources.factories import (
    DirectoryPageFactory,
    OpportunityPageFactory,
    OrganizationPageFactory,
    ServiceCategoryFactory,
    ServicePageFactory,
    closure,
    special,
    weekly,
)
from resources.kinds import AUDIENCE_FIELDS
from resources.models import (
    DirectoryPage,
    Location,
    OpportunityPage,
    OrganizationPage,
    PartnerMembership,
    PartnerRequest,
    ServiceCategory,
    ServicePage,
)

from .data import CATEGORIES, ORGANIZATIONS

DIRECTORY = {
    "en": {
        "title": "Find help",
        "slug": "find-help",
        "intro": (
            "Free and low-cost community services for families: food, housing, health, "
            "legal help, classes and activities for children. Search, or choose a kind of help."
        ),
    },
    "es": {
        "title": "Encontrar ayuda",
        "slug": "encontrar-ayuda",
        "intro": (
            "Servicios comunitarios gratuitos o de bajo costo para las familias: alimentos, "
            "vivienda, salud, ayuda legal, clases y actividades para niños. Busque o elija un "
            "tipo de ayuda."
        ),
    },
}


@transaction.atomic
def load_resources(tree):
    """Load (or complete) the directory in both languages. Returns a summary line."""
    categories = load_categories()
    directory = load_directory(tree)
    today = timezone.localdate()
    organizations = [
        load_organization(organization, directory, categories, today)
        for organization in ORGANIZATIONS
    ]
    load_partners(organizations)
    load_partner_requests(organizations)
    return describe()


#: The demo's own partner login edits the first organization (the food bank).
DEMO_PARTNER = "partner@example.org"


def load_partners(organizations):
    """One approved partner per organization (the contact in the data), and the demo's
    partner login for the first one. Their password is the demo password."""
    hashed = make_password(DEMO_PASSWORD)
    for spec, organization in zip(ORGANIZATIONS, organizations, strict=True):
        contact = spec["partner_contact"]
        user = User.objects.filter(email=contact["email"]).first() or UserFactory(
            email=contact["email"],
            first_name=contact["first_name"],
            last_name=contact["last_name"],
            preferred_language=contact["language"],
            password=factory.Transformer.Force(hashed),  # hashed once, not per person
        )
        if not PartnerMembership.objects.filter(user=user).exists():
            PartnerMembership.objects.create(user=user, organization=organization)
    demo = User.objects.filter(email=DEMO_PARTNER).first()
    if demo is not None and not PartnerMembership.objects.filter(user=demo).exists():
        PartnerMembership.objects.create(user=demo, organization=organizations[0])


#: Requests waiting for family-engagement staff: a new organization, and a second person
#: from an organization already listed (who prefers Spanish).
PARTNER_REQUESTS = [
    {
        "person": ("literacy@example.org", "Grace", "Okafor", "en"),
        "organization": None,
        "organization_name": "Valle Literacy Project",
        "description": "Free English and reading classes for parents, evenings at two libraries.",
        "email": "hello@literacy.example.org",
        "job_title": "Program coordinator",
        "message": "We would like to list our spring classes.",
    },
    {
        "person": ("voluntarios@example.org", "Lucía", "Herrera", "es"),
        "organization": 1,
        "organization_name": "",
        "description": "",
        "email": "",
        "job_title": "Coordinadora de voluntarios",
        "message": "",
    },
]


def load_partner_requests(organizations):
    """Requests for staff to decide in the demo (Community resources → Partner requests)."""
    hashed = make_password(DEMO_PASSWORD)
    for spec in PARTNER_REQUESTS:
        email, first_name, last_name, language = spec["person"]
        user = User.objects.filter(email=email).first() or UserFactory(
            email=email,
            first_name=first_name,
            last_name=last_name,
            preferred_language=language,
            password=factory.Transformer.Force(hashed),
        )
        if PartnerRequest.objects.filter(user=user).exists():
            continue
        index = spec["organization"]
        PartnerRequest.objects.create(
            user=user,
            organization=organizations[index] if index is not None else None,
            **{
                name: spec[name]
                for name in ("organization_name", "description", "email", "job_title", "message")
            },
        )


def describe():
    def count(model, language):
        return model.objects.live().filter(locale__language_code=language).count()

    return (
        f"Directory: {count(OrganizationPage, 'en')} organizations, "
        f"{count(ServicePage, 'en')} services, {count(OpportunityPage, 'en')} opportunities "
        f"in English and {count(ServicePage, 'es')} services in Spanish, "
        f"{ServiceCategory.objects.count()} category names, "
        f"{PartnerMembership.objects.count()} partner accounts, "
        f"{PartnerRequest.objects.filter(status='pending').count()} partner requests waiting"
    )


def spanish():
    return Locale.objects.get(language_code="es")


def load_categories():
    """{English slug: {"en": category, "es": category}}."""
    found = {}
    for order, spec in enumerate(CATEGORIES):
        english = ServiceCategory.objects.filter(
            locale__language_code="en", slug=spec["slug"]["en"]
        ).first() or ServiceCategoryFactory(
            name=spec["name"]["en"],
            slug=spec["slug"]["en"],
            description=spec["description"]["en"],
            sort_order=order,
        )
        translated = translate_snippet(
            english,
            "es",
            name=spec["name"]["es"],
            slug=spec["slug"]["es"],
            description=spec["description"]["es"],
        )
        found[spec["slug"]["en"]] = {"en": english, "es": translated}
    return found


def load_directory(tree):
    english = DirectoryPage.objects.child_of(tree["home"]).first()
    if english is None:
        english = DirectoryPageFactory(parent=tree["home"], show_in_menus=True, **DIRECTORY["en"])
    spanish_page = english.get_translation_or_none(spanish())
    if spanish_page is None:
        spanish_page = translated(english, show_in_menus=True, **DIRECTORY["es"])
    return {"en": english, "es": spanish_page.specific}


def translated(page, **fields):
    """Publish ``page``'s Spanish copy with ``fields`` (many-to-many values as lists)."""
    copy = page.copy_for_translation(spanish(), copy_parents=True).specific
    many = {name: fields.pop(name) for name in ("categories", "languages") if name in fields}
    for name, value in fields.items():
        setattr(copy, name, value)
    for name, values in many.items():
        getattr(copy, name).set(values)
    copy.save()
    copy.save_revision().publish()
    return Page.objects.get(pk=copy.pk).specific


def texts(spec, language, **names):
    """The fields named ``names`` (field → data key) in one language."""
    return {field: spec[key][language] for field, key in names.items()}


def load_organization(spec, directory, categories, today):
    english = OrganizationPage.objects.child_of(directory["en"]).filter(slug=spec["slug"]["en"])
    english = english.first()
    if english is None:
        english = OrganizationPageFactory(
            parent=directory["en"],
            title=spec["name"]["en"],
            slug=spec["slug"]["en"],
            alternate_name=spec["alternate_name"]["en"],
            description=spec["description"]["en"],
            phone=spec["phone"],
            email=spec["email"],
            website=spec["website"],
        )
        for order, place in enumerate(spec["locations"]):
            Location.objects.create(
                organization=english, sort_order=order, **place_fields(place, "en")
            )
        english.save_revision().publish()
    if english.get_translation_or_none(spanish()) is None:
        spanish_page = translated(
            english,
            title=spec["name"]["es"],
            slug=spec["slug"]["es"],
            alternate_name=spec["alternate_name"]["es"],
            description=spec["description"]["es"],
        )
        # The copy keeps each place's key; give it the Spanish words.
        by_key = {place.location_key: place for place in spanish_page.locations.all()}
        for place, data in zip(
            english.locations.order_by("sort_order"), spec["locations"], strict=True
        ):
            copy = by_key.get(place.location_key)
            if copy is not None:
                for name, value in place_texts(data, "es").items():
                    setattr(copy, name, value)
                copy.hours = hours_stream(data, "es")
                copy.save()
        spanish_page.save_revision().publish()
    places = {
        data["key"]: place
        for data, place in zip(
            spec["locations"], english.locations.order_by("sort_order"), strict=True
        )
    }
    for service in spec["services"]:
        load_service(service, english, places, categories, today)
    for opportunity in spec.get("opportunities", []):
        load_opportunity(opportunity, english, today)
    return english


def place_texts(place, language):
    return {
        "name": place["name"][language],
        "transportation": place["transportation"][language],
        "accessibility": place["accessibility"][language],
    }


def place_fields(place, language):
    region = Region.objects.filter(locale__language_code="en", slug=place["region"]).first()
    center = None
    if place.get("center"):
        center = CenterPage.objects.filter(locale__language_code="en", slug=place["center"]).first()
    return {
        **place_texts(place, language),
        "street_address": place["street_address"],
        "city": place["city"],
        "postal_code": place["postal_code"],
        "phone": place.get("phone") or "",
        "region": region,
        "center": center,
        "hours": hours_stream(place, language),
    }


def hours_stream(spec, language):
    stream = [weekly(days, opens, closes) for days, opens, closes in spec.get("hours", [])]
    for first, last, reason in spec.get("closures", []):
        stream.append(closure(first, None if last == first else last, reason[language]))
    for day, opens, closes, reason in spec.get("special_hours", []):
        stream.append(special(day, opens, closes, reason[language]))
    return stream


def languages(codes):
    return list(Language.objects.filter(code__in=codes))


def service_fields(spec, language):
    return {
        "title": spec["name"][language],
        "slug": spec["slug"][language],
        "description": spec["description"][language],
        "eligibility_description": spec["eligibility"][language],
        "application_process": spec["application_process"][language],
        "required_documents": "\n".join(spec["documents"][language]),
        "fees_description": spec["fees"][language],
        "interpretation_services": spec["interpretation"][language],
        "alert": spec["alert"][language],
        "hours": hours_stream(spec, language),
    }


def load_service(spec, organization, places, categories, today):
    english = ServicePage.objects.child_of(organization).filter(slug=spec["slug"]["en"]).first()
    if english is None:
        verified = spec.get("verified_days_ago")
        english = ServicePageFactory(
            parent=organization,
            **service_fields(spec, "en"),
            status=spec.get("status", "active"),
            cost=spec["cost"],
            minimum_age=spec.get("minimum_age"),
            maximum_age=spec.get("maximum_age"),
            delivered_online=spec.get("online", False),
            phone=spec.get("phone") or "",
            email=spec.get("email") or "",
            website=spec.get("url") or "",
            assured_date=None if verified is None else today - timedelta(days=verified),
            assurer_email=organization.email if verified is not None else "",
            **dict.fromkeys(audience_fields(spec), True),
            categories=[categories[slug]["en"] for slug in spec["categories"]],
            languages=languages(spec["languages"]),
            locations=[places[key] for key in spec["locations"]],
        )
        english.save_revision().publish()
    if english.get_translation_or_none(spanish()) is None:
        translated(
            english,
            **service_fields(spec, "es"),
            categories=[categories[slug]["es"] for slug in spec["categories"]],
        )


def audience_fields(spec):
    return [AUDIENCE_FIELDS[key] for key in spec.get("audiences", [])]


def load_opportunity(spec, organization, today):
    english = OpportunityPage.objects.child_of(organization).filter(slug=spec["slug"]["en"]).first()

    def day(key):
        return None if spec.get(key) is None else today + timedelta(days=spec[key])

    if english is None:
        english = OpportunityPageFactory(
            parent=organization,
            **opportunity_texts(spec, "en"),
            kind=spec["kind"],
            cost=spec.get("cost", "free"),
            website=spec.get("url", ""),
            starts_on=day("starts_in_days"),
            ends_on=day("ends_in_days"),
            application_deadline=day("deadline_in_days"),
            expires_on=day("expires_in_days"),
        )
        english.save_revision().publish()
    if english.get_translation_or_none(spanish()) is None:
        translated(english, **opportunity_texts(spec, "es"))


def opportunity_texts(spec, language):
    return {
        "title": spec["title"][language],
        "slug": spec["slug"][language],
        "description": spec["description"][language],
        "eligibility_description": spec["eligibility"][language],
        "application_process": spec["application_process"][language],
    }
