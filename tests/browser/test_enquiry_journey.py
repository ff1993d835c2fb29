"""A foreign producer estimates the rebate and sends an enquiry; the staff work it in the inbox.

Emails go through a real SMTP server on loopback (aiosmtpd), and once through one that is down.
"""

import re
import socket
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from kfilms.groups import ENQUIRY_HANDLERS
from kfilms.models import PendingEmail
from productions.models import Production, ShootEnquiry
from tests.productions.factories import ShootEnquiryFactory
from tests.studios.factories import FacilityFactory

# Against a live server, so the data must be committed; the rebate rules come from a data migration.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

REFERENCE = re.compile(r"KF-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")
PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], str]] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append((list(envelope.rcpt_tos), envelope.content.decode("utf-8", "replace")))
        return "250 OK"

    def wait_for(self, count: int, timeout: float = 10) -> list[tuple[list[str], str]]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def smtp_settings(settings, port: int) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5


@pytest.fixture
def smtp(settings):
    """A real SMTP server on loopback, with Django pointed at it."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    smtp_settings(settings, controller.port)
    yield inbox
    controller.stop()


@pytest.fixture(autouse=True)
def _quick_but_checked(settings):
    # The fill-time check stays on; a second is enough for a test that types fast.
    settings.SPAM_MIN_FILL_SECONDS = 1


def fill_enquiry(page, shoot_start: date, facility_name: str | None = None) -> None:
    """Type a complete enquiry the way a producer would."""
    page.fill("#id_name", "Ana Producer")
    page.fill("#id_company", "Desert Pictures")
    page.fill("#id_country", "United Kingdom")
    page.fill("#id_email", "ana@example.com")
    page.fill("#id_title", "Sand and Stars")
    page.select_option("#id_kind", "feature")
    page.select_option("#id_stage", "pre_production")
    page.fill("#id_logline", "A spy crosses the Sahara.")
    page.fill("#id_shoot_start", shoot_start.isoformat())
    page.fill("#id_shoot_end", (shoot_start + timedelta(days=40)).isoformat())
    page.fill("#id_shooting_days", "30")
    page.get_by_label("Line production").check()
    if facility_name:
        page.get_by_label(facility_name).check()
    page.get_by_label("I agree that K Films keeps these details").check()


def test_estimate_then_enquire_and_both_emails_arrive(page, smtp, settings):
    FacilityFactory(name="Sound stage")
    shoot_start = timezone.localdate() + timedelta(days=120)

    page.goto(reverse("productions:incentives"))
    assert page.locator("[data-rebate-form][data-live=on]").count() == 1
    page.fill("#id_spend", "2000000")
    page.select_option("#id_currency", "USD")
    page.select_option("#id_format", "feature")
    page.fill("#id_shooting_days", "20")
    page.fill("#id_shoot_start", shoot_start.isoformat())
    # Live: the estimate appears without pressing the button, and the address follows.
    amount = page.locator("[data-rebate-amount]")
    expect(amount).to_have_text("5,550,000 MAD")
    expect(page.get_by_text("Apply to the CCM", exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(r"spend=2000000.*#estimator$"))
    page.fill("#id_shooting_days", "10")
    expect(page.get_by_text("Not eligible as entered")).to_be_visible()
    page.fill("#id_shooting_days", "20")
    expect(amount).to_have_text("5,550,000 MAD")
    assert page.locator(".spend-chart svg rect").count() == 3

    page.get_by_role("link", name="Send an enquiry with these figures").click()
    page.wait_for_url("**/enquire/?**")
    assert page.locator("#id_spend_amount").input_value().startswith("2000000")
    assert page.locator("#id_kind").input_value() == "feature"
    assert not page.locator("#id_website").is_visible()

    fill_enquiry(page, shoot_start, facility_name="Sound stage")
    page.set_input_files(
        "#id_attachment", files=[{"name": "script.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_role("button", name="Send the enquiry").click()
    page.wait_for_url("**/enquire/thanks/")

    reference = page.locator("[data-enquiry-reference]").inner_text()
    assert REFERENCE.fullmatch(reference)
    expect(page.get_by_text("Likely eligible")).to_be_visible()
    expect(page.get_by_text("script.pdf")).to_be_visible()
    enquiry = ShootEnquiry.objects.get(reference=reference)
    assert [facility.name for facility in enquiry.facilities.all()] == ["Sound stage"]

    messages = smtp.wait_for(2)
    assert len(messages) == 2
    by_recipient = {recipients[0]: content for recipients, content in messages}
    assert reference in by_recipient["ana@example.com"]
    assert reference in by_recipient[settings.STAFF_NOTIFY_EMAILS[0]]
    assert PendingEmail.objects.filter(status=PendingEmail.Status.SENT).count() == 2


@pytest.fixture
def page_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


def test_bad_input_keeps_what_was_typed_and_the_estimator_works_without_javascript(page_without_javascript):
    page = page_without_javascript
    page.goto(reverse("productions:incentives"))
    page.fill("#id_spend", "-5")
    page.fill("#id_shooting_days", "20")
    page.get_by_role("button", name="Estimate").click()
    expect(page.get_by_text("Please check these figures")).to_be_visible()
    page.fill("#id_spend", "3000000")
    page.get_by_role("button", name="Estimate").click()
    expect(page.locator("[data-rebate-amount]")).to_have_text("8,325,000 MAD")

    page.goto(reverse("productions:enquiry-create"))
    fill_enquiry(page, timezone.localdate() + timedelta(days=90))
    page.fill("#id_email", "not-an-email")
    page.fill("#id_shoot_end", timezone.localdate().isoformat())
    time.sleep(1)
    page.get_by_role("button", name="Send the enquiry").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(page.get_by_text("Enter a valid email address.", exact=True)).to_be_visible()
    expect(page.get_by_text("The shoot cannot end before it starts.", exact=True)).to_be_visible()
    assert page.locator("#id_title").input_value() == "Sand and Stars"
    assert page.locator("#id_logline").input_value() == "A spy crosses the Sahara."
    assert not ShootEnquiry.objects.exists()


def test_with_the_smtp_server_down_nothing_is_lost_and_the_command_delivers_once(page, settings):
    port = free_port()  # nothing listens here yet
    smtp_settings(settings, port)

    page.goto(reverse("productions:enquiry-create"))
    fill_enquiry(page, timezone.localdate() + timedelta(days=60))
    time.sleep(1)
    page.get_by_role("button", name="Send the enquiry").click()
    page.wait_for_url("**/enquire/thanks/")
    reference = page.locator("[data-enquiry-reference]").inner_text()
    assert ShootEnquiry.objects.filter(reference=reference).exists()
    pending = PendingEmail.objects.filter(status=PendingEmail.Status.PENDING)
    assert pending.count() == 2
    # The refused connection costs the first email one attempt; the other is left for the worker.
    assert [bool(email.last_error) for email in pending.order_by("pk")] == [True, False]
    # Skip the failed one's backoff (a minute) rather than wait for it.
    pending.update(next_attempt_at=timezone.now())

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        call_command("send_pending_emails")
        call_command("send_pending_emails")
        messages = inbox.wait_for(2)
        time.sleep(0.3)  # anything sent twice would have arrived by now
    finally:
        controller.stop()
    assert len(inbox.messages) == 2
    assert all(reference in content for __, content in messages)
    assert PendingEmail.objects.filter(status=PendingEmail.Status.SENT).count() == 2


def test_staff_change_the_status_export_and_make_a_production(page, django_user_model):
    handler = django_user_model.objects.create_user("handler", password="handler-pass-123", is_staff=True)
    handler.groups.add(Group.objects.get(name=ENQUIRY_HANDLERS))
    # Turning an enquiry into a production adds a production and a client: this handler may.
    handler.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["add_production", "add_client"], content_type__app_label="productions"
        )
    )
    # The workflow confirms a quoted enquiry (new → in review → quoted → confirmed).
    enquiry = ShootEnquiryFactory(
        title="Sand and Stars", company="Desert Pictures", status=ShootEnquiry.Status.QUOTED
    )

    page.goto(reverse("admin:login"))
    page.fill("#id_username", "handler")
    page.fill("#id_password", "handler-pass-123")
    page.get_by_role("button", name="Log in").click()

    page.goto(reverse("admin:productions_shootenquiry_changelist"))
    page.get_by_role("link", name=enquiry.reference).click()
    page.select_option("#id_status", "confirmed")
    page.fill("textarea[name='notes-2-0-text']", "They confirmed by phone.")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.get_by_text("was changed successfully")).to_be_visible()
    expect(page.get_by_text("They confirmed by phone.", exact=True)).to_be_visible()
    enquiry.refresh_from_db()
    assert enquiry.status == ShootEnquiry.Status.CONFIRMED

    page.goto(reverse("admin:productions_shootenquiry_changelist"))
    page.locator(f"input[name='_selected_action'][value='{enquiry.pk}']").check()
    page.select_option("select[name='action']", "export_admin_action")
    page.get_by_role("button", name="Go").click()
    page.select_option("#id_format", label="csv")
    with page.expect_download() as download:
        page.get_by_role("button", name="Submit").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert enquiry.reference in exported
    assert "Confirmed" in exported

    page.goto(reverse("admin:productions_shootenquiry_change", args=[enquiry.pk]))
    page.get_by_role("button", name="Save and turn into a production").click()
    page.wait_for_url("**/admin/productions/production/*/change/")
    production = Production.objects.get()
    assert production.title == "Sand and Stars"
    assert not production.is_published
    enquiry.refresh_from_db()
    assert enquiry.production == production
