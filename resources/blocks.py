"""Hours of a service or a location: regular weekly hours and exceptions (holidays).

The rules that read them are in ``resources/hours.py``; HSDS calls each of these a
``schedule`` (weekly ones with ``freq=WEEKLY`` and ``byday``).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from resources.hours import WEEKDAYS


def _closes_after_opens(value, required):
    opens, closes = value.get("opens_at"), value.get("closes_at")
    errors = {}
    if required and opens is None:
        errors["opens_at"] = ValidationError(_("Say when it opens."))
    if required and closes is None:
        errors["closes_at"] = ValidationError(_("Say when it closes."))
    if opens is not None and closes is not None and closes <= opens:
        errors["closes_at"] = ValidationError(_("The closing time must be after the opening time."))
    if errors:
        raise StructBlockValidationError(block_errors=errors)


class WeeklyHoursBlock(blocks.StructBlock):
    days = blocks.MultipleChoiceBlock(
        label=_("Days"), choices=WEEKDAYS, widget=forms.CheckboxSelectMultiple
    )
    opens_at = blocks.TimeBlock(label=_("Opens at"))
    closes_at = blocks.TimeBlock(label=_("Closes at"))

    class Meta:
        icon = "time"
        label = _("Regular hours")
        template = "resources/blocks/weekly_hours.html"
        description = _("The same hours every week on the days you tick.")
        preview_value = {"days": ["MO", "TU", "WE"], "opens_at": "09:00", "closes_at": "17:00"}

    def clean(self, value):
        value = super().clean(value)
        _closes_after_opens(value, required=True)
        return value


class HoursExceptionBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    last_date = blocks.DateBlock(
        label=_("Last day"),
        required=False,
        help_text=_("Only when it lasts more than one day, for example a winter break."),
    )
    closed = blocks.BooleanBlock(label=_("Closed all day"), required=False, default=True)
    opens_at = blocks.TimeBlock(
        label=_("Opens at"), required=False, help_text=_("Only for special hours.")
    )
    closes_at = blocks.TimeBlock(label=_("Closes at"), required=False)
    reason = blocks.CharBlock(
        label=_("Reason"),
        required=False,
        max_length=100,
        help_text=_("For example “Thanksgiving” or “Staff training”."),
    )

    class Meta:
        icon = "date"
        label = _("Holiday or special hours")
        template = "resources/blocks/hours_exception.html"
        description = _("A day (or days) when the regular hours do not apply.")
        preview_value = {"date": "2026-11-26", "closed": True, "reason": "Thanksgiving"}

    def clean(self, value):
        value = super().clean(value)
        if value.get("last_date") and value["last_date"] < value["date"]:
            raise StructBlockValidationError(
                block_errors={
                    "last_date": ValidationError(_("The last day cannot be before the first."))
                }
            )
        if value.get("closed") and (value.get("opens_at") or value.get("closes_at")):
            raise StructBlockValidationError(
                non_block_errors=[
                    ValidationError(_("Either untick “Closed all day” or leave the times empty."))
                ]
            )
        _closes_after_opens(value, required=not value.get("closed"))
        return value


class HoursBlock(blocks.StreamBlock):
    weekly = WeeklyHoursBlock()
    exception = HoursExceptionBlock()

    class Meta:
        icon = "time"
        label = _("Hours")
