"""French and Arabic catalogues: complete, sound, and no English left on their pages and emails."""

import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import models
from django.urls import reverse
from django.utils import translation

from kfilms import placeholders
from kfilms.outbox import email_enqueue
from productions.models import Production
from productions.services import enquiry_rebate_estimate
from productions.views.enquiries import SESSION_KEY as ENQUIRY_SESSION_KEY
from studios.models import Facility, StudentRequest
from studios.views.students import SESSION_REFERENCE as STUDENT_SESSION_KEY
from tests.images import image_bytes
from tests.productions.factories import ShootEnquiryFactory
from tests.studios.factories import BookingFactory, StudentRequestFactory

TRANSLATED = ["fr", "ar"]

# Python's %-formatting, which gettext and blocktranslate use: named, positional, a literal
# "%%", and any other "%" (harmless in a plain string, fatal in one that gets formatted).
PERCENT = re.compile(r"%%|%\((\w+)\)[-#0 +]*\d*(?:\.\d+)?([diouxXeEfFgGcrsa])|%([diouxXeEfFgGcrsa])|%")
BRACES = re.compile(r"\{\w*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po"))


def entries(code: str) -> list[polib.POEntry]:
    return [entry for entry in catalogue(code) if not entry.obsolete]


def forms(entry: polib.POEntry) -> list[str]:
    """The translation, or each plural form of it, in the order of the catalogue's plural rule."""
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def named(text: str) -> set[str]:
    return {match[1] for match in PERCENT.finditer(text) if match[1]}


def positional(text: str) -> list[str]:
    return [match[3] for match in PERCENT.finditer(text) if match[3]]


def bare_percents(text: str) -> int:
    return sum(1 for match in PERCENT.finditer(text) if match[0] == "%")


# ---------- The catalogues ----------


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_entry_is_translated_and_none_is_fuzzy(code):
    untranslated = [entry.msgid for entry in entries(code) if not all(text.strip() for text in forms(entry))]
    fuzzy = [entry.msgid for entry in entries(code) if "fuzzy" in entry.flags]

    assert len(entries(code)) > 900, "the catalogue lost its entries"
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_the_placeholders_of_their_source(code):
    wrong = []
    for entry in entries(code):
        source = entry.msgid + entry.msgid_plural
        translations = forms(entry)
        problems = []
        if entry.msgid_plural:
            # A plural form may leave the number out ("one item", Arabic's dual), but never
            # brings a name the source lacks, and the general form keeps them all.
            if any(named(text) - named(source) for text in translations):
                problems.append("a name the English does not have")
            if named(translations[-1]) != named(entry.msgid_plural):
                problems.append("the general plural form lost a name")
        elif named(entry.msgstr) != named(entry.msgid):
            problems.append(f"names {sorted(named(entry.msgstr))} instead of {sorted(named(entry.msgid))}")
        # "%d" and "%s" take their value by position: each form must keep them, in order.
        if any(positional(text) != positional(entry.msgid) for text in translations):
            problems.append("positional placeholders differ")
        if any(bare_percents(text) != bare_percents(entry.msgid) for text in translations):
            problems.append("a lone % (write %% in a formatted string)")
        if any(Counter(BRACES.findall(text)) != Counter(BRACES.findall(source)) for text in translations):
            problems.append("{} placeholders differ")
        tags = Counter(TAG.findall(entry.msgid))
        if any(Counter(TAG.findall(text)) != tags for text in translations):
            problems.append("HTML tags differ")
        if problems:
            wrong.append((entry.msgid, problems))

    assert wrong == []


MSGFMT = shutil.which("msgfmt")
GNU_GETTEXT = pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed")


def msgfmt_check(po_path: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    """What Django's compilemessages runs (msgfmt --check-format), with the header and plural checks too."""
    return subprocess.run(  # noqa: S603 (our own catalogue, fixed arguments)
        [MSGFMT, "--check", "--check-format", "-o", str(tmp_path / "django.mo"), str(po_path)],
        capture_output=True,
        text=True,
        check=False,
    )


@GNU_GETTEXT
@pytest.mark.parametrize("code", TRANSLATED)
def test_gnu_msgfmt_accepts_the_catalogue(code, tmp_path):
    result = msgfmt_check(Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po", tmp_path)

    assert result.returncode == 0, result.stderr


@GNU_GETTEXT
@pytest.mark.parametrize(("flag", "accepted"), [("python-format", False), ("no-python-format", True)])
def test_a_percent_sign_passes_msgfmt_only_when_not_flagged_as_a_placeholder(tmp_path, flag, accepted):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'#, {flag}\nmsgid "deposit (% of the amount asked)"\nmsgstr "الضمان (% من المبلغ المطلوب)"\n',
        encoding="utf-8",
    )

    result = msgfmt_check(po, tmp_path)

    assert (result.returncode == 0) is accepted
    assert ("not a valid Python format string" in result.stderr) is not accepted


def test_the_placeholder_check_catches_what_breaks_a_page():
    broken = polib.POEntry(msgid="%(count)s days from %(date)s", msgstr="%(count)s jours à partir du %(day)s")
    assert named(broken.msgstr) != named(broken.msgid)
    assert positional("%d e-mail envoyé") == positional("%d email sent") == ["d"]
    assert bare_percents("%(rate)s % des dépenses") == 1
    assert bare_percents("%(rate)s %% des dépenses") == 0


# ---------- No English left on the pages ----------


class VisibleText(HTMLParser):
    """The words a page shows or reads out: text, and the attributes that carry words."""

    WORDY_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder", "content", "label", "value"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._hidden += 1
        for name, value in attrs:
            if value and (name in self.WORDY_ATTRIBUTES or name.startswith("data-")):
                self.parts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def squeeze(text: str) -> str:
    return " ".join(text.split())


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return squeeze(" | ".join(parser.parts))


def english_phrases(code: str) -> dict[str, str]:
    """Each English phrase of 3+ words that the translation replaces, with the msgid it comes from.

    A msgid with placeholders gives its literal stretches; phrases the translation keeps
    as they are (names like "Oasis Studios Morocco") are not English left over.
    """
    phrases = {}
    for entry in entries(code):
        translations = [squeeze(TAG.sub("", text)) for text in forms(entry)]
        for source in filter(None, (entry.msgid, entry.msgid_plural)):
            literal = squeeze(TAG.sub("", source)).replace("%%", "%")
            for stretch in PERCENT.split(literal):
                stretch = (stretch or "").strip()
                if len(re.findall(r"[A-Za-z]+", stretch)) < 3:
                    continue
                if any(stretch in text for text in translations):
                    continue
                phrases[stretch] = entry.msgid
    return phrases


def catalogue_texts() -> list[str]:
    """Every text the staff (or seed_demo) stored, in any language: content, not interface."""
    texts = []
    for app_label in ("kfilms", "studios", "productions"):
        for model in apps.get_app_config(app_label).get_models():
            fields = [
                f.attname
                for f in model._meta.concrete_fields
                if isinstance(f, models.CharField | models.TextField)
            ]
            for row in model.objects.values_list(*fields):
                texts.extend(squeeze(value) for value in row if value)
    return texts


def leftovers(text: str, phrases: dict[str, str], content: list[str]) -> list[str]:
    return sorted(
        phrase for phrase in phrases if phrase in text and not any(phrase in value for value in content)
    )


@pytest.fixture
def compiled(settings):
    """The catalogues compiled as `make test` does, and read afresh by Django."""
    call_command("compile_translations", verbosity=0)
    settings.LOCALE_PATHS = list(settings.LOCALE_PATHS)


@pytest.fixture
def demo(db, monkeypatch):
    """The demo catalogue of seed_demo, with tiny pictures to keep the test quick."""
    for name in ("photo", "poster", "portrait", "logo"):
        monkeypatch.setattr(placeholders, name, lambda *args, **kwargs: ContentFile(image_bytes((16, 10))))
    call_command("seed_demo", "--force", stdout=StringIO())


ELIGIBLE = {
    "spend": "2000000",
    "currency": "USD",
    "format": "feature",
    "shooting_days": "20",
    "set_building_days": "5",
    "shoot_start": "2030-03-01",
}


def public_pages(client, code: str) -> dict[str, tuple[int, str]]:
    """Every public page in one language, in the states a visitor meets: (status, html) by name."""
    with translation.override(code):
        facilities = list(Facility.objects.published())
        productions = list(Production.objects.published())
        addresses = {
            name: reverse(name)
            for name in (
                "kfilms:home",
                "kfilms:about",
                "kfilms:contact",
                "studios:studio",
                "studios:facility-list",
                "studios:availability",
                "studios:student-programme",
                "studios:student-request",
                "productions:production-list",
                "productions:incentives",
                "productions:enquiry-create",
            )
        }
        addresses |= {
            f"facility {f.slug}": reverse("studios:facility-detail", kwargs={"slug": f.slug})
            for f in facilities
        }
        addresses |= {
            f"production {p.slug}": reverse("productions:production-detail", kwargs={"slug": p.slug})
            for p in productions
        }
        bookable = next(f for f in facilities if f.status == Facility.Status.AVAILABLE)
        addresses["facility availability"] = reverse(
            "studios:facility-availability", kwargs={"slug": bookable.slug}
        )
        addresses |= {
            "facilities, bad filter": reverse("studios:facility-list") + "?min_area=900&max_area=10",
            "productions, bad filter": reverse("productions:production-list") + "?year=soon",
            "productions, none match": reverse("productions:production-list") + "?kind=commercial",
        }
        incentives = reverse("productions:incentives")
        enquiry = reverse("productions:enquiry-create")
        student_request = reverse("studios:student-request")
        enquiry_thanks = reverse("productions:enquiry-thanks")
        student_thanks = reverse("studios:student-request-thanks")

    pages = {name: client.get(address) for name, address in addresses.items()}
    pages["incentives, eligible"] = client.get(incentives, ELIGIBLE)
    pages["incentives, not eligible"] = client.get(
        incentives, ELIGIBLE | {"spend": "1000", "shooting_days": "2"}
    )
    pages["incentives, bad figures"] = client.get(incentives, ELIGIBLE | {"spend": "-5"})
    pages["enquiry, errors"] = client.post(enquiry, {"name": "Ana"})
    pages["student request, errors"] = client.post(student_request, {"student_name": "Salma"})
    pages["not found"] = client.get(f"/{code}/no-such-page/")

    session = client.session
    session[ENQUIRY_SESSION_KEY] = ShootEnquiryFactory(language=code).reference
    session[STUDENT_SESSION_KEY] = "OSM-TEST-0001"
    session.save()
    pages["enquiry thanks"] = client.get(enquiry_thanks)
    pages["student request thanks"] = client.get(student_thanks)
    return {name: (response.status_code, response.content.decode()) for name, response in pages.items()}


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_english_interface_text_is_left_on_the_public_pages(client, compiled, demo, code):
    phrases = english_phrases(code)
    content = catalogue_texts()

    pages = public_pages(client, code)

    assert len(pages) > 30
    statuses = {name: status for name, (status, _html) in pages.items() if status not in {200, 400, 404}}
    assert statuses == {}
    found = {
        name: words
        for name, (_status, html) in pages.items()
        if (words := leftovers(visible_text(html), phrases, content))
    }
    assert found == {}


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_emails_to_producers_students_and_teachers_are_in_their_language(db, compiled, code):
    phrases = english_phrases(code)
    content = catalogue_texts()
    student_request = StudentRequestFactory(language=code)
    booking = BookingFactory()

    emails = {}
    # One enquiry that qualifies for the rebate and one that does not: both halves of the estimate.
    for name, spend in (("eligible", 3_000_000), ("not eligible", 1_000)):
        enquiry = ShootEnquiryFactory(language=code, spend_amount=spend)
        # The form's view computes the estimate in the visitor's language, as here.
        with translation.override(code):
            programme, estimate = enquiry_rebate_estimate(enquiry)
        emails[f"enquiry received, {name}"] = email_enqueue(
            to=["a@example.com"],
            template="enquiry_received",
            context={"enquiry": enquiry, "facilities": [], "programme": programme, "estimate": estimate},
            language=code,
        )
    emails |= {
        "student received": email_enqueue(
            to=["s@example.com"],
            template="student_request_received",
            context={"student_request": student_request},
            language=code,
        ),
        "teacher": email_enqueue(
            to=["t@example.com"],
            template="student_request_supervisor",
            context={"student_request": student_request},
            language=code,
        ),
    }
    for status in (
        StudentRequest.Status.APPROVED,
        StudentRequest.Status.DECLINED,
        StudentRequest.Status.WAITLISTED,
        StudentRequest.Status.CANCELLED,
    ):
        student_request.status = status
        student_request.decision_reason = (
            "Le plateau est en travaux." if status == StudentRequest.Status.DECLINED else ""
        )
        emails[f"decision {status}"] = email_enqueue(
            to=["s@example.com"],
            template="student_request_decision",
            context={"student_request": student_request, "bookings": [booking]},
            language=code,
        )

    found = {}
    for name, email in emails.items():
        text = squeeze(" | ".join([email.subject, email.body, visible_text(email.html_body)]))
        if words := leftovers(text, phrases, content):
            found[name] = words
    assert found == {}


def test_the_page_check_would_see_an_english_page(client, compiled, demo):
    phrases = english_phrases("fr")
    with translation.override("en"):
        html = client.get(reverse("productions:enquiry-create")).content.decode()

    assert "Tell us about your shoot" in leftovers(visible_text(html), phrases, catalogue_texts())


# ---------- Arabic: six plural forms, and no English words inside the translations ----------

ARABIC_PLURAL_RULE = (
    "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
    "n%100>=3 && n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5;"
)
# Latin words an Arabic page rightly keeps: brand and title names, file formats, currency codes, units.
KEPT_IN_LATIN = {
    "K", "Films", "Oasis", "Studios", "Morocco", "Homeland", "Captain", "Phillips", "OpenStreetMap",
    "PDF", "JPEG", "PNG", "SVG", "HTML", "MAD", "USD", "EUR", "GBP", "kVA", "YYYY-MM-DD", "Africa/Casablanca",
}  # fmt: skip


def test_arabic_has_its_six_plural_forms_in_the_header_and_every_plural_entry():
    po = catalogue("ar")
    short = [entry.msgid for entry in entries("ar") if entry.msgid_plural and len(entry.msgstr_plural) != 6]

    assert " ".join(po.metadata["Plural-Forms"].split()) == ARABIC_PLURAL_RULE
    assert short == []


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 مرفق"), (1, "1 مرفق"), (2, "2 مرفقان"), (5, "5 مرافق"), (14, "14 مرفقًا"), (100, "100 مرفق")],
)
def test_an_arabic_count_takes_the_form_its_number_calls_for(compiled, count, expected):
    with translation.override("ar"):
        text = translation.ngettext("%(counter)s facility", "%(counter)s facilities", count)

    assert text % {"counter": count} == expected


def test_arabic_translations_carry_no_english_words():
    english = {}
    for entry in entries("ar"):
        for text in forms(entry):
            words = set(re.findall(r"[A-Za-z][A-Za-z/-]*", TAG.sub("", PERCENT.sub("", text))))
            if words - KEPT_IN_LATIN:
                english[entry.msgid] = sorted(words - KEPT_IN_LATIN)

    assert english == {}


@pytest.mark.parametrize(("code", "direction"), [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")])
def test_an_email_to_a_student_reads_in_the_direction_of_its_language(db, code, direction):
    student_request = StudentRequestFactory(language=code)

    email = email_enqueue(
        to=["s@example.com"],
        template="student_request_received",
        context={"student_request": student_request},
        language=code,
    )

    assert f'<html lang="{code}" dir="{direction}">' in email.html_body
