"""`manage.py load_demo`: the bilingual demo district, safe to run again and again."""

import logging
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from portal.demo.content import DEMO_PASSWORD, DEMO_URLS

try:
    from portal.demo.loader import describe, load_app_demos, load_demo, without_slug_redirects
except ImportError as missing:  # factory_boy comes with the "demo" extra only
    DEMO_MISSING = missing
else:
    DEMO_MISSING = None


class Command(BaseCommand):
    help = (
        "Load the demo district (Valle del Sol Unified): English and Spanish pages, five "
        "regional centers and the Family Resource Center, schools, and one login per role. "
        "Idempotent: a second run adds only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even though DEBUG is False (for tests and throwaway databases only).",
        )

    def handle(self, *args, force=False, **options):
        if DEMO_MISSING is not None:
            raise CommandError(
                f"The demo needs the 'demo' extra ({DEMO_MISSING}): "
                'pip install -e ".[demo]" (make run installs it).'
            )
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to load the demo: DEBUG is False, so this may be a real site. The demo "
                "creates accounts, an administrator among them, that share one well-known "
                "password. Use --force only on a throwaway database."
            )
        started = time.monotonic()
        logging.disable(logging.INFO)  # one log line per saved page and search task is noise here
        summaries = []
        try:
            with without_slug_redirects(), transaction.atomic():
                logins = load_demo()
                load_app_demos(summaries.append)
        finally:
            logging.disable(logging.NOTSET)
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(f"Demo district ready ({elapsed:.1f} s): {describe()}.")
        )
        for line in summaries:
            self.stdout.write(f"{line}.")
        self.stdout.write(self.login_table(logins))

    def login_table(self, logins):
        rows = [("Role", "Email", "Password")]
        rows += [(role, email, DEMO_PASSWORD) for role, email in logins]
        widths = [max(len(row[column]) for row in rows) for column in range(3)]
        lines = ["", "Demo logins:"]
        for index, row in enumerate(rows):
            lines.append(
                "  "
                + "  ".join(
                    cell.ljust(width) for cell, width in zip(row, widths, strict=True)
                ).rstrip()
            )
            if index == 0:
                lines.append("  " + "  ".join("-" * width for width in widths))
        lines += ["", "Open:"]
        lines += [f"  {label.ljust(15)}{url}" for label, url in DEMO_URLS]
        return "\n".join(lines)
