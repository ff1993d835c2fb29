"""The outbox: emails are saved with the data they are about and sent after the commit.

All the emails one transaction queues leave together after its commit, over one SMTP
connection; a failure there is logged and never undoes (or 500s) the committed submission.
A failed send waits with an exponential backoff (1, 2, 4... minutes) and is given up as
FAILED after MAX_ATTEMPTS; `manage.py send_pending_emails [--loop]` sends what is due.
Each send first claims its row with a conditional UPDATE, so two processes never send the
same email, and every attempt carries the Message-ID stored at enqueue.
"""

import logging
import smtplib
from collections.abc import Iterable
from datetime import timedelta
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection, make_msgid
from django.core.mail.backends.base import BaseEmailBackend
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import PendingEmail

logger = logging.getLogger(__name__)

# A row left "sending" longer than this belongs to a process that died before it could
# record the result; it goes back to the queue.
STALE_CLAIM = timedelta(minutes=15)
MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(minutes=1)
MAX_RETRY_DELAY = timedelta(hours=6)
# Refusals about one message (a bad recipient, content the server rejects): the connection
# is still good for the next email. Anything else (timeout, disconnect) ends the batch.
MESSAGE_ERRORS = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th failure: 1, 2, 4... minutes, at most 6 hours."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), MAX_RETRY_DELAY)


def new_message_id() -> str:
    """A Message-ID in the sender's domain (Django's default asks DNS for the host's name)."""
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    return make_msgid(domain=domain)


class _Batch:
    """The ids of the emails one transaction queued, sent together after its commit."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.done = False

    def __call__(self) -> None:
        self.done = True
        emails_send(self.ids)


def _batch_for(using: str) -> _Batch:
    """The batch of the current transaction, registering its on_commit hook on first use."""
    connection = connections[using]
    batch: _Batch | None = getattr(connection, "_kfilms_outbox_batch", None)
    # A rolled-back transaction (or savepoint) drops its hook; its batch must not be reused.
    if not (
        connection.in_atomic_block
        and batch is not None
        and not batch.done
        and any(entry[1] is batch for entry in connection.run_on_commit)
    ):
        batch = _Batch()
        connection._kfilms_outbox_batch = batch
        transaction.on_commit(batch, using=using, robust=True)
    return batch


def email_enqueue(
    *,
    to: Iterable[str],
    template: str,
    context: dict,
    language: str | None = None,
    reply_to: Iterable[str] = (),
) -> PendingEmail:
    """Render `emails/<template>_subject.txt`, `.txt` and `.html` and queue the email.

    Call it inside the transaction that saves what the email is about: it is sent
    only once that transaction commits, with the other emails it queued.
    """
    with translation.override(language or translation.get_language()):
        context = {"site_url": settings.SITE_URL, "site_name": settings.SITE_NAME, **context}
        subject = " ".join(render_to_string(f"emails/{template}_subject.txt", context).split())
        body = render_to_string(f"emails/{template}.txt", context)
        html_body = render_to_string(f"emails/{template}.html", context)
    email = PendingEmail.objects.create(
        to=list(to),
        reply_to=list(reply_to),
        subject=subject[:250],
        body=body,
        html_body=html_body,
        message_id=new_message_id(),
    )
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.in_atomic_block:
        _batch_for(DEFAULT_DB_ALIAS).ids.append(email.pk)
    else:
        # Autocommit: the row is already committed.
        transaction.on_commit(lambda: emails_send([email.pk]), robust=True)
    return email


def _claim(pk: int) -> PendingEmail | None:
    """Mark one pending email as being sent by this process; None if another has it or it is done."""
    claimed = PendingEmail.objects.filter(pk=pk, status=PendingEmail.Status.PENDING).update(
        status=PendingEmail.Status.SENDING, claimed_at=timezone.now()
    )
    if not claimed:
        return None
    email = PendingEmail.objects.get(pk=pk)
    if not email.message_id:  # queued before Message-IDs were stored
        email.message_id = new_message_id()
        PendingEmail.objects.filter(pk=pk).update(message_id=email.message_id)
    return email


def _message(email: PendingEmail, connection: BaseEmailBackend) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=email.to,
        reply_to=email.reply_to or None,
        headers={"Message-ID": email.message_id},
        connection=connection,
    )
    if email.html_body:
        message.attach_alternative(email.html_body, "text/html")
    return message


def _record_failure(email: PendingEmail, error: Exception) -> None:
    attempts = email.attempts + 1
    gave_up = attempts >= MAX_ATTEMPTS
    logger.warning(
        "Email %s not sent (attempt %d), %s: %s",
        email.pk,
        attempts,
        "given up" if gave_up else "kept pending",
        error,
    )
    PendingEmail.objects.filter(pk=email.pk).update(
        status=PendingEmail.Status.FAILED if gave_up else PendingEmail.Status.PENDING,
        attempts=attempts,
        next_attempt_at=timezone.now() + retry_delay(attempts),
        last_error=f"{type(error).__name__}: {error}"[:2000],
        claimed_at=None,
    )


def emails_send(pks: Iterable[int]) -> int:
    """Send the given pending emails over one connection; returns how many were sent.

    After a connection failure (slow or refusing server) the rest are left for the worker,
    so a request never waits more than one EMAIL_TIMEOUT or so for the mail server.
    """
    sent = 0
    connection: BaseEmailBackend | None = None
    try:
        for pk in pks:
            email = _claim(pk)
            if email is None:
                continue
            try:
                if connection is None:
                    connection = get_connection(fail_silently=False)
                    connection.open()
                _message(email, connection).send()
            except Exception as error:  # any transport failure: keep it for the retry
                _record_failure(email, error)
                if isinstance(error, MESSAGE_ERRORS):
                    continue
                break
            PendingEmail.objects.filter(pk=pk).update(
                status=PendingEmail.Status.SENT,
                attempts=email.attempts + 1,
                sent_at=timezone.now(),
                last_error="",
                claimed_at=None,
            )
            sent += 1
    finally:
        if connection is not None:
            try:
                connection.close()
            except Exception as error:  # the emails are sent; a failed QUIT changes nothing
                logger.info("Closing the mail connection failed: %s", error)
    return sent


def email_send(pk: int) -> bool:
    """Send one pending email if this process can claim it; True when it was sent."""
    return emails_send([pk]) == 1


def emails_release_stale(queryset=None) -> None:
    """Give back to the queue the emails claimed by a process that died mid-send."""
    queryset = PendingEmail.objects.all() if queryset is None else queryset
    queryset.filter(status=PendingEmail.Status.SENDING, claimed_at__lt=timezone.now() - STALE_CLAIM).update(
        status=PendingEmail.Status.PENDING, claimed_at=None
    )


def emails_send_pending(*, limit: int = 200) -> tuple[int, int]:
    """Send what is due, earliest first; returns (sent, still pending)."""
    emails_release_stale()
    pending = PendingEmail.objects.filter(status=PendingEmail.Status.PENDING)
    due = pending.filter(next_attempt_at__lte=timezone.now()).order_by("next_attempt_at", "pk")
    sent = emails_send(list(due.values_list("pk", flat=True)[:limit]))
    return sent, pending.count()
