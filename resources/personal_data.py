"""A person's saved services, registered with portal's personal-data registry.

The list is the person's own and says nothing the district counts: deleting the
account deletes it. See ``portal/personal_data.py``.
"""

from django.utils.translation import gettext_lazy as _

from portal.personal_data import DELETED, PersonalDataSection, register
from resources.models import SavedService


def _saved_services(user):
    return [
        {
            "service": entry.service_title,
            "service_key": str(entry.service_key),
            "saved_at": entry.saved_at.isoformat(),
        }
        for entry in SavedService.objects.filter(user=user)
    ]


def _forget_saved_services(user):
    SavedService.objects.filter(user=user).delete()


register(
    PersonalDataSection(
        key="saved_services",
        label=_("Saved services"),
        app_label="resources",
        collect=_saved_services,
        count=lambda user: SavedService.objects.filter(user=user).count(),
        on_delete=DELETED,
        deletion=_("Your list of saved community services is deleted."),
        forget=_forget_saved_services,
        order=40,
    )
)
