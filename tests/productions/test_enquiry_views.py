"""The public enquiry pages: the form, its answers to bad input, abuse checks, and the thank-you page."""

import time

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse

from kfilms.spam import STARTED_SALT
from productions.forms import ENQUIRY_RATE_LIMIT
from productions.models import ShootEnquiry
from tests.productions.factories import ShootEnquiryFactory, enquiry_form_data

pytestmark = pytest.mark.django_db

CREATE = reverse("productions:enquiry-create")
THANKS = reverse("productions:enquiry-thanks")


def test_the_form_page_loads_with_the_spam_fields_hidden(client):
    response = client.get(CREATE)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'enctype="multipart/form-data"' in content
    assert 'name="csrfmiddlewaretoken"' in content
    assert '<div class="kf-hp" hidden>' in " ".join(content.split())
    assert 'name="started"' in content
    assert "Privacy notice" in content
    assert "css/enquiry.css" in content


def test_a_valid_enquiry_is_saved_and_the_browser_goes_to_the_thanks_page(client):
    response = client.post(CREATE, enquiry_form_data())
    assert response.status_code == 302
    assert response["Location"] == THANKS
    enquiry = ShootEnquiry.objects.get()
    assert client.session["enquiry_reference"] == enquiry.reference


def test_the_thanks_page_shows_the_reference_summary_and_estimate(client):
    client.post(CREATE, enquiry_form_data(spend_amount="3000000", spend_currency="USD"))
    enquiry = ShootEnquiry.objects.get()
    response = client.get(THANKS)
    assert response.status_code == 200
    content = response.content.decode()
    assert enquiry.reference in content
    assert "Sand and Stars" in content
    assert "Likely eligible" in content
    assert "noindex" in content
    assert response["Cache-Control"].startswith("max-age=0")


def test_the_thanks_page_explains_an_ineligible_estimate(client):
    client.post(CREATE, enquiry_form_data(spend_amount="100", spend_currency="USD"))
    content = client.get(THANKS).content.decode()
    assert "Not eligible as entered" in content
    assert "below the minimum" in content


def test_another_browser_cannot_see_the_enquiry(client):
    client.post(CREATE, enquiry_form_data())
    stranger = Client()
    response = stranger.get(THANKS)
    assert response.status_code == 302
    assert response["Location"] == CREATE


def test_a_guessed_reference_in_the_url_shows_nothing(client):
    enquiry = ShootEnquiryFactory()
    response = client.get(THANKS, {"reference": enquiry.reference})
    assert response.status_code == 302
    assert enquiry.reference not in client.get(CREATE).content.decode()


def test_errors_answer_400_with_messages_and_keep_what_was_typed(client):
    response = client.post(CREATE, enquiry_form_data(email="not-an-email", shoot_end="2001-01-01"))
    assert response.status_code == 400
    content = response.content.decode()
    assert "There is a problem" in content
    assert "Enter a valid email address." in content
    assert 'value="Sand and Stars"' in content
    assert "A spy crosses the Sahara." in content
    assert 'value="not-an-email"' in content
    assert not ShootEnquiry.objects.exists()


@pytest.mark.parametrize(
    "overrides",
    [
        {"shooting_days": "many"},
        {"shoot_start": "2027-13-45"},
        {"spend_amount": "1e999"},
        {"spend_amount": "12,5"},
        {"services": ["everything"]},
        {"facilities": ["999999", "x"]},
        {"kind": ""},
        {"started": ""},
    ],
)
def test_garbage_gets_a_400_not_a_500(client, overrides):
    response = client.post(CREATE, enquiry_form_data(**overrides))
    assert response.status_code == 400


def test_the_honeypot_is_answered_with_a_message(client):
    response = client.post(CREATE, enquiry_form_data(website="http://spam.example"))
    assert response.status_code == 400
    assert "looks as if a program filled it in" in response.content.decode()
    assert not ShootEnquiry.objects.exists()


def test_a_form_sent_too_fast_is_answered_with_a_message(client, settings):
    settings.SPAM_MIN_FILL_SECONDS = 3
    response = client.post(CREATE, enquiry_form_data(started=signing.dumps(time.time(), salt=STARTED_SALT)))
    assert response.status_code == 400
    assert "quicker than a person" in response.content.decode()


def test_the_rate_limit_answers_429_and_keeps_the_input(client):
    for number in range(ENQUIRY_RATE_LIMIT.limit):
        assert client.post(CREATE, enquiry_form_data(title=f"Project {number}")).status_code == 302
    response = client.post(CREATE, enquiry_form_data(title="One too many"))
    assert response.status_code == 429
    content = response.content.decode()
    assert "several requests from this address" in content
    assert 'value="One too many"' in content
    assert ShootEnquiry.objects.count() == ENQUIRY_RATE_LIMIT.limit


def test_the_rate_limit_is_per_address(client):
    for number in range(ENQUIRY_RATE_LIMIT.limit):
        client.post(CREATE, enquiry_form_data(title=f"Project {number}"), REMOTE_ADDR="203.0.113.1")
    other = client.post(CREATE, enquiry_form_data(), REMOTE_ADDR="203.0.113.2")
    assert other.status_code == 302


def test_csrf_is_enforced():
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(CREATE, enquiry_form_data())
    assert response.status_code == 403
    assert not ShootEnquiry.objects.exists()


def test_other_methods_are_refused(client):
    assert client.put(CREATE).status_code == 405
    assert client.post(THANKS).status_code == 405


def test_estimator_figures_prefill_the_form(client):
    response = client.get(
        CREATE, {"spend": "2500000", "currency": "EUR", "format": "tv_film", "shooting_days": 21}
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert 'value="2500000' in content
    assert '<option value="EUR" selected>' in content
    assert '<option value="tv_film" selected>' in content
