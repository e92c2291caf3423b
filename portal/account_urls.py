from django.urls import path

from portal import views

app_name = "portal"

urlpatterns = [
    path("account/", views.AccountView.as_view(), name="account"),
]
