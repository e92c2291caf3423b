"""Admin views of the directory: confirm that a listing is still correct; decide a partner
request; the reports."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _

from portal.middleware import is_local_path
from resources import partner_requests, report_views, verification
from resources.models import PartnerRequest, ServicePage

#: Who may approve partners (family-engagement staff; resources migration 0004).
APPROVE_PERMISSION = "resources.add_partnermembership"


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


def review_partner_request(request, request_id):
    """Staff read a partner request and approve it, or decline it with a reason."""
    if not request.user.has_perm(APPROVE_PERMISSION):
        raise PermissionDenied
    partner_request = get_object_or_404(
        PartnerRequest.objects.select_related("user", "organization", "decided_by"), pk=request_id
    )
    error = ""
    if request.method == "POST" and partner_request.status == PartnerRequest.Status.PENDING:
        decision = request.POST.get("decision")
        reason = request.POST.get("reason", "").strip()
        try:
            if decision == "approve":
                decided = partner_requests.approve(partner_request, request.user)
                messages.success(
                    request,
                    _("%(person)s is now a partner of %(name)s. We emailed them.")
                    % {"person": decided.user.email, "name": decided.organization_label},
                )
                return redirect("wagtailadmin_explore", decided.organization.pk)
            if decision == "decline" and reason:
                partner_requests.decline(partner_request, request.user, reason)
                messages.success(request, _("Request declined. We emailed the reason."))
                return redirect(_request_list_url())
            error = _("Say why you decline the request: the person reads it.")
        except partner_requests.AlreadyDecided:
            messages.warning(request, _("Someone else decided this request first."))
            return redirect(_request_list_url())
        except partner_requests.CannotAsk:
            error = _("This person is already the partner of an organization.")
        except partner_requests.NoDirectory:
            error = _("Publish the directory page first: new organizations go under it.")
    return TemplateResponse(
        request,
        "resources/admin/partner_request.html",
        {
            "partner_request": partner_request,
            "error": error,
            "membership": partner_requests.membership_of(partner_request.user),
            "list_url": _request_list_url(),
        },
    )


def _request_list_url():
    return reverse(PartnerRequest.snippet_viewset.get_url_name("list"))


def admin_urls():
    return [
        path("directory/confirm/<int:page_id>/", confirm_listing, name="resources_confirm_listing"),
        path(
            "directory/partner-requests/<int:request_id>/",
            review_partner_request,
            name="resources_partner_request",
        ),
        path(
            "directory/reports/",
            include((report_views.urlpatterns, "resources_reports"), namespace="resources_reports"),
        ),
    ]
