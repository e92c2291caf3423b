"""Staff download of a period's xAPI statements (Reports → xAPI statements)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views import defaults
from django.views.generic import TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import export
from .forms import PeriodForm

#: The statements name learners by pseudonym only, but each is one person's learning,
#: so downloading them is a permission of its own (family-engagement staff).
PERMISSION = "pathways.download_learning_statements"
URL_NAME = "pathways_xapi_download"


class StatementDownloadView(WagtailAdminTemplateMixin, TemplateView):
    """GET shows the period and its count; with ``download`` it returns the JSON file."""

    template_name = "pathways/xapi/download.html"
    page_title = _("xAPI statements")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            # A plain 403 (Wagtail would redirect): scripts fetching the file see why.
            return defaults.permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": None, "label": _("Reports")},
            {"url": None, "label": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        form = PeriodForm(request.GET)
        count = None
        if form.is_valid():
            first, last = form.cleaned_data["date_from"], form.cleaned_data["date_to"]
            statements = export.in_period(first, last)
            if "download" in request.GET:
                return attachment(statements, first, last)
            count = statements.count()
        return self.render_to_response(self.get_context_data(form=form, count=count))


def attachment(statements, first, last):
    response = StreamingHttpResponse(
        export.json_chunks(statements), content_type="application/json; charset=utf-8"
    )
    name = f"xapi-statements-{first.isoformat()}-to-{last.isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response


class StatementsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def admin_urls():
    return [
        path("learning/xapi/", StatementDownloadView.as_view(), name=URL_NAME),
    ]


def menu_item():
    return StatementsMenuItem(
        _("xAPI statements"),
        reverse(URL_NAME),
        name="xapi-statements",
        icon_name="download",
        order=1300,
    )
