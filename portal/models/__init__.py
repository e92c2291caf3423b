"""Portal core models: people, shared vocabulary, base pages, site settings."""

from .centers import CenterIndexPage, CenterPage
from .pages import BasePage, HomePage, StandardPage
from .site_settings import FooterText, SiteSettings
from .users import User
from .vocabulary import Audience, Language, Region, School

__all__ = [
    "Audience",
    "BasePage",
    "CenterIndexPage",
    "CenterPage",
    "FooterText",
    "HomePage",
    "Language",
    "Region",
    "School",
    "SiteSettings",
    "StandardPage",
    "User",
]
