"""A person's saved services and partner requests, in portal's personal-data registry.

Both are the person's own and say nothing the district counts: deleting the account
deletes them. See ``portal/personal_data.py``.
"""

from django.utils.translation import gettext_lazy as _

from portal.personal_data import DELETED, PersonalDataSection, register
from resources.models import PartnerRequest, SavedService


def _own_records(key, label, queryset, describe, deletion, order):
    """A section of records that belong to the person and go with the account."""
    register(
        PersonalDataSection(
            key=key,
            label=label,
            app_label="resources",
            collect=lambda user: [describe(entry) for entry in queryset().filter(user=user)],
            count=lambda user: queryset().filter(user=user).count(),
            on_delete=DELETED,
            deletion=deletion,
            forget=lambda user: queryset().filter(user=user).delete(),
            order=order,
        )
    )


_own_records(
    "saved_services",
    _("Saved services"),
    SavedService.objects.all,
    lambda entry: {
        "service": entry.service_title,
        "service_key": str(entry.service_key),
        "saved_at": entry.saved_at.isoformat(),
    },
    _("Your list of saved community services is deleted."),
    order=40,
)
_own_records(
    "partner_requests",
    _("Requests to become a community partner"),
    lambda: PartnerRequest.objects.select_related("organization"),
    lambda entry: {
        "organization": entry.organization_label,
        "role": entry.job_title,
        "message": entry.message,
        "status": entry.status,
        "asked_at": entry.created_at.isoformat(),
        "decided_at": entry.decided_at.isoformat() if entry.decided_at else None,
        "reason": entry.reason,
    },
    _("Your requests to keep an organization's listings are deleted."),
    order=41,
)
