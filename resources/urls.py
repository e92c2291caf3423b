from django.urls import path

from resources import partner_views, views

app_name = "resources"

urlpatterns = [
    path("saved-services/", views.saved_list, name="saved"),
    path("saved-services/save/", views.save_service, name="save"),
    path("saved-services/remove/", views.remove_service, name="remove"),
    path("saved-services/shared/<str:token>/", views.shared_list, name="shared"),
    path("partners/join/", partner_views.partner_request, name="partner_request"),
]
