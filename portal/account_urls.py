from django.urls import path
from django.utils.translation import gettext_lazy as _

from portal import views
from portal.localized_urls import localized_path

app_name = "portal"

urlpatterns = [
    *localized_path(_("account/"), views.AccountView.as_view(), "account"),
    path("account/my-data.json", views.export_json, name="export_json"),
    path("account/my-data.csv", views.export_csv, name="export_csv"),
    *localized_path(_("account/delete/"), views.DeleteAccountView.as_view(), "delete_account"),
]
