"""Single vendor files served from the Python packages that ship them, not their whole folders.

XStatic-jQuery-UI's folder also holds theme stylesheets that point at images the package leaves
out; collectstatic's hashing refuses such a stylesheet, so only the script the admin needs is served.
"""

from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import utils
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage


class VendorFileFinder(BaseFinder):
    """Finds the files of settings.VENDOR_STATIC_FILES: {static path: file on disk}."""

    def find(self, path: str, find_all: bool = False, **kwargs) -> str | list[str]:
        if kwargs:  # Django 5.2 still accepts the older name `all`.
            find_all = self._check_deprecated_find_param(find_all=find_all, **kwargs)
        source = settings.VENDOR_STATIC_FILES.get(path)
        if source is None or not Path(source).is_file():
            return []  # "nothing here", as Django's own finders say it
        return [str(source)] if find_all else str(source)

    def list(self, ignore_patterns: list[str] | None) -> Iterator[tuple[str, FileSystemStorage]]:
        for path, source in settings.VENDOR_STATIC_FILES.items():
            source = Path(source)
            if ignore_patterns and utils.matches_patterns(source.name, ignore_patterns):
                continue
            storage = FileSystemStorage(location=source.parent)
            # collectstatic and whitenoise put a storage's files under its prefix.
            storage.prefix = str(Path(path).parent)
            yield source.name, storage

    def check(self, **kwargs) -> list:
        return []
