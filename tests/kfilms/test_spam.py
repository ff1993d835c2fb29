"""The spam checks: honeypot, minimum fill time, rate limit and the client address."""

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django import forms
from django.core import signing
from django.test import RequestFactory

from kfilms.spam import (
    STARTED_SALT,
    RateLimit,
    SpamProtectionMixin,
    address_bucket,
    client_address,
    issue_started_token,
    spam_layout,
)

LIMIT = RateLimit(scope="test", limit=2, window=3600)


class MessageForm(SpamProtectionMixin, forms.Form):
    rate_limit = LIMIT
    message = forms.CharField()


def started(seconds_ago: float) -> str:
    return signing.dumps(time.time() - seconds_ago, salt=STARTED_SALT)


def request(address: str = "203.0.113.5", forwarded: str | None = None):
    extra = {"REMOTE_ADDR": address}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **extra)


def form(data: dict | None = None, **kwargs) -> MessageForm:
    fields = {"message": "Hello", "website": "", "started": started(10)} | (data or {})
    return MessageForm(fields, request=kwargs.get("req", request()))


def error_codes(bound: MessageForm) -> set[str]:
    return {error.code for error in bound.non_field_errors().as_data()}


def test_a_person_who_took_their_time_passes():
    assert form().is_valid()


def test_unbound_form_renders_a_fresh_signed_timestamp():
    html = MessageForm().as_div()
    assert 'name="started"' in html
    assert 'name="website"' in html


def test_issued_token_is_signed_with_the_time():
    assert abs(signing.loads(issue_started_token(), salt=STARTED_SALT) - time.time()) < 5


def test_filled_honeypot_is_refused_with_a_message():
    bound = form({"website": "http://spam.example"})
    assert not bound.is_valid()
    assert error_codes(bound) == {"honeypot"}
    assert "program" in str(bound.non_field_errors())


def test_too_fast_is_refused(settings):
    settings.SPAM_MIN_FILL_SECONDS = 3
    bound = form({"started": started(1)})
    assert not bound.is_valid()
    assert error_codes(bound) == {"too_fast"}


def test_just_over_the_minimum_passes(settings):
    settings.SPAM_MIN_FILL_SECONDS = 3
    assert form({"started": started(3.5)}).is_valid()


@pytest.mark.parametrize("token", ["", "garbage", signing.dumps(time.time(), salt="another-salt")])
def test_missing_or_forged_timestamp_is_refused_and_renewed(token):
    bound = form({"started": token})
    assert not bound.is_valid()
    assert error_codes(bound) == {"expired"}
    # The form shown again carries a valid token, so the next try can pass.
    renewed = bound.data["started"]
    assert renewed != token
    assert signing.loads(renewed, salt=STARTED_SALT)


def test_expired_timestamp_is_refused():
    bound = form({"started": started(60 * 60 * 25)})
    assert not bound.is_valid()
    assert error_codes(bound) == {"expired"}


def test_field_errors_and_spam_errors_are_both_shown():
    bound = form({"message": "", "website": "x"})
    assert not bound.is_valid()
    assert "message" in bound.errors
    assert error_codes(bound) == {"honeypot"}


def test_rate_limit_refuses_after_the_limit_and_only_that_address():
    for _ in range(2):
        assert form().is_valid()
    refused = form()
    assert not refused.is_valid()
    assert refused.rate_limited
    assert error_codes(refused) == {"rate_limited"}
    assert form(req=request("198.51.100.7")).is_valid()


def test_invalid_forms_do_not_count_and_are_not_marked_rate_limited():
    for _ in range(3):
        bound = form({"message": ""})
        assert not bound.is_valid()
        assert not bound.rate_limited
    assert LIMIT.count(request()) == 0


def test_rate_limit_counts_in_the_shared_cache():
    from django.core.cache import caches

    assert LIMIT.reserve(request())
    assert caches["shared"].get("ratelimit:test:203.0.113.5:0") == 1
    assert caches["default"].get("ratelimit:test:203.0.113.5:0") is None


def test_rate_limit_window_expires():
    short = RateLimit(scope="short", limit=1, window=1)
    assert short.reserve(request())
    assert not short.reserve(request())
    time.sleep(1.1)
    assert short.reserve(request())


def test_client_address_ignores_forwarded_for_without_trusted_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request("10.0.0.1", forwarded="1.2.3.4")) == "10.0.0.1"


def test_client_address_reads_forwarded_for_behind_trusted_proxies(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The client may prepend anything; only the entry our proxy appended counts.
    assert client_address(request("10.0.0.1", forwarded="6.6.6.6, 203.0.113.9")) == "203.0.113.9"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request("10.0.0.1", forwarded="6.6.6.6, 203.0.113.9, 10.0.0.2")) == "203.0.113.9"


def test_client_address_falls_back_when_forwarded_for_is_short(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request("10.0.0.1", forwarded="203.0.113.9")) == "10.0.0.1"


def test_spam_layout_hides_both_fields():
    from crispy_forms.helper import FormHelper
    from crispy_forms.utils import render_crispy_form

    helper = FormHelper()
    helper.form_tag = False
    helper.layout = spam_layout()
    html = render_crispy_form(MessageForm(), helper)
    assert re.search(r'<div\s+class="kf-hp"\s+hidden>.*name="website".*name="started".*</div>', html, re.S)


@pytest.mark.django_db
def test_rate_limit_works_on_the_database_cache_that_processes_share(settings):
    from django.core.cache import caches
    from django.core.management import call_command

    settings.CACHES = settings.CACHES | {
        "shared": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "kfilms_cache_test"}
    }
    call_command("createcachetable", "kfilms_cache_test", verbosity=0)
    try:
        assert LIMIT.reserve(request())
        assert LIMIT.reserve(request())
        assert not LIMIT.reserve(request())
        assert LIMIT.exceeded(request())
        assert caches["shared"].get_many(
            ["ratelimit:test:203.0.113.5:0", "ratelimit:test:203.0.113.5:1"]
        ) == {
            "ratelimit:test:203.0.113.5:0": 1,
            "ratelimit:test:203.0.113.5:1": 1,
        }
    finally:
        caches["shared"].clear()


@pytest.mark.parametrize(
    ("address", "bucket"),
    [
        ("203.0.113.5", "203.0.113.5"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"),
        ("::ffff:203.0.113.5", "203.0.113.5"),
    ],
)
def test_address_bucket_groups_an_ipv6_64(address, bucket):
    assert address_bucket(address) == bucket


def test_address_bucket_of_garbage_is_a_safe_key():
    assert re.fullmatch(r"other-[0-9a-f]{16}", address_bucket("not an address, <script>"))


def test_every_address_of_one_ipv6_64_shares_the_limit():
    assert form(req=request("2001:db8:1:2::1")).is_valid()
    assert form(req=request("2001:db8:1:2::2")).is_valid()
    assert form(req=request("2001:db8:1:2::3")).rate_limited
    assert form(req=request("2001:db8:1:3::1")).is_valid()


def test_the_slot_is_taken_by_validation_not_after_the_save():
    assert form().is_valid()
    assert LIMIT.count(request()) == 1


def test_shared_database_cache_keeps_many_entries():
    # The test settings swap the caches; the project's own must not cull live slots at 300 rows.
    from kfilms import settings as project_settings

    if project_settings.REDIS_URL:
        pytest.skip("the shared cache is Redis here")
    assert project_settings.CACHES["shared"]["OPTIONS"]["MAX_ENTRIES"] == 100_000


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_posts_get_exactly_the_limit_on_the_database_cache(postgres, settings):
    from django.core.cache import caches
    from django.core.management import call_command
    from django.db import connection

    settings.CACHES = settings.CACHES | {
        "shared": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "kfilms_cache_race"}
    }
    call_command("createcachetable", "kfilms_cache_race", verbosity=0)
    limit = RateLimit(scope="race", limit=5, window=3600)
    barrier = threading.Barrier(20)

    def post() -> bool:
        try:
            barrier.wait()
            return limit.reserve(request())
        finally:
            connection.close()

    try:
        with ThreadPoolExecutor(max_workers=20) as pool:
            results = list(pool.map(lambda _: post(), range(20)))
        assert results.count(True) == 5
        assert limit.count(request()) == 5
    finally:
        caches["shared"].clear()
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE kfilms_cache_race")
