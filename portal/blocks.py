"""Content blocks shared by every page type's StreamField body."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

HEADING_LEVELS = [("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))]
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(label=_("Level"), choices=HEADING_LEVELS, default="h2")

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A section heading. Use levels in order: 2, then 3, then 4.")
        preview_value = {"text": "How to talk to your child's teacher", "level": "h2"}


class ImageWithAltBlock(blocks.StructBlock):
    """An image that always describes itself: alt text is required."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        description = _("An image with a required text alternative and an optional caption.")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an external link"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        description = _("A highlighted box that invites the reader to take the next step.")
        preview_value = {
            "title": "Join a Parent University workshop",
            "text": "Free workshops in English and Spanish at your Family Engagement Center.",
            "url": "https://example.org/",
            "button_label": "See workshops",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or enter a link, not both."))}
            )
        return value


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "blocks/question_answer_block.html"
        description = _("One question with its answer, closed until the reader opens it.")


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(QuestionAnswerBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers")
        template = "blocks/accordion_block.html"
        description = _("Frequently asked questions that open one at a time.")
        preview_value = {
            "heading": "Questions families ask",
            "items": [
                {
                    "question": "Do workshops cost anything?",
                    "answer": "<p>No. Every Parent University workshop is free.</p>",
                }
            ],
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_link_block.html"
        description = _("A link to one document, with its type and size.")


class DocumentLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"), min_num=1)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Documents to download")
        template = "blocks/document_links_block.html"
        description = _("A list of documents (flyers, forms, handouts) to download.")


# The host is part of each pattern, so only these services are ever embedded.
_YOUTUBE_ID = r"([\w-]{11})(?=$|[?&#/])"
VIDEO_PATTERNS = [
    (
        re.compile(
            r"^https?://(?:www\.|m\.)?youtube\.com/"
            r"(?:watch\?(?:[^#]*&)?v=|embed/|shorts/|live/)" + _YOUTUBE_ID
        ),
        "https://www.youtube-nocookie.com/embed/{}",
    ),
    (
        re.compile(r"^https?://(?:www\.)?youtube-nocookie\.com/embed/" + _YOUTUBE_ID),
        "https://www.youtube-nocookie.com/embed/{}",
    ),
    (
        re.compile(r"^https?://youtu\.be/" + _YOUTUBE_ID),
        "https://www.youtube-nocookie.com/embed/{}",
    ),
    (
        re.compile(r"^https?://(?:www\.)?vimeo\.com/(?:[\w-]+/)*(\d+)/?(?=$|[?#])"),
        "https://player.vimeo.com/video/{}",
    ),
    (
        re.compile(r"^https?://player\.vimeo\.com/video/(\d+)(?=$|[?#/])"),
        "https://player.vimeo.com/video/{}",
    ),
]


def video_embed_url(url):
    """The iframe address for a YouTube or Vimeo link, worked out without a network call."""
    for pattern, template in VIDEO_PATTERNS:
        match = pattern.match(url or "")
        if match:
            return template.format(match.group(1))
    return None


class VideoURLBlock(blocks.URLBlock):
    def clean(self, value):
        value = super().clean(value)
        if value and not video_embed_url(value):
            raise ValidationError(_("Enter a YouTube or Vimeo video link."))
        return value


class EmbedBlock(blocks.StructBlock):
    """A video from YouTube or Vimeo, embedded without asking them anything at render time."""

    url = VideoURLBlock(label=_("Video link"))
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=150,
        help_text=_("Names the video for screen readers, for example “Parent Portal tour”."),
    )
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        required=False,
        help_text=_("What is said and shown in the video, for people who cannot watch it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/embed_block.html"
        description = _("A YouTube or Vimeo video with a title and a transcript.")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "Parent Portal tour",
        }


def paragraph_block():
    """The rich-text block every body shares, defined once."""
    return blocks.RichTextBlock(
        label=_("Rich text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = paragraph_block()
    image = ImageWithAltBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    documents = DocumentLinksBlock()
    embed = EmbedBlock()

    class Meta:
        label = _("Body")


class EntryPointBlock(blocks.StructBlock):
    """One of the home page's ways in: parents, staff, partners."""

    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=300)
    page = blocks.PageChooserBlock(label=_("Page"))
    link_label = blocks.CharBlock(label=_("Link text"), max_length=60)

    class Meta:
        icon = "user"
        label = _("Way in")
        template = "blocks/entry_point_block.html"
        description = _("A way in for one audience: who it is for, and where to start.")
        form_classname = "struct-block"


class OpeningHoursBlock(blocks.StructBlock):
    days = blocks.CharBlock(label=_("Days"), max_length=60, help_text=_("For example “Mon–Thu”."))
    hours = blocks.CharBlock(
        label=_("Hours"), max_length=60, help_text=_("For example “8:00–4:30”.")
    )

    class Meta:
        icon = "time"
        label = _("Opening hours")
        template = "blocks/opening_hours_block.html"
        description = _("One line of a center's opening hours.")
        preview_value = {"days": "Mon–Thu", "hours": "8:00–4:30"}
