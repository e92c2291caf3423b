"""The own (one-to-one) fields of organizations and services: what other records nest.

A service nests its organization's own fields, and an organization its services'
(or its full services), so these live below both ``services`` and ``organizations``:
the imports go one way, without a cycle.
"""

from __future__ import annotations

from .common import Context, compact


def organization_brief(organization) -> dict:
    return compact(
        {
            "id": str(organization.translation_key),
            "name": organization.title,
            "alternate_name": organization.alternate_name,
            "description": organization.description,
            "email": organization.email,
            "website": organization.website,
        },
        keep=("description",),
    )


def service_url(service, ctx: Context) -> str | None:
    """The service's own web page, or else its page in the portal (in the asked language)."""
    return service.website or service.get_full_url(ctx.request)


def service_brief(service, ctx: Context) -> dict:
    """A service's own (one-to-one) fields."""
    organization = service.organization
    return compact(
        {
            "id": str(service.translation_key),
            "organization_id": str(organization.translation_key) if organization else None,
            "name": service.title,
            "alternate_name": service.alternate_name,
            "description": service.description,
            "url": service_url(service, ctx),
            "email": service.email,
            "status": service.status,
            "interpretation_services": service.interpretation_services,
            "application_process": service.application_process,
            "fees_description": service.fees_description,
            "eligibility_description": service.eligibility_description,
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "assured_date": service.assured_date.isoformat() if service.assured_date else None,
            "alert": service.alert,
            "last_modified": (
                service.last_published_at.isoformat() if service.last_published_at else None
            ),
        }
    )


def service_summary(service, ctx: Context) -> dict:
    """A service as ``GET /services`` lists it: its own fields and its organization's."""
    record = service_brief(service, ctx)
    if service.organization is not None:
        record["organization"] = organization_brief(service.organization)
    return record
