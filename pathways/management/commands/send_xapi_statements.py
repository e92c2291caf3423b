"""Send the xAPI statements not yet sent to the learning record store (run it from cron)."""

from django.core.management.base import BaseCommand, CommandError

from pathways.xapi import lrs


class Command(BaseCommand):
    help = (
        "POST unsent xAPI statements to PORTAL_XAPI_LRS_ENDPOINT in batches; "
        "stops at the first error and retries on the next run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size", type=int, default=lrs.BATCH_SIZE, help="Statements per request."
        )
        parser.add_argument(
            "--max-batches", type=int, default=None, help="Stop after this many requests."
        )

    def handle(self, *args, batch_size, max_batches, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        store = lrs.Store.from_settings()
        if store is None:
            self.stdout.write(
                "No learning record store is set (PORTAL_XAPI_LRS_ENDPOINT); nothing sent."
            )
            return
        report = lrs.send_unsent(store, batch_size=batch_size, max_batches=max_batches)
        self.stdout.write(
            f"Sent {report.sent} statements in {report.batches} batches to {store.statements_url}."
        )
        if report.error:
            left = lrs.unsent().count()
            raise CommandError(f"Stopped: {report.error} ({left} statements left unsent.)")
