"""My learning for a signed-in person ("download my data" and "delete my account" are
portal's, in ``portal/views.py``; pathways registers its records in ``personal_data.py``).

Everything here reads ``request.user``'s records only: no view takes an id of a
record or a person, so nobody can reach anyone else's data through them.
"""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import TemplateView

from pathways.models import Certificate, Enrollment, PathwayPage, QuizAttempt, SurveyResponse
from pathways.placement import pathway_steps


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


def enrollment_rows(user, request=None):
    """The person's enrollments with their progress percent and the step to continue with
    (a fixed number of queries)."""
    enrollments = list(Enrollment.objects.filter(user=user).prefetch_related("step_completions"))
    pages = _pathways_by_key(enrollments)
    rows = []
    for enrollment in enrollments:
        copies = pages.get(enrollment.pathway_key, {})
        pathway = copies.get(enrollment.language) or next(iter(copies.values()), None)
        percent = next_step = None
        if enrollment.completed_at is None and pathway is not None:
            done = [s.step_id for s in enrollment.step_completions.all()]
            try:
                progress = pathway.progress_of(done)
            except ValueError:  # an editor's rule no longer fits the steps
                progress = None
            percent = progress.percent if progress else None
            if progress is not None and progress.next_step is not None:
                steps = pathway_steps(pathway.locale_id, request).get(str(pathway.translation_key))
                next_step = steps.link(progress.next_step.step_id) if steps else None
        rows.append(
            {"enrollment": enrollment, "pathway": pathway, "percent": percent, "next": next_step}
        )
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
            enrollments=enrollment_rows(user, self.request),
            quizzes=quiz_rows(user),
            surveys=list(SurveyResponse.objects.filter(user=user).order_by("-submitted_at")),
            certificates=list(Certificate.objects.filter(enrollment__user=user)),
            **kwargs,
        )
