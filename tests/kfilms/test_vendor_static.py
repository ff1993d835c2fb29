"""Vendor files come from their packages, and `make serve`'s collectstatic accepts them."""

from django.contrib.staticfiles import finders
from django.core.management import call_command


def test_jquery_ui_is_served_from_its_package_without_its_theme_stylesheets():
    found = finders.find("vendor/jquery-ui/jquery-ui.min.js")
    assert found and found.endswith("xstatic/pkg/jquery_ui/data/jquery-ui.min.js")
    # The package's themes point at images it does not ship: hashing them would stop collectstatic.
    assert finders.find("vendor/jquery-ui/jquery-ui.theme.css") is None


def test_collectstatic_with_hashed_names_goes_through(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = settings.STORAGES | {
        # The hashing half of production's storage (the compression half is slow and not at stake).
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    assert list((tmp_path / "static" / "vendor" / "jquery-ui").glob("jquery-ui.min.*.js"))
    assert (tmp_path / "static" / "modeltranslation" / "js" / "tabbed_translation_fields.js").exists()
