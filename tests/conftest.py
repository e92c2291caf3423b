import os

import pytest

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from portal.demo.loader import without_slug_redirects
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


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, with the site tree every page test starts from built once.

    Each test runs in a transaction rolled back at its end, so the tree is as built
    whatever a test changes. (Transactional tests, which empty the database, run
    last and rebuild it with ``site_tree``.)
    """
    with django_db_blocker.unblock(), without_slug_redirects():
        build_site()


@pytest.fixture
def site_tree(db):
    """English and Spanish home pages with their centers indexes (found, or built)."""
    return build_site()
