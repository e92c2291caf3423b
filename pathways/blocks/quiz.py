"""A module's quiz: questions and choices. The rules a question must follow live in
``question_errors``, shared by the block's ``clean`` (the admin form) and
``HowToModulePage.clean`` (any save)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from pathways.kinds import MULTIPLE, QUESTION_KINDS, SINGLE, TRUE_FALSE


def question_errors(value):
    """What is wrong with one quiz question (a QuestionBlock value or dict), as messages."""
    kind = value.get("kind")
    choices = list(value.get("choices") or [])
    correct = sum(1 for choice in choices if choice.get("correct"))
    errors = []
    if kind == TRUE_FALSE and len(choices) != 2:
        errors.append(_("A true-or-false question has exactly two choices."))
    if kind in (SINGLE, TRUE_FALSE) and correct != 1:
        errors.append(_("Mark exactly one choice as correct."))
    if kind == MULTIPLE and correct < 1:
        errors.append(_("Mark at least one choice as correct."))
    return errors


class QuizChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=250)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"),
        required=False,
        help_text=_("Shown after the answer is checked, for example why it is right or wrong."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Choice")
        template = "pathways/blocks/quiz_choice_block.html"
        description = _("One answer the learner can choose, with feedback.")


class QuestionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=QUESTION_KINDS, default=SINGLE)
    prompt = blocks.TextBlock(label=_("Question"))
    choices = blocks.ListBlock(QuizChoiceBlock(), label=_("Choices"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        help_text=_("Shown after the quiz is checked, whatever was answered."),
    )

    class Meta:
        icon = "help"
        label = _("Question")
        template = "pathways/blocks/question_block.html"
        description = _("A quiz question: single choice, multiple choice or true/false.")
        preview_value = {
            "kind": TRUE_FALSE,
            "prompt": "You can see your child's grades in the Parent Portal.",
            "choices": [
                {"text": "True", "correct": True, "feedback": "Yes: open “Grades”."},
                {"text": "False", "correct": False, "feedback": "They are under “Grades”."},
            ],
        }

    def clean(self, value):
        value = super().clean(value)
        errors = question_errors(value)
        if errors:
            raise blocks.StructBlockValidationError(
                block_errors={"choices": ValidationError(errors)}
            )
        return value


class QuizBlock(blocks.StreamBlock):
    question = QuestionBlock()

    class Meta:
        label = _("Quiz questions")
