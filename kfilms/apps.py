from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class KfilmsConfig(AppConfig):
    name = "kfilms"
    verbose_name = _("Company")

    def ready(self) -> None:
        from . import checks  # noqa: F401 (registers the deploy checks)
        from .groups import groups_on_post_migrate

        # After migrate rather than in a data migration: on a fresh database the
        # permissions are only created once every migration has run.
        post_migrate.connect(groups_on_post_migrate, sender=self, dispatch_uid="kfilms.groups_sync")
