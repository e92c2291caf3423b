"""Portal core models: people, shared vocabulary, base pages, site settings."""

from .centers import CenterIndexPage, CenterPage
from .pages import BasePage, HomePage, StandardPage
from .site_settings import SiteSettings, SiteText
from .users import User
from .vocabulary import Audience, Language, Region, School

__all__ = [
    "Audience",
    "BasePage",
    "CenterIndexPage",
    "CenterPage",
    "SiteText",
    "HomePage",
    "Language",
    "Region",
    "School",
    "SiteSettings",
    "StandardPage",
    "User",
]
