"""Admin views of the directory: confirm that a listing is still correct."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _

from portal.middleware import is_local_path
from resources import verification
from resources.models import ServicePage


def confirm_listing(request, page_id):
    """GET asks, POST stamps today's date on the service in every language."""
    service = get_object_or_404(ServicePage, pk=page_id)
    if not verification.may_verify(request.user, service):
        raise PermissionDenied
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not is_local_path(next_url):
        next_url = reverse("wagtailadmin_explore", args=[service.get_parent().pk])
    if request.method == "POST":
        verification.verify(service, request.user)
        messages.success(
            request,
            _("Thank you. “%(title)s” is marked as checked today.") % {"title": service.title},
        )
        return redirect(next_url)
    return TemplateResponse(
        request,
        "resources/admin/confirm_listing.html",
        {"service": service, "next": next_url},
    )


def admin_urls():
    return [
        path("directory/confirm/<int:page_id>/", confirm_listing, name="resources_confirm_listing"),
    ]
