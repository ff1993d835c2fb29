from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProductionsConfig(AppConfig):
    name = "productions"
    verbose_name = _("Productions")

    def ready(self) -> None:
        from kfilms.models import name_link_rows

        from .models import Production, ShootEnquiry

        production = Production._meta.get_field
        name_link_rows(production("roles"), _("role on a production"), _("roles on productions"))
        name_link_rows(
            production("facilities"), _("facility used by a production"), _("facilities used by productions")
        )
        name_link_rows(
            ShootEnquiry._meta.get_field("facilities"),
            _("facility asked for in an enquiry"),
            _("facilities asked for in enquiries"),
        )
