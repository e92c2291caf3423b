"""A self-efficacy survey's scale labels, subscales and statements."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

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
        template = "pathways/blocks/subscale_block.html"
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
        template = "pathways/blocks/item_block.html"
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
