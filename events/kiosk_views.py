"""The kiosk's pages (a tablet at the door) and the admin page that opens it.

Thin views over ``events/kiosk.py``. The kiosk's browser has no signed-in person;
``events.middleware.KioskMiddleware`` keeps it on these pages while it is open.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from wagtail.models import Locale

from events import calendar, kiosk
from events.forms import WalkInForm
from events.models import Occurrence

CHECK_IN_PERMISSION = "events.check_in_attendees"


@login_required
def open_kiosk(request, occurrence_id):
    """Staff: GET explains, POST turns this device into the date's kiosk."""
    if not request.user.has_perm(CHECK_IN_PERMISSION):
        raise PermissionDenied
    occurrence = get_object_or_404(Occurrence, pk=occurrence_id)
    if request.method == "POST" and kiosk.may_open(occurrence):
        kiosk.open_kiosk(request, occurrence)
        return redirect("events:kiosk")
    return TemplateResponse(
        request,
        "events/admin/open_kiosk.html",
        {"occurrence": occurrence, "may_open": kiosk.may_open(occurrence)},
    )


def _kiosk_page(request, template, context=None, status=200):
    occurrence = kiosk.current(request.session)
    if occurrence is None:
        return render(request, "events/kiosk/closed.html", status=410)
    cards = calendar.cards([occurrence], Locale.get_active().pk)
    base = {"occurrence": occurrence, "card": cards[0] if cards else None}
    return render(request, template, base | (context or {}), status=status)


@never_cache
def home(request):
    return _kiosk_page(request, "events/kiosk/home.html")


@never_cache
@require_http_methods(["GET", "POST"])
def find(request):
    """A registered person types part of their name and taps it."""
    occurrence = kiosk.current(request.session)
    if occurrence is None:
        return render(request, "events/kiosk/closed.html", status=410)
    if request.method == "POST":
        try:
            chosen = int(request.POST.get("registration", ""))
        except ValueError:
            chosen = None
        done = kiosk.check_in_registered(occurrence, chosen) if chosen else None
        if done is None:
            messages.error(request, _("We could not find that registration. Try again."))
            return redirect("events:kiosk_find")
        attendance, created = done
        return _welcome(request, attendance, created)
    typed = " ".join(request.GET.get("name", "").split())[:60]
    people = kiosk.find_registered(occurrence, typed) if typed else []
    return _kiosk_page(
        request,
        "events/kiosk/find.html",
        {"typed": typed, "people": people, "searched": bool(typed)},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def walk_in(request):
    """Someone who did not register signs in."""
    occurrence = kiosk.current(request.session)
    if occurrence is None:
        return render(request, "events/kiosk/closed.html", status=410)
    form = WalkInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        attendance, created = kiosk.walk_in(occurrence, form.details())
        return _welcome(request, attendance, created)
    return _kiosk_page(request, "events/kiosk/walk_in.html", {"form": form})


def _welcome(request, attendance, created):
    request.session["events_kiosk_welcome"] = {
        "name": attendance.short_name,
        "again": not created,
    }
    return redirect("events:kiosk_done")


@never_cache
def done(request):
    welcome = request.session.pop("events_kiosk_welcome", None)
    if welcome is None:
        return redirect("events:kiosk")
    return _kiosk_page(request, "events/kiosk/done.html", {"welcome": welcome})


@require_POST
def close(request):
    kiosk.close(request.session)
    messages.info(request, _("The kiosk is closed."))
    return redirect(reverse("wagtailadmin_login"))
