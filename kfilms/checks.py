"""System checks for a real deployment (`manage.py check --deploy`)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import CheckMessage, Error, Tags, register
from django.db import DEFAULT_DB_ALIAS, DatabaseError

from .management.commands.demo_admin import DEMO_PASSWORD, DEMO_USERNAME


@register(Tags.security, deploy=True)
def check_no_demo_admin(app_configs=None, databases=None, **kwargs) -> list[CheckMessage]:
    """A superuser whose password is printed in the README must not exist on a live site."""
    if settings.DEBUG:
        return []
    # `check --deploy` passes no databases unless asked (--database); this one is worth a query.
    using = databases[0] if databases else DEFAULT_DB_ALIAS
    try:
        user = get_user_model().objects.using(using).filter(username=DEMO_USERNAME).first()
    except DatabaseError:  # not migrated yet: there is no such user either
        return []
    if user is None or not user.check_password(DEMO_PASSWORD):
        return []
    return [
        Error(
            f"The user '{DEMO_USERNAME}' still has the demo password, which is published.",
            hint=f"Set another password (manage.py changepassword {DEMO_USERNAME}) or remove the user.",
            id="kfilms.E001",
        )
    ]
