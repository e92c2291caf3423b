"""The directory's filter form: what a family can narrow the list by.

Choices come from the page's language (categories, regions, centers) and the
district's languages. A value that is not offered is a translated form error, and
the other filters still apply.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from resources.directory import DirectoryFilters, FilterOptions
from resources.kinds import AUDIENCES, Cost

ANY = [("", _("Any"))]


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Words to look for"), max_length=100, required=False)
    category = forms.ChoiceField(label=_("Kind of help"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    center = forms.ChoiceField(label=_("Near a Family Engagement Center"), required=False)
    cost = forms.ChoiceField(
        label=_("Cost"),
        required=False,
        choices=ANY + [(value, label) for value, label in Cost.choices if value != Cost.FEE],
    )
    audience = forms.ChoiceField(
        label=_("For"),
        required=False,
        choices=ANY + [(key, label) for key, (_field, label) in AUDIENCES.items()],
    )
    open_now = forms.BooleanField(label=_("Open now"), required=False)

    def __init__(self, data=None, *, options: FilterOptions):
        super().__init__(data)
        self.options = options
        self.fields["category"].choices = ANY + [(c.slug, c.name) for c in options.categories]
        self.fields["language"].choices = ANY + [
            (lang.code, str(lang)) for lang in options.languages
        ]
        self.fields["region"].choices = ANY + [(r.slug, r.name) for r in options.regions]
        self.fields["center"].choices = ANY + [(c.slug, c.title) for c in options.centers]

    def chosen(self) -> list[str]:
        """What the filters are set to, as a family reads it (for the line above the results)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        chosen = []
        for name, field in self.fields.items():
            value = data.get(name)
            if not value or name == "q":
                continue
            if name == "open_now":
                chosen.append(str(field.label))
            else:
                chosen.append(str(dict(field.choices).get(value, value)))
        return chosen

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())

    def filters(self) -> DirectoryFilters:
        """The valid part of what was asked (an invalid field is left out, with its error)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        by_slug = {
            "category": {c.slug: c.translation_key for c in self.options.categories},
            "region": {r.slug: r.translation_key for r in self.options.regions},
            "center": {c.slug: c for c in self.options.centers},
        }
        return DirectoryFilters(
            q=data.get("q", ""),
            category_key=by_slug["category"].get(data.get("category")),
            language=data.get("language", ""),
            region_key=by_slug["region"].get(data.get("region")),
            center=by_slug["center"].get(data.get("center")),
            cost=data.get("cost", ""),
            audience=data.get("audience", ""),
            open_now=bool(data.get("open_now")),
        )
