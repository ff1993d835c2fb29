"""English, French and Arabic: language prefixes, the switcher, hreflang, the sitemap, catalogues, formats."""

import gettext
import re
import shutil
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from productions.models import Currency
from productions.views.catalogue import compact_amount
from studios.models import Facility
from tests.kfilms.factories import CompanyFactory, PressMentionFactory
from tests.productions.factories import ProductionFactory
from tests.studios.factories import FacilityFactory, FacilityPhotoFactory, StudioFactory

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"
LANGUAGES = {"en": "ltr", "fr": "ltr", "ar": "rtl"}
PUBLIC_PAGES = [
    ("kfilms:home", {}),
    ("kfilms:about", {}),
    ("kfilms:contact", {}),
    ("studios:studio", {}),
    ("studios:facility-list", {}),
    ("studios:facility-detail", {"slug": "sound-stage"}),
    ("studios:availability", {}),
    ("studios:student-programme", {}),
    ("studios:student-request", {}),
    ("productions:production-list", {}),
    ("productions:production-detail", {"slug": "homeland"}),
    ("productions:incentives", {}),
    ("productions:enquiry-create", {}),
]


def url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


class LinkCollector(HTMLParser):
    """The attributes of every <a>, <link> and <meta> of a page, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"a", "link", "meta"}:
            self.tags.append((tag, dict(attrs)))


def tags(html: str, tag: str, **wanted: str) -> list[dict[str, str | None]]:
    parser = LinkCollector()
    parser.feed(html)
    return [
        attrs
        for name, attrs in parser.tags
        if name == tag and all(attrs.get(key.replace("_", "-")) == value for key, value in wanted.items())
    ]


def switcher(html: str) -> dict[str, dict[str, str | None]]:
    """The language bar's links by language code."""
    return {link["hreflang"]: link for link in tags(html, "a", **{"class": "language-link"})}


def alternates(html: str) -> dict[str, str | None]:
    return {link["hreflang"]: link["href"] for link in tags(html, "link", rel="alternate")}


@pytest.fixture
def catalogue():
    CompanyFactory()
    studio = StudioFactory()
    stage = FacilityFactory(studio=studio, name="Sound stage", slug="sound-stage")
    FacilityPhotoFactory(facility=stage)
    homeland = ProductionFactory(title="Homeland", slug="homeland")
    return {"studio": studio, "stage": stage, "homeland": homeland}


@pytest.fixture
def compiled_catalogues(settings):
    """Our .po files compiled as `make test` does, and Django made to read them afresh."""
    call_command("compile_translations", verbosity=0)
    # Assigning the setting sends setting_changed, which empties Django's translation caches.
    settings.LOCALE_PATHS = list(settings.LOCALE_PATHS)


# ---------- Every public page in every language ----------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("name", "kwargs"), PUBLIC_PAGES)
def test_every_public_page_answers_in_each_language_with_its_lang_and_dir(
    client, catalogue, name, kwargs, language
):
    address = url(name, language, **kwargs)
    assert address.startswith(f"/{language}/")

    response = client.get(address)

    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(rf'<html lang="{language}" dir="{LANGUAGES[language]}">', html)
    bootstrap = "bootstrap.rtl.min.css" if LANGUAGES[language] == "rtl" else "bootstrap.min.css"
    assert f"vendor/bootstrap/css/{bootstrap}" in html


# ---------- The switcher ----------


def test_the_switcher_links_to_the_same_page_and_query_in_each_language(client, catalogue):
    response = client.get(url("productions:production-list", "fr"), {"kind": "feature", "origin": "moroccan"})

    links = switcher(response.content.decode())

    assert list(links) == ["en", "fr", "ar"]
    for code, link in links.items():
        assert link["href"] == f"/{code}/productions/?kind=feature&origin=moroccan"
        assert link["lang"] == code
    assert [code for code, link in links.items() if link.get("aria-current")] == ["fr"]
    assert links["fr"]["aria-current"] == "true"
    # Each language named in itself, so a reader finds theirs whatever the page's language.
    for code, name in (("en", "English"), ("fr", "Français"), ("ar", "العربية")):
        assert re.search(rf'hreflang="{code}"[^>]*>{name}</a>', response.content.decode())


def test_the_switcher_keeps_the_facility(client, catalogue):
    html = client.get(catalogue["stage"].get_absolute_url()).content.decode()

    links = switcher(html)

    assert links["ar"]["href"] == url("studios:facility-detail", "ar", slug="sound-stage")
    assert links["fr"]["href"] == "/fr/studio/facilities/sound-stage/"


def test_on_a_missing_page_the_switcher_offers_each_home_page(client, catalogue):
    response = client.get("/fr/no-such-page/?q=1")

    assert response.status_code == 404
    links = switcher(response.content.decode())
    # The current language stays on the address asked for; the others have no such page to offer.
    assert {code: link["href"] for code, link in links.items()} == {
        "en": "/en/",
        "fr": "/fr/no-such-page/?q=1",
        "ar": "/ar/",
    }
    assert alternates(response.content.decode()) == {}


# ---------- hreflang alternates and Open Graph locales ----------


def test_every_page_head_lists_its_versions_and_x_default(client, catalogue):
    html = client.get(url("studios:facility-detail", "ar", slug="sound-stage")).content.decode()

    assert alternates(html) == {
        "en": "http://testserver/en/studio/facilities/sound-stage/",
        "fr": "http://testserver/fr/studio/facilities/sound-stage/",
        "ar": "http://testserver/ar/studio/facilities/sound-stage/",
        # Without a prefix the visitor is sent to their own language.
        "x-default": "http://testserver/studio/facilities/sound-stage/",
    }
    assert [meta["content"] for meta in tags(html, "meta", property="og:locale")] == ["ar_MA"]
    assert sorted(meta["content"] for meta in tags(html, "meta", property="og:locale:alternate")) == [
        "en_GB",
        "fr_FR",
    ]


def test_a_later_page_of_a_list_has_alternates_of_that_page_only(client, catalogue):
    ProductionFactory.create_batch(13)

    html = client.get(
        url("productions:production-list", "en"), {"page": 2, "kind": "feature"}
    ).content.decode()

    assert alternates(html)["fr"] == "http://testserver/fr/productions/?page=2"
    assert alternates(html)["x-default"] == "http://testserver/productions/?page=2"
    first = client.get(url("productions:production-list", "en"), {"kind": "feature"}).content.decode()
    assert alternates(first)["ar"] == "http://testserver/ar/productions/"


def test_the_sitemap_lists_each_page_in_each_language_with_its_alternates(client, catalogue):
    xml = client.get(reverse("sitemap")).content.decode()

    for code in LANGUAGES:
        assert f"<loc>http://testserver/{code}/studio/facilities/sound-stage/</loc>" in xml
        assert (
            f'<xhtml:link rel="alternate" hreflang="{code}" '
            f'href="http://testserver/{code}/studio/facilities/sound-stage/"/>'
        ) in xml
    assert (
        '<xhtml:link rel="alternate" hreflang="x-default" href="http://testserver/productions/homeland/"/>'
    ) in xml
    assert xml.count("<loc>http://testserver/fr/") == xml.count("<loc>http://testserver/ar/")


# ---------- "/" and unprefixed addresses ----------


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ar-MA,ar;q=0.9,fr;q=0.8", "/ar/"),
        ("fr-FR,fr;q=0.9,en;q=0.5", "/fr/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_the_root_redirects_to_the_visitors_language(client, catalogue, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language} if accept_language else {})

    assert response.status_code == 302
    assert response["Location"] == expected
    # Caches must not hand one visitor's language to the next.
    assert "Accept-Language" in response["Vary"]


def test_an_unprefixed_page_keeps_its_path_and_query_when_redirected(client, catalogue):
    response = client.get("/studio/facilities/sound-stage/?x=1", headers={"accept-language": "fr"})

    assert response.status_code == 302
    assert response["Location"] == "/fr/studio/facilities/sound-stage/?x=1"


# ---------- Catalogues compiled without gettext ----------

FRENCH_PO = r"""msgid ""
msgstr ""
"Language: fr\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

msgid "The studio"
msgstr "Le studio"

#, python-format
msgid "%(counter)s facility"
msgid_plural "%(counter)s facilities"
msgstr[0] "%(counter)s installation"
msgstr[1] "%(counter)s installations"

msgctxt "compact amount"
msgid "%(number)sM"
msgstr "%(number)s M"

#, fuzzy
msgid "Productions"
msgstr "Productions douteuses"
"""

ARABIC_PO = r"""msgid ""
msgstr ""
"Language: ar\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
"n%100>=11 && n%100<=99 ? 4 : 5;\n"

msgid "%(counter)s item"
msgid_plural "%(counter)s items"
msgstr[0] "لا قطع"
msgstr[1] "قطعة واحدة"
msgstr[2] "قطعتان"
msgstr[3] "%(counter)s قطع"
msgstr[4] "%(counter)s قطعة"
msgstr[5] "%(counter)s قطعة"
"""


@pytest.fixture
def locale_dir(tmp_path, settings):
    root = tmp_path / "locale"
    for code, text in (("fr", FRENCH_PO), ("ar", ARABIC_PO)):
        folder = root / code / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "django.po").write_text(text, encoding="utf-8")
    settings.LOCALE_PATHS = [root]
    return root


def load(mo_path) -> gettext.GNUTranslations:
    with open(mo_path, "rb") as handle:
        return gettext.GNUTranslations(handle)


def test_the_compile_step_needs_no_gettext_tools(locale_dir, tmp_path, monkeypatch, capsys):
    no_tools = tmp_path / "empty-bin"
    no_tools.mkdir()
    monkeypatch.setenv("PATH", str(no_tools))
    assert shutil.which("msgfmt") is None
    with pytest.raises(CommandError, match="gettext"):
        call_command("compilemessages")  # Django's own needs msgfmt; ours must not.

    call_command("compile_translations")

    french = load(locale_dir / "fr/LC_MESSAGES/django.mo")
    assert french.gettext("The studio") == "Le studio"
    assert french.ngettext("%(counter)s facility", "%(counter)s facilities", 3) == "%(counter)s installations"
    assert french.pgettext("compact amount", "%(number)sM") == "%(number)s M"
    assert french.gettext("Productions") == "Productions", "a fuzzy translation must not be used"
    arabic = load(locale_dir / "ar/LC_MESSAGES/django.mo")
    assert arabic.ngettext("%(counter)s item", "%(counter)s items", 2) == "قطعتان"
    assert arabic.ngettext("%(counter)s item", "%(counter)s items", 11) == "%(counter)s قطعة"
    assert "Compiled" in capsys.readouterr().out


def test_the_compile_step_only_redoes_stale_catalogues(locale_dir, capsys):
    call_command("compile_translations")
    capsys.readouterr()

    call_command("compile_translations")

    assert capsys.readouterr().out.strip() == "Translation catalogues up to date."


def test_a_translation_with_a_placeholder_the_source_lacks_is_refused(locale_dir):
    po = locale_dir / "fr/LC_MESSAGES/django.po"
    po.write_text(FRENCH_PO.replace('msgstr "Le studio"', 'msgstr "Le studio de %(name)s"'), encoding="utf-8")

    with pytest.raises(CommandError, match=r"%\(name\)s"):
        call_command("compile_translations")

    assert not (locale_dir / "fr/LC_MESSAGES/django.mo").exists()


def test_a_catalogue_left_with_merge_conflict_markers_is_a_clear_error(locale_dir):
    po = locale_dir / "fr/LC_MESSAGES/django.po"
    conflicted = FRENCH_PO.replace(
        'msgstr "Le studio"\n', '<<<<<<< HEAD\nmsgstr "Le studio"\n=======\nmsgstr "Studio"\n>>>>>>> fr\n'
    )
    po.write_text(conflicted, encoding="utf-8")

    with pytest.raises(CommandError, match=r"fr/LC_MESSAGES/django\.po: Syntax error"):
        call_command("compile_translations")


def test_our_own_catalogues_reach_the_pages(client, catalogue, compiled_catalogues):
    french = client.get(url("kfilms:about", "fr")).content.decode()
    arabic = client.get(url("kfilms:about", "ar")).content.decode()

    assert '<nav class="language-bar" aria-label="Langue">' in french
    assert '<nav class="language-bar" aria-label="اللغة">' in arabic


# ---------- Numbers, money and dates per language ----------


@pytest.mark.parametrize(
    ("language", "amount", "currency", "expected"),
    [
        ("en", "27700000", Currency.USD, "US$27.7M"),
        ("fr", "27700000", Currency.USD, f"27,7{NBSP}M{NBSP}US$"),
        # The left-to-right mark keeps "US$" whole in a right-to-left line (not "$US").
        ("ar", "27700000", Currency.USD, f"27,7{NBSP}مليون{NBSP}US$\u200e"),
        ("fr", "18000000", Currency.MAD, f"18{NBSP}M{NBSP}MAD"),
        ("fr", "1250000000", Currency.EUR, f"1,2{NBSP}Md{NBSP}€"),
        ("fr", "950", Currency.GBP, f"950{NBSP}£"),
    ],
)
def test_amounts_are_written_the_languages_way_and_keep_their_currency(
    compiled_catalogues, language, amount, currency, expected
):
    with translation.override(language):
        assert compact_amount(Decimal(amount), currency) == expected


@pytest.mark.parametrize(
    ("language", "area"),
    # Arabic writes the unit in its own letters, and the number and unit stay on one line.
    [("en", "12,400&nbsp;m²"), ("fr", f"12{NBSP}400&nbsp;m²"), ("ar", "12.400&nbsp;م²")],
)
def test_quantities_are_grouped_per_language_but_years_are_not(
    client, catalogue, compiled_catalogues, language, area
):
    FacilityFactory(
        studio=catalogue["studio"], name="The backlot", slug="backlot", kind=Facility.Kind.BACKLOT, area=12400
    )

    facility = client.get(url("studios:facility-detail", language, slug="backlot")).content.decode()
    studio = client.get(url("studios:studio", language)).content.decode()

    assert area in facility
    assert ">2015<" in studio  # the opening year, never "2,015"
    assert not re.search(r"2[,.\s\u00a0\u202f]015", studio)
    # Decimal degrees as map apps take them, whatever the language.
    assert "30.9190, -6.8930" in studio


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "March 3, 2022"), ("fr", "3 mars 2022"), ("ar", "3 مارس 2022")],
)
def test_press_dates_are_written_the_languages_way(client, catalogue, language, expected):
    PressMentionFactory(outlet="Variety", date=date(2022, 3, 3))

    html = client.get(url("kfilms:about", language)).content.decode()

    assert f'<time datetime="2022-03-03">{expected}</time>' in html
