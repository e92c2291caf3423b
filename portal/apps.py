from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class PortalConfig(AppConfig):
    default = True  # this module also defines PortalUsersAppConfig
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        from portal import signals, spreadsheets

        signals.connect()
        spreadsheets.protect_wagtail_exports()
        autodiscover_modules("metrics")
        autodiscover_modules("personal_data")
        autodiscover_modules("activities")


class PortalUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with admin user forms that include the portal's own fields."""

    user_viewset = "portal.admin_forms.PortalUserViewSet"
