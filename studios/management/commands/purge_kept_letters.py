"""Delete the school letters kept for forms never sent again; run daily from cron."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from kfilms.uploads import private_storage
from studios.forms import KEPT_FOLDER, KEPT_MAX_AGE
from studios.models import StudentRequest


class Command(BaseCommand):
    help = "Delete kept school letters older than a day: their signed notes have expired by then."

    def handle(self, *args, **options) -> None:
        cutoff = timezone.now() - timedelta(seconds=KEPT_MAX_AGE)
        if not private_storage.exists(KEPT_FOLDER):
            self.stdout.write("0 kept letters deleted.")
            return
        _folders, files = private_storage.listdir(KEPT_FOLDER)
        # A request sent with a kept letter points at the file where it was kept: never delete those.
        sent = set(
            StudentRequest.objects.filter(enrolment_proof__startswith=KEPT_FOLDER).values_list(
                "enrolment_proof", flat=True
            )
        )
        deleted = 0
        for filename in files:
            name = KEPT_FOLDER + filename
            if name not in sent and private_storage.get_modified_time(name) < cutoff:
                private_storage.delete(name)
                deleted += 1
        self.stdout.write(f"{deleted} kept letters deleted.")
