from phonenumber_field.formfields import PhoneNumberField

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.models import User


class SignupPreferencesForm(forms.Form):
    """Extra sign-up questions; allauth calls `signup` once the user exists."""

    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        help_text=_("We will show pages and send emails in this language."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = (get_language() or "en")[:2]

    def signup(self, request, user):
        user.preferred_language = self.cleaned_data["preferred_language"]
        user.save(update_fields=["preferred_language"])


class AccountPreferencesForm(forms.ModelForm):
    phone = PhoneNumberField(
        label=_("Phone number"),
        required=False,
        help_text=_("Optional. Used only to reach you about events you signed up for."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    class Meta:
        model = User
        fields = ["first_name", "last_name", "preferred_language", "phone"]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
        }
