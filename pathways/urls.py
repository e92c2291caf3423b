from django.urls import path
from django.views.generic import RedirectView

from pathways.views import certificates, checklist, learning, school

app_name = "pathways"

urlpatterns = [
    path("my-learning/", learning.MyLearningView.as_view(), name="my_learning"),
    # Where "download my data" and "delete my account" were before they served every app.
    path("my-learning/export.json", RedirectView.as_view(pattern_name="portal:export_json")),
    path("my-learning/export.csv", RedirectView.as_view(pattern_name="portal:export_csv")),
    path("my-learning/delete/", RedirectView.as_view(pattern_name="portal:delete_account")),
    path("my-school/learning/", school.SchoolLearningView.as_view(), name="school_learning"),
    path(
        "learning/checklist/<uuid:module_key>/",
        checklist.save_checklist,
        name="checklist_save",
    ),
    path("verify/<str:code>/", certificates.verify, name="certificate_verify"),
]
