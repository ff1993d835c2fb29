"""`manage.py demo_admin`: a local superuser with a known password, to try the back office in development."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

DEMO_USERNAME = "admin"
# Published in the README on purpose: this account exists only where DEBUG is on.
DEMO_PASSWORD = "oasis-demo-1998"  # noqa: S105


class Command(BaseCommand):
    help = (
        f"Development only (DEBUG on): create the superuser '{DEMO_USERNAME}' with the demo password "
        f"'{DEMO_PASSWORD}', or reset it, and print where to log in. Refuses when DEBUG is off."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--base-url",
            help="Where the site runs, for the printed login link (default: http://127.0.0.1:$PORT "
            "when PORT is set, else SITE_URL).",
        )

    def handle(self, *args, base_url: str | None = None, **options) -> None:
        if not settings.DEBUG:
            raise CommandError(
                "demo_admin only runs with DEBUG on: a superuser with a published password must never "
                "exist on a real site. Use `manage.py createsuperuser` there."
            )
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=DEMO_USERNAME, defaults={"email": "admin@example.com"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(DEMO_PASSWORD)
        user.save()
        port = os.environ.get("PORT")
        base = base_url or (f"http://127.0.0.1:{port}" if port else settings.SITE_URL)
        self.stdout.write(
            self.style.SUCCESS(
                f"{'Created' if created else 'Reset'} the demo superuser. "
                f"Log in at {base.rstrip('/')}{reverse('admin:index')} "
                f"as {DEMO_USERNAME} / {DEMO_PASSWORD}"
            )
        )
