"""The demo loader never runs on a real site by accident.

Kept apart from test_load_demo.py, whose module-wide fixture has the demo loaded.
"""

from io import StringIO

import pytest

from django.core.management import CommandError, call_command

from portal.models import User


def test_refuses_without_force_when_debug_is_off(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is False.*--force"):
        call_command("load_demo", stdout=StringIO())
    assert not User.objects.filter(email="admin@example.org").exists()
