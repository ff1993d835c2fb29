"""enquiry_submit: saved first in one transaction, emails after the commit, nothing lost on failure."""

import re
import smtplib
from pathlib import Path

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from kfilms.models import PendingEmail
from kfilms.references import ALPHABET as REFERENCE_ALPHABET
from productions.forms import EnquiryForm
from productions.models import EnquiryStatusChange, ShootEnquiry
from productions.models.enquiries import reference_generate, reference_unique
from productions.services import enquiry_submit
from tests.productions.factories import ShootEnquiryFactory, enquiry_form_data
from tests.studios.factories import FacilityFactory

pytestmark = pytest.mark.django_db

REFERENCE = re.compile(rf"^KF-[{REFERENCE_ALPHABET}]{{4}}-[{REFERENCE_ALPHABET}]{{4}}$")


def submit(files: dict | None = None, **overrides) -> ShootEnquiry:
    form = EnquiryForm(enquiry_form_data(**overrides), files or {})
    assert form.is_valid(), form.errors
    return enquiry_submit(
        fields=form.enquiry_fields(),
        facilities=form.cleaned_data["facilities"],
        attachment=form.cleaned_data.get("attachment"),
        language="en",
    )


def test_references_are_readable_and_not_a_counter():
    references = {reference_generate() for _ in range(500)}
    assert len(references) == 500
    assert all(REFERENCE.match(reference) for reference in references)
    assert not set("01OIL") & set("".join(references).replace("KF-", "").replace("-", ""))


def test_reference_unique_skips_a_taken_reference(monkeypatch):
    taken = ShootEnquiryFactory(reference="KF-AAAA-AAAA")
    candidates = iter([taken.reference, "KF-BBBB-BBBB"])
    monkeypatch.setattr("productions.models.enquiries.reference_generate", lambda: next(candidates))
    assert reference_unique() == "KF-BBBB-BBBB"


def test_submit_saves_the_enquiry_with_its_facilities_and_history(django_capture_on_commit_callbacks):
    stage = FacilityFactory(name="Sound stage")
    with django_capture_on_commit_callbacks(execute=True):
        enquiry = submit(facilities=[str(stage.pk)])
    enquiry.refresh_from_db()
    assert REFERENCE.match(enquiry.reference)
    assert enquiry.status == ShootEnquiry.Status.NEW
    assert enquiry.consent_at is not None
    assert list(enquiry.facilities.all()) == [stage]
    assert enquiry.services == ["line_production", "studio"]
    history = EnquiryStatusChange.objects.get(enquiry=enquiry)
    assert (history.from_status, history.to_status) == ("", "new")


def test_submit_sends_the_acknowledgement_and_the_staff_notification_after_commit(
    django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enquiry = submit()
        assert mail.outbox == []
    # One after-commit send for both emails of the transaction (one SMTP connection).
    assert len(callbacks) == 1
    for callback in callbacks:
        callback()
    producer, staff = sorted(mail.outbox, key=lambda message: message.to != ["ana@example.com"])
    assert producer.to == ["ana@example.com"]
    assert enquiry.reference in producer.subject
    assert enquiry.reference in producer.body
    assert "rebate estimate" in producer.body.lower()
    assert producer.alternatives and enquiry.reference in producer.alternatives[0][0]
    assert staff.to == settings.STAFF_NOTIFY_EMAILS
    assert staff.reply_to == ["ana@example.com"]
    assert f"/admin/productions/shootenquiry/{enquiry.pk}/change/" in staff.body
    assert PendingEmail.objects.filter(status=PendingEmail.Status.SENT).count() == 2


def test_emails_are_rendered_in_the_producer_language_with_escaped_input(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(title="<script>alert(1)</script>")
    html = next(m.alternatives[0][0] for m in mail.outbox if m.to == ["ana@example.com"])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_when_smtp_fails_the_enquiry_is_kept_and_the_command_delivers_later_once(
    monkeypatch, django_capture_on_commit_callbacks
):
    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPConnectError(421, "server down")

    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
        with django_capture_on_commit_callbacks(execute=True):
            enquiry = submit()
    assert ShootEnquiry.objects.filter(pk=enquiry.pk).exists()
    assert PendingEmail.objects.filter(status=PendingEmail.Status.PENDING).count() == 2
    assert mail.outbox == []

    # The one that failed waits for its backoff; the other, never tried, is due at once.
    call_command("send_pending_emails")
    assert len(mail.outbox) == 1
    PendingEmail.objects.update(next_attempt_at=timezone.now())
    call_command("send_pending_emails")
    call_command("send_pending_emails")
    assert len(mail.outbox) == 2
    assert PendingEmail.objects.filter(status=PendingEmail.Status.SENT).count() == 2


def test_a_failure_while_saving_leaves_no_enquiry_and_no_email(monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("productions.services.EnquiryStatusChange.objects.create", broken)
    with pytest.raises(RuntimeError):
        submit()
    assert not ShootEnquiry.objects.exists()
    assert not PendingEmail.objects.exists()


def test_the_attachment_is_stored_privately_under_a_random_name(settings):
    pdf = SimpleUploadedFile("Our Script.pdf", b"%PDF-1.7\n%%EOF\n", "application/pdf")
    enquiry = submit(files={"attachment": pdf})
    path = Path(enquiry.attachment.path)
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert "Script" not in path.name
    assert enquiry.attachment_name == "Our_Script.pdf"
    assert path.read_bytes().startswith(b"%PDF-")


def test_without_a_spend_there_is_no_estimate_in_the_email(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(spend_amount="")
    producer = next(m for m in mail.outbox if m.to == ["ana@example.com"])
    assert "rebate estimate" not in producer.body.lower()
