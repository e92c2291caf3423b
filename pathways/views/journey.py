"""A pathway's own actions, served under the pathway's URL (its routable sub-pages):
starting it, its before/after/looking-back survey, and the name on its certificate.

``PathwayPage`` routes ``start/``, ``survey/<phase>/`` and ``certificate/`` here; the
rules are in ``pathways.learning`` (enroll, submit_survey: one answer per phase,
claim_certificate: the name is fixed once the certificate is issued).
"""

from django.contrib import messages
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext

from pathways.forms import CertificateNameForm
from pathways.learning import (
    AlreadyAnswered,
    answered,
    claim_certificate,
    current_learner,
    enroll,
    enrollment_for,
    learner_for,
    submit_survey,
)
from pathways.scoring import InvalidAnswer
from pathways.survey_forms import SurveyForm

SURVEY_TEMPLATE = "pathways/survey_form.html"


def start(request, pathway):
    """Enroll the learner (once, whichever language copy they start from)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    enroll(learner_for(request), pathway, pathway.locale.language_code)
    messages.success(request, gettext("You have started the pathway. Welcome!"))
    return redirect(pathway.get_url(request))


def survey(request, pathway, phase):
    """GET shows the form (or when it was answered), POST keeps the answers once."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    step = pathway.survey_step(phase)
    if step is None:
        raise Http404
    instrument = step["instrument"]
    context = {
        "instrument": instrument,
        "phase": phase,
        "phase_label": step["phase_label"],
        "survey_step": step,
    }
    learner = current_learner(request)
    earlier = answered(learner, instrument, phase, pathway) if learner is not None else None
    if earlier is not None and request.method != "POST":
        return pathway.render(
            request, template=SURVEY_TEMPLATE, context_overrides={**context, "answered": earlier}
        )
    form = SurveyForm(
        instrument.definition(), phase, data=request.POST if request.method == "POST" else None
    )
    if form.is_valid():
        try:
            submit_survey(
                learner_for(request),
                instrument,
                phase,
                form.answers(),
                pathway.locale.language_code,
                pathway_page=pathway,
            )
        except InvalidAnswer:
            form.add_error(None, gettext("Some answers were not on the scale. Please check them."))
        except AlreadyAnswered as refused:
            response = pathway.render(
                request,
                template=SURVEY_TEMPLATE,
                context_overrides={**context, "answered": refused.response, "refused": True},
            )
            response.status_code = 409
            return response
        else:
            messages.success(request, gettext("Thank you. Your answers are saved."))
            return redirect(pathway.get_url(request))
    return pathway.render(
        request, template=SURVEY_TEMPLATE, context_overrides={**context, "form": form}
    )


def certificate(request, pathway):
    """POST: the name to print on a finished pathway's certificate, then the certificate.

    Only for the signed-in person who finished it; the form is on the pathway page. A
    certificate already issued keeps its name (it is fixed)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect(pathway.get_url(request))
    enrollment = enrollment_for(request.user, pathway)
    form = CertificateNameForm(request.POST)
    if enrollment is None or enrollment.completed_at is None or not pathway.issues_certificate:
        raise Http404
    if not form.is_valid():
        messages.error(request, gettext("Please write your first and last name."))
        return redirect(pathway.get_url(request) + "#certificate")
    issued = claim_certificate(
        enrollment, form.cleaned_data["first_name"], form.cleaned_data["last_name"]
    )
    messages.success(request, gettext("Your certificate is ready."))
    return redirect("pathways:certificate_verify", code=issued.code)
