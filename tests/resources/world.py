"""A small directory in both languages: two organizations in two regions, a center,
services that differ in every way a family filters by.

Built once per test class (``DirectoryTestCase.setUpTestData``): each test runs in a
transaction rolled back at its end.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.test import TestCase
from django.utils import timezone

from portal.factories import (
    CenterPageFactory,
    LanguageFactory,
    RegionFactory,
    build_site,
    publish_translation,
    translate_snippet,
)
from resources.factories import (
    DirectoryPageFactory,
    LocationFactory,
    OpportunityPageFactory,
    OrganizationPageFactory,
    ServiceCategoryFactory,
    ServicePageFactory,
    weekly,
)


@dataclass
class Directory:
    page: object
    page_es: object
    north: object
    south: object
    center: object
    center_es: object
    food: object
    health: object
    food_bank: object
    clinic: object
    pantry: object
    center_room: object
    clinic_place: object
    services: dict


def translate(page, language, **fields):
    return publish_translation(page, language, **fields)


def build_directory(site_tree) -> Directory:
    north = RegionFactory(name="North", slug="north")
    translate_snippet(north, "es", name="Norte", slug="norte")
    south = RegionFactory(name="South", slug="south")
    translate_snippet(south, "es", name="Sur", slug="sur")
    english, spanish, vietnamese = (
        LanguageFactory(code="en", name="English", native_name="English"),
        LanguageFactory(code="es", name="Spanish", native_name="Español"),
        LanguageFactory(code="vi", name="Vietnamese", native_name="Tiếng Việt"),
    )
    center = CenterPageFactory(
        parent=site_tree["centers"], title="North Center", slug="north-center", region=north
    )
    center_es = translate(center, "es", title="Centro Norte", slug="centro-norte")
    food = ServiceCategoryFactory(name="Food", slug="food", sort_order=1)
    translate_snippet(food, "es", name="Alimentos", slug="alimentos")
    health = ServiceCategoryFactory(name="Health", slug="health", sort_order=2)
    translate_snippet(health, "es", name="Salud", slug="salud")

    page = DirectoryPageFactory(parent=site_tree["home"])
    page_es = translate(page, "es", title="Encontrar ayuda", slug="encontrar-ayuda")
    food_bank = OrganizationPageFactory(parent=page, title="Valle Food Bank", slug="food-bank")
    pantry = LocationFactory(organization=food_bank, name="Pantry", region=north)
    center_room = LocationFactory(
        organization=food_bank, name="Room 2", region=north, center=center, hours=[]
    )
    clinic = OrganizationPageFactory(parent=page, title="Palm Clinic", slug="clinic")
    clinic_place = LocationFactory(
        organization=clinic, name="Clinic", region=south, hours=[weekly("SA", "09:00", "12:00")]
    )
    today = timezone.localdate()
    services = {
        "pantry": ServicePageFactory(
            parent=food_bank,
            title="Food pantry",
            slug="food-pantry",
            description="Groceries every week for families.",
            categories=[food],
            languages=[english, spanish],
            locations=[pantry],
            for_families=True,
            phone="+18185550111",
        ),
        "diapers": ServicePageFactory(
            parent=food_bank,
            title="Diaper bank",
            slug="diapers",
            description="Diapers and wipes for babies.",
            categories=[food],
            languages=[spanish],
            locations=[center_room],
            cost="low_cost",
            for_children=True,
            for_parents=True,
            delivered_online=True,
        ),
        "checkups": ServicePageFactory(
            parent=clinic,
            title="Checkups for children",
            slug="checkups",
            description="Well-child visits and vaccines.",
            categories=[health],
            languages=[english, vietnamese],
            locations=[clinic_place],
            cost="sliding_scale",
            for_children=True,
            minimum_age=0,
            maximum_age=18,
            required_documents="Insurance card\nVaccine record",
            assured_date=today - timedelta(days=400),
        ),
        "counseling": ServicePageFactory(
            parent=clinic,
            title="Family counseling",
            slug="counseling",
            description="Talk with a counselor.",
            categories=[health],
            languages=[english],
            locations=[clinic_place],
            cost="fee",
            for_parents=True,
            hours=[weekly("TU", "15:00", "18:00")],
        ),
        "repairs": ServicePageFactory(
            parent=clinic,
            title="Dental van",
            slug="dental-van",
            description="Closed while the van is repaired.",
            categories=[health],
            locations=[clinic_place],
            status="temporarily closed",
            alert="Back in January.",
        ),
        "gone": ServicePageFactory(
            parent=clinic,
            title="Old program",
            slug="old-program",
            categories=[health],
            status="defunct",
        ),
    }
    services["pantry_es"] = translate(
        services["pantry"],
        "es",
        title="Despensa de alimentos",
        slug="despensa",
        description="Comestibles cada semana para las familias.",
    )
    OpportunityPageFactory(
        parent=food_bank,
        title="Summer camp",
        slug="summer-camp",
        application_deadline=today + timedelta(days=10),
        expires_on=today + timedelta(days=10),
    )
    OpportunityPageFactory(
        parent=food_bank,
        title="Spring camp",
        slug="spring-camp",
        application_deadline=today - timedelta(days=5),
        expires_on=today - timedelta(days=1),
    )
    return Directory(
        page=page,
        page_es=page_es,
        north=north,
        south=south,
        center=center,
        center_es=center_es,
        food=food,
        health=health,
        food_bank=food_bank,
        clinic=clinic,
        pantry=pantry,
        center_room=center_room,
        clinic_place=clinic_place,
        services=services,
    )


class DirectoryTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_directory(build_site())


def on(day: date, hour: int, minute: int = 0):
    """An aware moment at a wall-clock time in the district."""
    return timezone.make_aware(
        timezone.datetime(day.year, day.month, day.day, hour, minute),
        timezone.get_default_timezone(),
    )
