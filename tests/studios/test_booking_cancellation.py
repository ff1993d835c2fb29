"""Cancelling goes through save(); deleting what a booking serves frees its days; clashes in flat queries."""

from datetime import date

import pytest
from django.db.models.signals import post_save
from django.urls import reverse

from studios.models import Booking, StudentRequest
from studios.services import student_request_clashes, student_request_decide
from tests.productions.factories import ProductionFactory, ShootEnquiryFactory

from .factories import BookingFactory, FacilityFactory, StudentRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def saved_bookings():
    """The bookings saved through save(), as post_save sees them."""
    seen: list[Booking] = []

    def record(sender, instance, **kwargs):
        seen.append(instance)

    post_save.connect(record, sender=Booking)
    yield seen
    post_save.disconnect(record, sender=Booking)


def test_cancelling_a_request_cancels_its_bookings_one_save_at_a_time(saved_bookings):
    request = StudentRequestFactory(facilities=[FacilityFactory(), FacilityFactory()])
    student_request_decide(student_request=request, decision=StudentRequest.Status.APPROVED)
    saved_bookings.clear()

    student_request_decide(student_request=request, decision=StudentRequest.Status.CANCELLED)

    assert {booking.status for booking in saved_bookings} == {Booking.Status.CANCELLED}
    assert len(saved_bookings) == 2
    assert not Booking.objects.active().exists()


def test_the_admin_cancel_action_saves_each_booking(staff_client, saved_bookings):
    kept = BookingFactory(status=Booking.Status.CANCELLED)
    bookings = [BookingFactory(), BookingFactory(status=Booking.Status.TENTATIVE)]
    saved_bookings.clear()

    response = staff_client.post(
        reverse("admin:studios_booking_changelist"),
        {"action": "cancel_bookings", "_selected_action": [kept.pk, *(booking.pk for booking in bookings)]},
        follow=True,
    )

    assert "2 bookings cancelled." in response.content.decode()
    assert sorted(booking.pk for booking in saved_bookings) == sorted(booking.pk for booking in bookings)
    assert not Booking.objects.active().exists()


@pytest.mark.parametrize("factory", [ProductionFactory, ShootEnquiryFactory], ids=["production", "enquiry"])
def test_deleting_what_a_booking_serves_cancels_the_booking(factory):
    served = factory()
    other = factory()
    booking = BookingFactory(served=served)
    unrelated = BookingFactory(served=other)

    served.delete()

    booking.refresh_from_db()
    unrelated.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED
    assert unrelated.status == Booking.Status.CONFIRMED


def test_deleting_an_unrelated_object_with_the_same_id_leaves_bookings_alone():
    production = ProductionFactory()
    booking = BookingFactory(served=production)

    FacilityFactory(pk=production.pk + 1000).delete()

    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED


@pytest.mark.parametrize("count", [1, 4])
def test_clashes_before_approving_take_the_same_queries_whatever_the_facilities(
    count, django_assert_num_queries
):
    facilities = [FacilityFactory() for _ in range(count)]
    request = StudentRequestFactory(facilities=facilities)
    for facility in facilities:
        BookingFactory(facility=facility, start_date=request.shoot_start, end_date=request.shoot_start)

    # The facilities asked for, their families, the confirmed bookings of all of them.
    with django_assert_num_queries(3):
        clashes = student_request_clashes(request)

    assert {clash.facility for clash in clashes} == set(facilities)


def test_a_booked_backlot_clashes_with_a_request_for_its_zone():
    backlot = FacilityFactory()
    zone = FacilityFactory(parent=backlot)
    request = StudentRequestFactory(
        facilities=[zone], shoot_start=date(2027, 3, 2), shoot_end=date(2027, 3, 3)
    )
    booked = BookingFactory(facility=backlot, start_date=date(2027, 3, 1), end_date=date(2027, 3, 5))
    BookingFactory(facility=FacilityFactory(), start_date=date(2027, 3, 1), end_date=date(2027, 3, 5))

    assert student_request_clashes(request) == [booked]
