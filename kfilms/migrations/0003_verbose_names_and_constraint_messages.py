"""Every field named for translation (the Arabic and French admin showed English names), and each
check or unique rule with a clear message and a code instead of "Constraint ... is violated".

Nothing changes in the database: these are the names and messages Django shows.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("kfilms", "0002_translations"),
    ]

    operations = [
        migrations.AlterField(
            model_name="keyfigure",
            name="company",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="key_figures",
                to="kfilms.company",
                verbose_name="company",
            ),
        ),
        migrations.AlterConstraint(
            model_name="company",
            name="company_founded_year_range",
            constraint=models.CheckConstraint(
                condition=models.Q(("founded_year__gte", 1900), ("founded_year__lte", 2100)),
                name="company_founded_year_range",
                violation_error_code="year_out_of_range",
                violation_error_message="The founding year must be between 1900 and 2100.",
            ),
        ),
    ]
