"""On PostgreSQL, make the database itself refuse two confirmed bookings of one facility at the same time.

An exclusion constraint (btree_gist, for the equality on the facility inside a GiST index)
covers one facility; a facility's parent and zones are covered by the row locks that
studios.services takes before it checks. On SQLite both operations do nothing: there the
check runs in a transaction that holds the write lock.
"""

from django.db import migrations

CONSTRAINT = "booking_confirmed_no_overlap"

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    f"""ALTER TABLE studios_booking ADD CONSTRAINT {CONSTRAINT}
        EXCLUDE USING gist (facility_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
        WHERE (status = 'confirmed')""",
]

# The extension stays: other tables may come to rely on it.
DROP = [f"ALTER TABLE studios_booking DROP CONSTRAINT IF EXISTS {CONSTRAINT}"]


def on_postgresql(statements: list[str]):
    def run(apps, schema_editor) -> None:
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("studios", "0002_bookings_student_requests_calendar_feeds"),
    ]

    operations = [
        migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP), elidable=False),
    ]
