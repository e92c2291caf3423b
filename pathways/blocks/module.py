"""The blocks of a How-to module's body and its learning objectives."""

import json

from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

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
        template = "pathways/blocks/module_video_block.html"
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
        template = "pathways/blocks/step_block.html"
        description = _("One step: a short instruction and, if needed, some detail.")


class StepsBlock(blocks.StructBlock):
    """Ordered steps, published with schema.org HowTo data for search engines."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=150)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Steps")
        template = "pathways/blocks/steps_block.html"
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
        template = "pathways/blocks/callout_block.html"
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
        template = "pathways/blocks/checklist_block.html"
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
        template = "pathways/blocks/activity_block.html"
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
