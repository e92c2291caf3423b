"""Editors see Wagtail's userbar with its accessibility (content) checker on public pages."""

import pytest

from portal import roles
from tests.factories import UserFactory


@pytest.mark.parametrize("path", ["/en/", "/es/"], ids=["en", "es"])
def test_editor_gets_the_accessibility_checker_in_the_userbar(client, site_tree, path):
    client.force_login(UserFactory(roles=[roles.COMMUNICATIONS_STAFF]))
    html = client.get(path).content.decode()
    assert "data-wagtail-userbar" in html
    assert 'id="checker-axe-configuration"' in html


def test_parents_and_anonymous_visitors_get_no_userbar(client, site_tree):
    assert "data-wagtail-userbar" not in client.get("/en/").content.decode()
    client.force_login(UserFactory())
    assert "data-wagtail-userbar" not in client.get("/en/").content.decode()
