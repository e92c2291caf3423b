"""A period's statements as one JSON array, produced piece by piece.

The array is streamed from a server-side iterator over the rows, so a download of
a hundred thousand statements never holds them all in memory.
"""

from __future__ import annotations

import datetime
import json

from django.utils import timezone

from pathways.models import LearningStatement

CHUNK = 2000


def bounds(first: datetime.date, last: datetime.date):
    """[start of ``first``, start of the day after ``last``) in local time."""
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(first, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(
        last + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
    )
    return start, end


def in_period(first: datetime.date, last: datetime.date):
    """The statements of the days ``first`` to ``last`` (both included), in time order."""
    start, end = bounds(first, last)
    return LearningStatement.objects.filter(timestamp__gte=start, timestamp__lt=end).order_by(
        "timestamp", "stored_at", "pk"
    )


def json_chunks(queryset):
    """Yield the JSON array of the statements, a statement at a time."""
    yield "["
    first = True
    for body in queryset.values_list("statement", flat=True).iterator(chunk_size=CHUNK):
        yield ("\n" if first else ",\n") + json.dumps(body, ensure_ascii=False)
        first = False
    yield "\n]\n"
