"""What the search page shows of events: the next dates, the place, and the
center, region and topic to narrow by. An event leaves search after its last date."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.kinds import OccurrenceStatus
from events.models import EventIndexPage, EventPage, Occurrence
from portal.search import entries
from portal.search.entries import Entry, SearchKind, Tag

SHOWN_DATES = 20


def describe_event(event):
    now = timezone.now()
    dates = Occurrence.objects.filter(event_key=event.translation_key).exclude(
        status=OccurrenceStatus.CANCELLED
    )
    upcoming = list(dates.filter(ends_at__gt=now).order_by("starts_at")[:SHOWN_DATES])
    last = dates.order_by("-ends_at").values_list("ends_at", flat=True).first()
    tags = []
    if event.center_id and event.center:
        tags.append(Tag("center", str(event.center.translation_key), event.center.title))
    region = getattr(event.center, "region", None) if event.center_id else None
    if region is not None:
        tags.append(Tag("region", str(region.translation_key), region.name))
    if event.topic_id and event.topic:
        tags.append(Tag("topic", str(event.topic.translation_key), event.topic.name))
    return Entry(
        facts={
            "dates": [occurrence.starts_at.isoformat() for occurrence in upcoming],
            "lines": [line for line in [event.venue_name, event.address] if line],
        },
        tags=tags,
        visible_until=last or now,
    )


def refresh_translations(page):
    """The search entries of the page's translations (they share its dates)."""
    for translation in EventPage.objects.filter(translation_key=page.translation_key).live():
        if translation.pk != page.pk:
            entries.refresh(translation)


def event_kinds():
    return [
        SearchKind("event", _("Workshops and events"), EventPage, describe_event, 30, _("Event")),
        SearchKind("page", _("Pages"), EventIndexPage, None, 90, _("Page")),
    ]
