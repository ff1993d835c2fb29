"""Every field named for translation (the Arabic and French admin showed English names), and each
check or unique rule with a clear message and a code instead of "Constraint ... is violated".

Nothing changes in the database: these are the names and messages Django shows.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("productions", "0008_rebate_rules_in_french_and_arabic"),
        ("studios", "0007_verbose_names_and_constraint_messages"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="enquirynote",
            name="enquiry",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="notes",
                to="productions.shootenquiry",
                verbose_name="shoot enquiry",
            ),
        ),
        migrations.AlterField(
            model_name="enquirystatuschange",
            name="enquiry",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="status_changes",
                to="productions.shootenquiry",
                verbose_name="shoot enquiry",
            ),
        ),
        migrations.AlterField(
            model_name="exchangerate",
            name="programme",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="exchange_rates",
                to="productions.rebateprogramme",
                verbose_name="rebate programme",
            ),
        ),
        migrations.AlterField(
            model_name="production",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, verbose_name="updated"),
        ),
        migrations.AlterConstraint(
            model_name="exchangerate",
            name="exchange_rate_unique_currency",
            constraint=models.UniqueConstraint(
                fields=("programme", "currency"),
                name="exchange_rate_unique_currency",
                violation_error_code="unique",
                violation_error_message="This programme already has a rate for that currency.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="exchangerate",
            name="exchange_rate_positive",
            constraint=models.CheckConstraint(
                condition=models.Q(("mad_per_unit__gt", 0)),
                name="exchange_rate_positive",
                violation_error_code="not_positive",
                violation_error_message="An exchange rate must be more than zero.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="production",
            name="production_year_range",
            constraint=models.CheckConstraint(
                condition=models.Q(("year_start__gte", 1950), ("year_start__lte", 2100)),
                name="production_year_range",
                violation_error_code="year_out_of_range",
                violation_error_message="The year must be between 1950 and 2100.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="production",
            name="production_year_end_after_start",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("year_end__isnull", True),
                    models.Q(("year_end__gte", models.F("year_start")), ("year_end__lte", 2100)),
                    _connector="OR",
                ),
                name="production_year_end_after_start",
                violation_error_code="years_out_of_order",
                violation_error_message="The last year must be between the first year and 2100.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="production",
            name="production_spend_not_negative",
            constraint=models.CheckConstraint(
                condition=models.Q(("spend_amount__isnull", True), ("spend_amount__gte", 0), _connector="OR"),
                name="production_spend_not_negative",
                violation_error_code="negative",
                violation_error_message="The spend in Morocco cannot be negative.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="rebateprogramme",
            name="rebate_rate_percent_range",
            constraint=models.CheckConstraint(
                condition=models.Q(("rate_percent__gte", 0), ("rate_percent__lte", 100)),
                name="rebate_rate_percent_range",
                violation_error_code="percent_out_of_range",
                violation_error_message="The rate must be between 0 and 100.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="rebateprogramme",
            name="rebate_period_in_order",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("valid_until__isnull", True),
                    ("valid_until__gte", models.F("valid_from")),
                    _connector="OR",
                ),
                name="rebate_period_in_order",
                violation_error_code="period_out_of_order",
                violation_error_message="The end of the period comes before its start.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="rebateprogramme",
            name="rebate_amounts_not_negative",
            constraint=models.CheckConstraint(
                condition=models.Q(("min_spend_mad__gte", 0), ("committed_mad__gte", 0)),
                name="rebate_amounts_not_negative",
                violation_error_code="negative",
                violation_error_message="The minimum spend and the amount already committed cannot be negative.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="rebateprogramme",
            name="rebate_cap_positive",
            constraint=models.CheckConstraint(
                condition=models.Q(("cap_mad__isnull", True), ("cap_mad__gt", 0), _connector="OR"),
                name="rebate_cap_positive",
                violation_error_code="not_positive",
                violation_error_message="The cap must be more than zero; leave it empty when there is none.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="rebateprogramme",
            name="rebate_envelope_positive",
            constraint=models.CheckConstraint(
                condition=models.Q(("envelope_mad__isnull", True), ("envelope_mad__gt", 0), _connector="OR"),
                name="rebate_envelope_positive",
                violation_error_code="not_positive",
                violation_error_message="The annual envelope must be more than zero; leave it empty when unknown.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="rebateprogramme",
            name="rebate_deposit_percent_range",
            constraint=models.CheckConstraint(
                condition=models.Q(("deposit_percent__gte", 0), ("deposit_percent__lte", 100)),
                name="rebate_deposit_percent_range",
                violation_error_code="percent_out_of_range",
                violation_error_message="The deposit must be between 0 and 100.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="shootenquiry",
            name="enquiry_shoot_in_order",
            constraint=models.CheckConstraint(
                condition=models.Q(("shoot_end__gte", models.F("shoot_start"))),
                name="enquiry_shoot_in_order",
                violation_error_code="days_out_of_order",
                violation_error_message="The shoot cannot end before it starts.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="shootenquiry",
            name="enquiry_prep_before_shoot",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("prep_start__isnull", True),
                    ("prep_start__lte", models.F("shoot_start")),
                    _connector="OR",
                ),
                name="enquiry_prep_before_shoot",
                violation_error_code="prep_after_shoot",
                violation_error_message="Preparation should start before the shoot.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="shootenquiry",
            name="enquiry_spend_not_negative",
            constraint=models.CheckConstraint(
                condition=models.Q(("spend_amount__isnull", True), ("spend_amount__gte", 0), _connector="OR"),
                name="enquiry_spend_not_negative",
                violation_error_code="negative",
                violation_error_message="The estimated spend cannot be negative.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="shootenquiry",
            name="enquiry_shooting_days_positive",
            constraint=models.CheckConstraint(
                condition=models.Q(("shooting_days__gt", 0)),
                name="enquiry_shooting_days_positive",
                violation_error_code="not_positive",
                violation_error_message="Please give at least one shooting day.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="spendfigure",
            name="spend_figure_year_range",
            constraint=models.CheckConstraint(
                condition=models.Q(("year__gte", 1950), ("year__lte", 2100)),
                name="spend_figure_year_range",
                violation_error_code="year_out_of_range",
                violation_error_message="The year must be between 1950 and 2100.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="spendfigure",
            name="spend_figure_not_negative",
            constraint=models.CheckConstraint(
                condition=models.Q(("amount_musd__gte", 0)),
                name="spend_figure_not_negative",
                violation_error_code="negative",
                violation_error_message="The foreign spend cannot be negative.",
            ),
        ),
    ]
