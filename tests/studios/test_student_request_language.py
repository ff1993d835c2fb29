"""A student who writes from the Arabic site reads the confirmation and the decision in Arabic."""

from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from studios.models import Facility, StudentRequest
from tests.studios.test_student_request_form import form_data

from .factories import FacilityFactory

pytestmark = pytest.mark.django_db

ARABIC_TEAM = "فريق Oasis Studios Morocco"


@pytest.fixture(autouse=True)
def compiled(settings):
    """The catalogues compiled as `make test` does, and read afresh by Django."""
    call_command("compile_translations", verbosity=0)
    settings.LOCALE_PATHS = list(settings.LOCALE_PATHS)
    settings.SPAM_MIN_FILL_SECONDS = 0


@pytest.fixture
def stage() -> Facility:
    return FacilityFactory(name="Sound stage", name_fr="Plateau de tournage", name_ar="استوديو التصوير")


def in_words(day: date, language: str, pattern: str = "j F Y") -> str:
    with translation.override(language):
        return date_format(day, pattern)


def request_from_arabic_site(client, stage: Facility, capture) -> tuple[StudentRequest, dict]:
    """Send the request form of /ar/; the emails, by who receives them."""
    with translation.override("ar"):
        url = reverse("studios:student-request")
    with capture(execute=True):
        response = client.post(url, form_data([stage]))
    assert response.status_code == 302
    readers = {"salma@esav.example": "student", "y.amrani@esav.example": "teacher"}
    emails = {readers.get(message.to[0], "staff"): message for message in mail.outbox}
    return StudentRequest.objects.get(), emails


def test_the_student_and_the_teacher_are_answered_in_arabic(
    client, stage, django_capture_on_commit_callbacks
):
    student_request, emails = request_from_arabic_site(client, stage, django_capture_on_commit_callbacks)
    assert student_request.language == "ar"
    for reader in ("student", "teacher"):
        email = emails[reader]
        assert in_words(student_request.shoot_start, "ar") in email.body, reader
        assert "استوديو التصوير" in email.body and "Sound stage" not in email.body, reader
        assert ARABIC_TEAM in email.body, reader
        assert '<html lang="ar" dir="rtl">' in email.alternatives[0][0], reader
    assert emails["student"].subject == f"طلبكم {student_request.reference} لدى Oasis Studios Morocco"


def test_the_staff_are_told_of_an_arabic_request_in_english(
    client, stage, django_capture_on_commit_callbacks
):
    student_request, emails = request_from_arabic_site(client, stage, django_capture_on_commit_callbacks)
    staff = emails["staff"]
    assert staff.subject.startswith(f"New student request {student_request.reference}")
    assert "A student request has arrived." in staff.body
    assert in_words(student_request.shoot_start, "en") in staff.body
    assert "Sound stage" in staff.body and "استوديو التصوير" not in staff.body


def test_a_decision_taken_in_a_french_admin_reaches_the_student_in_arabic(
    client, staff_client, stage, django_capture_on_commit_callbacks
):
    student_request, __ = request_from_arabic_site(client, stage, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    decide = reverse("admin:studios_studentrequest_decide", args=[student_request.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            decide, {"decision": "approved", "reason": ""}, HTTP_ACCEPT_LANGUAGE="fr"
        )
    assert response.status_code == 302

    (decision,) = mail.outbox
    assert decision.to == ["salma@esav.example", "y.amrani@esav.example"]
    assert decision.subject == f"مقبول: طلبكم {student_request.reference} لدى Oasis Studios Morocco"
    assert "هذه الأيام محجوزة لكم:" in decision.body
    # The booked days as the Arabic calendar writes them, the facility under its Arabic name.
    assert f"استوديو التصوير: {in_words(student_request.first_day, 'ar', 'j M Y')}" in decision.body
    assert '<html lang="ar" dir="rtl">' in decision.alternatives[0][0]
