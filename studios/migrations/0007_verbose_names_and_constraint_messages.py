"""Every field named for translation (the Arabic and French admin showed English names), and each
check or unique rule with a clear message and a code instead of "Constraint ... is violated".

Nothing changes in the database: these are the names and messages Django shows.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("studios", "0006_language_choices"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="collection",
            name="studio",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="collections",
                to="studios.studio",
                verbose_name="studio",
            ),
        ),
        migrations.AlterField(
            model_name="collectioncategory",
            name="collection",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="categories",
                to="studios.collection",
                verbose_name="collection",
            ),
        ),
        migrations.AlterField(
            model_name="facility",
            name="studio",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="facilities",
                to="studios.studio",
                verbose_name="studio",
            ),
        ),
        migrations.AlterField(
            model_name="facility",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, verbose_name="updated"),
        ),
        migrations.AlterField(
            model_name="facilityphoto",
            name="facility",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="photos",
                to="studios.facility",
                verbose_name="facility",
            ),
        ),
        migrations.AlterConstraint(
            model_name="booking",
            name="booking_days_in_order",
            constraint=models.CheckConstraint(
                condition=models.Q(("end_date__gte", models.F("start_date"))),
                name="booking_days_in_order",
                violation_error_code="days_out_of_order",
                violation_error_message="The last day cannot come before the first day.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="booking",
            name="booking_span_positive",
            constraint=models.CheckConstraint(
                condition=models.Q(("ends_at__gt", models.F("starts_at"))),
                name="booking_span_positive",
                violation_error_code="span_not_positive",
                violation_error_message="The booking must end after it starts.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="booking",
            name="booking_times_both_or_none",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("end_time__isnull", True), ("start_time__isnull", True)),
                    models.Q(("end_time__isnull", False), ("start_time__isnull", False)),
                    _connector="OR",
                ),
                name="booking_times_both_or_none",
                violation_error_code="times_incomplete",
                violation_error_message="Give both times, or neither for whole days.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="booking",
            name="booking_served_both_or_none",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("served_id__isnull", True), ("served_type__isnull", True)),
                    models.Q(("served_id__isnull", False), ("served_type__isnull", False)),
                    _connector="OR",
                ),
                name="booking_served_both_or_none",
                violation_error_code="served_incomplete",
                violation_error_message="Give both what the booking serves and its id.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="collectioncategory",
            name="collection_category_unique",
            constraint=models.UniqueConstraint(
                fields=("collection", "name"),
                name="collection_category_unique",
                violation_error_code="unique",
                violation_error_message="This collection already has a category of that name.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="collectioncategory",
            name="collection_category_unique-en",
            constraint=models.UniqueConstraint(
                fields=("collection", "name_en"),
                name="collection_category_unique-en",
                violation_error_code="unique",
                violation_error_message="This collection already has a category of that name.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="collectioncategory",
            name="collection_category_unique-fr",
            constraint=models.UniqueConstraint(
                fields=("collection", "name_fr"),
                name="collection_category_unique-fr",
                violation_error_code="unique",
                violation_error_message="This collection already has a category of that name.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="collectioncategory",
            name="collection_category_unique-ar",
            constraint=models.UniqueConstraint(
                fields=("collection", "name_ar"),
                name="collection_category_unique-ar",
                violation_error_code="unique",
                violation_error_message="This collection already has a category of that name.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="facility",
            name="facility_area_positive",
            constraint=models.CheckConstraint(
                condition=models.Q(("area__isnull", True), ("area__gt", 0), _connector="OR"),
                name="facility_area_positive",
                violation_error_code="not_positive",
                violation_error_message="The area must be more than zero.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="facility",
            name="facility_length_positive",
            constraint=models.CheckConstraint(
                condition=models.Q(("length_m__isnull", True), ("length_m__gt", 0), _connector="OR"),
                name="facility_length_positive",
                violation_error_code="not_positive",
                violation_error_message="The length must be more than zero.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="facility",
            name="facility_width_positive",
            constraint=models.CheckConstraint(
                condition=models.Q(("width_m__isnull", True), ("width_m__gt", 0), _connector="OR"),
                name="facility_width_positive",
                violation_error_code="not_positive",
                violation_error_message="The width must be more than zero.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="facility",
            name="facility_height_positive",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("clear_height_m__isnull", True), ("clear_height_m__gt", 0), _connector="OR"
                ),
                name="facility_height_positive",
                violation_error_code="not_positive",
                violation_error_message="The clear height must be more than zero.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="facility",
            name="facility_expected_year_range",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("expected_year__isnull", True),
                    models.Q(("expected_year__gte", 1900), ("expected_year__lte", 2100)),
                    _connector="OR",
                ),
                name="facility_expected_year_range",
                violation_error_code="year_out_of_range",
                violation_error_message="The expected year must be between 1900 and 2100.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="facility",
            name="facility_not_own_parent",
            constraint=models.CheckConstraint(
                condition=models.Q(("parent", models.F("pk")), _negated=True),
                name="facility_not_own_parent",
                violation_error_code="own_parent",
                violation_error_message="A facility cannot be part of itself.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="studentrequest",
            name="studentrequest_days_in_order",
            constraint=models.CheckConstraint(
                condition=models.Q(("shoot_end__gte", models.F("shoot_start"))),
                name="studentrequest_days_in_order",
                violation_error_code="days_out_of_order",
                violation_error_message="The last shooting day cannot come before the first.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="studentrequest",
            name="studentrequest_crew_range",
            constraint=models.CheckConstraint(
                condition=models.Q(("crew_size__gte", 1), ("crew_size__lte", 200)),
                name="studentrequest_crew_range",
                violation_error_code="crew_out_of_range",
                violation_error_message="The crew must be between 1 and 200 people.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="studentrequest",
            name="studentrequest_prep_strike_range",
            constraint=models.CheckConstraint(
                condition=models.Q(("prep_days__lte", 14), ("strike_days__lte", 7)),
                name="studentrequest_prep_strike_range",
                violation_error_code="prep_strike_out_of_range",
                violation_error_message="Preparation may take up to 14 days and the strike up to 7 days.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="studio",
            name="studio_land_positive",
            constraint=models.CheckConstraint(
                condition=models.Q(("land_hectares__gt", 0)),
                name="studio_land_positive",
                violation_error_code="not_positive",
                violation_error_message="The land area must be more than zero.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="studio",
            name="studio_opened_year_range",
            constraint=models.CheckConstraint(
                condition=models.Q(("opened_year__gte", 1900), ("opened_year__lte", 2100)),
                name="studio_opened_year_range",
                violation_error_code="year_out_of_range",
                violation_error_message="The opening year must be between 1900 and 2100.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="studio",
            name="studio_coordinates_range",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("latitude__gte", -90),
                    ("latitude__lte", 90),
                    ("longitude__gte", -180),
                    ("longitude__lte", 180),
                ),
                name="studio_coordinates_range",
                violation_error_code="coordinates_out_of_range",
                violation_error_message="The latitude must be between -90 and 90, and the longitude between -180 and 180.",
            ),
        ),
    ]
