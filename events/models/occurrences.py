"""One date of an event: what people register for and are checked in at.

An occurrence belongs to the event by its ``translation_key`` (the English and
Spanish pages are one event with one set of seats) and keeps a snapshot of what
reports need (title, program, center, region, school, language), so its
registrations and attendance stay readable if the page is edited or deleted.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.kinds import AttendanceMode, Committee, EventLanguage, OccurrenceStatus, Program


class OccurrenceQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        """Not yet ended (cancelled ones included: they show as cancelled)."""
        return self.filter(ends_at__gt=now or timezone.now())

    def held(self, now=None):
        """Began already and not cancelled: a workshop that took place."""
        return self.filter(starts_at__lte=now or timezone.now(), status=OccurrenceStatus.SCHEDULED)


class Occurrence(models.Model):
    event_key = models.UUIDField(_("event"), db_index=True)
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the dates were set on; empty once it is deleted."),
    )
    event_title = models.CharField(_("event title"), max_length=255)
    program = models.CharField(_("program"), max_length=30, choices=Program.choices)
    committee = models.CharField(
        _("committee"), max_length=20, choices=Committee.choices, blank=True
    )
    topic_key = models.UUIDField(_("topic"), null=True, blank=True)
    center_key = models.UUIDField(_("center"), null=True, blank=True, db_index=True)
    center_title = models.CharField(_("center name"), max_length=255, blank=True)
    region = models.ForeignKey(
        "portal.Region",
        verbose_name=_("region"),
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
    event_language = models.CharField(
        _("language of the event"), max_length=12, choices=EventLanguage.choices
    )
    attendance_mode = models.CharField(_("format"), max_length=12, choices=AttendanceMode.choices)
    series_date = models.DateField(
        _("date in the series"),
        help_text=_("The day the repeat rule gave it; stays the same if the date is moved."),
    )
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"), db_index=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=OccurrenceStatus.choices,
        default=OccurrenceStatus.SCHEDULED,
    )
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    note = models.CharField(
        _("note for this date"),
        max_length=250,
        blank=True,
        help_text=_("For example “In room 12 this week”. Shown on the calendar and in emails."),
    )
    changed_by_staff = models.BooleanField(
        _("changed by staff"),
        default=False,
        help_text=_("Moved or given its own seats: later edits to the series leave it alone."),
    )
    sequence = models.PositiveIntegerField(
        _("revision"), default=0, help_text=_("Goes up with every change calendars must see.")
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OccurrenceQuerySet.as_manager()
    #: Dates point at their page, not the other way; Wagtail's usage listing needs none
    #: of them, and indexing each save slowed publishing a series.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("event date")
        verbose_name_plural = _("event dates")
        ordering = ["starts_at", "pk"]
        permissions = [
            ("check_in_attendees", _("Can check people in at events")),
            ("view_event_reports", _("Can read and export the event reports")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["event_key", "series_date"], name="events_one_occurrence_per_slot"
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="events_ends_after_start"
            ),
        ]
        indexes = [
            models.Index(fields=["program", "starts_at"], name="events_occ_program_start"),
            models.Index(fields=["region", "starts_at"], name="events_occ_region_start"),
        ]

    def __str__(self):
        local = timezone.localtime(self.starts_at)
        return f"{self.event_title} · {local:%Y-%m-%d %H:%M}"

    @property
    def is_cancelled(self):
        return self.status == OccurrenceStatus.CANCELLED

    @property
    def is_online(self):
        return self.attendance_mode == AttendanceMode.ONLINE

    def registration_is_open(self, now=None):
        now = now or timezone.now()
        if self.is_cancelled or now >= self.ends_at:
            return False
        if self.registration_opens_at and now < self.registration_opens_at:
            return False
        return not (self.registration_closes_at and now >= self.registration_closes_at)
