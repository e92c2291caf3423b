"""Admin reports for family-engagement staff: stale listings (with reminders) and expired
opportunities, in the Reports menu, with CSV and XLSX export.

Thin views on Wagtail's ``ReportView``: the rows come from ``resources/review.py``
and the reminders from ``resources/reminders.py``, which the scheduled command shares.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from portal.reports import PortalReportView
from resources import directory, reminders, review
from resources.models import PartnerRequest

#: Who may read these reports and send reminders (resources migration 0005).
REVIEW_PERMISSION = "resources.review_listings"


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


class ListingReportView(PortalReportView):
    """What both reports share: permission, explanation, a dated export of plain rows."""

    template_name = "resources/reports/report.html"
    paginate_by = 100
    header_icon = "site"
    permission = REVIEW_PERMISSION

    def get_filename(self):
        return f"{self.export_stem}-{timezone.localdate():%Y-%m-%d}"

    def export_rows(self, rows):
        return [self.export_row(row) for row in rows]


class StaleListingsView(ListingReportView):
    page_title = gettext_lazy("Listings to check")
    index_url_name = "resources_reports:stale"
    index_results_url_name = "resources_reports:stale_results"
    results_template_name = "resources/reports/stale_results.html"
    export_stem = "listings-to-check"
    export_columns = [
        ("listing", gettext_lazy("Listing")),
        ("organization", gettext_lazy("Organization")),
        ("last_checked", gettext_lazy("Last checked")),
        ("days_since", gettext_lazy("Days since checked")),
        ("contacts", gettext_lazy("Contacts to remind")),
        ("reminded_on", gettext_lazy("Reminded this period")),
        ("admin_url", gettext_lazy("Edit in the admin")),
    ]

    def get_queryset(self):
        return review.stale_listings(language=self.request.LANGUAGE_CODE)

    def export_row(self, row):
        return {
            "listing": row.service.title,
            "organization": row.service.organization.title,
            "last_checked": row.last_verified,
            "days_since": row.days_since,
            "contacts": len(row.contacts),
            "reminded_on": row.reminded_on,
            "admin_url": self.request.build_absolute_uri(edit_url(row.service)),
        }

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = self.object_list
        context.update(
            explanation=_(
                "Listed services nobody has confirmed in the last %(days)s days, oldest first. "
                "Partners confirm a listing in one click; each is reminded at most once "
                "every %(period)s days (the scheduled reminders and this button share "
                "that rule)."
            )
            % {
                "days": directory.stale_after_days(),
                "period": review.period_days(),
            },
            to_remind=sum(1 for row in rows if row.contacts and row.reminded_on is None),
            send_url=reverse("resources_reports:send_reminders"),
        )
        return context


class ExpiredOpportunitiesView(ListingReportView):
    page_title = gettext_lazy("Expired opportunities")
    index_url_name = "resources_reports:expired"
    index_results_url_name = "resources_reports:expired_results"
    results_template_name = "resources/reports/expired_results.html"
    export_stem = "expired-opportunities"
    export_columns = [
        ("opportunity", gettext_lazy("Opportunity")),
        ("organization", gettext_lazy("Organization")),
        ("kind", gettext_lazy("Kind")),
        ("expired_on", gettext_lazy("Expired on")),
        ("days_expired", gettext_lazy("Days since it expired")),
        ("admin_url", gettext_lazy("Edit in the admin")),
    ]

    def get_queryset(self):
        return review.expired_opportunities(language=self.request.LANGUAGE_CODE)

    def export_row(self, row):
        opportunity = row.opportunity
        return {
            "opportunity": opportunity.title,
            "organization": opportunity.organization.title,
            "kind": str(opportunity.get_kind_display()),
            "expired_on": opportunity.expires_on,
            "days_expired": row.expired_days,
            "admin_url": self.request.build_absolute_uri(edit_url(opportunity)),
        }

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(
            explanation=_(
                "Opportunities past their expiry date that are still published. Families no "
                "longer see them in the directory; update the dates or unpublish them."
            ),
        )
        return context


@require_POST
def send_reminders(request):
    """The staff button: remind now whoever the schedule has not reminded this period."""
    if not request.user.has_perm(REVIEW_PERMISSION):
        raise PermissionDenied
    sent = reminders.send_reminders(sent_by=request.user)
    if sent.listings:
        messages.success(
            request,
            ngettext(
                "Reminder sent about %(listings)s listing (%(emails)s emails).",
                "Reminders sent about %(listings)s listings (%(emails)s emails).",
                sent.listings,
            )
            % {"listings": sent.listings, "emails": sent.emails},
        )
    else:
        messages.info(
            request, _("Nothing to send: every listing's contacts were reminded in this period.")
        )
    if sent.unreachable:
        messages.warning(
            request,
            _("No partner or email address to remind for: %(titles)s")
            % {"titles": ", ".join(sent.unreachable)},
        )
    return redirect("resources_reports:stale")


REPORTS = [
    # (url name, path, view, menu label, icon)
    ("stale", "stale-listings/", StaleListingsView, gettext_lazy("Listings to check"), "history"),
    (
        "expired",
        "expired-opportunities/",
        ExpiredOpportunitiesView,
        gettext_lazy("Expired opportunities"),
        "calendar",
    ),
]
MENU_ORDER = 1600  # after the learning reports

urlpatterns = [path("send-reminders/", send_reminders, name="send_reminders")]
for name, route, view, _label, _icon in REPORTS:
    urlpatterns += [
        path(route, view.as_view(), name=name),
        path(f"{route}results/", view.as_view(results_only=True), name=f"{name}_results"),
    ]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REVIEW_PERMISSION)


def menu_items():
    """For the ``register_reports_menu_item`` hook, one per report."""
    return [
        ReviewMenuItem(
            label,
            reverse(f"resources_reports:{name}"),
            name=f"directory-{name}",
            icon_name=icon,
            order=MENU_ORDER + order,
        )
        for order, (name, _route, _view, label, icon) in enumerate(REPORTS)
    ]


class WaitingForStaffPanel(Component):
    """On the admin home: partner requests, listings to check, expired opportunities."""

    template_name = "resources/admin/home_panel.html"
    order = 110  # above the figures: what waits for staff comes first

    def get_context_data(self, parent_context=None):
        return {
            "counts": review.counts(),
            "requests_url": reverse(PartnerRequest.snippet_viewset.get_url_name("list"))
            + "?status=pending",
            "stale_url": reverse("resources_reports:stale"),
            "expired_url": reverse("resources_reports:expired"),
        }


def homepage_panels(request, panels):
    """For the ``construct_homepage_panels`` hook."""
    if request.user.has_perm(REVIEW_PERMISSION):
        panels.append(WaitingForStaffPanel())
