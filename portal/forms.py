from phonenumber_field.formfields import PhoneNumberField

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.models import School, User


def current_language():
    """The active site language ("en", "es"), falling back to the default one."""
    codes = {code for code, _name in settings.LANGUAGES}
    language = (get_language() or "")[:2]
    return language if language in codes else settings.LANGUAGE_CODE


class SignupPreferencesForm(forms.Form):
    """Extra sign-up questions; allauth calls `signup` once the user exists."""

    # allauth's SignupForm applies this order after adding its password fields.
    field_order = [
        "first_name",
        "last_name",
        "email",
        "password1",
        "password2",
        "preferred_language",
    ]

    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        required=False,
        help_text=_("Optional. We print it on your certificates; you can add it later."),
    )
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        help_text=_("We will show pages and send emails in this language."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = current_language()

    def signup(self, request, user):
        user.preferred_language = self.cleaned_data["preferred_language"]
        user.first_name = self.cleaned_data.get("first_name", "").strip()
        user.last_name = self.cleaned_data.get("last_name", "").strip()
        user.save(update_fields=["preferred_language", "first_name", "last_name"])


def school_choices(current=None):
    """Active schools by name, plus the person's current school even if it has closed.

    Keeping the current one lets a person save the rest of the form unchanged; any
    other inactive or unknown school is refused by the field's validation.
    """
    active = Q(is_active=True)
    if current is not None:
        active |= Q(pk=current)
    return School.objects.filter(active).order_by("name")


class AccountPreferencesForm(forms.ModelForm):
    """What a person may change about themselves on their account page.

    The school is theirs to choose until district staff confirm it (``User.school_confirmed``):
    a confirmed school can open other people's records to its holder (a school leader
    sees their school's staff), so from then on only staff change it and the page
    shows it read-only. A posted school is then ignored, whatever it says.
    """

    phone = PhoneNumberField(
        label=_("Phone number"),
        required=False,
        help_text=_("Optional. Used only to reach you about events you signed up for."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    school = forms.ModelChoiceField(
        label=_("Your school"),
        queryset=School.objects.none(),
        required=False,
        empty_label=_("No school chosen"),
        help_text=_("Optional. Parents: your child's school. Staff: the school where you work."),
    )

    class Meta:
        model = User
        fields = ["first_name", "last_name", "preferred_language", "phone", "school"]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        school = self.fields["school"]
        school.queryset = school_choices(self.instance.school_id)
        if self.instance.school_confirmed:
            school.disabled = True
            school.help_text = _(
                "Confirmed by the district office. To change it, contact the Family "
                "Engagement office."
            )

    def save(self, commit=True):
        if "school" in self.changed_data:
            self.instance.school_confirmed = False  # a person's own choice is unconfirmed
        return super().save(commit)


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To make sure it is you, type the password you sign in with."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("That password is not right. Your account has not been deleted."),
                code="wrong_password",
            )
        return password
