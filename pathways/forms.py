"""Forms visitors fill in: a module's quiz."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pathways import scoring
from pathways.kinds import MULTIPLE

FIELD_PREFIX = "q-"


def field_name(question_id):
    return f"{FIELD_PREFIX}{question_id}"


def ordered_questions(definition, seed=None):
    """The quiz's questions (and each question's choices) in the order they are shown.

    With ``seed`` (the attempt number) and the quiz set to shuffle, the order
    comes from ``scoring.shuffled_order``: the same for a reload of the same
    attempt, possibly different for the next one.
    """
    questions = [dict(q, choices=list(q["choices"])) for q in definition["questions"]]
    if seed is None or not definition.get("shuffle"):
        return questions
    by_id = {q["question_id"]: q for q in questions}
    ordered = [by_id[i] for i in scoring.shuffled_order(by_id, f"{seed}")]
    for question in ordered:
        choices = {c["choice_id"]: c for c in question["choices"]}
        order = scoring.shuffled_order(choices, f"{seed}:{question['question_id']}")
        question["choices"] = [choices[i] for i in order]
    return ordered


class QuizForm(forms.Form):
    """One field per question: radio buttons, or checkboxes for multiple choice."""

    def __init__(self, definition, *args, seed=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = ordered_questions(definition, seed)
        for number, question in enumerate(self.questions, start=1):
            choices = [(c["choice_id"], c["text"]) for c in question["choices"]]
            messages = {
                "required": _("Choose an answer to question %(number)s.") % {"number": number},
                "invalid_choice": _(
                    "That answer is not one of question %(number)s's choices. Please choose again."
                )
                % {"number": number},
            }
            if question["kind"] == MULTIPLE:
                field = forms.MultipleChoiceField(
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                    error_messages=messages,
                )
            else:
                field = forms.ChoiceField(
                    choices=choices, widget=forms.RadioSelect, error_messages=messages
                )
            field.label = question["prompt"]
            field.number = number
            field.kind = question["kind"]
            self.fields[field_name(question["question_id"])] = field

    def clean(self):
        cleaned = super().clean()
        if self.data:
            stray = [
                key for key in self.data if key.startswith(FIELD_PREFIX) and key not in self.fields
            ]
            getlist = getattr(self.data, "getlist", None)
            for name, field in self.fields.items():
                if field.kind != MULTIPLE and getlist and len(getlist(name)) > 1:
                    self.add_error(
                        name,
                        _("Choose only one answer to question %(number)s.")
                        % {"number": field.number},
                    )
            if stray:
                raise forms.ValidationError(
                    _("This quiz has changed since the page was loaded. Please answer again."),
                    code="unknown_question",
                )
        return cleaned

    def question_fields(self):
        """(question, bound field) pairs in the order shown."""
        return [(q, self[field_name(q["question_id"])]) for q in self.questions]

    def answers(self):
        """Question id → choice id (or list of ids) for ``submit_quiz``."""
        return {
            q["question_id"]: self.cleaned_data[field_name(q["question_id"])]
            for q in self.questions
        }


class CertificateNameForm(forms.Form):
    """The name printed on a certificate (saved on the account, fixed once issued)."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)

    def clean(self):
        cleaned = super().clean()
        for name in ("first_name", "last_name"):
            value = (cleaned.get(name) or "").strip()
            if name in cleaned and not value:
                self.add_error(name, _("This field is required."))
            cleaned[name] = value
        return cleaned
