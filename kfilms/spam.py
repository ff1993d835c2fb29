"""Spam protection any public form can reuse: a honeypot, a minimum fill time, a rate limit.

Mix `SpamProtectionMixin` into a form, pass it the request and render `spam_layout()` (or
the two fields `website` and `started` inside an element with the `hidden` attribute). A
form that passes every other check takes a rate-limit slot in is_valid(); the view answers
429 when `form.rate_limited` is true. Slots live in caches["shared"] so that every server
process sees the same numbers.
"""

import hashlib
import ipaddress
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


def address_bucket(address: str) -> str:
    """What one client is counted as: its IPv4 address, or its IPv6 /64 (one subscriber's network)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        # Not an address (a proxy misconfigured): a fixed-length name that is safe as a cache key.
        return "other-" + hashlib.sha256(address.encode()).hexdigest()[:16]
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return ipaddress.ip_network(f"{ip}/64", strict=False).with_prefixlen
    return str(ip)


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` submissions per client (address_bucket) in a window of `window` seconds.

    Each accepted submission takes one of `limit` slots, a cache key that expires `window`
    seconds after it was taken. Taking a slot is cache.add(), which is atomic on Redis
    (SET NX) and on the database cache (an INSERT on a unique key), so concurrent posts
    cannot take more slots than there are: a read-then-increment count could.
    """

    scope: str
    limit: int
    window: int

    def _keys(self, request: HttpRequest) -> list[str]:
        prefix = f"ratelimit:{self.scope}:{address_bucket(client_address(request))}"
        return [f"{prefix}:{slot}" for slot in range(self.limit)]

    def count(self, request: HttpRequest) -> int:
        """How many slots the client holds now."""
        return len(caches["shared"].get_many(self._keys(request)))

    def exceeded(self, request: HttpRequest) -> bool:
        return self.count(request) >= self.limit

    def reserve(self, request: HttpRequest) -> bool:
        """Take a free slot for one submission; False when all are taken (refuse it)."""
        cache = caches["shared"]
        return any(cache.add(key, 1, timeout=self.window) for key in self._keys(request))


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
        """Check the spam rules after the fields; a form valid otherwise takes a rate-limit slot."""
        super().full_clean()
        if not self.is_bound:
            return
        for code in self._spam_errors():
            self.add_error(None, ValidationError(self.messages[code], code=code))
        # Reserved here, before the view saves, so that concurrent posts are counted as they
        # arrive; a valid form that then fails to save keeps its slot, which errs on the safe side.
        if (
            not self._errors
            and self.rate_limit
            and self.request is not None
            and not self.rate_limit.reserve(self.request)
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


def spam_layout() -> Div:
    """The spam fields for a crispy layout, in an element people and screen readers never see."""
    return Div(HONEYPOT_FIELD, STARTED_FIELD, hidden=True, css_class="kf-hp")
