"""A save in the studio's back office that breaks a database rule says why, beside the form."""

import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from studios.models import Facility, Studio
from tests.admin_forms import change_form_data
from tests.studios.factories import (
    BookingFactory,
    CollectionCategoryFactory,
    CollectionFactory,
    FacilityFactory,
    StudioFactory,
)

pytestmark = pytest.mark.django_db


def form_errors(html: str) -> list[str]:
    """The texts of the admin form's error lists, one item each."""
    lists = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)
    return [
        re.sub(r"<[^>]+>", "", item) for block in lists for item in re.findall(r"<li>(.*?)</li>", block, re.S)
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("area", "-5", "The area must be more than zero."),
        ("length_m", "0", "The length must be more than zero."),
        ("clear_height_m", "-1", "The clear height must be more than zero."),
        ("expected_year", "1850", "The expected year must be between 1900 and 2100."),
    ],
)
def test_facility_admin_says_which_rule_a_value_breaks(staff_client, field, value, message):
    facility = FacilityFactory(area=300)
    url = reverse("admin:studios_facility_change", args=[facility.pk])
    data = change_form_data(staff_client, url) | {field: value}

    response = staff_client.post(url, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert message in form_errors(html)
    assert "is violated" not in html
    facility.refresh_from_db()
    assert facility.area == 300


def test_studio_admin_refuses_land_of_zero_hectares(staff_client):
    studio = StudioFactory()
    url = reverse("admin:studios_studio_change", args=[studio.pk])
    data = change_form_data(staff_client, url) | {"land_hectares": "0"}

    response = staff_client.post(url, data)

    assert response.status_code == 200
    assert "The land area must be more than zero." in form_errors(response.content.decode())
    assert Studio.objects.get().land_hectares == 17


def test_model_validation_carries_the_code_and_the_message():
    facility = FacilityFactory.build(studio=StudioFactory(), area=-1)

    with pytest.raises(ValidationError) as caught:
        facility.validate_constraints()

    error = caught.value.error_dict["__all__"][0]
    assert (error.code, error.message) == ("not_positive", "The area must be more than zero.")


def test_booking_admin_explains_reversed_days_without_naming_a_constraint(staff_client):
    booking = BookingFactory(facility=FacilityFactory(kind=Facility.Kind.WORKSHOP))
    url = reverse("admin:studios_booking_change", args=[booking.pk])
    data = change_form_data(staff_client, url)
    data["end_date"] = str(booking.start_date - timedelta(days=1))

    response = staff_client.post(url, data)

    assert response.status_code == 200
    html = response.content.decode()
    # Said once, beside the last day (the model's clean); the constraint does not repeat it.
    assert form_errors(html).count("The last day cannot come before the first day.") == 1
    assert "is violated" not in html


def test_two_categories_of_one_name_get_the_rules_message(staff_client):
    collection = CollectionFactory()
    CollectionCategoryFactory(collection=collection, name="Robes")
    url = reverse("admin:studios_collection_change", args=[collection.pk])
    data = change_form_data(staff_client, url)
    row = int(data["categories-INITIAL_FORMS"])
    data["categories-TOTAL_FORMS"] = str(row + 1)
    data |= {f"categories-{row}-name_en": "Robes", f"categories-{row}-item_count": "3"}

    response = staff_client.post(url, data)

    assert response.status_code == 200
    errors = form_errors(response.content.decode())
    assert "This collection already has a category of that name." in errors
    assert not any("name_en" in error for error in errors)
    assert collection.categories.count() == 1
