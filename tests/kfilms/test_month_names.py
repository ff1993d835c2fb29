"""Arabic dates name the months as Morocco does; French and English keep Django's names."""

import gettext
from datetime import date
from pathlib import Path

import django
import pytest
from django.core.management import call_command
from django.utils import dates, translation
from django.utils.formats import date_format

from kfilms.formats import months

MOROCCAN = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
]


@pytest.fixture(autouse=True)
def compiled(settings):
    """The catalogues compiled as `make test` does, and read afresh by Django."""
    call_command("compile_translations", verbosity=0)
    settings.LOCALE_PATHS = list(settings.LOCALE_PATHS)


@pytest.mark.parametrize("month", range(1, 13))
def test_arabic_dates_use_the_moroccan_month_names(month):
    day = date(2024, month, 5)

    with translation.override("ar"):
        # "F" is the name in a date, "E" its form inside a full date, "N" the abbreviation.
        assert [date_format(day, letter) for letter in "FEN"] == [MOROCCAN[month - 1]] * 3


def test_a_moroccan_date_reads_in_full():
    with translation.override("ar"):
        assert date_format(date(2019, 11, 30), "j F Y") == "30 نونبر 2019"
        assert date_format(date(2019, 11, 30)) == "30 نونبر 2019"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_other_languages_keep_djangos_own_month_names(language):
    """Our catalogue repeats Django's names for French: overriding them must change nothing there."""
    django_catalogue = (
        Path(django.__file__).parent / "conf" / "locale" / language / "LC_MESSAGES" / "django.mo"
    )
    with open(django_catalogue, "rb") as handle:
        theirs = gettext.GNUTranslations(handle)
    with translation.override("en"):
        english = {
            None: [str(name) for name in dates.MONTHS.values()],
            "alt. month": [str(name) for name in dates.MONTHS_ALT.values()],
            "abbrev. month": [str(name) for name in dates.MONTHS_AP.values()],
        }

    with translation.override(language):
        ours = [
            str(name)
            for name in (*dates.MONTHS.values(), *dates.MONTHS_ALT.values(), *dates.MONTHS_AP.values())
        ]

    assert ours == [
        theirs.pgettext(context, name) if context else theirs.gettext(name)
        for context, names in english.items()
        for name in names
    ]


def test_our_list_marks_the_month_names_django_uses():
    """makemessages keeps only what our code marks: the list must hold each name Django looks up."""
    with translation.override("en"):
        assert list(months.MONTHS) == [str(name) for name in dates.MONTHS.values()]
        assert [str(name) for name in months.MONTHS_ALT] == [str(name) for name in dates.MONTHS_ALT.values()]
        assert [str(name) for name in months.MONTHS_AP] == [str(name) for name in dates.MONTHS_AP.values()]
    with translation.override("ar"):
        # Same contexts as Django's: the Moroccan names come through our entries.
        assert [translation.gettext(name) for name in months.MONTHS] == MOROCCAN
        assert [str(name) for name in (*months.MONTHS_ALT, *months.MONTHS_AP)] == MOROCCAN * 2
