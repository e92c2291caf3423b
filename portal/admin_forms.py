"""Wagtail admin user forms with the portal's own user fields.

Wagtail builds its user create/edit forms from a fixed list of fields; staff
also need to see and set a person's preferred language and phone number.
`PortalUsersAppConfig` (portal/apps.py) points Wagtail at `PortalUserViewSet`,
and templates/wagtailusers/users/portal/user/ render the extra fields.
"""

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

PORTAL_USER_FIELDS = {"preferred_language", "phone"}


class PortalUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | PORTAL_USER_FIELDS


class PortalUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | PORTAL_USER_FIELDS


class PortalUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm
