"""Portal core models: people, shared vocabulary, base pages, site settings."""

from .centers import CenterIndexPage, CenterPage
from .home import HomePage
from .pages import BasePage, StandardPage
from .search import SearchEntry, SearchTag
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
    "SearchEntry",
    "SearchTag",
    "SiteSettings",
    "StandardPage",
    "User",
]
