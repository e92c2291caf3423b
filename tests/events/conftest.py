"""The calendar the events tests start from, and small helpers they share.

``calendar_index`` is the English “Events” page under the site tree's home page; an
event made with ``event(...)`` is a published ``EventPage`` under it (publishing puts
its dates on the calendar).
"""

from datetime import timedelta

import pytest

from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory, publish
from portal.factories import build_site


def build_calendar(tree=None):
    """The English events index under the home page of ``tree`` (built when not given)."""
    tree = tree or build_site()
    return EventIndexPageFactory(parent=tree["home"])


def event(index, **fields):
    """A published event page under ``index`` (its dates are on the calendar)."""
    return publish(EventPageFactory(parent=index, **fields))


def in_days(days):
    return timezone.localdate() + timedelta(days=days)


def local(moment):
    return timezone.localtime(moment)


def utc_offset_hours(moment):
    return local(moment).utcoffset().total_seconds() / 3600


@pytest.fixture
def calendar_index(site_tree):
    return build_calendar(site_tree)


@pytest.fixture(autouse=True)
def _pacific(settings):
    """The district's time zone, whatever the environment says."""
    settings.TIME_ZONE = "America/Los_Angeles"
