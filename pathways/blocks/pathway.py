"""A pathway's steps: a module, a self-efficacy survey at a phase, or a workshop to attend."""

from django.core.exceptions import ValidationError
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


class EventStepBlock(blocks.StructBlock):
    """Attend a workshop: any date of one event, or any workshop on a topic.

    The seam between pathways and events: the chooser names the events app's models by
    string only, and checking in completes the step (``portal.activities.attended``).
    """

    event = blocks.PageChooserBlock(
        label=_("Event"),
        page_type="events.EventPage",
        required=False,
        help_text=_("Coming to any date of this event completes the step."),
    )
    topic = SnippetChooserBlock(
        "events.Topic",
        label=_("Or a topic"),
        required=False,
        help_text=_("Coming to any workshop on this topic completes the step."),
    )
    required = blocks.BooleanBlock(label=_("Required"), default=True, required=False)

    class Meta:
        icon = "date"
        label = _("Workshop")
        template = "pathways/blocks/event_step_block.html"
        description = _(
            "A workshop to attend: any date of an event, or any workshop on a topic. "
            "Checking in at the door completes the step."
        )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("event")) == bool(value.get("topic")):
            raise blocks.StructBlockValidationError(
                non_block_errors=[ValidationError(_("Choose an event or a topic (one of them)."))]
            )
        return value


class PathwayStepsBlock(blocks.StreamBlock):
    module = ModuleStepBlock()
    survey = SurveyStepBlock()
    event = EventStepBlock()

    class Meta:
        label = _("Steps")


# ---------------------------------------------------------------------------
# Self-efficacy instruments
