"""Factories for tests and for the demo loader (`manage.py load_demo`)."""

from .pages import (
    CenterIndexPageFactory,
    CenterPageFactory,
    HomePageFactory,
    StandardPageFactory,
    publish_translation,
)
from .site import build_site
from .users import UserFactory
from .vocabulary import AudienceFactory, LanguageFactory, RegionFactory, SchoolFactory

__all__ = [
    "AudienceFactory",
    "CenterIndexPageFactory",
    "CenterPageFactory",
    "HomePageFactory",
    "LanguageFactory",
    "RegionFactory",
    "SchoolFactory",
    "StandardPageFactory",
    "UserFactory",
    "build_site",
    "publish_translation",
]
