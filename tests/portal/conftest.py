import pytest

from portal import roles
from tests.factories import StandardPageFactory, UserFactory, publish_translation


@pytest.fixture
def comms(db):
    """A communications staff member (editor)."""
    return UserFactory(roles=[roles.COMMUNICATIONS_STAFF])


@pytest.fixture
def fes(db):
    """A family-engagement staff member (moderator)."""
    return UserFactory(roles=[roles.FAMILY_ENGAGEMENT_STAFF])


@pytest.fixture
def draft_page(site_tree):
    """A page a communications staff member started and saved as a draft."""
    page = StandardPageFactory(parent=site_tree["home"], title="Enrolment help", live=False)
    page.save_revision()
    return page


@pytest.fixture
def about(site_tree):
    """An English page and its published Spanish translation."""
    page = StandardPageFactory(parent=site_tree["home"], title="About the office", slug="about")
    spanish = publish_translation(page, "es", title="Sobre la oficina", slug="sobre-nosotros")
    return page, spanish
