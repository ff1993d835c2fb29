"""The language stored on a submission is one of the site's languages (its emails are written in it)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("productions", "0006_translations"),
    ]

    operations = [
        migrations.AlterField(
            model_name="shootenquiry",
            name="language",
            field=models.CharField(
                choices=[("en", "English"), ("fr", "Français"), ("ar", "العربية")],
                default="en",
                max_length=10,
                verbose_name="language",
            ),
        ),
    ]
