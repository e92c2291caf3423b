"""A place as an HSDS location: its own fields, or with its address, phone and hours."""

from __future__ import annotations

from .common import Context, compact, derived_id
from .contact import address, phones, schedules


def location_brief(place, organization_id) -> dict:
    """A location's own (one-to-one) fields, as the list endpoints nest it."""
    return compact(
        {
            "id": str(place.location_key),
            "location_type": "physical",
            "organization_id": str(organization_id) if organization_id else None,
            "name": place.name,
            "transportation": place.transportation,
            "latitude": float(place.latitude) if place.latitude is not None else None,
            "longitude": float(place.longitude) if place.longitude is not None else None,
        }
    )


def location_full(place, organization_id, ctx: Context) -> dict:
    """A location with its address, accessibility, phone and opening hours."""
    key = place.location_key
    record = location_brief(place, organization_id)
    record["addresses"] = [address(place, ctx)]
    record["accessibility"] = (
        [
            {
                "id": derived_id(key, "accessibility"),
                "location_id": str(key),
                "description": place.accessibility,
            }
        ]
        if place.accessibility
        else []
    )
    record["phones"] = phones(place.phone, "location_id", key)
    record["schedules"] = schedules(place.hours, "location_id", key)
    return record
