"""Fixtures shared by the whole suite."""

import os
import shutil

import pytest
from django.db import connection

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Playwright's sync API runs an event loop in the test thread; the ORM calls the
# tests make around it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def unavailable(reason: str) -> None:
    """Skip locally, but fail in CI: there a test that cannot run is not a pass."""
    if IN_CI:
        pytest.fail(f"{reason} (CI must run this test)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Each test writes uploads to its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _clear_caches():
    from django.core.cache import caches

    yield
    for alias in ("default", "shared"):
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _english_to_start():
    """Each test starts in English, whatever language the previous one left active."""
    # A request to /ar/ leaves Arabic active in the thread: reverse() would then prefix /ar/, and
    # fields translated by modeltranslation would be written to their _ar column.
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")


# Data migrations whose rows the tests rely on (roles, rebate rules).
REFERENCE_DATA = [
    ("productions.migrations.0002_roles", "create_roles"),
    ("productions.migrations.0004_seed_rebate_programmes_and_spend", "seed"),
    ("productions.migrations.0008_rebate_rules_in_french_and_arabic", "translate"),
]


@pytest.fixture(autouse=True)
def _reference_data(request):
    """Put back the rows of data migrations for tests that run in real transactions.

    Each such test ends with a flush of every table, so without this the next one
    would find no roles and no rebate rules.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker and marker.kwargs.get("transaction")) or "live_server" in request.fixturenames
    if not transactional:
        return
    import importlib

    from django.apps import apps

    request.getfixturevalue("transactional_db")
    for module, function in REFERENCE_DATA:
        getattr(importlib.import_module(module), function)(apps, None)


@pytest.fixture
def postgres(db):
    """For tests of what only PostgreSQL does."""
    if connection.vendor != "postgresql":
        unavailable("needs PostgreSQL (set DATABASE_URL)")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright, headless."""
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        unavailable(f"no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab; `page.base_url` is the live server."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user(
        username="staff", password="staff-pass-123", is_staff=True, is_superuser=True
    )


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client
