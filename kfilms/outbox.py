"""The outbox: emails are saved with the data they are about and sent after the commit.

A failed send leaves the email pending; `manage.py send_pending_emails` retries it.
Each send first claims its row with a conditional UPDATE, so two processes never
send the same email.
"""

import logging
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import PendingEmail

logger = logging.getLogger(__name__)

# A row left "sending" longer than this belongs to a process that died before it could
# record the result; it goes back to the queue.
STALE_CLAIM = timedelta(minutes=15)


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
    only once that transaction commits.
    """
    with translation.override(language or translation.get_language()):
        context = {"site_url": settings.SITE_URL, "site_name": settings.SITE_NAME, **context}
        subject = " ".join(render_to_string(f"emails/{template}_subject.txt", context).split())
        body = render_to_string(f"emails/{template}.txt", context)
        html_body = render_to_string(f"emails/{template}.html", context)
    email = PendingEmail.objects.create(
        to=list(to), reply_to=list(reply_to), subject=subject[:250], body=body, html_body=html_body
    )
    transaction.on_commit(lambda: email_send(email.pk))
    return email


def email_send(pk: int) -> bool:
    """Send one pending email if this process can claim it; True when it was sent."""
    claimed = PendingEmail.objects.filter(pk=pk, status=PendingEmail.Status.PENDING).update(
        status=PendingEmail.Status.SENDING, claimed_at=timezone.now()
    )
    if not claimed:
        return False
    email = PendingEmail.objects.get(pk=pk)
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=email.to,
        reply_to=email.reply_to or None,
    )
    if email.html_body:
        message.attach_alternative(email.html_body, "text/html")
    try:
        message.send()
    except Exception as error:  # any transport failure: keep it for the retry
        logger.warning("Email %s not sent, kept pending: %s", pk, error)
        PendingEmail.objects.filter(pk=pk).update(
            status=PendingEmail.Status.PENDING,
            attempts=email.attempts + 1,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            claimed_at=None,
        )
        return False
    PendingEmail.objects.filter(pk=pk).update(
        status=PendingEmail.Status.SENT, attempts=email.attempts + 1, sent_at=timezone.now(), last_error=""
    )
    return True


def emails_send_pending(*, limit: int = 200) -> tuple[int, int]:
    """Send what is pending, oldest first; returns (sent, still pending)."""
    PendingEmail.objects.filter(
        status=PendingEmail.Status.SENDING, claimed_at__lt=timezone.now() - STALE_CLAIM
    ).update(status=PendingEmail.Status.PENDING, claimed_at=None)
    pending = PendingEmail.objects.filter(status=PendingEmail.Status.PENDING)
    sent = sum(email_send(pk) for pk in pending.values_list("pk", flat=True)[:limit])
    return sent, pending.count()
