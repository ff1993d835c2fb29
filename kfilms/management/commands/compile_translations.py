"""Compile the translation catalogues (.po to .mo) in pure Python, for machines without gettext."""

import os
import re
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# Named placeholders of Python's %-formatting, as gettext and blocktranslate write them.
PLACEHOLDER = re.compile(r"%\((\w+)\)[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")


def placeholder_errors(entry: polib.POEntry) -> list[str]:
    """Placeholders a translation uses that its source does not give: each would fail when rendered."""
    given = set(PLACEHOLDER.findall(entry.msgid)) | set(PLACEHOLDER.findall(entry.msgid_plural))
    translations = [entry.msgstr, *entry.msgstr_plural.values()]
    unknown = {name for text in translations for name in PLACEHOLDER.findall(text)} - given
    return [f"%({name})s" for name in sorted(unknown)]


def compile_catalogue(po_path: Path) -> Path:
    """Write the .mo beside a .po; raises CommandError on a catalogue that would break pages."""
    try:
        catalogue = polib.pofile(str(po_path))
    except (OSError, ValueError) as error:
        raise CommandError(f"{po_path}: {error}") from error
    for entry in catalogue.translated_entries():
        if unknown := placeholder_errors(entry):
            raise CommandError(
                f"{po_path}:{entry.linenum}: the translation of {entry.msgid!r} uses {', '.join(unknown)}, "
                "which the English text does not have."
            )
    mo_path = po_path.with_suffix(".mo")
    # Write aside and rename, so a running server never reads half a file.
    handle, tmp_name = tempfile.mkstemp(dir=po_path.parent, suffix=".mo.tmp")
    os.close(handle)
    try:
        catalogue.save_as_mofile(tmp_name)
        # mkstemp makes the file private; the web server's user must read it like the .po.
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, mo_path)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return mo_path


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po into .mo files without gettext tools (only stale ones)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--force", action="store_true", help="Compile even the up-to-date catalogues.")

    def handle(self, *args, force: bool = False, **options) -> None:
        compiled = 0
        for locale_dir in map(Path, settings.LOCALE_PATHS):
            for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                compile_catalogue(po_path)
                compiled += 1
                self.stdout.write(f"Compiled {mo_path}")
        if not compiled:
            self.stdout.write("Translation catalogues up to date.")
