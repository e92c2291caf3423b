"""Remind partners of stale listings (run it daily from cron: it never repeats in a period)."""

from django.core.management.base import BaseCommand

from resources import reminders, review


class Command(BaseCommand):
    help = (
        "Email the partner contacts of every listing not checked in RESOURCES_STALE_AFTER_DAYS "
        "days, in each contact's language; at most once per listing in each period of "
        "RESOURCES_REMINDER_PERIOD_DAYS days."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be sent; send nothing."
        )

    def handle(self, *args, dry_run, **options):
        sent = reminders.send_reminders(dry_run=dry_run)
        verb = "Would remind" if dry_run else "Reminded"
        self.stdout.write(
            f"{verb} partners about {sent.listings} listings in {sent.emails} emails "
            f"(period from {review.period_start():%Y-%m-%d})."
        )
        for title in sent.unreachable:
            self.stdout.write(f"No partner or email to remind for: {title}")
