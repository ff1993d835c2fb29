"""Dates no project has (year 9999, year 1, 2010) get a message and a 400, never a 500."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from kfilms.models import PendingEmail
from productions.forms import EnquiryForm
from productions.models import RebateProgramme, ShootEnquiry
from productions.rebate import RebateQuery, add_months, rebate_estimate
from tests.productions.factories import enquiry_form_data

pytestmark = pytest.mark.django_db

INCENTIVES = reverse("productions:incentives")
CREATE = reverse("productions:enquiry-create")
ESTIMATE = {
    "spend": "2000000",
    "currency": "USD",
    "format": "feature",
    "shooting_days": "20",
    "set_building_days": "0",
}


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "2010-06-01"])
def test_the_estimator_refuses_dates_out_of_range(client, day):
    response = client.get(INCENTIVES, ESTIMATE | {"shoot_start": day})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Please give a date between" in content
    assert "Likely eligible" not in content


def test_the_estimator_says_when_no_programme_covers_the_shoot(client):
    RebateProgramme.objects.update(valid_until=date(2027, 1, 1))
    response = client.get(INCENTIVES, ESTIMATE | {"shoot_start": "2030-03-01"})
    assert response.status_code == 400
    content = response.content.decode()
    assert "No rebate programme covers this date." in content
    assert "Likely eligible" not in content


@pytest.mark.parametrize("field", ["shoot_start", "shoot_end", "prep_start"])
def test_an_enquiry_with_year_9999_is_refused_not_lost(client, field):
    response = client.post(CREATE, enquiry_form_data(**{field: "9999-12-01"}))
    assert response.status_code == 400
    assert "Please give a date between" in response.content.decode()
    assert "Sand and Stars" in response.content.decode()  # what was typed is kept
    assert not ShootEnquiry.objects.exists()


def test_an_enquiry_with_a_huge_facility_id_is_refused(client):
    form = EnquiryForm(enquiry_form_data(facilities=["99999999999999999999999"]))
    assert not form.is_valid()
    assert "facilities" in form.errors
    response = client.post(CREATE, enquiry_form_data(facilities=["99999999999999999999999", "abc"]))
    assert response.status_code == 400
    assert not ShootEnquiry.objects.exists()
    assert not PendingEmail.objects.exists()


def test_add_months_stays_within_pythons_dates():
    assert add_months(date(9999, 12, 1), 12) == date.max
    assert add_months(date(1, 3, 1), -6) == date.min
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


def test_the_timeline_of_an_extreme_date_does_not_crash():
    programme = RebateProgramme.objects.in_force()
    for day in (date(9999, 12, 31), date(1, 1, 1)):
        query = RebateQuery(Decimal(2_000_000), "USD", "feature", 20, shoot_start=day)
        assert rebate_estimate(programme.rules(), query).timeline


def test_an_ineligible_timeline_leaves_out_a_zero_deposit():
    programme = RebateProgramme.objects.in_force()
    query = RebateQuery(Decimal(10), "USD", "feature", 20, shoot_start=date(2030, 3, 1))
    estimate = rebate_estimate(programme.rules(), query)
    assert not estimate.eligible
    notes = " ".join(step.note for step in estimate.timeline)
    assert "about 0 MAD" not in notes
    assert "of the amount asked." in notes
    eligible = rebate_estimate(
        programme.rules(), RebateQuery(Decimal(2_000_000), "USD", "feature", 20, shoot_start=date(2030, 3, 1))
    )
    assert "(about 277,500 MAD)" in " ".join(step.note for step in eligible.timeline)


def test_an_enquiry_outside_every_programme_gets_no_estimate_from_another_period():
    from productions.services import enquiry_rebate_estimate
    from tests.productions.factories import ShootEnquiryFactory

    RebateProgramme.objects.update(valid_until=date(2027, 1, 1))
    enquiry = ShootEnquiryFactory(
        shoot_start=date(2030, 3, 1), shoot_end=date(2030, 4, 1), spend_amount=10**6
    )
    assert enquiry_rebate_estimate(enquiry) is None
