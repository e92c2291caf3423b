"""Template filters for directory listings: the rules live in ``resources.directory``."""

from django import template

from resources import directory
from resources.hours import day_names

register = template.Library()


@register.filter
def open_now(service):
    """Open at this moment at any of its places (district time)."""
    return directory.is_open(service)


@register.filter
def contact_phone(service):
    """The number to call: the service's, else its first place's, else its organization's."""
    return directory.phone_for(service)


@register.filter
def weekday_names(codes):
    """["MO", "TU", "WE"] → “Monday to Wednesday”, in the page's language."""
    return day_names(codes or [])
