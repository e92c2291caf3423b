from django.urls import path
from django.utils.translation import gettext_lazy as _

from portal.localized_urls import localized_path
from resources import partner_views, views

app_name = "resources"

urlpatterns = [
    *localized_path(_("saved-services/"), views.saved_list, "saved"),
    path("saved-services/save/", views.save_service, name="save"),
    path("saved-services/remove/", views.remove_service, name="remove"),
    *localized_path(_("saved-services/shared/<str:token>/"), views.shared_list, "shared"),
    *localized_path(_("partners/join/"), partner_views.partner_request, "partner_request"),
]
