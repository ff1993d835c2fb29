from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


class StudiosConfig(AppConfig):
    name = "studios"
    verbose_name = _("Studio")

    def ready(self) -> None:
        from kfilms.models import name_link_rows

        from .models import StudentRequest
        from .signals import cancel_bookings_of_deleted

        # Any sender: productions' models are not imported here, the handler picks the served ones.
        post_delete.connect(cancel_bookings_of_deleted, dispatch_uid="studios.cancel_bookings_of_deleted")

        fields = StudentRequest._meta.get_field
        name_link_rows(
            fields("facilities"), _("facility asked for by a student"), _("facilities asked for by students")
        )
        name_link_rows(
            fields("collection_categories"),
            _("costumes or props asked for by a student"),
            _("costumes and props asked for by students"),
        )
