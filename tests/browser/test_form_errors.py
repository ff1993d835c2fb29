"""The error summary in a browser: focus with JavaScript, the same summary without, and the live estimator."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def page_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


def test_without_javascript_the_summary_is_there_and_its_links_reach_the_fields(page_without_javascript):
    page = page_without_javascript
    page.goto(reverse("studios:student-request"))
    page.get_by_role("button", name="Send the request").click()

    summary = page.locator(".error-summary")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    # The summary comes before the form and its aside, so it is what a screen reader meets first.
    assert page.evaluate(
        "document.querySelector('.error-summary').compareDocumentPosition("
        "document.querySelector('.students-aside')) & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    summary.get_by_role("link", name="Your email: This field is required.").click()
    assert page.evaluate("document.activeElement.id") == "id_student_email"


def test_the_live_estimator_keeps_the_summary_and_the_fields_in_step(page):
    page.goto(reverse("productions:incentives") + "?spend=-5&currency=USD&format=feature&shooting_days=20")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    spend = page.locator("#id_spend")
    assert spend.get_attribute("aria-invalid") == "true"

    spend.fill("3000000")
    expect(page.locator("[data-rebate-amount]")).to_be_visible()
    expect(page.locator(".error-summary")).to_have_count(0)
    expect(spend).not_to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_spend_error")).to_have_count(0)

    page.locator("#id_shooting_days").fill("-3")
    expect(page.locator("#id_shooting_days")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_shooting_days_error")).to_contain_text("greater than or equal to 0")
    # What the person typed stays as typed while the page checks it.
    assert page.locator("#id_shooting_days").input_value() == "-3"
