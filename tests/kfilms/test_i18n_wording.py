"""Words that change with the language: one English word in two senses, units, counts, colons, amounts."""

import re

import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from kfilms.outbox import email_enqueue
from kfilms.templatetags.kfilms_i18n import colon
from productions.models import RebateProgramme
from productions.rebate import months_phrase
from studios.models import Facility
from tests.productions.factories import ShootEnquiryFactory, enquiry_form_data
from tests.studios.factories import FacilityFactory, StudioFactory

pytestmark = pytest.mark.django_db

NBSP = "\N{NO-BREAK SPACE}"
ELIGIBLE = {
    "spend": "2000000",
    "currency": "USD",
    "format": "feature",
    "shooting_days": "20",
    "set_building_days": "5",
    "shoot_start": "2030-03-01",
}


@pytest.fixture(autouse=True)
def compiled(settings):
    """The catalogues compiled as `make test` does, and read afresh by Django."""
    call_command("compile_translations", verbosity=0)
    settings.LOCALE_PATHS = list(settings.LOCALE_PATHS)


def page(client, name: str, language: str, query: dict | None = None) -> str:
    with translation.override(language):
        address = reverse(name)
    response = client.get(address, query or {})
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def two_stages() -> list[Facility]:
    studio = StudioFactory()
    return [FacilityFactory(studio=studio, area=300), FacilityFactory(studio=studio, area=1500)]


# ---------- One English word, two senses ----------


@pytest.mark.parametrize(
    ("language", "nav", "approximate"), [("fr", "À propos", "Vers le"), ("ar", "من نحن", "حوالي")]
)
def test_about_in_the_menu_and_about_a_date_are_translated_apart(client, language, nav, approximate):
    html = page(client, "productions:incentives", language, ELIGIBLE)

    assert re.search(rf">\s*{nav}\s*</a>", html)
    # The rebate's payment is an expected date: "about 5 May 2032", not "About us 5 May 2032".
    assert re.search(rf"{approximate}\s*<time datetime=", html)
    assert not re.search(rf"{nav}\s*<time datetime=", html)


def test_the_sound_stage_figures_read_right_for_an_area_and_for_a_count(client, two_stages):
    home = page(client, "kfilms:home", "fr")
    studio = page(client, "studios:studio", "fr")

    # Home: 1,800 m² "of sound stages"; the studio page: 2 "sound stages".
    assert '<span class="figure-label">de plateaux de tournage</span>' in home
    assert '<span class="figure-label">plateaux de tournage</span>' in studio
    english = page(client, "kfilms:home", "en")
    assert '<span class="figure-label">of sound stages</span>' in english


# ---------- Units ----------


@pytest.mark.parametrize(
    ("language", "hectares", "square_metres"), [("en", "ha", "m²"), ("fr", "ha", "m²"), ("ar", "هكتار", "م²")]
)
def test_units_are_written_in_the_pages_language(client, two_stages, language, hectares, square_metres):
    FacilityFactory(studio=two_stages[0].studio, kind=Facility.Kind.BACKLOT, area=12000)

    home = page(client, "kfilms:home", language)
    studio = page(client, "studios:studio", language)

    for html in (home, studio):
        assert f'<span class="figure-unit">{hectares}</span>' in html
        assert f'<span class="figure-unit">{square_metres}</span>' in html
    # A facility's own area keeps its number and unit together.
    assert f"&nbsp;{square_metres}" in studio


# ---------- Counts ----------


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 شهر"), (1, "شهر واحد"), (2, "شهرين"), (6, "6 أشهر"), (12, "12 شهرًا"), (100, "100 شهر")],
)
def test_a_number_of_months_takes_each_of_the_six_arabic_forms(count, expected):
    with translation.override("ar"):
        assert months_phrase(count) == expected


@pytest.mark.parametrize(
    ("days", "english", "french"), [(1, "1 day", f"1{NBSP}jour"), (30, "30 days", f"30{NBSP}jours")]
)
def test_the_procedure_on_the_rebate_page_counts_in_the_singular_and_the_plural(
    client, days, english, french
):
    RebateProgramme.objects.update(approval_days=days)

    assert f"A conditional approval within {english}," in page(client, "productions:incentives", "en")
    assert f"Un accord conditionnel sous {french}," in page(client, "productions:incentives", "fr")


def test_the_staff_email_counts_shooting_and_set_building_days_in_the_singular_and_the_plural():
    enquiry = ShootEnquiryFactory(shooting_days=1, set_building_days=10)

    email = email_enqueue(
        to=["staff@example.com"], template="enquiry_notify", context={"enquiry": enquiry}, language="en"
    )

    assert "1 shooting day, 10 set-building days" in email.body
    assert "1 shooting day, 10 set-building days" in email.html_body


# ---------- Colons ----------


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "Reference:"), ("fr", f"Référence{NBSP}:"), ("ar", "المرجع:")]
)
def test_a_label_takes_its_colon_the_way_its_language_writes_it(language, expected):
    with translation.override(language):
        assert colon(translation.gettext("Reference")) == expected


def test_the_colon_filter_still_escapes_what_it_is_given():
    html = Template("{% load kfilms_i18n %}{{ label|colon }}").render(Context({"label": "<b>Name</b>"}))

    assert html == "&lt;b&gt;Name&lt;/b&gt;:"


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "Your name: "), ("fr", f"Votre nom{NBSP}: "), ("ar", "اسمكم: ")]
)
def test_the_error_summary_puts_the_colon_the_languages_way(client, language, expected):
    with translation.override(language):
        address = reverse("productions:enquiry-create")

    html = client.post(address, enquiry_form_data(name="")).content.decode()

    summary = html[html.index('id="error-summary"') :]
    assert expected in summary


def test_an_email_in_french_puts_a_space_before_each_colon(db):
    enquiry = ShootEnquiryFactory(language="fr")

    email = email_enqueue(
        to=["ana@example.com"], template="enquiry_received", context={"enquiry": enquiry}, language="fr"
    )

    assert f"Votre référence{NBSP}: {enquiry.reference}" in email.body
    assert f"Projet{NBSP}: {enquiry.title}" in email.body
    assert not re.search(r"\w: ", email.body)


# ---------- Amounts ----------


@pytest.mark.parametrize(
    ("language", "minimum", "bar", "described", "features"),
    [
        ("en", "10M", "80M*", "2019: US$80M", "US$27M feature films"),
        (
            "fr",
            f"10{NBSP}M",
            f"80{NBSP}M*",
            f"2019{NBSP}: 80{NBSP}M{NBSP}US$",
            f"longs métrages{NBSP}: 27{NBSP}M{NBSP}US$",
        ),
        (
            "ar",
            f"10{NBSP}مليون",
            f"80{NBSP}مليون*",
            f"2019: 80{NBSP}مليون{NBSP}US$\u200e",
            f"الأفلام الطويلة: 27{NBSP}مليون{NBSP}US$\u200e",
        ),
    ],
)
def test_the_rebate_page_writes_its_amounts_the_languages_way(
    client, language, minimum, bar, described, features
):
    html = page(client, "productions:incentives", language)

    assert f'<span class="figure-value">{minimum}&nbsp;<span class="figure-unit">MAD</span></span>' in html
    chart = html[html.index('<figure class="spend-chart">') : html.index("</figure>")]
    # Above the bars under the heading's "million US dollars"; with the currency for screen readers.
    assert f'class="spend-chart-value">{bar}</text>' in chart
    assert described in chart[chart.index("<desc") : chart.index("</desc>")]
    assert features in chart
    # Gridlines carry bare numbers: the chart's heading gives the unit.
    assert re.search(r'class="spend-chart-tick"[^>]*>20</text>', chart)
    assert "$" not in chart.replace("US$", "")
