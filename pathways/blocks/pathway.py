"""A pathway's steps: a module, or a self-efficacy survey at a phase."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from pathways.kinds import PRE, SURVEY_PHASES


class ModuleStepBlock(blocks.StructBlock):
    module = blocks.PageChooserBlock(label=_("Module"), page_type="pathways.HowToModulePage")
    required = blocks.BooleanBlock(label=_("Required"), default=True, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Module")
        template = "pathways/blocks/module_step_block.html"
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
        template = "pathways/blocks/survey_step_block.html"
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
