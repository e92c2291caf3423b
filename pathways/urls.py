from django.urls import path

from pathways.views import certificates, checklist, learning, school

app_name = "pathways"

urlpatterns = [
    path("my-learning/", learning.MyLearningView.as_view(), name="my_learning"),
    path("my-learning/export.json", learning.export_json, name="export_json"),
    path("my-learning/export.csv", learning.export_csv, name="export_csv"),
    path("my-learning/delete/", learning.DeleteAccountView.as_view(), name="delete_account"),
    path("my-school/learning/", school.SchoolLearningView.as_view(), name="school_learning"),
    path(
        "learning/checklist/<uuid:module_key>/",
        checklist.save_checklist,
        name="checklist_save",
    ),
    path("verify/<str:code>/", certificates.verify, name="certificate_verify"),
]
