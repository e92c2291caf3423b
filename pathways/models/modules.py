"""How-to modules: short lessons with an optional quiz."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pathways.blocks import ModuleBodyBlock, ObjectivesBlock, QuizBlock, question_errors
from pathways.checklists import checklist_state
from pathways.forms import QuizForm, ordered_questions
from pathways.learning import current_learner, learner_for
from pathways.placement import placement_of
from pathways.views import quiz as quiz_views
from portal.models import BasePage

from .records import QuizAttempt

TOPICS = [
    ("school_system", _("Understanding the school system")),
    ("learning_at_home", _("Supporting learning at home")),
    ("communication", _("Talking with the school")),
    ("technology", _("Parent Portal and school technology")),
    ("wellbeing", _("Health and well-being")),
    ("leadership", _("Leadership and advocacy")),
    ("college_career", _("College and career")),
    ("staff_practice", _("Practice for school staff")),
]


class HowToModulePage(BasePage):
    """A short “How to” lesson: objectives, a body of blocks, and an optional quiz."""

    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=10,
        validators=[MinValueValidator(1)],
        help_text=_("About how long reading the module and taking its quiz takes."),
    )
    topic = models.CharField(_("topic"), max_length=40, choices=TOPICS, blank=True)
    learning_objectives = StreamField(
        ObjectivesBlock(),
        verbose_name=_("learning objectives"),
        blank=True,
        help_text=_("What the reader will be able to do afterwards: one per line."),
    )
    body = StreamField(ModuleBodyBlock(), verbose_name=_("body"), blank=True)

    quiz_questions = StreamField(
        QuizBlock(),
        verbose_name=_("quiz questions"),
        blank=True,
        help_text=_("Leave empty for a module without a quiz."),
    )
    quiz_pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of points needed to pass, in percent."),
    )
    quiz_max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        default=0,
        help_text=_("0 means unlimited attempts."),
    )
    quiz_shuffle = models.BooleanField(
        _("shuffle"),
        default=False,
        help_text=_("Show the questions and their choices in a different order each attempt."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("estimated_minutes"), FieldPanel("topic")], heading=_("About the module")
        ),
        FieldPanel("learning_objectives"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("quiz_questions"),
                FieldPanel("quiz_pass_mark"),
                FieldPanel("quiz_max_attempts"),
                FieldPanel("quiz_shuffle"),
            ],
            heading=_("Quiz"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("learning_objectives"),
        index.FilterField("topic"),
    ]

    parent_page_types = ["pathways.LearningIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("How-to module")
        verbose_name_plural = _("How-to modules")

    def save(self, *args, **kwargs):
        # Load every block before saving so list items given as raw data (demo loader,
        # imports) get their ids now: a quiz choice's id must never change later.
        for stream in (self.body, self.quiz_questions):
            list(stream)
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = []
        for number, question in enumerate(self.quiz_questions, start=1):
            for message in question_errors(question.value):
                errors.append(
                    ValidationError(
                        _("Question %(number)s: %(message)s"),
                        params={"number": number, "message": message},
                    )
                )
        if errors:
            raise ValidationError({"quiz_questions": errors})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Editors see the quiz's questions (read-only) in the preview; visitors take it.
        preview = bool(getattr(request, "is_preview", False))
        context["quiz_preview"] = preview and self.has_quiz
        context["quiz_enabled"] = not preview and self.has_quiz
        if context["quiz_enabled"]:
            context["quiz"] = kwargs.get("quiz") or self.quiz_state(request)
        # The checklists' saved ticks (signed in) or a "sign in to save" note (visitors).
        context["checklist_state"] = checklist_state(self, request)
        # Which pathways include the module; the visitor's step and next step in theirs.
        context["placement"] = placement_of(self, request)
        return context

    # ----------------------------------------------------------------------
    # Taking the quiz: GET shows the form; a POST is scored by
    # pathways.views.quiz, which shows the page again with the result.
    # ----------------------------------------------------------------------

    @staticmethod
    def _quiz_learner(request, create):
        """The learner of the request; None for a visitor with no session yet (GET)."""
        return learner_for(request) if create else current_learner(request)

    def quiz_state(self, request, *, form=None, attempt=None, error=None, create=False):
        """What the quiz section shows: the form, a result, or why there is no form."""
        definition = self.quiz_definition()
        learner = self._quiz_learner(request, create)
        attempts = []
        if learner is not None:
            attempts = list(
                learner.owns(QuizAttempt.objects)
                .filter(module_key=self.translation_key)
                .only("attempt_number", "passed", "within_limit", "percent", "submitted_at")
                .order_by("attempt_number")
            )
        used = attempts[-1].attempt_number if attempts else 0
        allowed = definition["max_attempts"]
        remaining = max(allowed - used, 0) if allowed else None
        exhausted = bool(allowed) and used >= allowed
        passed = any(a.passed and a.within_limit for a in attempts)
        show_form = not exhausted and (attempt is None or not attempt.passed)
        if show_form and (form is None or attempt is not None):
            form = QuizForm(definition, seed=used + 1)
        return {
            "definition": definition,
            "form": form if show_form else None,
            "attempt": attempt,
            "feedback": self.quiz_feedback(definition, attempt) if attempt else None,
            "attempts_used": used,
            "attempts_allowed": allowed,
            "attempts_remaining": remaining,
            "exhausted": exhausted,
            "passed_before": passed,
            "error": error,
            "anonymous": not request.user.is_authenticated,
        }

    @staticmethod
    def quiz_feedback(definition, attempt):
        """Per question: the choices with right/chosen flags, feedback, explanation."""
        results = {r.question_id: r for r in attempt.result.results}
        seed = attempt.attempt_number if definition.get("shuffle") else None
        feedback = []
        for number, question in enumerate(ordered_questions(definition, seed), start=1):
            result = results[question["question_id"]]
            choices = [
                dict(
                    choice,
                    chosen=choice["choice_id"] in result.chosen,
                    right=choice["choice_id"] in result.correct_ids,
                )
                for choice in question["choices"]
            ]
            feedback.append(
                {
                    "number": number,
                    "prompt": question["prompt"],
                    "kind": question["kind"],
                    "correct": result.correct,
                    "choices": choices,
                    "explanation": question["explanation"],
                }
            )
        return feedback

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and self.has_quiz and not getattr(request, "is_preview", False):
            return quiz_views.take_quiz(request, self)
        return super().serve(request, *args, **kwargs)

    @property
    def has_quiz(self):
        return len(self.quiz_questions) > 0

    def quiz_definition(self):
        """The quiz as plain data for pathways/scoring.py and for attempt snapshots.

        A question's `question_id` is its StreamField block id and a choice's
        `choice_id` its list item id: both survive edits and are shared by the
        page's translations, so results of every language and revision add up.
        """
        questions = []
        for question in self.quiz_questions:
            value = question.value
            questions.append(
                {
                    "question_id": question.id,
                    "kind": value["kind"],
                    "prompt": value["prompt"],
                    "explanation": value["explanation"],
                    "choices": [
                        {
                            "choice_id": choice.id,
                            "text": choice.value["text"],
                            "correct": bool(choice.value["correct"]),
                            "feedback": choice.value["feedback"],
                        }
                        for choice in value["choices"].bound_blocks
                    ],
                }
            )
        return {
            "module_key": str(self.translation_key),
            "pass_mark": self.quiz_pass_mark,
            "max_attempts": self.quiz_max_attempts,
            "shuffle": self.quiz_shuffle,
            "questions": questions,
        }
