"""Catalogue texts per language (django-modeltranslation): a column per language for each text field.

The English columns start as a copy of the existing texts, so nothing is lost on a database
that already has a catalogue; French and Arabic start empty and fall back to English.
"""

from django.db import migrations, models
from django.db.models import F

# The text fields registered in studios/translation.py, by model.
TRANSLATED = {
    "Studio": ("tagline", "location", "access", "story", "expansion"),
    "Facility": ("name", "summary", "description"),
    "FacilityPhoto": ("caption", "alt_text"),
    "Collection": ("name", "description", "photo_alt"),
    "CollectionCategory": ("name",),
}


def copy_to_english(apps, schema_editor) -> None:
    for model_name, fields in TRANSLATED.items():
        model = apps.get_model("studios", model_name)
        model.objects.update(**{f"{field}_en": F(field) for field in fields})


class Migration(migrations.Migration):
    dependencies = [
        ("studios", "0004_student_request_staff_labels"),
    ]

    operations = [
        migrations.AddField(
            model_name="collection",
            name="description_ar",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="collection",
            name="description_en",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="collection",
            name="description_fr",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="collection",
            name="name_ar",
            field=models.CharField(max_length=120, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="collection",
            name="name_en",
            field=models.CharField(max_length=120, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="collection",
            name="name_fr",
            field=models.CharField(max_length=120, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="collection",
            name="photo_alt_ar",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="photo alt text"),
        ),
        migrations.AddField(
            model_name="collection",
            name="photo_alt_en",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="photo alt text"),
        ),
        migrations.AddField(
            model_name="collection",
            name="photo_alt_fr",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="photo alt text"),
        ),
        migrations.AddField(
            model_name="collectioncategory",
            name="name_ar",
            field=models.CharField(max_length=120, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="collectioncategory",
            name="name_en",
            field=models.CharField(max_length=120, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="collectioncategory",
            name="name_fr",
            field=models.CharField(max_length=120, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="facility",
            name="description_ar",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="facility",
            name="description_en",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="facility",
            name="description_fr",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="facility",
            name="name_ar",
            field=models.CharField(max_length=120, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="facility",
            name="name_en",
            field=models.CharField(max_length=120, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="facility",
            name="name_fr",
            field=models.CharField(max_length=120, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="facility",
            name="summary_ar",
            field=models.CharField(max_length=240, null=True, verbose_name="summary"),
        ),
        migrations.AddField(
            model_name="facility",
            name="summary_en",
            field=models.CharField(max_length=240, null=True, verbose_name="summary"),
        ),
        migrations.AddField(
            model_name="facility",
            name="summary_fr",
            field=models.CharField(max_length=240, null=True, verbose_name="summary"),
        ),
        migrations.AddField(
            model_name="facilityphoto",
            name="alt_text_ar",
            field=models.CharField(
                help_text="What the photo shows, for people who cannot see it.",
                max_length=200,
                null=True,
                verbose_name="alt text",
            ),
        ),
        migrations.AddField(
            model_name="facilityphoto",
            name="alt_text_en",
            field=models.CharField(
                help_text="What the photo shows, for people who cannot see it.",
                max_length=200,
                null=True,
                verbose_name="alt text",
            ),
        ),
        migrations.AddField(
            model_name="facilityphoto",
            name="alt_text_fr",
            field=models.CharField(
                help_text="What the photo shows, for people who cannot see it.",
                max_length=200,
                null=True,
                verbose_name="alt text",
            ),
        ),
        migrations.AddField(
            model_name="facilityphoto",
            name="caption_ar",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="caption"),
        ),
        migrations.AddField(
            model_name="facilityphoto",
            name="caption_en",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="caption"),
        ),
        migrations.AddField(
            model_name="facilityphoto",
            name="caption_fr",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="caption"),
        ),
        migrations.AddField(
            model_name="studio",
            name="access_ar",
            field=models.CharField(
                blank=True,
                help_text="How far from the nearest town.",
                max_length=200,
                null=True,
                verbose_name="access",
            ),
        ),
        migrations.AddField(
            model_name="studio",
            name="access_en",
            field=models.CharField(
                blank=True,
                help_text="How far from the nearest town.",
                max_length=200,
                null=True,
                verbose_name="access",
            ),
        ),
        migrations.AddField(
            model_name="studio",
            name="access_fr",
            field=models.CharField(
                blank=True,
                help_text="How far from the nearest town.",
                max_length=200,
                null=True,
                verbose_name="access",
            ),
        ),
        migrations.AddField(
            model_name="studio",
            name="expansion_ar",
            field=models.TextField(blank=True, null=True, verbose_name="expansion plans"),
        ),
        migrations.AddField(
            model_name="studio",
            name="expansion_en",
            field=models.TextField(blank=True, null=True, verbose_name="expansion plans"),
        ),
        migrations.AddField(
            model_name="studio",
            name="expansion_fr",
            field=models.TextField(blank=True, null=True, verbose_name="expansion plans"),
        ),
        migrations.AddField(
            model_name="studio",
            name="location_ar",
            field=models.CharField(max_length=200, null=True, verbose_name="location"),
        ),
        migrations.AddField(
            model_name="studio",
            name="location_en",
            field=models.CharField(max_length=200, null=True, verbose_name="location"),
        ),
        migrations.AddField(
            model_name="studio",
            name="location_fr",
            field=models.CharField(max_length=200, null=True, verbose_name="location"),
        ),
        migrations.AddField(
            model_name="studio",
            name="story_ar",
            field=models.TextField(null=True, verbose_name="story"),
        ),
        migrations.AddField(
            model_name="studio",
            name="story_en",
            field=models.TextField(null=True, verbose_name="story"),
        ),
        migrations.AddField(
            model_name="studio",
            name="story_fr",
            field=models.TextField(null=True, verbose_name="story"),
        ),
        migrations.AddField(
            model_name="studio",
            name="tagline_ar",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="tagline"),
        ),
        migrations.AddField(
            model_name="studio",
            name="tagline_en",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="tagline"),
        ),
        migrations.AddField(
            model_name="studio",
            name="tagline_fr",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="tagline"),
        ),
        migrations.AddConstraint(
            model_name="collectioncategory",
            constraint=models.UniqueConstraint(
                fields=("collection", "name_en"), name="collection_category_unique-en"
            ),
        ),
        migrations.AddConstraint(
            model_name="collectioncategory",
            constraint=models.UniqueConstraint(
                fields=("collection", "name_fr"), name="collection_category_unique-fr"
            ),
        ),
        migrations.AddConstraint(
            model_name="collectioncategory",
            constraint=models.UniqueConstraint(
                fields=("collection", "name_ar"), name="collection_category_unique-ar"
            ),
        ),
        migrations.RunPython(copy_to_english, migrations.RunPython.noop),
    ]
