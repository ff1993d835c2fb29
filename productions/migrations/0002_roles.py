from django.db import migrations

ROLE_CODES = [
    "line_producer",
    "producer",
    "executive_producer",
    "production_services",
    "studio_hosting",
]


def create_roles(apps, schema_editor):
    Role = apps.get_model("productions", "Role")
    for order, code in enumerate(ROLE_CODES):
        Role.objects.update_or_create(code=code, defaults={"order": order})


class Migration(migrations.Migration):
    dependencies = [("productions", "0001_initial")]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
