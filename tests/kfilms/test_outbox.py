"""The outbox keeps every email until it is sent, and sends each once."""

import smtplib
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from kfilms.models import PendingEmail
from kfilms.outbox import (
    MAX_ATTEMPTS,
    email_enqueue,
    email_send,
    emails_send,
    emails_send_pending,
    retry_delay,
)

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
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        email_enqueue(to=["a@example.com"], template="test_outbox", context={"name": "Ana"})
        assert mail.outbox == []
    assert len(mail.outbox) == 1
    assert "Ana" in mail.outbox[0].body


# --- One connection after the commit, a stored Message-ID, backoff, give-up, the worker ---


class CountingBackend(locmem.EmailBackend):
    """The test backend, counting how many connections are opened."""

    opened = 0

    def open(self) -> bool:
        CountingBackend.opened += 1
        return True


class SlowServerBackend(BaseEmailBackend):
    """A server that accepts the connection, then answers later than EMAIL_TIMEOUT."""

    calls = 0

    def send_messages(self, messages) -> int:
        SlowServerBackend.calls += 1
        raise TimeoutError("timed out")


class RecipientRefusedBackend(locmem.EmailBackend):
    """Refuses one address, delivers the rest over the same connection."""

    def send_messages(self, messages) -> int:
        if "bad@example.com" in messages[0].to:
            raise smtplib.SMTPRecipientsRefused({"bad@example.com": (550, b"no such user")})
        return super().send_messages(messages)


def enqueue(name: str) -> PendingEmail:
    return email_enqueue(to=[f"{name}@example.com"], template="test_outbox", context={"name": name})


def test_one_transaction_sends_its_emails_together_over_one_connection(
    settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.kfilms.test_outbox.CountingBackend"
    CountingBackend.opened = 0
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        for name in ("Ana", "Ben", "Chadia"):
            enqueue(name)
        assert mail.outbox == []
    assert len(callbacks) == 1
    assert CountingBackend.opened == 1
    assert sorted(m.to[0] for m in mail.outbox) == [
        "Ana@example.com",
        "Ben@example.com",
        "Chadia@example.com",
    ]
    assert set(PendingEmail.objects.values_list("status", flat=True)) == {PendingEmail.Status.SENT}


def test_a_second_transaction_gets_its_own_send(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        enqueue("Ana")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        enqueue("Ben")
    assert [m.to[0] for m in mail.outbox] == ["Ana@example.com", "Ben@example.com"]


def test_rolled_back_transaction_leaves_no_batch_behind(django_capture_on_commit_callbacks):
    with pytest.raises(RuntimeError), transaction.atomic():
        enqueue("Ana")
        raise RuntimeError
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        enqueue("Ben")
    assert [m.to[0] for m in mail.outbox] == ["Ben@example.com"]


def test_the_after_commit_send_is_robust(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        enqueue("Ana")
    robust = [entry[2] for entry in transaction.get_connection().run_on_commit if entry[1] is callbacks[0]]
    assert robust == [True]


def test_slow_server_costs_one_timeout_and_leaves_the_rest_for_the_worker(
    settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.kfilms.test_outbox.SlowServerBackend"
    SlowServerBackend.calls = 0
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        first, second, third = enqueue("Ana"), enqueue("Ben"), enqueue("Chadia")
    assert SlowServerBackend.calls == 1
    first.refresh_from_db()
    assert (first.status, first.attempts) == (PendingEmail.Status.PENDING, 1)
    assert "TimeoutError" in first.last_error
    assert first.next_attempt_at > timezone.now() + timedelta(seconds=50)
    for email in (second, third):
        email.refresh_from_db()
        assert (email.status, email.attempts) == (PendingEmail.Status.PENDING, 0)
        assert email.next_attempt_at <= timezone.now()


def test_a_refused_recipient_does_not_stop_the_others(settings):
    settings.EMAIL_BACKEND = "tests.kfilms.test_outbox.RecipientRefusedBackend"
    bad, good = queue(to=["bad@example.com"]), queue(to=["good@example.com"])
    assert emails_send([bad.pk, good.pk]) == 1
    assert [m.to for m in mail.outbox] == [["good@example.com"]]
    bad.refresh_from_db()
    assert bad.attempts == 1


def test_every_attempt_carries_the_message_id_stored_at_enqueue(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.kfilms.test_outbox.SlowServerBackend"
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        email = enqueue("Ana")
    email.refresh_from_db()
    assert email.message_id.startswith("<") and email.message_id.endswith("@kfilms.ma>")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    PendingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())
    assert emails_send_pending() == (1, 0)
    assert mail.outbox[0].message()["Message-ID"] == email.message_id


def test_an_email_queued_without_message_id_gets_one_kept_for_good():
    email = queue()
    email_send(email.pk)
    email.refresh_from_db()
    assert email.message_id
    assert mail.outbox[0].message()["Message-ID"] == email.message_id


def test_retry_delay_doubles_from_one_minute_up_to_six_hours():
    assert [retry_delay(n) for n in (1, 2, 3, 4)] == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert retry_delay(30) == timedelta(hours=6)


def test_eighth_failure_gives_up(settings):
    settings.EMAIL_BACKEND = "tests.kfilms.test_outbox.SlowServerBackend"
    email = queue(attempts=MAX_ATTEMPTS - 2)
    email_send(email.pk)
    email.refresh_from_db()
    assert (email.status, email.attempts) == (PendingEmail.Status.PENDING, MAX_ATTEMPTS - 1)
    PendingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())
    emails_send_pending()
    email.refresh_from_db()
    assert (email.status, email.attempts) == (PendingEmail.Status.FAILED, MAX_ATTEMPTS)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert emails_send_pending() == (0, 0)
    assert mail.outbox == []


def test_send_pending_takes_only_due_emails_earliest_first():
    now = timezone.now()
    queue(subject="Later", next_attempt_at=now + timedelta(minutes=5))
    queue(subject="Second", next_attempt_at=now - timedelta(minutes=1))
    queue(subject="First", next_attempt_at=now - timedelta(minutes=10))
    assert emails_send_pending() == (2, 1)
    assert [m.subject for m in mail.outbox] == ["First", "Second"]


def test_admin_lists_failed_emails_and_retries_them(staff_client):
    email = queue(status=PendingEmail.Status.FAILED, attempts=MAX_ATTEMPTS, subject="Given up")
    changelist = reverse("admin:kfilms_pendingemail_changelist")
    response = staff_client.get(changelist, {"status__exact": "failed"})
    assert response.status_code == 200
    assert "Given up" in response.content.decode()
    staff_client.post(changelist, {"action": "retry", "_selected_action": [email.pk]})
    email.refresh_from_db()
    assert email.status == PendingEmail.Status.SENT
    assert [m.subject for m in mail.outbox] == ["Given up"]


def test_worker_loop_sends_what_is_due_and_stops_cleanly(monkeypatch):
    queue(subject="Waiting")
    sleeps = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr("kfilms.management.commands.send_pending_emails.time.sleep", sleep)
    # The worker drops stale database connections between passes; here that would be the test's own.
    closes = []
    monkeypatch.setattr(
        "kfilms.management.commands.send_pending_emails.close_old_connections", lambda: closes.append(1)
    )
    out = StringIO()
    call_command("send_pending_emails", "--loop", "--interval", "2", stdout=out)
    assert [m.subject for m in mail.outbox] == ["Waiting"]
    # Two passes: the second (after two one-second sleeps) found nothing more to send.
    assert sleeps == [1, 1, 1]
    assert len(closes) == 2
    assert out.getvalue().splitlines() == ["Sent 1 email(s); 0 still pending.", "Outbox worker stopped."]


def test_email_timeout_defaults_to_five_seconds(settings):
    assert settings.EMAIL_TIMEOUT == 5
