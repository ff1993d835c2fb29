"""Zones are one level deep: no zone of a zone, no cycle, no parent whose bookings clash."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from studios.models import Booking, Facility
from studios.services import booking_confirm
from tests.admin_forms import change_form_data
from tests.studios.factories import BookingFactory, FacilityFactory

pytestmark = pytest.mark.django_db


def parent_errors(facility: Facility) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        facility.full_clean()
    return caught.value.message_dict["parent"]


def test_a_zone_of_a_zone_is_refused():
    backlot = FacilityFactory(name="Backlot", kind=Facility.Kind.BACKLOT)
    zone = FacilityFactory(name="Medina", parent=backlot)
    sub_zone = FacilityFactory.build(studio=backlot.studio, slug="souk", parent=zone)

    assert parent_errors(sub_zone) == ["Medina is itself a zone of Backlot: choose Backlot."]


def test_a_cycle_is_refused():
    first = FacilityFactory(name="First")
    second = FacilityFactory(name="Second", parent=first)
    first.parent = second

    assert parent_errors(first) == ["Second is itself a zone of First: choose First."]


def test_a_facility_with_zones_cannot_become_a_zone():
    stage = FacilityFactory()
    FacilityFactory(parent=stage)
    stage.parent = FacilityFactory()

    assert parent_errors(stage) == ["A facility that has zones cannot be a zone itself."]


def test_a_facility_is_not_its_own_parent():
    facility = FacilityFactory()
    facility.parent = facility

    assert "A facility cannot be a zone of itself." in parent_errors(facility)


def test_becoming_a_zone_is_refused_when_confirmed_bookings_of_both_overlap():
    backlot = FacilityFactory(kind=Facility.Kind.BACKLOT)
    street = FacilityFactory(name="Street")
    BookingFactory(facility=backlot, start_date=date(2027, 3, 1), end_date=date(2027, 3, 5))
    BookingFactory(facility=street, start_date=date(2027, 3, 2), end_date=date(2027, 3, 3))
    street.parent = backlot

    assert "overlap" in parent_errors(street)[0]


def test_becoming_a_zone_is_allowed_when_bookings_do_not_overlap():
    backlot = FacilityFactory(kind=Facility.Kind.BACKLOT)
    street = FacilityFactory(name="Street")
    BookingFactory(facility=backlot, start_date=date(2027, 3, 1), end_date=date(2027, 3, 5))
    BookingFactory(facility=street, start_date=date(2027, 3, 6), end_date=date(2027, 3, 7))
    BookingFactory(
        facility=street,
        status=Booking.Status.TENTATIVE,
        start_date=date(2027, 3, 2),
        end_date=date(2027, 3, 2),
    )
    street.parent = backlot

    street.full_clean()


def test_booking_a_zone_inside_a_booked_backlot_is_refused():
    backlot = FacilityFactory(kind=Facility.Kind.BACKLOT)
    zone = FacilityFactory(parent=backlot)
    BookingFactory(facility=backlot, start_date=date(2027, 3, 1), end_date=date(2027, 3, 5))
    booking = BookingFactory.build(facility=zone, start_date=date(2027, 3, 2), end_date=date(2027, 3, 3))

    with pytest.raises(ValidationError):
        booking_confirm(booking=booking)


def test_the_admin_form_shows_why_a_zone_of_a_zone_is_refused(staff_client):
    backlot = FacilityFactory(name="Backlot", kind=Facility.Kind.BACKLOT)
    zone = FacilityFactory(name="Medina", parent=backlot)
    other = FacilityFactory()
    url = reverse("admin:studios_facility_change", args=[other.pk])
    data = change_form_data(staff_client, url)
    data["parent"] = str(zone.pk)

    response = staff_client.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["parent"] == [
        "Medina is itself a zone of Backlot: choose Backlot."
    ]
    other.refresh_from_db()
    assert other.parent is None
