"""Wagtail admin user forms with the portal's own user fields.

Wagtail builds its user create/edit forms from a fixed list of fields; staff
also need to see and set a person's preferred language, phone number and school
(a principal's confirmed school decides whose learning they see: only staff tick
"school confirmed", see ``portal.forms``).
`PortalUsersAppConfig` (portal/apps.py) points Wagtail at `PortalUserViewSet`,
and templates/wagtailusers/users/portal/user/ render the extra fields.
"""

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

from portal.forms import school_choices

PORTAL_USER_FIELDS = {"preferred_language", "phone", "school", "school_confirmed"}


class SchoolChoicesMixin:
    """The school select lists active schools by name (and the person's current one)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = getattr(self, "instance", None)
        current = instance.school_id if instance is not None else None
        self.fields["school"].queryset = school_choices(current)


class PortalUserCreationForm(SchoolChoicesMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | PORTAL_USER_FIELDS


class PortalUserEditForm(SchoolChoicesMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | PORTAL_USER_FIELDS


class PortalUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm
