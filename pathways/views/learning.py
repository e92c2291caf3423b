"""My learning, "download my data" and "delete my account" for a signed-in person.

Everything here reads ``request.user``'s records only: no view takes an id of a
record or a person, so nobody can reach anyone else's data through them.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.http import HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from django.views.generic import FormView, TemplateView

from pathways import exports, xapi
from pathways.models import (
    Certificate,
    Enrollment,
    LearnerKey,
    PathwayPage,
    QuizAttempt,
    SurveyResponse,
)


def _pathways_by_key(enrollments):
    """The live pathway page for each enrollment, in its language if there is that copy."""
    keys = {e.pathway_key for e in enrollments}
    found = {}
    if not keys:
        return found
    pages = PathwayPage.objects.live().filter(translation_key__in=keys).select_related("locale")
    for page in pages:
        found.setdefault(page.translation_key, {})[page.locale.language_code] = page
    return found


def enrollment_rows(user):
    """The person's enrollments with their progress percent (a fixed number of queries)."""
    enrollments = list(Enrollment.objects.filter(user=user).prefetch_related("step_completions"))
    pages = _pathways_by_key(enrollments)
    rows = []
    for enrollment in enrollments:
        copies = pages.get(enrollment.pathway_key, {})
        pathway = copies.get(enrollment.language) or next(iter(copies.values()), None)
        percent = None
        if enrollment.completed_at is None and pathway is not None:
            done = [s.step_id for s in enrollment.step_completions.all()]
            try:
                progress = pathway.progress_of(done)
            except ValueError:  # an editor's rule no longer fits the steps
                progress = None
            percent = progress.percent if progress else None
        rows.append({"enrollment": enrollment, "pathway": pathway, "percent": percent})
    return rows


def quiz_rows(user):
    """One row per module: best and last percent, passed (ever), number of attempts."""
    by_module = {}
    for attempt in QuizAttempt.objects.filter(user=user).order_by("submitted_at", "pk"):
        row = by_module.setdefault(attempt.module_key, {"best": 0, "attempts": 0, "passed": False})
        row["title"] = attempt.module_title
        row["last"] = attempt.percent
        row["last_at"] = attempt.submitted_at
        row["best"] = max(row["best"], attempt.percent)
        row["attempts"] += 1
        row["passed"] = row["passed"] or (attempt.passed and attempt.within_limit)
    return sorted(by_module.values(), key=lambda row: row["last_at"], reverse=True)


class MyLearningView(LoginRequiredMixin, TemplateView):
    template_name = "pathways/my_learning.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            enrollments=enrollment_rows(user),
            quizzes=quiz_rows(user),
            surveys=list(SurveyResponse.objects.filter(user=user).order_by("-submitted_at")),
            certificates=list(Certificate.objects.filter(enrollment__user=user)),
            **kwargs,
        )


def _attachment(content, content_type, extension):
    response = HttpResponse(content, content_type=content_type)
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="my-learning-{stamp}.{extension}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@login_required
def export_json(request):
    data = exports.person_data(request.user)
    return _attachment(exports.to_json(data), "application/json; charset=utf-8", "json")


@require_GET
@login_required
def export_csv(request):
    data = exports.person_data(request.user)
    # A byte-order mark so spreadsheet programs read the accents right.
    return _attachment("\ufeff" + exports.to_csv(data), "text/csv; charset=utf-8", "csv")


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To make sure it is you, type the password you sign in with."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("That password is not right. Your account has not been deleted."),
                code="wrong_password",
            )
        return password


@transaction.atomic
def delete_person(user):
    """Delete the account; learning records stay for totals, with nothing that names the person.

    Records lose their ``user`` (SET_NULL), the person's learner key row goes with the
    account, names kept on certificates are blanked and xAPI statements name the
    anonymous learner key instead of the hashed email.
    """
    xapi.forget_person(user)
    Certificate.objects.filter(enrollment__user=user).update(recipient_name="")
    LearnerKey.objects.filter(user=user).delete()
    user.delete()


class DeleteAccountView(LoginRequiredMixin, FormView):
    template_name = "pathways/delete_account.html"
    form_class = DeleteAccountForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        user = self.request.user
        logout(self.request)
        delete_person(user)
        messages.success(
            self.request,
            gettext("Your account is deleted. Thank you for learning with us."),
        )
        return HttpResponseRedirect(f"/{get_language()}/")
