"""The community directory: organizations, their places, services and opportunities."""

from .directory import DirectoryPage
from .organizations import Location, OrganizationPage
from .partners import PartnerMembership, PartnerRequest
from .reminders import ListingReminder
from .saved import SavedService
from .services import OpportunityPage, ServicePage
from .taxonomy import ServiceCategory

__all__ = [
    "DirectoryPage",
    "ListingReminder",
    "Location",
    "OpportunityPage",
    "OrganizationPage",
    "PartnerMembership",
    "PartnerRequest",
    "SavedService",
    "ServiceCategory",
    "ServicePage",
]
