"""Catalogue texts per language (django-modeltranslation): a column per language for each text field.

The English columns start as a copy of the existing texts, so nothing is lost on a database
that already has a catalogue; French and Arabic start empty and fall back to English.
"""

from django.db import migrations, models
from django.db.models import F

# The text fields registered in productions/translation.py, by model.
TRANSLATED = {
    "Production": ("logline", "description", "spend_note"),
    "RebateProgramme": (
        "name",
        "legal_basis",
        "cap_note",
        "envelope_note",
        "eligible_spend",
        "excluded_spend",
        "conditions",
    ),
    "SpendFigure": ("note",),
}


def copy_to_english(apps, schema_editor) -> None:
    for model_name, fields in TRANSLATED.items():
        model = apps.get_model("productions", model_name)
        model.objects.update(**{f"{field}_en": F(field) for field in fields})


class Migration(migrations.Migration):
    dependencies = [
        ("productions", "0005_enquiry_contact_labels"),
    ]

    operations = [
        migrations.AddField(
            model_name="production",
            name="description_ar",
            field=models.TextField(blank=True, null=True, verbose_name="about our work on it"),
        ),
        migrations.AddField(
            model_name="production",
            name="description_en",
            field=models.TextField(blank=True, null=True, verbose_name="about our work on it"),
        ),
        migrations.AddField(
            model_name="production",
            name="description_fr",
            field=models.TextField(blank=True, null=True, verbose_name="about our work on it"),
        ),
        migrations.AddField(
            model_name="production",
            name="logline_ar",
            field=models.CharField(max_length=300, null=True, verbose_name="logline"),
        ),
        migrations.AddField(
            model_name="production",
            name="logline_en",
            field=models.CharField(max_length=300, null=True, verbose_name="logline"),
        ),
        migrations.AddField(
            model_name="production",
            name="logline_fr",
            field=models.CharField(max_length=300, null=True, verbose_name="logline"),
        ),
        migrations.AddField(
            model_name="production",
            name="spend_note_ar",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="spend note"),
        ),
        migrations.AddField(
            model_name="production",
            name="spend_note_en",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="spend note"),
        ),
        migrations.AddField(
            model_name="production",
            name="spend_note_fr",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="spend note"),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="cap_note_ar",
            field=models.CharField(blank=True, max_length=240, null=True, verbose_name="note on the cap"),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="cap_note_en",
            field=models.CharField(blank=True, max_length=240, null=True, verbose_name="note on the cap"),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="cap_note_fr",
            field=models.CharField(blank=True, max_length=240, null=True, verbose_name="note on the cap"),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="conditions_ar",
            field=models.TextField(
                blank=True, help_text="One item a line.", null=True, verbose_name="conditions"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="conditions_en",
            field=models.TextField(
                blank=True, help_text="One item a line.", null=True, verbose_name="conditions"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="conditions_fr",
            field=models.TextField(
                blank=True, help_text="One item a line.", null=True, verbose_name="conditions"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="eligible_spend_ar",
            field=models.TextField(
                blank=True, help_text="One item a line.", null=True, verbose_name="eligible spend"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="eligible_spend_en",
            field=models.TextField(
                blank=True, help_text="One item a line.", null=True, verbose_name="eligible spend"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="eligible_spend_fr",
            field=models.TextField(
                blank=True, help_text="One item a line.", null=True, verbose_name="eligible spend"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="envelope_note_ar",
            field=models.CharField(
                blank=True, max_length=240, null=True, verbose_name="note on the envelope"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="envelope_note_en",
            field=models.CharField(
                blank=True, max_length=240, null=True, verbose_name="note on the envelope"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="envelope_note_fr",
            field=models.CharField(
                blank=True, max_length=240, null=True, verbose_name="note on the envelope"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="excluded_spend_ar",
            field=models.TextField(
                blank=True, help_text="One item a line.", null=True, verbose_name="excluded spend"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="excluded_spend_en",
            field=models.TextField(
                blank=True, help_text="One item a line.", null=True, verbose_name="excluded spend"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="excluded_spend_fr",
            field=models.TextField(
                blank=True, help_text="One item a line.", null=True, verbose_name="excluded spend"
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="legal_basis_ar",
            field=models.CharField(
                blank=True,
                help_text="For example “Decree 2.22.67 (2022)”.",
                max_length=200,
                null=True,
                verbose_name="legal basis",
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="legal_basis_en",
            field=models.CharField(
                blank=True,
                help_text="For example “Decree 2.22.67 (2022)”.",
                max_length=200,
                null=True,
                verbose_name="legal basis",
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="legal_basis_fr",
            field=models.CharField(
                blank=True,
                help_text="For example “Decree 2.22.67 (2022)”.",
                max_length=200,
                null=True,
                verbose_name="legal basis",
            ),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="name_ar",
            field=models.CharField(max_length=160, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="name_en",
            field=models.CharField(max_length=160, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="rebateprogramme",
            name="name_fr",
            field=models.CharField(max_length=160, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="spendfigure",
            name="note_ar",
            field=models.CharField(
                blank=True,
                help_text="For example “up to the end of November”.",
                max_length=200,
                null=True,
                verbose_name="note",
            ),
        ),
        migrations.AddField(
            model_name="spendfigure",
            name="note_en",
            field=models.CharField(
                blank=True,
                help_text="For example “up to the end of November”.",
                max_length=200,
                null=True,
                verbose_name="note",
            ),
        ),
        migrations.AddField(
            model_name="spendfigure",
            name="note_fr",
            field=models.CharField(
                blank=True,
                help_text="For example “up to the end of November”.",
                max_length=200,
                null=True,
                verbose_name="note",
            ),
        ),
        migrations.RunPython(copy_to_english, migrations.RunPython.noop),
    ]
