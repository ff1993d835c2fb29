"""`manage.py seed_demo`: load the demo catalogue (the real facts of K Films and its studio), idempotently."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation

import kfilms.demo
import productions.demo
import studios.demo
import studios.demo_bookings

# One seed() per app, in dependency order; an app adds its demo data with one line here.
SEEDERS = [
    kfilms.demo.seed,
    studios.demo.seed,
    productions.demo.seed,
    # After the productions: a demo booking serves one of them.
    studios.demo_bookings.seed,
]


class Command(BaseCommand):
    help = (
        "Load the demo catalogue: the company, the studio and its facilities, the productions, with "
        "placeholder pictures, and a few bookings dated from today. Safe to run again: rows are matched "
        "on their slugs or natural keys and brought back to the demo facts (bookings move to today's "
        "dates); pictures are drawn only when missing. Rows you add are kept."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--force", action="store_true", help="Load the demo data even with DEBUG off (a staging site)."
        )

    def handle(self, *args, force: bool = False, **options) -> None:
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo refuses to run with DEBUG off: it would mix demo rows into a live catalogue. "
                "Add --force on a staging site."
            )
        started = time.monotonic()
        report = kfilms.demo.SeedReport()
        # In English: natural keys (a category's name...) are looked up in the English columns.
        with transaction.atomic(), translation.override("en"):
            for seed in SEEDERS:
                seed(report)
        for line in report.lines():
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(f"Demo data ready in {time.monotonic() - started:.1f}s."))
