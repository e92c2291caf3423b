"""The calendar's filters and the registration form a parent fills in."""

from urllib.parse import urlencode

from phonenumber_field.formfields import PhoneNumberField

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from events.calendar import CalendarFilters, FilterOptions
from events.kinds import AttendanceMode, EventLanguage
from events.registration import Details
from portal.forms import current_language, school_choices

ANY = [("", _("Any"))]


class CalendarFilterForm(forms.Form):
    center = forms.ChoiceField(label=_("Center"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    audience = forms.ChoiceField(label=_("For"), required=False)
    language = forms.ChoiceField(
        label=_("Language of the event"),
        required=False,
        choices=ANY
        + [(EventLanguage.ENGLISH, _("English")), (EventLanguage.SPANISH, _("Spanish"))],
    )
    mode = forms.ChoiceField(
        label=_("In person or online"),
        required=False,
        choices=ANY
        + [(AttendanceMode.IN_PERSON, _("In person")), (AttendanceMode.ONLINE, _("Online"))],
    )

    def __init__(self, data=None, *, options: FilterOptions):
        super().__init__(data)
        self.options = options
        self.fields["center"].choices = ANY + [(o.slug, o.name) for o in options.centers]
        self.fields["topic"].choices = ANY + [(o.slug, o.name) for o in options.topics]
        self.fields["audience"].choices = ANY + [(o.slug, o.name) for o in options.audiences]

    def valid_data(self) -> dict:
        self.is_valid()
        return {k: v for k, v in getattr(self, "cleaned_data", {}).items() if v}

    def filters(self) -> CalendarFilters:
        """The valid part of what was asked (an invalid value is left out, with its error)."""
        data = self.valid_data()

        def key(options, slug):
            return next((o.key for o in options if o.slug == slug), None)

        return CalendarFilters(
            center_key=key(self.options.centers, data.get("center")),
            topic_key=key(self.options.topics, data.get("topic")),
            audience_key=key(self.options.audiences, data.get("audience")),
            language=data.get("language", ""),
            mode=data.get("mode", ""),
        )

    def chosen(self) -> list[str]:
        """What the filters are set to, as a parent reads it."""
        data = self.valid_data()
        return [
            str(dict(self.fields[name].choices).get(value, value)) for name, value in data.items()
        ]

    def query_string(self) -> str:
        """The valid filters as a query string (for the other view, paging and the feed)."""
        return urlencode(self.valid_data())


class RegistrationForm(forms.Form):
    """A guest gives a name and a way to reach them; a signed-in parent only the extras."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send the confirmation, a reminder and the cancel link here."),
    )
    phone = PhoneNumberField(
        label=_("Phone number"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        help_text=_("If you have no email: staff can find you by it at the door."),
    )
    school = forms.ModelChoiceField(
        label=_("Your child's school"),
        queryset=None,
        required=False,
        empty_label=_("No school chosen"),
    )
    language = forms.ChoiceField(label=_("Language for our messages"), choices=settings.LANGUAGES)
    children = forms.IntegerField(
        label=_("Children coming with you"),
        min_value=0,
        max_value=10,
        initial=0,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    needs_interpretation = forms.BooleanField(label=_("I need an interpreter"), required=False)
    interpretation_language = forms.CharField(
        label=_("Interpretation into which language?"), max_length=60, required=False
    )
    needs_childcare = forms.BooleanField(label=_("I need childcare"), required=False)
    other_needs = forms.CharField(
        label=_("Anything else we should know?"),
        max_length=300,
        required=False,
        help_text=_("For example wheelchair access or food allergies."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, user=None, page=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user if user is not None and user.is_authenticated else None
        self.fields["school"].queryset = school_choices()
        self.fields["language"].initial = current_language()
        if self.user is not None:
            for name in ("name", "email", "phone"):
                del self.fields[name]
            self.fields["school"].initial = self.user.school_id
            self.fields["language"].initial = self.user.preferred_language or current_language()
        if page is not None and not page.offers_childcare:
            del self.fields["needs_childcare"]
        if page is not None and not page.offers_interpretation:
            del self.fields["needs_interpretation"]
            del self.fields["interpretation_language"]

    def clean(self):
        cleaned = super().clean()
        no_contact = not cleaned.get("email") and not cleaned.get("phone")
        typo = "email" in self.errors or "phone" in self.errors
        if self.user is None and no_contact and not typo:
            raise forms.ValidationError(
                _("Give an email or a phone number, so that we can reach you."),
                code="no_contact",
            )
        return cleaned

    def details(self) -> Details:
        data = self.cleaned_data
        given = {
            "school": data.get("school"),
            "language": data["language"],
            "children": data.get("children") or 0,
            "needs_interpretation": data.get("needs_interpretation", False),
            "interpretation_language": data.get("interpretation_language", ""),
            "needs_childcare": data.get("needs_childcare", False),
            "other_needs": data.get("other_needs", ""),
        }
        if self.user is not None:
            return Details.of_user(self.user, **given)
        return Details(
            name=" ".join(data["name"].split()),
            email=data.get("email", ""),
            phone=data.get("phone") or "",
            **given,
        )


class WalkInForm(RegistrationForm):
    """At the kiosk, someone who did not register: who they are and how to reach them."""

    KEPT = ("name", "email", "phone", "school", "language")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in [name for name in self.fields if name not in self.KEPT]:
            del self.fields[name]
        self.fields["email"].help_text = _("Optional if you give a phone number.")
        self.fields["phone"].help_text = _("Optional if you give an email.")
