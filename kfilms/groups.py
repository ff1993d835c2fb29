"""The staff groups and what each may do, declared once and applied after every migrate.

Each entry is "app_label.model" for all of that model's permissions (add, change,
delete, view and any custom ones), or "app_label.model:view,change" for only those
actions. To give a group a new model, add one line to its list. Names of models that
do not exist yet are skipped, so a group may list what a later issue will bring.

The mapping is the truth: syncing sets each group's permissions to exactly what is
listed here, so change this file rather than the groups in the admin.
"""

import logging
from dataclasses import dataclass

from django.apps import apps as global_apps
from django.apps.registry import Apps
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import DEFAULT_DB_ALIAS

logger = logging.getLogger(__name__)

CATALOGUE_EDITORS = "Catalogue editors"
ENQUIRY_HANDLERS = "Enquiry handlers"
STUDIO_COORDINATORS = "Studio coordinators"

GROUPS: dict[str, list[str]] = {
    CATALOGUE_EDITORS: [
        "kfilms.company",
        "kfilms.keyfigure",
        "kfilms.teammember",
        "kfilms.partner",
        "kfilms.pressmention",
        "studios.studio",
        "studios.facility",
        "studios.facilityphoto",
        "studios.collection",
        "studios.collectioncategory",
        "productions.client",
        "productions.production",
    ],
    ENQUIRY_HANDLERS: [
        # They look up the catalogue while answering (and to link an enquiry to it).
        "studios.facility:view",
        # A confirmed enquiry becomes an (unpublished) production, and its company a client.
        "productions.client:view,add",
        "productions.production:view,add",
        # They enter the bookings of the shoots they confirm.
        "studios.booking:view,add,change",
        # The inbox (enquiries come only from the public form, hence no "add"), and the rebate rules.
        "productions.shootenquiry:view,change,delete",
        "productions.enquirynote:view,add",
        "productions.enquirystatuschange:view",
        "productions.rebateprogramme",
        "productions.exchangerate",
        "productions.spendfigure",
    ],
    # They keep the bookings calendar and decide students' requests.
    STUDIO_COORDINATORS: [
        "studios.booking",
        "studios.studentrequest:view,change",
        "studios.calendarfeed",
        "studios.facility:view",
        "studios.collection:view",
        "studios.collectioncategory:view",
    ],
}


@dataclass
class GroupSync:
    """What syncing did to one group."""

    name: str
    created: bool
    permissions: int
    skipped: list[str]


def parse_entry(entry: str) -> tuple[str, str, list[str] | None]:
    """Split "app.model:view,change" into ("app", "model", ["view", "change"]); None means all."""
    model_path, __, actions = entry.partition(":")
    app_label, model_name = model_path.lower().split(".")
    return app_label, model_name, ([a.strip() for a in actions.split(",")] if actions else None)


def groups_sync(
    *, groups: dict[str, list[str]] | None = None, using: str = DEFAULT_DB_ALIAS, apps: Apps = global_apps
) -> list[GroupSync]:
    """Create the groups and set their permissions to the mapping; safe to run any number of times."""
    groups = GROUPS if groups is None else groups
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:  # auth is not migrated on this database (yet)
        return []
    # Django makes an app's permissions after that app's post_migrate; the groups may
    # be synced before then, so make those of the apps named here now.
    app_labels = {parse_entry(entry)[0] for entries in groups.values() for entry in entries}
    for app_config in global_apps.get_app_configs():
        if app_config.label in app_labels:
            create_contenttypes(app_config, verbosity=0, using=using, apps=apps)
            create_permissions(app_config, verbosity=0, using=using, apps=apps)

    results = []
    for name, entries in groups.items():
        permissions, skipped = [], []
        for entry in entries:
            app_label, model_name, actions = parse_entry(entry)
            try:
                global_apps.get_model(app_label, model_name)
            except LookupError:
                skipped.append(entry)
                continue
            found = list(
                Permission.objects.using(using).filter(
                    content_type__app_label=app_label, content_type__model=model_name
                )
            )
            if actions is not None:
                wanted = {f"{action}_{model_name}" for action in actions}
                found = [permission for permission in found if permission.codename in wanted]
                if len(found) != len(wanted):
                    # A typo here would quietly leave staff without a permission.
                    raise ValueError(f"Group {name!r}: unknown action in {entry!r}.")
            permissions.extend(found)
        group, created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.set(permissions)
        if skipped:
            logger.info("Group %s: skipped models not installed yet: %s", name, ", ".join(skipped))
        results.append(GroupSync(name, created, len(permissions), skipped))
    return results


def groups_on_post_migrate(sender, using: str = DEFAULT_DB_ALIAS, apps: Apps = global_apps, **kwargs) -> None:
    """Sync the groups once migrate has run (permissions cannot exist inside a data migration)."""
    groups_sync(using=using, apps=apps)
