"""The form a community organization's staff member fills in to become a partner."""

from django import forms
from django.utils.translation import gettext_lazy as _

from resources.models import PartnerRequest


class PartnerRequestForm(forms.ModelForm):
    """“Keep our listings up to date”: choose the organization, or describe a new one."""

    website = forms.URLField(
        label=_("Organization's website"), required=False, assume_scheme="https"
    )

    class Meta:
        model = PartnerRequest
        fields = [
            "organization",
            "organization_name",
            "description",
            "phone",
            "email",
            "website",
            "job_title",
            "message",
        ]
        labels = {
            "organization": _("Your organization, if it is in the directory"),
            "organization_name": _("Or the name of your organization, if it is not"),
            "description": _("What your organization does for families"),
            "phone": _("Organization's phone"),
            "email": _("Organization's email"),
            "job_title": _("Your role there"),
            "message": _("Anything else we should know"),
        }
        help_texts = {
            "organization_name": _("Fill this in only if your organization is not in the list."),
            "description": _("Two or three sentences, for a new organization."),
            "job_title": _("For example: program coordinator, volunteer manager, director."),
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "message": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, organizations, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        field.queryset = organizations
        field.empty_label = _("It is not in the directory yet")
        field.label_from_instance = lambda organization: organization.title

    def clean(self):
        data = super().clean()
        if data.get("organization"):
            for name in ("organization_name", "description", "phone", "email", "website"):
                data[name] = self.fields[name].to_python("")
            return data
        if not data.get("organization_name"):
            self.add_error(
                "organization_name",
                _("Choose your organization from the list, or write the name of a new one."),
            )
        if not data.get("description") and "description" not in self.errors:
            self.add_error("description", _("Say in a few words what the organization does."))
        return data
