from django.urls import path
from django.utils.translation import gettext_lazy as _

from events import kiosk_views, views
from events.survey_views import survey
from portal.localized_urls import localized_path

app_name = "events"

urlpatterns = [
    *localized_path(_("events/register/<int:occurrence_id>/"), views.register, "register"),
    path("events/date/<int:occurrence_id>.ics", views.occurrence_ics, name="occurrence_ics"),
    *localized_path(_("events/registration/<str:token>/"), views.manage, "registration"),
    path("events/check-in/<str:token>/", views.check_in, name="check_in"),
    path("events/feeds/<str:secret>.ics", views.personal_feed, name="personal_feed"),
    *localized_path(_("my-events/"), views.my_events, "my_events"),
    path("my-events/new-calendar-link/", views.reset_feed, name="reset_feed"),
    path("events/kiosk/", kiosk_views.home, name="kiosk"),
    path("events/kiosk/find/", kiosk_views.find, name="kiosk_find"),
    path("events/kiosk/walk-in/", kiosk_views.walk_in, name="kiosk_walk_in"),
    path("events/kiosk/welcome/", kiosk_views.done, name="kiosk_done"),
    path("events/kiosk/close/", kiosk_views.close, name="kiosk_close"),
    *localized_path(_("events/survey/<str:token>/"), survey, "survey"),
]
