"""Bookings: their span at the studio, and no two confirmed ones of a facility family at once."""

from datetime import date, datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.urls import reverse

from studios.models import Booking
from studios.models.bookings import STUDIO_TZ, facility_families
from studios.services import booking_confirm

from .factories import BookingFactory, FacilityFactory

pytestmark = pytest.mark.django_db

DAY = date(2027, 3, 10)


def booking(facility, first: date = DAY, last: date = DAY, **fields) -> Booking:
    """An unsaved booking, as a form or the admin would build it."""
    values = {
        "facility": facility,
        "kind": Booking.Kind.FOREIGN_PRODUCTION,
        "status": Booking.Status.CONFIRMED,
        "start_date": first,
        "end_date": last,
    }
    return Booking(**(values | fields))


def test_whole_days_run_from_midnight_to_the_next_midnight_in_casablanca():
    made = BookingFactory(start_date=DAY, end_date=DAY + timedelta(days=2))
    assert made.starts_at == datetime(2027, 3, 10, tzinfo=STUDIO_TZ)
    assert made.ends_at == datetime(2027, 3, 13, tzinfo=STUDIO_TZ)
    assert made.local_days() == (DAY, DAY + timedelta(days=2))


def test_timed_bookings_keep_their_hours():
    made = BookingFactory(start_date=DAY, end_date=DAY, start_time=time(8), end_time=time(13, 30))
    assert made.starts_at == datetime(2027, 3, 10, 8, tzinfo=STUDIO_TZ)
    assert made.ends_at == datetime(2027, 3, 10, 13, 30, tzinfo=STUDIO_TZ)
    assert made.span_display() == "10 Mar 2027 08:00 – 10 Mar 2027 13:30"


def test_an_overlapping_confirmed_booking_is_refused_with_what_it_clashes_with():
    stage = FacilityFactory(name="Sound stage")
    BookingFactory(facility=stage, start_date=DAY, end_date=DAY + timedelta(days=4), label="Homeland S8")
    with pytest.raises(ValidationError) as refused:
        booking(stage, DAY + timedelta(days=3), DAY + timedelta(days=6)).full_clean()
    message = " ".join(refused.value.messages)
    assert "Sound stage is booked 10 Mar 2027 – 14 Mar 2027" in message
    assert "Homeland S8" in message


@pytest.mark.parametrize(
    ("first", "last", "times"),
    [
        (DAY + timedelta(days=1), DAY + timedelta(days=1), None),  # the next day
        (DAY - timedelta(days=3), DAY - timedelta(days=1), None),  # the days before
        (DAY, DAY, (time(13), time(18))),  # the same afternoon, after a morning
    ],
    ids=["next-day", "days-before", "afternoon-after-morning"],
)
def test_bookings_that_only_touch_are_accepted(first, last, times):
    stage = FacilityFactory()
    if times:
        BookingFactory(facility=stage, start_date=DAY, end_date=DAY, start_time=time(8), end_time=time(13))
        fields = {"start_time": times[0], "end_time": times[1]}
    else:
        BookingFactory(facility=stage, start_date=DAY, end_date=DAY)
        fields = {}
    candidate = booking(stage, first, last, **fields)
    candidate.full_clean()
    candidate.save()
    assert stage.bookings.filter(status=Booking.Status.CONFIRMED).count() == 2


@pytest.mark.parametrize("status", [Booking.Status.TENTATIVE, Booking.Status.CANCELLED])
def test_holds_and_cancelled_bookings_do_not_block(status):
    stage = FacilityFactory()
    BookingFactory(facility=stage, start_date=DAY, end_date=DAY, status=status)
    for candidate in (booking(stage), booking(stage, status=Booking.Status.TENTATIVE)):
        candidate.full_clean()
        candidate.save()
    assert stage.bookings.filter(start_date=DAY).count() == 3


def test_a_hold_may_overlap_a_confirmed_booking():
    stage = FacilityFactory()
    BookingFactory(facility=stage, start_date=DAY, end_date=DAY)
    hold = booking(stage, status=Booking.Status.TENTATIVE)
    hold.full_clean()
    hold.save()
    assert stage.bookings.filter(status=Booking.Status.TENTATIVE).get() == hold


def test_booking_the_whole_backlot_blocks_its_zones_and_the_reverse():
    backlot = FacilityFactory(name="Backlot")
    kasbah = FacilityFactory(name="Kasbah street", parent=backlot)
    medina = FacilityFactory(name="Medina square", parent=backlot)
    BookingFactory(facility=kasbah, start_date=DAY, end_date=DAY)
    with pytest.raises(ValidationError, match="Kasbah street is booked"):
        booking(backlot).full_clean()
    # Two zones are different places: both may be booked the same day.
    booking(medina).full_clean()

    other_day = DAY + timedelta(days=7)
    BookingFactory(facility=backlot, start_date=other_day, end_date=other_day)
    with pytest.raises(ValidationError, match="Backlot is booked"):
        booking(medina, other_day, other_day).full_clean()


def test_facility_families_match_family_ids_in_one_query(django_assert_num_queries):
    backlot = FacilityFactory()
    zones = FacilityFactory.create_batch(2, parent=backlot)
    stage = FacilityFactory()
    with django_assert_num_queries(1):
        families = facility_families([backlot.pk, zones[0].pk, stage.pk])
    assert families[backlot.pk] == backlot.family_ids()
    assert families[zones[0].pk] == zones[0].family_ids()
    assert families[stage.pk] == {stage.pk}


def test_booking_confirm_confirms_a_hold():
    hold = BookingFactory(status=Booking.Status.TENTATIVE)
    booking_confirm(booking=hold)
    hold.refresh_from_db()
    assert hold.status == Booking.Status.CONFIRMED


def test_booking_confirm_refuses_a_clash_and_leaves_the_hold_as_it_was():
    stage = FacilityFactory()
    BookingFactory(facility=stage, start_date=DAY, end_date=DAY)
    hold = BookingFactory(facility=stage, start_date=DAY, end_date=DAY, status=Booking.Status.TENTATIVE)
    with pytest.raises(ValidationError, match="clash with a confirmed booking"):
        booking_confirm(booking=hold)
    hold.refresh_from_db()
    assert hold.status == Booking.Status.TENTATIVE
    assert Booking.objects.confirmed().count() == 1


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"end_date": DAY - timedelta(days=1)}, "end_date"),
        ({"start_time": time(9)}, "end_time"),
        ({"start_time": time(15), "end_time": time(9)}, "end_time"),
    ],
    ids=["last-before-first", "one-time-only", "ends-before-it-starts"],
)
def test_impossible_spans_get_a_message_on_their_field(fields, field):
    with pytest.raises(ValidationError) as refused:
        booking(FacilityFactory(), **fields).full_clean()
    assert field in refused.value.message_dict


def test_the_database_refuses_days_out_of_order():
    with pytest.raises(IntegrityError):
        BookingFactory(start_date=DAY, end_date=DAY - timedelta(days=1))


def test_the_admin_refuses_a_clashing_booking_and_keeps_what_was_typed(staff_client):
    stage = FacilityFactory(name="Sound stage")
    BookingFactory(facility=stage, start_date=DAY, end_date=DAY)
    response = staff_client.post(
        reverse("admin:studios_booking_add"),
        {
            "facility": stage.pk,
            "kind": Booking.Kind.FOREIGN_PRODUCTION,
            "status": Booking.Status.CONFIRMED,
            "label": "A second series",
            "start_date": DAY.isoformat(),
            "end_date": DAY.isoformat(),
        },
    )
    assert response.status_code == 200
    assert "Sound stage is booked" in response.content.decode()
    assert 'value="A second series"' in response.content.decode()
    assert Booking.objects.count() == 1


def test_the_admin_enters_a_confirmed_foreign_production_for_any_facility(staff_client):
    planned = FacilityFactory(status="planned")
    response = staff_client.post(
        reverse("admin:studios_booking_add"),
        {
            "facility": planned.pk,
            "kind": Booking.Kind.FOREIGN_PRODUCTION,
            "status": Booking.Status.CONFIRMED,
            "start_date": DAY.isoformat(),
            "end_date": DAY.isoformat(),
        },
    )
    assert response.status_code == 302
    assert Booking.objects.confirmed().get().facility == planned


def test_the_admin_confirm_action_reports_clashes(staff_client):
    stage = FacilityFactory(name="Sound stage")
    BookingFactory(facility=stage, start_date=DAY, end_date=DAY)
    hold = BookingFactory(facility=stage, start_date=DAY, end_date=DAY, status=Booking.Status.TENTATIVE)
    free = BookingFactory(status=Booking.Status.TENTATIVE)
    response = staff_client.post(
        reverse("admin:studios_booking_changelist"),
        {"action": "confirm_bookings", "_selected_action": [hold.pk, free.pk]},
        follow=True,
    )
    page = response.content.decode()
    assert "1 booking confirmed." in page
    assert "Sound stage is booked" in page
    hold.refresh_from_db()
    free.refresh_from_db()
    assert (hold.status, free.status) == (Booking.Status.TENTATIVE, Booking.Status.CONFIRMED)


def test_admin_booking_pages_load(staff_client):
    made = BookingFactory()
    assert staff_client.get(reverse("admin:studios_booking_changelist")).status_code == 200
    assert staff_client.get(reverse("admin:studios_booking_add")).status_code == 200
    assert staff_client.get(reverse("admin:studios_booking_change", args=[made.pk])).status_code == 200
