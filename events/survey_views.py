"""The post-event survey page, opened by the link in the survey email (no sign-in).

A thin view over ``events/surveys.py`` and ``events/tokens.py``. The token is the
only key: a wrong, tampered or foreign-purpose token is a 404 with the usual "link
not valid" page. A person who answered sees a thank-you; a survey past its 30 days
says it has closed. Never cached, never indexed.
"""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale

from events import calendar, surveys, tokens
from events.survey_forms import EventSurveyForm

FORM, ANSWERED, CLOSED, NOT_YET = "form", "answered", "closed", "not_yet"


def _private(response):
    response["X-Robots-Tag"] = "noindex"
    return response


def _title(occurrence):
    """The event's title in the page's language (its snapshot if the page is gone)."""
    pages = calendar.pages_by_key([occurrence.event_key], Locale.get_active().pk)
    page = pages.get(occurrence.event_key)
    return page.title if page else occurrence.event_title


@never_cache
@require_http_methods(["GET", "POST"])
def survey(request, token):
    try:
        attendance = tokens.attendance_for_survey(token)
    except tokens.InvalidToken:
        response = render(
            request,
            "events/link_invalid.html",
            {"message": _("This survey link is not valid. Use the link in your email.")},
            status=404,
        )
        return _private(response)
    occurrence = attendance.occurrence
    now = timezone.now()
    answered = surveys.response_of(attendance)
    form = None
    refused = ""
    status = 200
    if answered is not None:
        state = ANSWERED
        if request.method == "POST":
            refused, status = _("Your new answers were not saved."), 409
    elif now < occurrence.ends_at:
        state = NOT_YET
    elif not surveys.is_open(occurrence, now):
        state = CLOSED
        status = 410 if request.method == "POST" else 200
    else:
        state = FORM
        form = EventSurveyForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                surveys.record_answer(
                    attendance, form.cleaned_data, language=translation.get_language(), now=now
                )
            except surveys.AlreadyAnswered as already:
                answered, state, form = already.response, ANSWERED, None
                refused, status = _("Your new answers were not saved."), 409
            else:
                return HttpResponseRedirect(request.path)
    context = {
        "state": state,
        "attendance": attendance,
        "occurrence": occurrence,
        "title": _title(occurrence),
        "starts": timezone.localtime(occurrence.starts_at),
        "closes": timezone.localtime(surveys.closes_at(occurrence)),
        "form": form,
        "answered": answered,
        "refused": refused,
    }
    return _private(render(request, "events/survey.html", context, status=status))
