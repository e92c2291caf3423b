"""The calendar of one language's site, and the events on it.

An event page describes the event and carries its schedule: a first date, start
and end times and a repeat rule. Publishing the page turns the rule into
``Occurrence`` rows (``events/schedule.py``). The English and Spanish pages are
one event: the schedule is set on the page the event was first written in, and
its translations show the same dates and share the same seats.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from events import calendar, schedule
from events.forms import CalendarFilterForm
from events.kinds import AttendanceMode, Committee, EventLanguage, Program, Repeat
from portal import page_cache
from portal.blocks import BodyBlock
from portal.models import Audience, BasePage, CenterPage
from portal.translated_query import localized_query

from .taxonomy import Topic


class EventIndexPage(RoutablePageMixin, BasePage):
    """“Events”: the upcoming events of one language, as a list or a month, with filters."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events calendar")

    #: The routes anonymous visitors share a rendered copy of (the feed is a download).
    CACHED_ROUTES = ("listing", "month")

    def serve(self, request, view=None, args=None, kwargs=None):
        """The list and the month, filters included, are cached like any page
        (``portal/page_cache.py``); a seat taken or freed retires them."""
        if view is None or getattr(view, "__name__", "") not in self.CACHED_ROUTES:
            return super().serve(request, view, args, kwargs)
        return page_cache.serve_cached(
            self, request, lambda: super(EventIndexPage, self).serve(request, view, args, kwargs)
        )

    def filter_form(self, request):
        options = calendar.filter_options(self.locale_id)
        query = localized_query(
            request.GET,
            {
                "center": (CenterPage, {o.slug for o in options.centers}),
                "topic": (Topic, {o.slug for o in options.topics}),
                "audience": (Audience, {o.slug for o in options.audiences}),
            },
            self.locale_id,
        )
        return CalendarFilterForm(query or None, options=options)

    @path("")
    def listing(self, request):
        context = calendar.listing_context(self, request, self.filter_form(request))
        return self.render(request, context_overrides=context)

    @path("month/")
    def month(self, request):
        context = calendar.month_context(self, request, self.filter_form(request))
        return self.render(
            request, context_overrides=context, template="events/event_index_month.html"
        )

    @path("feed/")
    def feed(self, request):
        return calendar.public_feed(self, self.filter_form(request))


class EventPageForm(WagtailAdminPageForm):
    """The schedule is edited on the page the event was first written in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        original = schedule.original_page(self.instance) if self.instance.pk else None
        if original is not None and original.pk != self.instance.pk:
            for name in schedule.SCHEDULE_FIELDS:
                if name in self.fields:
                    self.initial[name] = getattr(original, name)
                    self.fields[name].disabled = True
                    self.fields[name].help_text = _(
                        "Dates and seats are set on the “%(title)s” page in %(language)s."
                    ) % {"title": original.title, "language": original.locale.get_display_name()}

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("The event must end after it starts."))
        first, until = cleaned.get("first_date"), cleaned.get("repeat_until")
        repeat = cleaned.get("repeat")
        if repeat and repeat != Repeat.ONCE:
            if not until:
                self.add_error("repeat_until", _("Say until when the event repeats."))
            elif first and until < first:
                self.add_error("repeat_until", _("The last date must be after the first date."))
            elif first and (until - first).days > 400:
                self.add_error("repeat_until", _("A series can run for at most one school year."))
        mode = cleaned.get("attendance_mode")
        if mode in (AttendanceMode.ONLINE, AttendanceMode.MIXED) and not cleaned.get("online_url"):
            self.add_error("online_url", _("An online event needs the link people join with."))
        in_person = mode in (AttendanceMode.IN_PERSON, AttendanceMode.MIXED)
        has_place = cleaned.get("center") or cleaned.get("school") or cleaned.get("street_address")
        if in_person and not has_place:
            raise ValidationError(
                _("Say where it happens: choose a center or a school, or type an address.")
            )
        return cleaned


class EventPage(BasePage):
    """One event or series: what it is, where, in which language, and its dates."""

    program = models.CharField(
        _("program"), max_length=30, choices=Program.choices, default=Program.PARENT_UNIVERSITY
    )
    committee = models.CharField(
        _("committee"),
        max_length=20,
        choices=Committee.choices,
        blank=True,
        help_text=_("For committee trainings: whose members it trains."),
    )
    topic = models.ForeignKey(
        "events.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event_language = models.CharField(
        _("language of the event"),
        max_length=12,
        choices=EventLanguage.choices,
        default=EventLanguage.BILINGUAL,
    )
    offers_interpretation = models.BooleanField(
        _("interpretation offered"), default=False, help_text=_("Ask for it when registering.")
    )
    interpretation_languages = models.CharField(
        _("interpretation into"),
        max_length=200,
        blank=True,
        help_text=_("For example “Vietnamese, Arabic”."),
    )
    offers_childcare = models.BooleanField(_("childcare offered"), default=False)
    offers_food = models.BooleanField(_("food offered"), default=False)
    attendance_mode = models.CharField(
        _("format"), max_length=12, choices=AttendanceMode.choices, default=AttendanceMode.IN_PERSON
    )
    center = models.ForeignKey(
        "portal.CenterPage",
        verbose_name=_("Family Engagement Center"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    school = models.ForeignKey(
        "portal.School",
        verbose_name=_("school"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    place_name = models.CharField(
        _("room or place"), max_length=200, blank=True, help_text=_("For example “Library”.")
    )
    street_address = models.CharField(
        _("street address"),
        max_length=200,
        blank=True,
        help_text=_("Only when it is neither at a center nor at a school."),
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    postal_code = models.CharField(_("ZIP code"), max_length=12, blank=True)
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Sent to registered people and shown when registration is not needed."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("what to expect"), blank=True)

    first_date = models.DateField(_("first date"))
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))
    repeat = models.CharField(
        _("repeats"), max_length=12, choices=Repeat.choices, default=Repeat.ONCE
    )
    repeat_until = models.DateField(_("repeats until"), null=True, blank=True)
    capacity = models.PositiveIntegerField(
        _("seats"),
        null=True,
        blank=True,
        default=30,
        help_text=_("For each date. Leave empty for no limit."),
    )
    registration_required = models.BooleanField(_("registration"), default=True)
    registration_opens_days = models.PositiveSmallIntegerField(
        _("registration opens (days before)"), default=30
    )

    base_form_class = EventPageForm

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("program"),
                FieldPanel("committee"),
                FieldPanel("topic"),
            ],
            heading=_("What kind of event"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    _(
                        "Dates are in the district's time zone. Publish the page to put the "
                        "dates on the calendar; cancel or move one date under "
                        "“Events → Dates”."
                    )
                ),
                FieldRowPanel([FieldPanel("first_date"), FieldPanel("start_time")]),
                FieldPanel("end_time"),
                FieldRowPanel([FieldPanel("repeat"), FieldPanel("repeat_until")]),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_opens_days")]),
                FieldPanel("registration_required"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("center"),
                FieldPanel("school"),
                FieldPanel("place_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("postal_code")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_language"),
                FieldPanel("offers_interpretation"),
                FieldPanel("interpretation_languages"),
                FieldPanel("offers_childcare"),
                FieldPanel("offers_food"),
            ],
            heading=_("Language and support"),
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("program"),
        index.FilterField("event_language"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(calendar.event_context(self, request))
        return context

    @property
    def address(self):
        """Where to go, as one line (the center's or school's address unless typed)."""
        if self.street_address:
            return ", ".join(p for p in (self.street_address, self.city, self.postal_code) if p)
        if self.center_id and self.center:
            return self.center.full_address
        if self.school_id and self.school:
            return self.school.address
        return ""

    @property
    def venue_name(self):
        if self.center_id and self.center:
            return self.center.title
        if self.school_id and self.school:
            return self.school.name
        return self.place_name
