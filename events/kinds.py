"""The fixed lists events are described by: programs, committees, formats, statuses."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Program(models.TextChoices):
    """What kind of event it is; the reports count each program on its own."""

    PARENT_UNIVERSITY = "parent_university", _("Parent University workshop")
    PARENT_PORTAL = "parent_portal", _("Parent Portal class")
    COMPUTER_CLASS = "computer_class", _("Computer class")
    COMMITTEE_TRAINING = "committee_training", _("Parent committee training")
    COMMUNITY = "community", _("Community event")


class Committee(models.TextChoices):
    """The district parent committees whose members are trained."""

    DAC = "dac", _("District Advisory Council (DAC)")
    AAPC = "aapc", _("African American Parent Council (AAPC)")
    LCAP_PAC = "lcap_pac", _("LCAP Parent Advisory Committee (LCAP PAC)")
    DELAC = "delac", _("District English Learner Advisory Committee (DELAC)")
    CAC = "cac", _("Community Advisory Committee for special education (CAC)")
    FYC = "fyc", _("Foster Youth Council (FYC)")


class EventLanguage(models.TextChoices):
    """The language the event is given in (interpretation is offered separately)."""

    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")
    BILINGUAL = "bilingual", _("English and Spanish")


class AttendanceMode(models.TextChoices):
    """schema.org's eventAttendanceMode, in words a parent uses."""

    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


class Repeat(models.TextChoices):
    """How an event repeats; each becomes a python-dateutil rrule."""

    ONCE = "once", _("Does not repeat")
    WEEKLY = "weekly", _("Every week, on the same day")
    BIWEEKLY = "biweekly", _("Every other week, on the same day")
    MONTHLY = "monthly", _("Every month, on the same weekday (for example the 2nd Tuesday)")


class OccurrenceStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waitlist")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationRoute(models.TextChoices):
    """How a registration was made: one person can come by several routes."""

    ACCOUNT = "account", _("Signed-in account")
    GUEST = "guest", _("Guest (no account)")
    STAFF = "staff", _("Added by staff")


class CheckInRoute(models.TextChoices):
    """How a person was checked in at the door."""

    QR = "qr", _("QR code scanned by staff")
    LIST = "list", _("Found on the list by staff")
    KIOSK = "kiosk", _("Found themselves at the kiosk")
    WALK_IN = "walk_in", _("Walk-in at the kiosk")
