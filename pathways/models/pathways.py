"""The learning area of each language's site: its index, and Parent Pathways."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from pathways.blocks import SURVEY_PHASES, PathwayStepsBlock
from portal.models import Audience, BasePage

from .instruments import SelfEfficacyInstrument
from .modules import HowToModulePage


def localized(objects, ids, locale_id):
    """Map each id in `ids` to its object in `locale_id` (or the object itself if untranslated).

    `objects` is a queryset of a translatable model: one query fetches the chosen
    objects and their translations into the locale together.
    """
    ids = [pk for pk in ids if pk]
    if not ids:
        return {}
    keys = objects.model.objects.filter(pk__in=ids).values("translation_key")
    found = list(objects.filter(Q(pk__in=ids) | Q(translation_key__in=keys, locale_id=locale_id)))
    by_pk = {obj.pk: obj for obj in found}
    in_locale = {obj.translation_key: obj for obj in found if obj.locale_id == locale_id}
    result = {}
    for pk in ids:
        chosen = by_pk.get(pk)
        if chosen is not None:
            result[pk] = in_locale.get(chosen.translation_key, chosen)
    return result


class LearningIndexPage(BasePage):
    """“Learn”: the pathways and modules of one language, filterable by audience."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["pathways.PathwayPage", "pathways.HowToModulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("learning index page")

    def route(self, request, path_components):
        """Fetch a module in one query, a pathway in two (Wagtail's default takes two for both)."""
        if not path_components:
            return super().route(request, path_components)
        for model in (HowToModulePage, PathwayPage):
            child = model.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                child._cached_parent_obj = self  # breadcrumbs need no query
                return child.route(request, path_components[1:])
        raise Http404

    def audience_options(self):
        """The audiences of the page's language, to filter by (one query)."""
        return list(Audience.objects.filter(locale_id=self.locale_id).order_by("name"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        audiences = self.audience_options()
        selected = next((a for a in audiences if a.slug == request.GET.get("audience")), None)
        pathways = PathwayPage.objects.child_of(self).live().select_related("listing_image")
        modules = (
            HowToModulePage.objects.child_of(self)
            .live()
            .defer_streamfields()
            .select_related("listing_image")
        )
        if selected is not None:
            # Pages keep the audiences they were given in any language: match by key.
            same = Q(audiences__translation_key=selected.translation_key)
            pathways = pathways.filter(same).distinct()
            modules = modules.filter(same).distinct()
        context.update(
            audiences=audiences,
            selected_audience=selected,
            pathways=pathways.order_by("path"),
            modules=modules.order_by("path"),
        )
        return context


class PathwayPage(BasePage):
    """A Parent Pathway: ordered modules and surveys, with a rule for completion."""

    class CompletionRule(models.TextChoices):
        ALL = "all", _("Every required step")
        M_OF_N = "m_of_n", _("A number of the steps")

    steps = StreamField(PathwayStepsBlock(), verbose_name=_("steps"), blank=True)
    completion_rule = models.CharField(
        _("completion rule"),
        max_length=10,
        choices=CompletionRule.choices,
        default=CompletionRule.ALL,
    )
    required_count = models.PositiveSmallIntegerField(
        _("steps needed"),
        default=0,
        help_text=_(
            "With “a number of the steps”: how many steps complete the pathway. "
            "At least the number of required steps."
        ),
    )
    issues_certificate = models.BooleanField(
        _("issues a certificate"),
        default=False,
        help_text=_("Learners who complete the pathway receive a certificate they can share."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("steps"),
        MultiFieldPanel(
            [
                FieldPanel("completion_rule"),
                FieldPanel("required_count"),
                FieldPanel("issues_certificate"),
            ],
            heading=_("Completion"),
        ),
    ]

    parent_page_types = ["pathways.LearningIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("pathway")
        verbose_name_plural = _("pathways")

    def clean(self):
        super().clean()
        if self.completion_rule != self.CompletionRule.M_OF_N:
            return
        raw = list(self.steps.raw_data)
        low = max(1, sum(1 for item in raw if item["value"].get("required")))
        if not low <= self.required_count <= len(raw):
            raise ValidationError(
                {
                    "required_count": _(
                        "Enter a number from %(low)s (the required steps) to %(high)s "
                        "(all the steps)."
                    )
                    % {"low": low, "high": len(raw)}
                }
            )

    def resolved_steps(self):
        """Each step with its module or instrument in the page's language.

        Two queries whatever the number of steps: one for the modules (and their
        translations), one for the instruments.
        """
        raw = list(self.steps.raw_data)
        module_ids = [item["value"].get("module") for item in raw if item["type"] == "module"]
        instrument_ids = [
            item["value"].get("instrument") for item in raw if item["type"] == "survey"
        ]
        modules = localized(
            HowToModulePage.objects.defer_streamfields().select_related("locale"),
            module_ids,
            self.locale_id,
        )
        instruments = localized(
            SelfEfficacyInstrument.objects.all(), instrument_ids, self.locale_id
        )
        phases = dict(SURVEY_PHASES)
        steps = []
        for number, item in enumerate(raw, start=1):
            value = item["value"]
            step = {
                "number": number,
                "step_id": item.get("id"),
                "kind": item["type"],
                "required": bool(value.get("required")),
            }
            if item["type"] == "module":
                step["module"] = modules.get(value.get("module"))
            elif item["type"] == "survey":
                step["instrument"] = instruments.get(value.get("instrument"))
                step["phase"] = value.get("phase")
                step["phase_label"] = phases.get(value.get("phase"), "")
            steps.append(step)
        return steps

    def step_definitions(self):
        """The steps as plain data for pathways/progress.py.

        `step_id` is the step's block id (shared by the translations); `target` is the
        module's page `translation_key`, or the instrument's, so English and Spanish
        copies count as one.
        """
        definitions = []
        for step in self.resolved_steps():
            target = step.get("module") or step.get("instrument")
            definition = {
                "step_id": step["step_id"],
                "kind": step["kind"],
                "required": step["required"],
                "target": str(target.translation_key) if target else None,
                "title": (target.title if step["kind"] == "module" else target.name)
                if target
                else "",
            }
            if step["kind"] == "survey":
                definition["phase"] = step["phase"]
            else:
                definition["estimated_minutes"] = target.estimated_minutes if target else 0
            definitions.append(definition)
        return definitions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        steps = self.resolved_steps()
        context["pathway_steps"] = steps
        context["total_minutes"] = sum(
            step["module"].estimated_minutes for step in steps if step.get("module")
        )
        return context
