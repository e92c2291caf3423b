"""The self-efficacy survey as a form: one set of labelled radio points per statement."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pathways.kinds import RETROSPECTIVE

#: The two answers asked for each statement when looking back.
RETROSPECTIVE_PARTS = [("then", _("Before this pathway")), ("now", _("Now"))]


class SurveyForm(forms.Form):
    """Every statement must be answered with a point of the instrument's scale.

    Scoring (pathways/scoring.py) would accept half of a subscale's items; the form
    asks for all of them, which keeps the instructions simple for parents.
    Looking back (retrospective), each statement is answered twice: “then” and “now”.
    """

    def __init__(self, definition, phase, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.definition = definition
        self.phase = phase
        self.parts = RETROSPECTIVE_PARTS if phase == RETROSPECTIVE else [(None, "")]
        choices = [(str(point["value"]), point["label"]) for point in definition["scale_labels"]]
        for item in definition["items"]:
            for part, part_label in self.parts:
                self.fields[self.field_name(item["item_id"], part)] = forms.TypedChoiceField(
                    label=part_label or item["text"],
                    choices=choices,
                    coerce=int,
                    widget=forms.RadioSelect,
                    error_messages={
                        "required": _("Choose an answer for this statement."),
                        "invalid_choice": _("Choose one of the answers shown."),
                    },
                )

    @staticmethod
    def field_name(item_id, part=None):
        return f"{part}-{item_id}" if part else f"item-{item_id}"

    def statements(self):
        """For the template: each statement with its bound field(s), in order."""
        result = []
        for number, item in enumerate(self.definition["items"], start=1):
            result.append(
                {
                    "number": number,
                    "item_id": item["item_id"],
                    "text": item["text"],
                    "parts": [
                        {
                            "key": part,
                            "label": label,
                            "field": self[self.field_name(item["item_id"], part)],
                        }
                        for part, label in self.parts
                    ],
                }
            )
        return result

    def answers(self):
        """The cleaned answers in the shape ``submit_survey`` takes."""
        items = [item["item_id"] for item in self.definition["items"]]
        if self.phase == RETROSPECTIVE:
            return {
                part: {
                    item_id: self.cleaned_data[self.field_name(item_id, part)] for item_id in items
                }
                for part, _label in self.parts
            }
        return {item_id: self.cleaned_data[self.field_name(item_id)] for item_id in items}
