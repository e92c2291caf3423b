"""Factories (factory_boy, wagtail-factories) that build the portal's content and people.

They live in the app, not under ``tests/``, because ``manage.py load_demo`` builds
the demo district with them from an installed copy of the project; the tests
import them too (through ``tests.factories``). They need the ``demo`` extra:
``pip install -e ".[demo]"`` (``make run`` and ``make test`` install it).
"""

from .images import ImageFactory
from .pages import (
    CenterIndexPageFactory,
    CenterPageFactory,
    HomePageFactory,
    StandardPageFactory,
    publish_translation,
)
from .site import build_site
from .site_text import SiteTextFactory
from .users import DEFAULT_PASSWORD, UserFactory
from .vocabulary import (
    AudienceFactory,
    LanguageFactory,
    RegionFactory,
    SchoolFactory,
    default_locale,
    translate_snippet,
)

__all__ = [
    "DEFAULT_PASSWORD",
    "AudienceFactory",
    "CenterIndexPageFactory",
    "CenterPageFactory",
    "HomePageFactory",
    "ImageFactory",
    "LanguageFactory",
    "RegionFactory",
    "SchoolFactory",
    "SiteTextFactory",
    "StandardPageFactory",
    "UserFactory",
    "build_site",
    "default_locale",
    "publish_translation",
    "translate_snippet",
]
