"""Parent Pathways: their steps, progress rules and a learner's journey through them."""

from urllib.parse import urlencode

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField

from pathways import progress as rules
from pathways.blocks import PathwayStepsBlock
from pathways.kinds import SURVEY_PHASES, survey_title
from pathways.learning import current_learner
from pathways.learning.enrollments import passed_modules
from pathways.views import journey as journey_views
from portal.models import BasePage

from .instruments import SelfEfficacyInstrument
from .modules import HowToModulePage
from .records import Enrollment


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


def workshop_definition(step):
    """A workshop step as plain data: its target is the chosen event's or topic's
    ``translation_key`` (``match`` says which), so a check-in in either language counts."""
    target = step.get("event") if step.get("match") == rules.MATCH_EVENT else step.get("topic")
    return {
        "step_id": step["step_id"],
        "kind": rules.EVENT,
        "required": step["required"],
        "target": str(target.translation_key) if target else None,
        "title": step.get("title", ""),
        "match": step.get("match"),
    }


class PathwayPage(RoutablePageMixin, BasePage):
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
        """Each step with its module, instrument, event or topic in the page's language.

        Two queries whatever the number of steps: one for the modules (and their
        translations), one for the instruments; and with workshop steps, one for their
        event pages and one for their topics.
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
        events, topics = self._workshops(raw)
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
                if step["instrument"] is not None:
                    step["title"] = survey_title(
                        step["phase"], step["instrument"].name, self._language()
                    )
            elif item["type"] == rules.EVENT:
                self._resolve_workshop(step, value, events, topics)
            steps.append(step)
        return steps

    def _workshops(self, raw):
        """The event pages and topics the workshop steps chose, in the page's language.

        The events app's models are named, never imported: a pathway step that is an
        event is the seam between the two apps (see ``portal/activities.py``).
        """
        chosen = [item["value"] for item in raw if item["type"] == rules.EVENT]
        event_ids = [value.get("event") for value in chosen]
        topic_ids = [value.get("topic") for value in chosen if not value.get("event")]
        if not any(event_ids) and not any(topic_ids):
            return {}, {}
        events = localized(
            apps.get_model("events", "EventPage").objects.defer_streamfields(),
            event_ids,
            self.locale_id,
        )
        topics = localized(
            apps.get_model("events", "Topic").objects.all(), topic_ids, self.locale_id
        )
        return events, topics

    def _resolve_workshop(self, step, value, events, topics):
        """A workshop step: one event (any of its dates), or any workshop on a topic."""
        if value.get("event"):
            step["match"] = rules.MATCH_EVENT
            step["event"] = events.get(value["event"])
            step["title"] = step["event"].title if step["event"] else ""
        elif value.get("topic"):
            step["match"] = rules.MATCH_TOPIC
            step["topic"] = topics.get(value["topic"])
            step["title"] = self._any_workshop_on(step["topic"]) if step["topic"] else ""
        else:
            step["match"], step["title"] = None, ""

    def _language(self):
        """The pathway's language (its steps' titles are in it, whoever reads them)."""
        return self.locale.language_code if self.locale_id else None

    def _any_workshop_on(self, topic):
        """The title of a topic step, in the pathway's language whoever reads it."""
        with translation.override(self._language()):
            return gettext("Any workshop on %(topic)s") % {"topic": topic.name}

    def progress_rule(self):
        """The completion rule as pathways/progress.py understands it."""
        if self.completion_rule == self.CompletionRule.M_OF_N:
            return rules.CompletionRule(rules.M_OF_N, m=max(1, self.required_count))
        return rules.CompletionRule(rules.ALL)

    def progress_steps(self):
        """The steps the progress rules need (id, kind, required), read without a query."""
        return [
            rules.Step(
                step_id=item.get("id"),
                kind=item["type"],
                required=bool(item["value"].get("required")),
            )
            for item in self.steps.raw_data
            if item["type"] in rules.STEP_KINDS
        ]

    def progress_of(self, done_step_ids):
        """Where someone who did these steps stands, or None for a pathway without steps."""
        steps = self.progress_steps()
        if not steps:
            return None
        return rules.progress(steps, done_step_ids, self.progress_rule())

    def step_definitions(self, resolved=None):
        """The steps as plain data for pathways/progress.py.

        `step_id` is the step's block id (shared by the translations); `target` is the
        module's page `translation_key`, or the instrument's, or a workshop step's event
        page's or topic's (with `match`: "event" or "topic"), so English and Spanish
        copies count as one. `resolved` reuses steps from `resolved_steps()`.
        """
        definitions = []
        for step in self.resolved_steps() if resolved is None else resolved:
            if step["kind"] == rules.EVENT:
                definitions.append(workshop_definition(step))
                continue
            target = step.get("module") or step.get("instrument")
            definition = {
                "step_id": step["step_id"],
                "kind": step["kind"],
                "required": step["required"],
                "target": str(target.translation_key) if target else None,
                "title": (
                    target.title
                    if step["kind"] == "module"
                    else survey_title(step["phase"], target.name, self._language())
                )
                if target
                else "",
            }
            if step["kind"] == "survey":
                definition["phase"] = step["phase"]
            else:
                definition["estimated_minutes"] = target.estimated_minutes if target else 0
            definitions.append(definition)
        return definitions

    # ------------------------------------------------------------------
    # The learner's journey: progress, starting, surveys
    # ------------------------------------------------------------------

    def survey_url(self, phase, request=None):
        return self.get_url(request) + self.reverse_subpage("survey", kwargs={"phase": phase})

    def journey(self, request, steps):
        """The learner's enrollment, progress, per-step status and certificate."""
        learner = current_learner(request)
        enrollment, done = None, []
        if learner is not None:
            # One query: the enrollment (with its certificate) once per step done.
            rows = list(
                learner.owns(Enrollment.objects)
                .filter(pathway_key=self.translation_key)
                .select_related("certificate")
                .annotate(done_step=F("step_completions__step_id"))
            )
            if rows:
                enrollment = rows[0]
                done = [row.done_step for row in rows if row.done_step]
        result = {"enrollment": enrollment, "progress": None, "certificate": None}
        definitions = self.step_definitions(steps)
        if not definitions:
            return result
        if learner is not None and enrollment is None:
            # Not started yet: quizzes already passed show as done (``enroll`` credits them).
            done = self.credited_steps(learner, definitions)
        topics = any(step.get("match") == rules.MATCH_TOPIC for step in steps)
        calendar = self.calendar_page() if topics else None
        progress = self.progress_of(done)
        status = {s.step.step_id: s.status for s in progress.steps}
        for step in steps:
            step["status"] = status.get(step["step_id"], rules.TODO)
            step["title"] = next(
                (d["title"] for d in definitions if d["step_id"] == step["step_id"]), ""
            )
            if step["kind"] == "survey" and step.get("instrument"):
                step["url"] = self.survey_url(step["phase"], request)
            elif step.get("module") and step["module"].live:
                step["url"] = step["module"].get_url(request)
            elif step["kind"] == rules.EVENT:
                step["url"] = self.workshop_url(step, calendar, request)
        next_id = progress.next_step.step_id if progress.next_step else None
        result["next_step"] = next((s for s in steps if s["step_id"] == next_id), None)
        result["progress"] = progress
        if enrollment is not None:
            # A missing reverse one-to-one raises an AttributeError subclass.
            result["certificate"] = getattr(enrollment, "certificate", None)
        return result

    @staticmethod
    def credited_steps(learner, definitions) -> list:
        """The module steps whose quiz the learner has passed (one query)."""
        modules = {d["target"] for d in definitions if d["kind"] == rules.MODULE and d["target"]}
        passed = passed_modules(learner, modules)
        return [
            d["step_id"] for d in definitions if d["kind"] == rules.MODULE and d["target"] in passed
        ]

    def calendar_page(self):
        """The live calendar (the events app's index page) of the pathway's language, or None."""
        calendars = apps.get_model("events", "EventIndexPage").objects.live()
        return calendars.filter(locale_id=self.locale_id).first()

    def workshop_url(self, step, calendar=None, request=None):
        """Where a workshop step sends the reader: the event's page (its dates, *Register*),
        or for a topic the ``calendar`` filtered by it. None when the event is not live or
        there is no calendar."""
        if step.get("match") == rules.MATCH_EVENT:
            event = step.get("event")
            return event.get_url(request) if event is not None and event.live else None
        topic = step.get("topic")
        if topic is None or calendar is None:
            return None
        return f"{calendar.get_url(request)}?{urlencode({'topic': topic.slug})}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        steps = self.resolved_steps()
        context["pathway_steps"] = steps
        context["total_minutes"] = sum(
            step["module"].estimated_minutes for step in steps if step.get("module")
        )
        context.update(self.journey(request, steps))
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        # Through BasePage.serve, so anonymous visitors without a session share the cache.
        return BasePage.serve(self, request, *args, **kwargs)

    @path("start/", name="start")
    def start(self, request):
        return journey_views.start(request, self)

    def survey_step(self, phase):
        """The first survey step of this phase with an instrument, or None."""
        return next(
            (
                step
                for step in self.resolved_steps()
                if step["kind"] == "survey" and step["phase"] == phase and step.get("instrument")
            ),
            None,
        )

    @path("certificate/", name="certificate")
    def certificate(self, request):
        return journey_views.certificate(request, self)

    @path("survey/<str:phase>/", name="survey")
    def survey(self, request, phase):
        return journey_views.survey(request, self, phase)
