"""An enquiry is answered in the language the producer used; the staff are told in English."""

from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from productions.models import ShootEnquiry
from productions.services import enquiry_to_production
from studios.models import Facility
from tests.productions.factories import ShootEnquiryFactory, enquiry_form_data
from tests.studios.factories import FacilityFactory

pytestmark = pytest.mark.django_db

NBSP = "\N{NO-BREAK SPACE}"


@pytest.fixture(autouse=True)
def compiled(settings):
    """The catalogues compiled as `make test` does, and read afresh by Django."""
    call_command("compile_translations", verbosity=0)
    settings.LOCALE_PATHS = list(settings.LOCALE_PATHS)


@pytest.fixture
def stage() -> Facility:
    return FacilityFactory(name="Sound stage", name_fr="Plateau de tournage", name_ar="استوديو التصوير")


def send_from(client, language: str, stage: Facility, capture) -> tuple[ShootEnquiry, dict]:
    """Post the enquiry form of the site in `language`; the emails sent, by who receives them."""
    with translation.override(language):
        url = reverse("productions:enquiry-create")
    with capture(execute=True):
        response = client.post(url, enquiry_form_data(facilities=[stage.pk]))
    assert response.status_code == 302
    enquiry = ShootEnquiry.objects.get()
    emails = {
        "producer" if message.to == ["ana@example.com"] else "staff": message for message in mail.outbox
    }
    return enquiry, emails


def in_words(day: date, language: str) -> str:
    with translation.override(language):
        return date_format(day, "j F Y")


def test_an_enquiry_from_the_french_site_is_acknowledged_in_french(
    client, stage, django_capture_on_commit_callbacks
):
    enquiry, emails = send_from(client, "fr", stage, django_capture_on_commit_callbacks)
    producer = emails["producer"]
    html = producer.alternatives[0][0]

    assert enquiry.language == "fr"
    # The subject names the enquiry by its reference only: no typed text in a mail to a typed address.
    assert enquiry.reference in producer.subject and enquiry.title not in producer.subject
    assert "Votre référence" in producer.body
    # Dates, numbers and money written the French way; the amount keeps its currency.
    assert in_words(enquiry.shoot_start, "fr") in producer.body
    assert in_words(enquiry.shoot_start, "fr") != in_words(enquiry.shoot_start, "en")
    assert f"3{NBSP}000{NBSP}000 USD" in producer.body
    # The catalogue's own texts in French too.
    assert "Plateau de tournage" in producer.body and "Sound stage" not in producer.body
    assert '<html lang="fr" dir="ltr">' in html


def test_the_staff_are_told_in_english_whatever_the_producer_wrote_in(
    client, stage, django_capture_on_commit_callbacks
):
    enquiry, emails = send_from(client, "fr", stage, django_capture_on_commit_callbacks)
    staff = emails["staff"]
    assert staff.subject.startswith(f"New enquiry {enquiry.reference}")
    assert "A new shoot enquiry has arrived." in staff.body
    assert "Sound stage" in staff.body and "Plateau de tournage" not in staff.body
    assert "3,000,000 USD" in staff.body
    assert '<html lang="en">' in staff.alternatives[0][0]


def test_an_enquiry_from_the_arabic_site_is_acknowledged_in_arabic_right_to_left(
    client, stage, django_capture_on_commit_callbacks
):
    enquiry, emails = send_from(client, "ar", stage, django_capture_on_commit_callbacks)
    producer = emails["producer"]
    assert enquiry.language == "ar"
    assert enquiry.reference in producer.subject and enquiry.title not in producer.subject
    assert in_words(enquiry.shoot_start, "ar") in producer.body
    assert "3.000.000 USD" in producer.body
    assert "استوديو التصوير" in producer.body
    assert '<html lang="ar" dir="rtl">' in producer.alternatives[0][0]


def test_a_production_made_from_a_french_enquiry_keeps_its_logline_whatever_the_admin_language():
    enquiry = ShootEnquiryFactory(
        language="fr", status=ShootEnquiry.Status.CONFIRMED, logline="Un espion traverse le Sahara."
    )
    # A member of staff whose admin is in Arabic: the logline still lands in English (required) and French.
    with translation.override("ar"):
        production = enquiry_to_production(enquiry=enquiry, by=None)
    production.refresh_from_db()
    assert production.logline_en == production.logline_fr == "Un espion traverse le Sahara."
    assert not production.logline_ar


def test_the_staff_read_why_an_enquiry_from_the_french_site_is_not_eligible_in_english(
    client, stage, django_capture_on_commit_callbacks
):
    with translation.override("fr"):
        url = reverse("productions:enquiry-create")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, enquiry_form_data(facilities=[stage.pk], spend_amount="1000"))
    emails = {"producer" if m.to == ["ana@example.com"] else "staff": m for m in mail.outbox}

    # The producer reads the reasons in French, the staff in English: each email words its own.
    assert "sont inférieures au minimum" in emails["producer"].body
    staff = emails["staff"]
    assert "not eligible as entered" in staff.body
    assert "The spend in Morocco (about 9,250 MAD) is below the minimum of 10,000,000 MAD." in staff.body
    assert "inférieures" not in staff.body and "inférieures" not in staff.alternatives[0][0]
