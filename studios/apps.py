from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StudiosConfig(AppConfig):
    name = "studios"
    verbose_name = _("Studio")

    def ready(self) -> None:
        from kfilms.models import name_link_rows

        from .models import StudentRequest

        fields = StudentRequest._meta.get_field
        name_link_rows(
            fields("facilities"), _("facility asked for by a student"), _("facilities asked for by students")
        )
        name_link_rows(
            fields("collection_categories"),
            _("costumes or props asked for by a student"),
            _("costumes and props asked for by students"),
        )
