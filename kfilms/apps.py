from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KfilmsConfig(AppConfig):
    name = "kfilms"
    verbose_name = _("Company")
