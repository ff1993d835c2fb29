"""Spam protection any public form can reuse: a honeypot, a minimum fill time, a rate limit.

Mix `SpamProtectionMixin` into a form, pass it the request, render `spam_layout()` (or the
two fields `website` and `started` inside an element with the `hidden` attribute), and
call `form.record_submission()` once the submission is saved. The view answers 429 when
`form.rate_limited` is true. Counts live in caches["shared"] so that every server process
sees the same numbers.
"""

import time
from dataclasses import dataclass

from crispy_forms.layout import Div
from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website"
STARTED_FIELD = "started"
STARTED_SALT = "kfilms.spam.started"
# A form left open longer than this has to be sent again (a fresh token is issued).
STARTED_MAX_AGE = 60 * 60 * 24
DEFAULT_MIN_FILL_SECONDS = 3


def client_address(request: HttpRequest) -> str:
    """The client's IP address: REMOTE_ADDR, or X-Forwarded-For behind trusted proxies.

    With TRUSTED_PROXY_COUNT = n, the n-th address from the right of X-Forwarded-For is
    the one our first proxy saw; anything further left was written by the client itself
    and cannot be trusted.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` submissions per client address in a window of `window` seconds."""

    scope: str
    limit: int
    window: int

    def _key(self, request: HttpRequest) -> str:
        return f"ratelimit:{self.scope}:{client_address(request)}"

    def count(self, request: HttpRequest) -> int:
        return caches["shared"].get(self._key(request), 0)

    def exceeded(self, request: HttpRequest) -> bool:
        return self.count(request) >= self.limit

    def record(self, request: HttpRequest) -> int:
        """Count one submission; the window starts with the first one."""
        cache = caches["shared"]
        key = self._key(request)
        # add() only creates the key, so the window is not pushed back by later hits;
        # incr() is atomic on Redis (the database cache is close enough for this use).
        cache.add(key, 0, timeout=self.window)
        try:
            return cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout=self.window)
            return 1


def issue_started_token() -> str:
    """A signed note of when the form was shown."""
    return signing.dumps(time.time(), salt=STARTED_SALT)


class SpamProtectionMixin:
    """Adds the honeypot and fill-time fields to a form, and checks them with the rate limit."""

    rate_limit: RateLimit | None = None

    messages = {
        "honeypot": _(
            "This form looks as if a program filled it in. If you are a person, leave the hidden "
            "“website” field empty and send it again."
        ),
        "too_fast": _(
            "That was quicker than a person can fill in this form. Please check it and send it again."
        ),
        "expired": _("This form was open for too long or was altered. Please check it and send it again."),
        "rate_limited": _(
            "You have sent several requests from this address in a short time. Please wait an hour "
            "and try again, or write to us by email."
        ),
    }

    def __init__(self, *args, request: HttpRequest | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.request = request
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[STARTED_FIELD] = forms.CharField(
            required=False, initial=issue_started_token, widget=forms.HiddenInput
        )

    @property
    def min_fill_seconds(self) -> float:
        return getattr(settings, "SPAM_MIN_FILL_SECONDS", DEFAULT_MIN_FILL_SECONDS)

    def full_clean(self) -> None:
        """Check the spam rules after the fields; count the rate limit only for valid forms."""
        super().full_clean()
        if not self.is_bound:
            return
        for code in self._spam_errors():
            self.add_error(None, ValidationError(self.messages[code], code=code))
        if (
            not self._errors
            and self.rate_limit
            and self.request is not None
            and self.rate_limit.exceeded(self.request)
        ):
            self.add_error(None, ValidationError(self.messages["rate_limited"], code="rate_limited"))

    def _spam_errors(self) -> list[str]:
        errors = []
        if self.data.get(self.add_prefix(HONEYPOT_FIELD)):
            errors.append("honeypot")
        token = self.data.get(self.add_prefix(STARTED_FIELD), "")
        try:
            started = float(signing.loads(token, salt=STARTED_SALT, max_age=STARTED_MAX_AGE))
        except (signing.BadSignature, TypeError, ValueError):
            errors.append("expired")
            self._renew_started_token()
        else:
            age = time.time() - started
            if age > STARTED_MAX_AGE:
                errors.append("expired")
                self._renew_started_token()
            elif age < self.min_fill_seconds:
                errors.append("too_fast")
        return errors

    def _renew_started_token(self) -> None:
        """Give the re-rendered form a fresh token so the next try can pass."""
        self.data = self.data.copy()
        self.data[self.add_prefix(STARTED_FIELD)] = issue_started_token()

    @property
    def rate_limited(self) -> bool:
        """Whether the form was refused for the rate limit (the view answers 429)."""
        return self.is_bound and self.has_error(NON_FIELD_ERRORS, "rate_limited")

    def record_submission(self) -> None:
        """Count an accepted submission against the client's address."""
        if self.rate_limit and self.request is not None:
            self.rate_limit.record(self.request)


def spam_layout() -> Div:
    """The spam fields for a crispy layout, in an element people and screen readers never see."""
    return Div(HONEYPOT_FIELD, STARTED_FIELD, hidden=True, css_class="kf-hp")
