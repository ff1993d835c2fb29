"""`demo_admin` gives a local superuser in development and refuses anywhere else."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command, execute_from_command_line
from django.urls import reverse

from kfilms.management.commands.demo_admin import DEMO_PASSWORD, DEMO_USERNAME

pytestmark = pytest.mark.django_db


def run(**options) -> str:
    out = StringIO()
    call_command("demo_admin", stdout=out, **options)
    return out.getvalue()


def test_creates_a_superuser_and_prints_the_login(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.delenv("PORT", raising=False)
    settings.SITE_URL = "http://127.0.0.1:8000"
    output = run()
    user = get_user_model().objects.get(username=DEMO_USERNAME)
    assert user.is_superuser and user.is_staff and user.is_active
    assert user.check_password(DEMO_PASSWORD)
    assert "http://127.0.0.1:8000/admin/" in output and DEMO_PASSWORD in output


def test_resets_the_password_of_an_existing_admin(settings):
    settings.DEBUG = True
    get_user_model().objects.create_user(username=DEMO_USERNAME, password="forgotten-1234")
    output = run()
    user = get_user_model().objects.get(username=DEMO_USERNAME)
    assert user.check_password(DEMO_PASSWORD) and user.is_superuser
    assert get_user_model().objects.filter(username=DEMO_USERNAME).count() == 1
    assert "Reset" in output


def test_the_printed_link_follows_the_port_or_the_base_url(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("PORT", "8105")
    assert "http://127.0.0.1:8105/admin/" in run()
    assert "https://demo.example/admin/" in run(base_url="https://demo.example/")


def test_the_demo_login_opens_the_admin(settings, client):
    settings.DEBUG = True
    run()
    assert client.login(username=DEMO_USERNAME, password=DEMO_PASSWORD)
    assert client.get(reverse("admin:index")).status_code == 200


def test_refuses_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        run()
    assert not get_user_model().objects.filter(username=DEMO_USERNAME).exists()


def test_refuses_with_debug_off_from_the_command_line_with_a_non_zero_exit(settings, capsys):
    settings.DEBUG = False
    with pytest.raises(SystemExit) as exit_info:
        execute_from_command_line(["manage.py", "demo_admin"])
    assert exit_info.value.code != 0
    assert "only runs with DEBUG on" in capsys.readouterr().err


def test_refuses_with_debug_off_leaves_an_existing_password_alone(settings):
    settings.DEBUG = False
    get_user_model().objects.create_user(username=DEMO_USERNAME, password="a-real-secret-987")
    with pytest.raises(CommandError):
        run()
    assert get_user_model().objects.get(username=DEMO_USERNAME).check_password("a-real-secret-987")
