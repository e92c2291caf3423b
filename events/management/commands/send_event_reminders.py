"""Remind people of the workshops they registered for (run it hourly: it never repeats)."""

from django.core.management.base import BaseCommand

from events import reminders


class Command(BaseCommand):
    help = (
        "Email everyone registered for a date that starts within EVENTS_REMINDER_HOURS "
        "hours (48 by default), in their language, with the calendar entry and check-in "
        "code. A registration is reminded once, however often this runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say how many would be sent; send nothing."
        )

    def handle(self, *args, dry_run, **options):
        count = reminders.send_reminders(dry_run=dry_run)
        verb = "Would remind" if dry_run else "Reminded"
        self.stdout.write(f"{verb} {count} registrations.")
