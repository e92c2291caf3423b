"""Send the satisfaction survey after workshops (run it hourly: it never repeats)."""

from django.core.management.base import BaseCommand

from events import surveys


class Command(BaseCommand):
    help = (
        "Email the short satisfaction survey, in their language, to everyone checked in "
        "with an email at a date that ended between 1 hour and 14 days ago. A person is "
        "sent the survey once per date, however often (or however many at once) this runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say how many would be sent; send nothing."
        )

    def handle(self, *args, dry_run, **options):
        count = surveys.send_surveys(dry_run=dry_run)
        verb = "Would send" if dry_run else "Sent"
        self.stdout.write(f"{verb} the survey to {count} attendees.")
