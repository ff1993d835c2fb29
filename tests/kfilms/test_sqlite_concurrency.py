"""SQLite settings: concurrent writers wait their turn instead of failing with "database is locked"."""

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.db.backends.sqlite3.base import DatabaseWrapper

from kfilms import settings as project_settings

WRITERS = 16


@pytest.fixture(autouse=True)
def own_databases(django_db_blocker):
    """These tests open their own file databases, not the test database."""
    with django_db_blocker.unblock():
        yield


def project_sqlite_options() -> dict:
    """The options the project gives SQLite (whatever database this run itself uses)."""
    return project_settings.SQLITE_OPTIONS


def wrapper(name: Path, options: dict) -> DatabaseWrapper:
    """A connection with the project's options to a file database of the test's own."""
    settings_dict = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(name),
        "OPTIONS": dict(options),
        "ATOMIC_REQUESTS": False,
        "AUTOCOMMIT": True,
        "CONN_MAX_AGE": 0,
        "CONN_HEALTH_CHECKS": False,
        "TIME_ZONE": None,
        "USER": "",
        "PASSWORD": "",
        "HOST": "",
        "PORT": "",
        "TEST": {},
    }
    return DatabaseWrapper(settings_dict, alias="race")


def read_then_write_concurrently(name: Path, options: dict) -> list[str]:
    """WRITERS transactions at once, each reading the counter then writing it; the errors raised."""
    setup = wrapper(name, options)
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE counter (n INTEGER)")
        cursor.execute("INSERT INTO counter VALUES (0)")
    setup.close()
    barrier = threading.Barrier(WRITERS)

    def submit() -> str:
        connection = wrapper(name, options)
        try:
            connection.ensure_connection()
            barrier.wait()
            # What atomic() does first: BEGIN, in the configured transaction mode.
            connection._start_transaction_under_autocommit()
            with connection.cursor() as cursor:
                cursor.execute("SELECT n FROM counter")
                n = cursor.fetchone()[0]
                cursor.execute("UPDATE counter SET n = %s", [n + 1])
                cursor.execute("COMMIT")
            return ""
        except Exception as error:
            return str(error)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        return [error for error in pool.map(lambda _: submit(), range(WRITERS)) if error]


def test_project_sqlite_takes_the_write_lock_at_begin_and_uses_wal(tmp_path):
    options = project_sqlite_options()
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] == 20
    connection = wrapper(tmp_path / "wal.sqlite3", options)
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 1  # NORMAL
    connection.close()


def test_simultaneous_read_then_write_transactions_all_succeed(tmp_path):
    name = tmp_path / "race.sqlite3"
    assert read_then_write_concurrently(name, project_sqlite_options()) == []
    check = wrapper(name, {})
    with check.cursor() as cursor:
        cursor.execute("SELECT n FROM counter")
        assert cursor.fetchone()[0] == WRITERS
    check.close()


def test_without_immediate_mode_they_would_fail(tmp_path):
    """The same load with deferred transactions: the failure the settings prevent."""
    options = project_sqlite_options() | {"transaction_mode": None}
    errors = read_then_write_concurrently(tmp_path / "deferred.sqlite3", options)
    assert errors and all("locked" in error for error in errors)
