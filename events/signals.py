"""Signal receivers of the events app (connected in ``EventsConfig.ready``)."""

from django.db import transaction

from wagtail.signals import page_published

from events import schedule, search
from events.models import EventPage


def dates_follow_the_page(sender, instance, **kwargs):
    """Publishing an event's original page puts its dates on the calendar (and moves,
    adds or cancels them); its translations take the same schedule."""
    page = instance.specific if not isinstance(instance, EventPage) else instance
    original = schedule.original_page(page)
    if original is None or original.pk != page.pk:
        return
    schedule.copy_schedule_to_translations(page, schedule.SCHEDULE_FIELDS)
    schedule.sync(page)
    # The translations share the dates: their search cards show the new ones too.
    transaction.on_commit(lambda: search.refresh_translations(page))


def connect():
    page_published.connect(dates_follow_the_page, sender=EventPage)
