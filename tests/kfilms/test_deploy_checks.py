"""Deploy safety: no demo superuser on a live site, no demo data loaded by accident, a strong SECRET_KEY."""

import os
import subprocess
import sys
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from kfilms.checks import check_no_demo_admin
from kfilms.management.commands.demo_admin import DEMO_PASSWORD, DEMO_USERNAME

pytestmark = pytest.mark.django_db


def demo_admin(password: str = DEMO_PASSWORD):
    return get_user_model().objects.create_superuser(DEMO_USERNAME, "admin@example.com", password)


def test_demo_admin_with_the_published_password_is_an_error_with_debug_off(settings):
    settings.DEBUG = False
    demo_admin()
    assert [error.id for error in check_no_demo_admin(databases=["default"])] == ["kfilms.E001"]
    # `check --deploy` without --database still looks.
    assert [error.id for error in check_no_demo_admin(databases=None)] == ["kfilms.E001"]


def test_check_deploy_command_fails_on_the_demo_admin(settings):
    settings.DEBUG = False
    demo_admin()
    with pytest.raises(Exception, match="kfilms.E001"):
        call_command("check", "--deploy", "--fail-level", "ERROR", stdout=StringIO(), stderr=StringIO())


def test_admin_with_its_own_password_or_debug_on_passes(settings):
    settings.DEBUG = False
    user = demo_admin(password="a-real-password-nobody-published")
    assert check_no_demo_admin(databases=["default"]) == []
    user.set_password(DEMO_PASSWORD)
    user.save()
    settings.DEBUG = True
    assert check_no_demo_admin(databases=["default"]) == []


def test_seed_demo_refuses_with_debug_off_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("seed_demo", stdout=StringIO())
    from kfilms.models import Company

    assert not Company.objects.exists()


def settings_import(secret_key: str) -> subprocess.CompletedProcess:
    env = os.environ | {"DEBUG": "0", "SECRET_KEY": secret_key, "DJANGO_SETTINGS_MODULE": "kfilms.settings"}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"], env=env, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    "key",
    [
        "dev-only-secret-key-do-not-use-in-production",
        "x" * 49 + "y",  # 50 characters but only 2 distinct
        "abcd" * 12,  # 48 characters
        "django-insecure-" + "k3J9sQ0vLr7TqZ2wXy8NbPm4Dc1Hf6Ga5Ue",
    ],
)
def test_weak_secret_keys_are_refused_in_production(key):
    result = settings_import(key)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_a_strong_secret_key_is_accepted():
    result = settings_import("k3J9sQ0vLr7TqZ2wXy8NbPm4Dc1Hf6Ga5Ue-Vt_Rn2Bo0Wi9Lj8Kh7")
    assert result.returncode == 0, result.stderr
