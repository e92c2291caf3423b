"""Events: the calendar, its dates, and what people did (registered, came)."""

from .occurrences import Occurrence
from .pages import EventIndexPage, EventPage
from .registrations import Attendance, CalendarFeed, Registration
from .surveys import EventSurveyInvitation, EventSurveyResponse
from .taxonomy import Topic

__all__ = [
    "Attendance",
    "CalendarFeed",
    "EventIndexPage",
    "EventPage",
    "EventSurveyInvitation",
    "EventSurveyResponse",
    "Occurrence",
    "Registration",
    "Topic",
]
