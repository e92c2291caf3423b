"""The Spanish catalog is complete, reviewed (no fuzzy entries) and compiled."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
PO_FILE = BASE_DIR / "locale" / "es" / "LC_MESSAGES" / "django.po"
MO_FILE = PO_FILE.with_suffix(".mo")
PROJECT_PARTS = [
    "manage.py",
    "portal",
    "pathways",
    "resources",
    "events",
    "volunteers",
    "templates",
    "locale",
]


@pytest.fixture(scope="module")
def fresh_catalog(tmp_path_factory):
    """Extract the strings from the sources now, merged into the committed catalog."""
    if shutil.which("xgettext") is None:
        pytest.fail("gettext is not installed: run `apt-get install -y gettext` (make test does).")
    copy = tmp_path_factory.mktemp("project")
    for part in PROJECT_PARTS:
        source = BASE_DIR / part
        if source.is_dir():
            shutil.copytree(
                source, copy / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )
        elif source.exists():
            shutil.copy(source, copy / part)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "es", "--no-obsolete", "--no-location"],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.dev"},
    )
    return polib.pofile(str(copy / "locale" / "es" / "LC_MESSAGES" / "django.po"))


def test_every_source_string_has_a_spanish_translation(fresh_catalog):
    missing = [entry.msgid for entry in fresh_catalog.untranslated_entries()]
    assert missing == [], f"Untranslated strings (run `make messages` and translate): {missing}"


def test_no_translation_is_marked_fuzzy(fresh_catalog):
    fuzzy = [entry.msgid for entry in fresh_catalog.fuzzy_entries()]
    assert fuzzy == [], f"Fuzzy entries need review: {fuzzy}"


def test_compiled_catalog_matches_the_po_file():
    po = polib.pofile(str(PO_FILE))
    mo = polib.mofile(str(MO_FILE))
    compiled = {
        (e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items()))) for e in mo
    }
    expected = {
        (e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
        for e in po.translated_entries()
    }
    assert compiled == expected, "locale/es/LC_MESSAGES/django.mo is stale: run `make messages`"
