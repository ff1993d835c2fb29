"""Dates and ids no request can mean are refused with a message and a 4xx, never a 500."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from studios.models import Booking, StudentRequest
from tests.studios.factories import FacilityFactory
from tests.studios.test_student_request_form import form_data, post

pytestmark = pytest.mark.django_db

HUGE_ID = "99999999999999999999999"


@pytest.fixture(autouse=True)
def _no_fill_time(settings):
    settings.SPAM_MIN_FILL_SECONDS = 0


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"shoot_start": "9999-12-29", "shoot_end": "9999-12-31", "strike_days": "3"}, "shoot_end"),
        ({"shoot_start": "0001-01-02", "shoot_end": "0001-01-03", "prep_days": "5"}, "shoot_start"),
    ],
    ids=["year-9999", "year-1"],
)
def test_the_form_refuses_dates_out_of_any_project(client, overrides, field):
    response = post(client, form_data([FacilityFactory()], **overrides))

    assert response.status_code == 400
    assert "Please give a date between" in response.context["form"].errors[field][0]
    assert not StudentRequest.objects.exists()


def test_the_form_refuses_a_facility_id_no_database_holds(client):
    response = post(client, form_data() | {"facilities": [HUGE_ID]})

    assert response.status_code == 400
    assert response.context["form"].errors["facilities"]


@pytest.mark.parametrize(
    "params",
    [
        {"start": "0001-01-01", "end": "0001-01-02", "prep": "5"},
        {"start": "9999-12-30", "end": "9999-12-31", "strike": "5"},
    ],
    ids=["year-1", "year-9999"],
)
def test_the_dates_check_refuses_dates_out_of_any_project(client, params):
    response = client.get(reverse("studios:student-request-check"), params)

    assert response.status_code == 400
    assert response.json()["error"].startswith("Please give a date between")


def test_the_dates_check_refuses_a_facility_id_no_database_holds(client):
    response = client.get(
        reverse("studios:student-request-check"),
        {"start": "2027-01-01", "end": "2027-01-02", "facility": HUGE_ID},
    )

    assert response.status_code == 400
    assert response.json()["error"]


@pytest.mark.parametrize("end_date", ["9999-12-31", "1999-12-31"])
def test_the_admin_booking_form_refuses_a_year_out_of_range(staff_client, end_date):
    response = staff_client.post(
        reverse("admin:studios_booking_add"),
        {
            "facility": FacilityFactory().pk,
            "kind": Booking.Kind.MAINTENANCE,
            "status": Booking.Status.CONFIRMED,
            "start_date": "1999-12-30" if end_date.startswith("1999") else "2027-01-01",
            "end_date": end_date,
        },
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["end_date"] == ["Give a date between 2000 and 2100."]
    assert not Booking.objects.exists()


@pytest.mark.parametrize(
    "name",
    ["studios:student-programme", "studios:student-request", "studios:availability"],
)
def test_pages_answer_head(client, name):
    response = client.head(reverse(name))

    assert response.status_code == 200


def test_the_request_form_and_its_check_are_never_cached(client):
    form = client.get(reverse("studios:student-request"))
    check = client.get(reverse("studios:student-request-check"), {"start": "2027-01-01", "end": "2027-01-02"})

    for response in (form, check):
        assert "no-store" in response["Cache-Control"]


def test_the_studio_day_bounds_are_the_same_in_a_plain_clean():
    booking = Booking(
        facility=FacilityFactory(),
        kind=Booking.Kind.HOLD,
        start_date=date(2101, 1, 1),
        end_date=date(2101, 1, 2),
    )
    with pytest.raises(ValidationError, match="between 2000 and 2100"):
        booking.full_clean()
