from django.urls import path

from portal import views

app_name = "portal"

urlpatterns = [
    path("account/", views.AccountView.as_view(), name="account"),
    path("account/my-data.json", views.export_json, name="export_json"),
    path("account/my-data.csv", views.export_csv, name="export_csv"),
    path("account/delete/", views.DeleteAccountView.as_view(), name="delete_account"),
]
