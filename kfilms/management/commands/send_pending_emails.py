from django.core.management.base import BaseCommand

from kfilms.outbox import emails_send_pending


class Command(BaseCommand):
    help = "Send the emails still waiting in the outbox. Safe to run from cron: none is sent twice."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=200, help="At most this many per run.")

    def handle(self, *args, limit: int, **options):
        sent, pending = emails_send_pending(limit=limit)
        self.stdout.write(f"Sent {sent} email(s); {pending} still pending.")
