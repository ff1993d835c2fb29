"""Send the outbox's due emails once (for cron) or again and again (as a worker)."""

import signal
import time

from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections

from kfilms.outbox import emails_send_pending


class Command(BaseCommand):
    help = (
        "Send the emails due in the outbox. Safe to run from cron or as several workers: "
        "none is sent twice. With --loop it keeps running, one pass every --interval seconds."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--limit", type=int, default=200, help="At most this many per pass.")
        parser.add_argument("--loop", action="store_true", help="Run as a worker until stopped.")
        parser.add_argument("--interval", type=int, default=30, help="Seconds between passes with --loop.")

    def handle(self, *args, limit: int, loop: bool, interval: int, **options) -> None:
        if not loop:
            self.run_once(limit)
            return
        self.stopping = False
        # A deploy's SIGTERM ends the worker between passes, never in the middle of a send.
        previous = signal.signal(signal.SIGTERM, self.stop)
        try:
            while not self.stopping:
                self.run_once(limit, quiet=True)
                # Connections left open between passes would outlive CONN_MAX_AGE or a DB restart.
                close_old_connections()
                for _ in range(max(interval, 1)):
                    if self.stopping:
                        break
                    time.sleep(1)
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
        self.stdout.write("Outbox worker stopped.")

    def stop(self, signum: int, frame: object) -> None:
        self.stopping = True

    def run_once(self, limit: int, *, quiet: bool = False) -> None:
        sent, pending = emails_send_pending(limit=limit)
        if sent or not quiet:
            self.stdout.write(f"Sent {sent} email(s); {pending} still pending.")
