"""Catalogue texts per language (django-modeltranslation): a column per language for each text field.

The English columns start as a copy of the existing texts, so nothing is lost on a database
that already has a catalogue; French and Arabic start empty and fall back to English.
"""

from django.db import migrations, models
from django.db.models import F

# The text fields registered in kfilms/translation.py, by model.
TRANSLATED = {
    "Company": ("tagline", "story", "values", "ceo_title", "ceo_bio", "ceo_photo_alt"),
    "KeyFigure": ("label",),
    "TeamMember": ("role", "bio"),
    "Partner": ("description",),
}


def copy_to_english(apps, schema_editor) -> None:
    for model_name, fields in TRANSLATED.items():
        model = apps.get_model("kfilms", model_name)
        model.objects.update(**{f"{field}_en": F(field) for field in fields})


class Migration(migrations.Migration):
    dependencies = [
        ("kfilms", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="company",
            name="ceo_bio_ar",
            field=models.TextField(null=True, verbose_name="CEO biography"),
        ),
        migrations.AddField(
            model_name="company",
            name="ceo_bio_en",
            field=models.TextField(null=True, verbose_name="CEO biography"),
        ),
        migrations.AddField(
            model_name="company",
            name="ceo_bio_fr",
            field=models.TextField(null=True, verbose_name="CEO biography"),
        ),
        migrations.AddField(
            model_name="company",
            name="ceo_photo_alt_ar",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="CEO photo alt text"),
        ),
        migrations.AddField(
            model_name="company",
            name="ceo_photo_alt_en",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="CEO photo alt text"),
        ),
        migrations.AddField(
            model_name="company",
            name="ceo_photo_alt_fr",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="CEO photo alt text"),
        ),
        migrations.AddField(
            model_name="company",
            name="ceo_title_ar",
            field=models.CharField(blank=True, max_length=120, null=True, verbose_name="CEO title"),
        ),
        migrations.AddField(
            model_name="company",
            name="ceo_title_en",
            field=models.CharField(blank=True, max_length=120, null=True, verbose_name="CEO title"),
        ),
        migrations.AddField(
            model_name="company",
            name="ceo_title_fr",
            field=models.CharField(blank=True, max_length=120, null=True, verbose_name="CEO title"),
        ),
        migrations.AddField(
            model_name="company",
            name="story_ar",
            field=models.TextField(null=True, verbose_name="story"),
        ),
        migrations.AddField(
            model_name="company",
            name="story_en",
            field=models.TextField(null=True, verbose_name="story"),
        ),
        migrations.AddField(
            model_name="company",
            name="story_fr",
            field=models.TextField(null=True, verbose_name="story"),
        ),
        migrations.AddField(
            model_name="company",
            name="tagline_ar",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="tagline"),
        ),
        migrations.AddField(
            model_name="company",
            name="tagline_en",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="tagline"),
        ),
        migrations.AddField(
            model_name="company",
            name="tagline_fr",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="tagline"),
        ),
        migrations.AddField(
            model_name="company",
            name="values_ar",
            field=models.TextField(
                blank=True, help_text="One value a line, shown as a list.", null=True, verbose_name="values"
            ),
        ),
        migrations.AddField(
            model_name="company",
            name="values_en",
            field=models.TextField(
                blank=True, help_text="One value a line, shown as a list.", null=True, verbose_name="values"
            ),
        ),
        migrations.AddField(
            model_name="company",
            name="values_fr",
            field=models.TextField(
                blank=True, help_text="One value a line, shown as a list.", null=True, verbose_name="values"
            ),
        ),
        migrations.AddField(
            model_name="keyfigure",
            name="label_ar",
            field=models.CharField(max_length=120, null=True, verbose_name="label"),
        ),
        migrations.AddField(
            model_name="keyfigure",
            name="label_en",
            field=models.CharField(max_length=120, null=True, verbose_name="label"),
        ),
        migrations.AddField(
            model_name="keyfigure",
            name="label_fr",
            field=models.CharField(max_length=120, null=True, verbose_name="label"),
        ),
        migrations.AddField(
            model_name="partner",
            name="description_ar",
            field=models.CharField(blank=True, max_length=240, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="partner",
            name="description_en",
            field=models.CharField(blank=True, max_length=240, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="partner",
            name="description_fr",
            field=models.CharField(blank=True, max_length=240, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="teammember",
            name="bio_ar",
            field=models.TextField(blank=True, null=True, verbose_name="biography"),
        ),
        migrations.AddField(
            model_name="teammember",
            name="bio_en",
            field=models.TextField(blank=True, null=True, verbose_name="biography"),
        ),
        migrations.AddField(
            model_name="teammember",
            name="bio_fr",
            field=models.TextField(blank=True, null=True, verbose_name="biography"),
        ),
        migrations.AddField(
            model_name="teammember",
            name="role_ar",
            field=models.CharField(max_length=120, null=True, verbose_name="role"),
        ),
        migrations.AddField(
            model_name="teammember",
            name="role_en",
            field=models.CharField(max_length=120, null=True, verbose_name="role"),
        ),
        migrations.AddField(
            model_name="teammember",
            name="role_fr",
            field=models.CharField(max_length=120, null=True, verbose_name="role"),
        ),
        migrations.RunPython(copy_to_english, migrations.RunPython.noop),
    ]
