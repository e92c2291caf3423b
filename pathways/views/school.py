"""“My school's staff learning”: a school leader's view of their own school's staff.

Thin: who may look and what is shown are in ``pathways/school_learning.py``.
"""

from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from pathways import school_learning
from portal.school_year import SchoolYear


class SchoolYearForm(forms.Form):
    school_year = forms.ChoiceField(label=_("School year"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school_year"].choices = [
            (year.slug, year.label) for year in SchoolYear.recent()
        ]

    def year(self):
        """The chosen year; the current one when none (or a bad one) is given."""
        if self.is_valid() and self.cleaned_data["school_year"]:
            return SchoolYear.from_slug(self.cleaned_data["school_year"])
        return SchoolYear.current()


class SchoolLearningView(LoginRequiredMixin, TemplateView):
    template_name = "pathways/school_learning.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not school_learning.may_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        school = school_learning.school_shown_to(self.request.user)
        context["school"] = school
        context["awaiting_confirmation"] = school is None and self.request.user.school_id
        if school is None:
            return context
        form = SchoolYearForm(self.request.GET or None)
        year = form.year()
        if not form.is_bound:
            form = SchoolYearForm(initial={"school_year": year.slug})
        context["form"] = form
        context["learning"] = school_learning.staff_learning(
            school, year, (get_language() or "en")[:2]
        )
        return context
