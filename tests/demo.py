"""Load the demo once for a whole test module, inside a transaction rolled back afterwards."""

from contextlib import contextmanager
from io import StringIO

from django.core.management import call_command
from django.db import transaction
from django.test import override_settings


def run_loader():
    out = StringIO()
    call_command("load_demo", "--force", stdout=out)
    return out.getvalue()


@contextmanager
def demo_loaded_twice(django_db_blocker, media_dir, record_counts):
    """Run `load_demo` twice and yield the counts after each run and both outputs."""
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(media_dir)),
        transaction.atomic(),
    ):
        first_output = run_loader()
        first = record_counts()
        second_output = run_loader()
        second = record_counts()
        yield {"first": first, "second": second, "outputs": [first_output, second_output]}
        transaction.set_rollback(True)
