"""Registering, seeing and cancelling a registration, "My events", feeds and the door.

Thin views over ``events/registration.py``, ``checkin.py`` and ``tokens.py``. None is
cached: each shows one person's registration or takes a seat. A link's token is
the only key to a guest's registration; a wrong or foreign token is a 404.
"""

import segno

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from wagtail.models import Locale

from events import calendar, checkin, ics, notices, registration, tokens
from events.forms import RegistrationForm
from events.kinds import RegistrationStatus
from events.models import Occurrence, Registration


def _locale_id():
    return Locale.get_active().pk


def _date_card(occurrence_id):
    """The occurrence with its live page in the visitor's language, or a 404."""
    occurrence = get_object_or_404(Occurrence, pk=occurrence_id)
    found = calendar.cards([occurrence], _locale_id())
    if not found:
        raise Http404(_("This event is not on the calendar in this language."))
    return found[0]


def _qr_svg(url):
    return segno.make(url, error="m").svg_inline(
        scale=5, svgclass="check-in-code__qr", title=_("Check-in code")
    )


def _private(response):
    response["X-Robots-Tag"] = "noindex"
    return response


def _invalid_link(request, message):
    response = render(request, "events/link_invalid.html", {"message": message}, status=404)
    return _private(response)


@never_cache
@require_http_methods(["GET", "POST"])
def register(request, occurrence_id):
    card = _date_card(occurrence_id)
    occurrence, page = card.occurrence, card.page
    user = request.user if request.user.is_authenticated else None
    mine = registration.find_active(occurrence, user) if user else None
    if mine is not None:
        return HttpResponseRedirect(_manage_path(mine))
    form = RegistrationForm(request.POST or None, user=user, page=page)
    status = 200
    if request.method == "POST" and card.can_register and form.is_valid():
        try:
            outcome = registration.register(occurrence, form.details(), user=user)
        except registration.RegistrationClosed as closed:
            messages.error(request, str(closed.message))
            return HttpResponseRedirect(request.path)
        if outcome.created or (user and outcome.registration.user_id == user.pk):
            return HttpResponseRedirect(_manage_path(outcome.registration))
        # Someone else's email or phone: say nothing about that registration.
        notices.registered(outcome.registration)
        messages.info(
            request,
            _(
                "This email or phone number is already registered for this date. We have "
                "sent the confirmation again to the email it was registered with."
            ),
        )
        return HttpResponseRedirect(request.path)
    if request.method == "POST" and not card.can_register:
        status = 409
    context = {"card": card, "page": page, "occurrence": occurrence, "form": form}
    return render(request, "events/register.html", context, status=status)


def _manage_path(found):
    return reverse("events:registration", args=[tokens.manage_token(found)])


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    """A person's registration: where and when, their QR code, and cancel."""
    try:
        found = tokens.registration_for_manage(token)
    except tokens.InvalidToken:
        return _invalid_link(request, _("This link is not valid. Use the link in your email."))
    occurrence = found.occurrence
    ended = occurrence.ends_at <= timezone.now()
    if request.method == "POST":
        if request.POST.get("action") == "cancel" and not ended:
            if registration.cancel(found):
                messages.success(request, _("Your registration is cancelled."))
            else:
                messages.info(request, _("This registration was already cancelled."))
        return HttpResponseRedirect(request.path)
    cards = calendar.cards([occurrence], _locale_id())
    context = {
        "registration": found,
        "occurrence": occurrence,
        "card": cards[0] if cards else None,
        "ended": ended,
        "position": registration.waitlist_position(found),
        "check_in_qr": _qr_svg(notices.check_in_url(found))
        if found.is_confirmed and not ended
        else "",
    }
    return _private(render(request, "events/registration.html", context))


@require_GET
def occurrence_ics(request, occurrence_id):
    """One date as a calendar file ("Add to my calendar")."""
    card = _date_card(occurrence_id)
    cal = ics.calendar(card.page.title, [(card.occurrence, card.page, card.page.full_url or "")])
    return ics.response(cal, f"event-{card.occurrence.pk}.ics", download=True)


@never_cache
@login_required
def my_events(request):
    """The signed-in person's registrations, with cancel links and their own feed."""
    now = timezone.now()
    mine = list(
        Registration.objects.filter(user=request.user)
        .select_related("occurrence", "attendance")
        .order_by("occurrence__starts_at", "pk")
    )
    pages = calendar.pages_by_key({r.occurrence.event_key for r in mine}, _locale_id())
    entries = [
        {
            "registration": r,
            "page": pages.get(r.occurrence.event_key),
            "title": getattr(pages.get(r.occurrence.event_key), "title", r.occurrence.event_title),
            "starts": timezone.localtime(r.occurrence.starts_at),
            "manage_url": _manage_path(r),
            "position": registration.waitlist_position(r) if r.is_waitlisted else None,
        }
        for r in mine
    ]
    feed_path = reverse("events:personal_feed", args=[tokens.feed_secret_for(request.user)])
    context = {
        "upcoming": [e for e in entries if e["registration"].occurrence.ends_at > now],
        "past": [e for e in entries if e["registration"].occurrence.ends_at <= now][::-1],
        "feed_url": request.build_absolute_uri(feed_path),
        "calendar": calendar.index_for(_locale_id()),
    }
    return render(request, "events/my_events.html", context)


@require_POST
@login_required
def reset_feed(request):
    tokens.reset_feed_secret(request.user)
    messages.success(request, _("Your calendar link has changed. The old link no longer works."))
    return HttpResponseRedirect(reverse("events:my_events"))


@require_GET
def personal_feed(request, secret):
    """A person's own registrations as a feed their calendar app subscribes to."""
    feed = get_object_or_404(
        calendar.model("CalendarFeed").objects.select_related("user"), secret=secret
    )
    mine = (
        Occurrence.objects.filter(
            registrations__user=feed.user,
            ends_at__gt=timezone.now() - calendar.FEED_PAST,
        )
        .exclude(registrations__status=RegistrationStatus.CANCELLED)
        .distinct()
        .order_by("starts_at")
    )
    entries = calendar.feed_entries(list(mine), _locale_id())
    cal = ics.calendar(_("My events"), entries)
    return _private(ics.response(cal, "my-events.ics"))


@never_cache
@login_required
@permission_required("events.check_in_attendees", raise_exception=True)
@require_http_methods(["GET", "POST"])
def check_in(request, token):
    """Staff scan a person's QR code: it opens here, and one button checks them in."""
    try:
        found = tokens.registration_for_check_in(token)
    except tokens.InvalidToken:
        return _invalid_link(
            request, _("This check-in code is not valid today. Find the person by name.")
        )
    if request.method == "POST":
        if found.is_cancelled:
            messages.error(request, _("This registration was cancelled."))
        else:
            _attendance, created = checkin.check_in_registration(found, by=request.user)
            if created:
                messages.success(request, _("%(name)s is checked in.") % {"name": found.name})
            else:
                messages.info(request, _("%(name)s was already checked in.") % {"name": found.name})
        return HttpResponseRedirect(request.path)
    cards = calendar.cards([found.occurrence], _locale_id())
    context = {
        "registration": found,
        "card": cards[0] if cards else None,
        "attendance": checkin.attendance_of(found),
    }
    return _private(render(request, "events/check_in.html", context))
