"""The language stored on a submission is one of the site's languages (its emails are written in it)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("studios", "0005_translations"),
    ]

    operations = [
        migrations.AlterField(
            model_name="studentrequest",
            name="language",
            field=models.CharField(
                choices=[("en", "English"), ("fr", "Français"), ("ar", "العربية")],
                default="en",
                editable=False,
                max_length=10,
                verbose_name="language",
            ),
        ),
    ]
