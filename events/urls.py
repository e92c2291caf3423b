from django.urls import path

from events import kiosk_views, views
from events.survey_views import survey

app_name = "events"

urlpatterns = [
    path("events/register/<int:occurrence_id>/", views.register, name="register"),
    path("events/date/<int:occurrence_id>.ics", views.occurrence_ics, name="occurrence_ics"),
    path("events/registration/<str:token>/", views.manage, name="registration"),
    path("events/check-in/<str:token>/", views.check_in, name="check_in"),
    path("events/feeds/<str:secret>.ics", views.personal_feed, name="personal_feed"),
    path("my-events/", views.my_events, name="my_events"),
    path("my-events/new-calendar-link/", views.reset_feed, name="reset_feed"),
    path("events/kiosk/", kiosk_views.home, name="kiosk"),
    path("events/kiosk/find/", kiosk_views.find, name="kiosk_find"),
    path("events/kiosk/walk-in/", kiosk_views.walk_in, name="kiosk_walk_in"),
    path("events/kiosk/welcome/", kiosk_views.done, name="kiosk_done"),
    path("events/kiosk/close/", kiosk_views.close, name="kiosk_close"),
    path("events/survey/<str:token>/", survey, name="survey"),
]
