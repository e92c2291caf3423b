"""The post-event survey as a form: four questions, each a column of large rows to tap."""

from django import forms
from django.utils.translation import gettext_lazy as _

SATISFACTION = [
    ("5", _("Very satisfied")),
    ("4", _("Satisfied")),
    ("3", _("Neither satisfied nor dissatisfied")),
    ("2", _("Dissatisfied")),
    ("1", _("Very dissatisfied")),
]
AGREEMENT = [
    ("5", _("Strongly agree")),
    ("4", _("Agree")),
    ("3", _("Neither agree nor disagree")),
    ("2", _("Disagree")),
    ("1", _("Strongly disagree")),
]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]
COMMENT_LENGTH = 1000


def _choice(label, choices, coerce):
    return forms.TypedChoiceField(
        label=label,
        choices=choices,
        coerce=coerce,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose an answer for this question."),
            "invalid_choice": _("Choose one of the answers shown."),
        },
    )


class EventSurveyForm(forms.Form):
    """Every question but the comment must be answered; the answers are what
    ``events.surveys.record_answer`` takes (``cleaned_data``)."""

    overall = _choice(_("Overall, how satisfied are you with this event?"), SATISFACTION, int)
    learned = _choice(
        _("I learned something I can use with my child or my child's school."), AGREEMENT, int
    )
    would_recommend = _choice(
        _("Would you recommend this event to another family?"), YES_NO, lambda v: v == "yes"
    )
    comment = forms.CharField(
        label=_("Anything else you would like to tell us? (optional)"),
        help_text=_("Please do not write anyone's name or phone number."),
        required=False,
        max_length=COMMENT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": COMMENT_LENGTH}),
    )

    def questions(self):
        """The radio questions, in order, for the template."""
        return [self["overall"], self["learned"], self["would_recommend"]]
