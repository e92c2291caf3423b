"""Taking a module's quiz: the POST of the quiz form on a module page.

``HowToModulePage.serve`` hands a POST here; the rules (limits, replays,
scoring, completing steps) are in ``pathways.learning.submit_quiz``. The page
is shown again with the result, never from a cache.
"""

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from pathways import scoring
from pathways.forms import QuizForm
from pathways.learning import AttemptsExhausted, NoQuiz, learner_for, submit_quiz
from pathways.models.records import QuizAttempt


def take_quiz(request, page):
    """Score a submitted attempt and show the module page with its result."""
    learner = learner_for(request)
    used = (
        learner.owns(QuizAttempt.objects)
        .filter(module_key=page.translation_key)
        .order_by("-attempt_number")
        .values_list("attempt_number", flat=True)
        .first()
    ) or 0
    form = QuizForm(page.quiz_definition(), request.POST, seed=used + 1)
    attempt = error = None
    status = 200
    if form.is_valid():
        try:
            attempt = submit_quiz(learner, page, form.answers(), page.locale.language_code)
        except AttemptsExhausted:
            status = 409
        except scoring.InvalidAnswer:
            error = _("This quiz has changed since the page was loaded. Please answer again.")
            form = None
            status = 400
        except NoQuiz:
            status = 400
    quiz = page.quiz_state(request, form=form, attempt=attempt, error=error, create=True)
    context = page.get_context(request, quiz=quiz)
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    add_never_cache_headers(response)
    return response
