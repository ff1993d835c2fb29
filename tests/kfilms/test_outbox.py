"""The outbox keeps every email until it is sent, and sends each once."""

import smtplib

import pytest
from django.core import mail
from django.db import transaction

from kfilms.models import PendingEmail
from kfilms.outbox import email_send, emails_send_pending

pytestmark = pytest.mark.django_db


def queue(**overrides) -> PendingEmail:
    fields = {"to": ["producer@example.com"], "subject": "Thanks", "body": "We got it."}
    return PendingEmail.objects.create(**(fields | overrides))


def test_email_send_delivers_and_marks_sent():
    email = queue()
    assert email_send(email.pk) is True
    email.refresh_from_db()
    assert email.status == PendingEmail.Status.SENT
    assert email.sent_at is not None
    assert [m.subject for m in mail.outbox] == ["Thanks"]


def test_email_send_never_sends_twice():
    email = queue()
    email_send(email.pk)
    assert email_send(email.pk) is False
    assert len(mail.outbox) == 1


def test_failed_send_stays_pending_with_error(monkeypatch):
    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPServerDisconnected("server down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    email = queue()
    assert email_send(email.pk) is False
    email.refresh_from_db()
    assert email.status == PendingEmail.Status.PENDING
    assert email.attempts == 1
    assert "server down" in email.last_error


def test_send_pending_delivers_the_backlog_once():
    queue(subject="One")
    queue(subject="Two")
    assert emails_send_pending() == (2, 0)
    assert emails_send_pending() == (0, 0)
    assert sorted(m.subject for m in mail.outbox) == ["One", "Two"]


def test_enqueued_email_leaves_only_after_commit(django_capture_on_commit_callbacks):
    from kfilms.outbox import email_enqueue

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        email_enqueue(to=["a@example.com"], template="test_outbox", context={"name": "Ana"})
        assert mail.outbox == []
    assert len(mail.outbox) == 1
    assert "Ana" in mail.outbox[0].body
