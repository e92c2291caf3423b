from django.urls import path

from resources import views

app_name = "resources"

urlpatterns = [
    path("saved-services/", views.saved_list, name="saved"),
    path("saved-services/save/", views.save_service, name="save"),
    path("saved-services/remove/", views.remove_service, name="remove"),
    path("saved-services/shared/<str:token>/", views.shared_list, name="shared"),
]
