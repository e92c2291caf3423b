"""`manage.py update_index`: refresh the search page's entries from the content,
then rebuild every search backend's index (Whoosh builds aside, then swaps)."""

from wagtail.search.management.commands.update_index import Command as RebuildCommand

from portal.search import entries
from portal.search.whoosh_backend import live_writes_paused


class Command(RebuildCommand):
    help = "Refresh search entries from the live content, then rebuild the search index."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--skip-entries",
            action="store_true",
            help="Rebuild the index from the entries as they are.",
        )

    def handle(self, **options):
        if not options["skip_entries"] and not options.get("schema_only"):
            # The rebuild that follows indexes every entry: no need to write each one now.
            with live_writes_paused():
                entries.refresh_all(stdout=self.stdout)
        super().handle(**options)
