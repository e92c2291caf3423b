from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

from pathways.views import certificates, checklist, learning, school
from portal.localized_urls import localized_path

app_name = "pathways"

urlpatterns = [
    *localized_path(_("my-learning/"), learning.MyLearningView.as_view(), "my_learning"),
    # Where "download my data" and "delete my account" were before they served every app.
    path("my-learning/export.json", RedirectView.as_view(pattern_name="portal:export_json")),
    path("my-learning/export.csv", RedirectView.as_view(pattern_name="portal:export_csv")),
    path("my-learning/delete/", RedirectView.as_view(pattern_name="portal:delete_account")),
    *localized_path(
        _("my-school/learning/"), school.SchoolLearningView.as_view(), "school_learning"
    ),
    path(
        "learning/checklist/<uuid:module_key>/",
        checklist.save_checklist,
        name="checklist_save",
    ),
    *localized_path(_("verify/<str:code>/"), certificates.verify, "certificate_verify"),
    *localized_path(_("verify/<str:code>/certificate.pdf"), certificates.pdf, "certificate_pdf"),
]
