from django.urls import path

from pathways.views import certificates, learning

app_name = "pathways"

urlpatterns = [
    path("my-learning/", learning.MyLearningView.as_view(), name="my_learning"),
    path("my-learning/export.json", learning.export_json, name="export_json"),
    path("my-learning/export.csv", learning.export_csv, name="export_csv"),
    path("my-learning/delete/", learning.DeleteAccountView.as_view(), name="delete_account"),
    path("verify/<str:code>/", certificates.verify, name="certificate_verify"),
]
