"""Create the staff groups and set their permissions from kfilms/groups.py."""

from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS

from kfilms.groups import groups_sync


class Command(BaseCommand):
    help = "Create the staff groups and set their permissions from the mapping in kfilms/groups.py."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database to sync.")

    def handle(self, *args, database: str, **options) -> None:
        for result in groups_sync(using=database):
            verb = "created" if result.created else "updated"
            self.stdout.write(f"{result.name}: {verb}, {result.permissions} permissions")
            if result.skipped:
                self.stdout.write(f"  skipped (not installed yet): {', '.join(result.skipped)}")
