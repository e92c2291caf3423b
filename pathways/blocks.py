"""StreamField blocks of How-to modules, quizzes, pathways and self-efficacy instruments.

Kept here (not inline in the models) so migrations stay compact. The rules a
quiz question must follow live in `question_errors`, shared by the block's
`clean` (the admin form) and `HowToModulePage.clean` (any save).
"""

import json

from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.blocks import (
    DocumentLinksBlock,
    HeadingBlock,
    ImageWithAltBlock,
    VideoURLBlock,
    paragraph_block,
)

SHORT_RICH_TEXT = ["bold", "italic", "link", "document-link", "ul", "ol"]

# Characters that would let JSON end a <script> element early (as Django's json_script).
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_for_script(data):
    """`data` as JSON that is safe inside any `<script>` element (ld+json included)."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES))


# ---------------------------------------------------------------------------
# Module body
# ---------------------------------------------------------------------------


class ModuleVideoBlock(blocks.StructBlock):
    """A video uploaded to the site or linked from YouTube/Vimeo, always with a transcript."""

    title = blocks.CharBlock(
        label=_("Title"),
        max_length=150,
        help_text=_("Names the video for screen readers, for example “Parent Portal tour”."),
    )
    document = DocumentChooserBlock(
        label=_("Video file"),
        required=False,
        help_text=_("An MP4 or WebM file uploaded to Documents."),
    )
    url = VideoURLBlock(label=_("Or a YouTube or Vimeo link"), required=False)
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        help_text=_("What is said and shown in the video, for people who cannot watch it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/module_video_block.html"
        description = _("An uploaded video or a YouTube/Vimeo link, with a required transcript.")
        preview_value = {
            "title": "Parent Portal tour",
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "transcript": "In this video we open the Parent Portal and find the grades page.",
        }

    def clean(self, value):
        value = super().clean(value)
        document, url = value.get("document"), value.get("url")
        if bool(document) == bool(url):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a video file or enter a link."))}
            )
        if document and document.file_extension.lower() not in ("mp4", "webm"):
            raise blocks.StructBlockValidationError(
                block_errors={"document": ValidationError(_("Choose an MP4 or WebM video file."))}
            )
        return value


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=150)
    text = blocks.TextBlock(label=_("What to do"), required=False)

    class Meta:
        icon = "arrow-right"
        label = _("Step")
        template = "blocks/step_block.html"
        description = _("One step: a short instruction and, if needed, some detail.")


class StepsBlock(blocks.StructBlock):
    """Ordered steps, published with schema.org HowTo data for search engines."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=150)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Steps")
        template = "blocks/steps_block.html"
        description = _("Numbered steps to follow, in order.")
        preview_value = {
            "heading": "Check your child's grades",
            "steps": [
                {"title": "Open the Parent Portal", "text": "Sign in with your email."},
                {"title": "Choose your child", "text": "Then open “Grades”."},
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["json_ld"] = json_for_script(self.how_to_data(value))
        return context

    @staticmethod
    def how_to_data(value):
        return {
            "@context": "https://schema.org",
            "@type": "HowTo",
            "name": value["heading"],
            "step": [
                {
                    "@type": "HowToStep",
                    "position": position,
                    "name": step["title"],
                    "text": step["text"] or step["title"],
                }
                for position, step in enumerate(value["steps"], start=1)
            ],
        }


CALLOUT_KINDS = [("tip", _("Tip")), ("important", _("Important"))]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=CALLOUT_KINDS, default="tip")
    text = blocks.RichTextBlock(label=_("Text"), features=SHORT_RICH_TEXT)

    class Meta:
        icon = "warning"
        label = _("Tip or callout")
        template = "blocks/callout_block.html"
        description = _("A short tip, or something important the reader must not miss.")
        preview_value = {
            "kind": "tip",
            "text": "<p>Write your questions down before the conference.</p>",
        }


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=150)
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item"), max_length=200), label=_("Items"), min_num=1
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Checklist")
        template = "blocks/checklist_block.html"
        description = _("Things to do or bring, each with a box to tick.")
        preview_value = {
            "heading": "Bring to the conference",
            "items": ["Your child's latest report card", "Your questions"],
        }


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    text = blocks.RichTextBlock(label=_("What to do"), features=SHORT_RICH_TEXT)
    time_needed = blocks.CharBlock(
        label=_("Time needed"),
        max_length=60,
        required=False,
        help_text=_("For example “10 minutes”."),
    )

    class Meta:
        icon = "home"
        label = _("Try this at home")
        template = "blocks/activity_block.html"
        description = _("A short activity for the family to do together at home.")
        preview_value = {
            "title": "Talk about the school day",
            "text": "<p>At dinner, ask one question about something your child learned.</p>",
            "time_needed": "10 minutes",
        }


class ModuleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = paragraph_block()
    image = ImageWithAltBlock()
    video = ModuleVideoBlock()
    steps = StepsBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    documents = DocumentLinksBlock()
    activity = ActivityBlock()

    class Meta:
        label = _("Module content")


class ObjectivesBlock(blocks.StreamBlock):
    objective = blocks.CharBlock(
        label=_("Learning objective"),
        max_length=200,
        help_text=_("What the reader will be able to do, for example “Find your child's grades”."),
    )

    class Meta:
        label = _("Learning objectives")


# ---------------------------------------------------------------------------
# Quiz
# ---------------------------------------------------------------------------

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"
QUESTION_KINDS = [
    (SINGLE, _("Single choice")),
    (MULTIPLE, _("Multiple choice (one or more answers)")),
    (TRUE_FALSE, _("True or false")),
]


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
        template = "blocks/quiz_choice_block.html"
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
        template = "blocks/question_block.html"
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


# ---------------------------------------------------------------------------
# Pathway steps
# ---------------------------------------------------------------------------

PRE, POST, RETROSPECTIVE = "pre", "post", "retrospective"
SURVEY_PHASES = [
    (PRE, _("Before (pre)")),
    (POST, _("After (post)")),
    (RETROSPECTIVE, _("Looking back (retrospective then/now)")),
]


class ModuleStepBlock(blocks.StructBlock):
    module = blocks.PageChooserBlock(label=_("Module"), page_type="pathways.HowToModulePage")
    required = blocks.BooleanBlock(label=_("Required"), default=True, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Module")
        template = "blocks/module_step_block.html"
        description = _("A How-to module the learner reads and, if it has one, passes the quiz.")


class SurveyStepBlock(blocks.StructBlock):
    instrument = SnippetChooserBlock(
        "pathways.SelfEfficacyInstrument", label=_("Self-efficacy survey")
    )
    phase = blocks.ChoiceBlock(label=_("When"), choices=SURVEY_PHASES, default=PRE)
    required = blocks.BooleanBlock(label=_("Required"), default=True, required=False)

    class Meta:
        icon = "form"
        label = _("Survey")
        template = "blocks/survey_step_block.html"
        description = _("A self-efficacy survey before, after, or looking back on the pathway.")


class PathwayStepsBlock(blocks.StreamBlock):
    module = ModuleStepBlock()
    survey = SurveyStepBlock()
    # Extension point: an "event" step (attend a workshop) joins here once the events
    # app has its page types, e.g. `event = EventStepBlock()` with a PageChooserBlock.

    class Meta:
        label = _("Steps")


# ---------------------------------------------------------------------------
# Self-efficacy instruments
# ---------------------------------------------------------------------------


class ScaleLabelsBlock(blocks.StreamBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)

    class Meta:
        label = _("Scale labels")


class SubscaleBlock(blocks.StructBlock):
    key = blocks.RegexBlock(
        label=_("Key"),
        regex=r"^[a-z0-9_-]+$",
        max_length=40,
        error_messages={"invalid": _("Use lowercase letters, digits, - and _ only.")},
        help_text=_("Short code shared by every language, for example “school”."),
    )
    label = blocks.CharBlock(label=_("Label"), max_length=150)

    class Meta:
        icon = "folder-open-inverse"
        label = _("Subscale")
        template = "blocks/subscale_block.html"
        description = _("A group of items scored together, with a key and a label.")


class SubscalesBlock(blocks.StreamBlock):
    subscale = SubscaleBlock()

    class Meta:
        label = _("Subscales")


class ItemBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Statement"), max_length=300)
    subscale = blocks.CharBlock(
        label=_("Subscale key"), max_length=40, help_text=_("One of the subscale keys above.")
    )
    reverse_scored = blocks.BooleanBlock(
        label=_("Reverse scored"),
        required=False,
        help_text=_("Agreeing means less confidence (the score is turned around)."),
    )

    class Meta:
        icon = "radio-empty"
        label = _("Item")
        template = "blocks/item_block.html"
        description = _("One statement the respondent rates on the scale.")
        preview_value = {
            "text": "I know who to ask when I have a question about my child's class.",
            "subscale": "school",
            "reverse_scored": False,
        }


class ItemsBlock(blocks.StreamBlock):
    item = ItemBlock()

    class Meta:
        label = _("Items")
