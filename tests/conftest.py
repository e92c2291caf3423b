import os

import pytest

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from tests.factories import build_site

# Playwright's sync API runs an event loop in the test thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _default_language():
    """A request in Spanish leaves Spanish active in the thread: every test starts in English."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and cached pages must not leak from one test into the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    """English and Spanish home pages with their centers indexes."""
    return build_site()
