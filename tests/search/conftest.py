import pytest

from django.test.utils import override_settings

from wagtail.search.backends import get_search_backend


@pytest.fixture
def whoosh(tmp_path):
    """The Whoosh backend on an empty index of this test's own."""
    backends = {
        "default": {"BACKEND": "portal.search.whoosh_backend", "PATH": str(tmp_path / "index")},
        "database": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        backend = get_search_backend()
        backend.reset_indexes()
        yield backend


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the block's on-commit work (index writes) as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
