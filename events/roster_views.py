"""The admin's list of who is coming to one date: search at the door, check in, export
(CSV/XLSX) and message everyone registered. Thin views over ``events/rosters.py``."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from events import checkin, rosters
from events.kinds import CheckInRoute
from events.models import Occurrence
from portal.reports import PortalReportView

VIEW_PERMISSION = "events.view_registration"
CHECK_IN_PERMISSION = "events.check_in_attendees"
MESSAGE_PERMISSION = "events.change_occurrence"


class RosterView(PortalReportView):
    """Everyone registered for one date, with the waitlist in order."""

    template_name = "events/admin/roster.html"
    results_template_name = "events/admin/roster_results.html"
    header_icon = "group"
    paginate_by = 200
    permission = VIEW_PERMISSION
    index_url_name = "events_roster:roster"
    index_results_url_name = "events_roster:roster_results"
    export_columns = [
        ("name", gettext_lazy("Name")),
        ("email", gettext_lazy("Email")),
        ("phone", gettext_lazy("Phone")),
        ("status", gettext_lazy("Status")),
        ("position", gettext_lazy("Waitlist position")),
        ("registered_as", gettext_lazy("Registered as")),
        ("school", gettext_lazy("School")),
        ("language", gettext_lazy("Language")),
        ("children", gettext_lazy("Children coming")),
        ("interpretation", gettext_lazy("Interpretation")),
        ("childcare", gettext_lazy("Childcare")),
        ("other_needs", gettext_lazy("Other needs")),
        ("registered_at", gettext_lazy("Registered")),
        ("checked_in_at", gettext_lazy("Checked in")),
    ]

    @property
    def occurrence(self):
        if not hasattr(self, "_occurrence"):
            self._occurrence = get_object_or_404(Occurrence, pk=self.kwargs["occurrence_id"])
        return self._occurrence

    @property
    def page_title(self):
        return _("Who is coming")

    def get_page_subtitle(self):
        return str(self.occurrence)

    def get_filename(self):
        local = timezone.localtime(self.occurrence.starts_at)
        return f"registrations-{self.occurrence.pk}-{local:%Y-%m-%d}"

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.occurrence.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.occurrence.pk])

    def get_queryset(self):
        return rosters.roster(self.occurrence, self.request.GET.get("q", ""))

    def export_rows(self, rows):
        position = 0
        result = []
        for registration in rows:
            if registration.is_waitlisted:
                position += 1
            attendance = getattr(registration, "attendance", None)
            result.append(
                {
                    "name": registration.name,
                    "email": registration.email,
                    "phone": str(registration.phone or ""),
                    "status": str(registration.get_status_display()),
                    "position": position if registration.is_waitlisted else "",
                    "registered_as": str(registration.get_route_display()),
                    "school": registration.school.name if registration.school_id else "",
                    "language": registration.language,
                    "children": registration.children,
                    "interpretation": registration.interpretation_language
                    or (_("Yes") if registration.needs_interpretation else ""),
                    "childcare": _("Yes") if registration.needs_childcare else "",
                    "other_needs": registration.other_needs,
                    "registered_at": timezone.localtime(registration.created_at).replace(
                        tzinfo=None
                    ),
                    "checked_in_at": timezone.localtime(attendance.checked_in_at).replace(
                        tzinfo=None
                    )
                    if attendance
                    else "",
                }
            )
        return result

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        user = self.request.user
        context.update(
            occurrence=self.occurrence,
            counts=rosters.counts(self.occurrence),
            walk_ins=rosters.walk_ins(self.occurrence),
            q=self.request.GET.get("q", ""),
            may_check_in=user.has_perm(CHECK_IN_PERMISSION),
            may_message=user.has_perm(MESSAGE_PERMISSION),
        )
        return context


@require_POST
def check_in_from_list(request, occurrence_id, registration_id):
    """Staff found the person on the list: one button checks them in."""
    if not request.user.has_perm(CHECK_IN_PERMISSION):
        raise PermissionDenied
    occurrence = get_object_or_404(Occurrence, pk=occurrence_id)
    registration = get_object_or_404(occurrence.registrations, pk=registration_id)
    back = reverse("events_roster:roster", args=[occurrence.pk])
    q = request.POST.get("q", "")
    if q:
        back += "?" + urlencode({"q": q})
    if registration.is_cancelled:
        messages.error(request, _("This registration was cancelled."))
        return redirect(back)
    _attendance, created = checkin.check_in_registration(
        registration, by=request.user, route=CheckInRoute.LIST
    )
    if created:
        messages.success(request, _("%(name)s is checked in.") % {"name": registration.name})
    else:
        messages.info(request, _("%(name)s was already checked in.") % {"name": registration.name})
    return redirect(back)


class MessageForm(forms.Form):
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=150)
    body = forms.CharField(
        label=gettext_lazy("Message"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=5000,
        help_text=gettext_lazy(
            "Sent as written to everyone who gave an email. Write it in the languages "
            "they chose (the list shows each person's language). Replies come to the office."
        ),
    )
    include_waitlist = forms.BooleanField(
        label=gettext_lazy("Also the people on the waitlist"), required=False, initial=True
    )


def message_registrants(request, occurrence_id):
    if not request.user.has_perm(MESSAGE_PERMISSION):
        raise PermissionDenied
    occurrence = get_object_or_404(Occurrence, pk=occurrence_id)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        sent = rosters.message_registrants(
            occurrence,
            form.cleaned_data["subject"],
            form.cleaned_data["body"],
            include_waitlist=form.cleaned_data["include_waitlist"],
        )
        messages.success(
            request,
            ngettext("Sent to %(count)s person.", "Sent to %(count)s people.", sent)
            % {"count": sent},
        )
        return redirect("events_roster:roster", occurrence.pk)
    return TemplateResponse(
        request,
        "events/admin/message.html",
        {
            "occurrence": occurrence,
            "form": form,
            "roster_url": reverse("events_roster:roster", args=[occurrence.pk]),
        },
    )


app_name = "events_roster"
urlpatterns = [
    path("<int:occurrence_id>/people/", RosterView.as_view(), name="roster"),
    path(
        "<int:occurrence_id>/people/results/",
        RosterView.as_view(results_only=True),
        name="roster_results",
    ),
    path(
        "<int:occurrence_id>/people/<int:registration_id>/check-in/",
        check_in_from_list,
        name="check_in",
    ),
    path("<int:occurrence_id>/message/", message_registrants, name="message"),
]
