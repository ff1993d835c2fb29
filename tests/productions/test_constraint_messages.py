"""A save in the productions' back office that breaks a database rule says why, beside the form."""

import re

import pytest
from django.urls import reverse

from productions.models import RebateProgramme, SpendFigure
from tests.admin_forms import change_form_data
from tests.productions.factories import ProductionFactory

pytestmark = pytest.mark.django_db


def form_errors(html: str) -> list[str]:
    """The texts of the admin form's error lists, one item each."""
    lists = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)
    return [
        re.sub(r"<[^>]+>", "", item) for block in lists for item in re.findall(r"<li>(.*?)</li>", block, re.S)
    ]


def post_change(client, url: str, **changes: str):
    response = client.post(url, change_form_data(client, url) | changes)
    assert response.status_code == 200, "the save should have been refused"
    html = response.content.decode()
    assert "is violated" not in html
    return form_errors(html)


def test_production_last_year_past_2100_is_refused_with_a_message(staff_client):
    production = ProductionFactory(year_start=2019)
    url = reverse("admin:productions_production_change", args=[production.pk])

    errors = post_change(staff_client, url, year_end="2200")

    assert "The last year must be between the first year and 2100." in errors
    production.refresh_from_db()
    assert production.year_end is None


def test_rebate_rate_over_100_is_refused_with_a_message(staff_client):
    programme = RebateProgramme.objects.in_force()
    url = reverse("admin:productions_rebateprogramme_change", args=[programme.pk])

    errors = post_change(staff_client, url, rate_percent="150")

    assert "The rate must be between 0 and 100." in errors
    programme.refresh_from_db()
    assert programme.rate_percent <= 100


def test_negative_foreign_spend_is_refused_with_a_message(staff_client):
    figure = SpendFigure.objects.order_by("year").first()
    url = reverse("admin:productions_spendfigure_change", args=[figure.pk])

    errors = post_change(staff_client, url, amount_musd="-3")

    assert "The foreign spend cannot be negative." in errors
    figure.refresh_from_db()
    assert figure.amount_musd >= 0


def test_a_second_rate_for_one_currency_gets_the_rules_message(staff_client):
    programme = RebateProgramme.objects.in_force()
    currency = programme.exchange_rates.first().currency
    url = reverse("admin:productions_rebateprogramme_change", args=[programme.pk])
    data = change_form_data(staff_client, url)
    row = int(data["exchange_rates-TOTAL_FORMS"])
    data["exchange_rates-TOTAL_FORMS"] = str(row + 1)
    data |= {
        f"exchange_rates-{row}-currency": currency,
        f"exchange_rates-{row}-mad_per_unit": "10.9",
        f"exchange_rates-{row}-set_on": "2026-01-05",
    }

    response = staff_client.post(url, data)

    assert response.status_code == 200
    assert "This programme already has a rate for that currency." in form_errors(response.content.decode())
    assert programme.exchange_rates.filter(currency=currency).count() == 1
