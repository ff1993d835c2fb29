"""On PostgreSQL: many confirmations at once, one winner; and the database's own refusal."""

import threading
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, close_old_connections, connection, transaction

from studios.models import Booking
from studios.services import booking_confirm

from .factories import BookingFactory, FacilityFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

THREADS = 12
DAY = date(2027, 5, 3)


def confirm_all_at_once(facilities: list) -> tuple[list[int], list[str]]:
    """Each thread, on its own connection, confirms an overlapping booking once all are ready."""
    start = threading.Barrier(len(facilities))
    confirmed: list[int] = []
    refused: list[str] = []
    lock = threading.Lock()

    def attempt(number: int, facility) -> None:
        try:
            # Different overlapping spans, so no two requests are identical.
            booking = Booking(
                facility=facility,
                kind=Booking.Kind.FOREIGN_PRODUCTION,
                start_date=DAY + timedelta(days=number % 3),
                end_date=DAY + timedelta(days=3),
                label=f"Shoot {number}",
            )
            start.wait(timeout=10)
            try:
                booking_confirm(booking=booking)
            except ValidationError as error:
                with lock:
                    refused.append(" ".join(error.messages))
            else:
                with lock:
                    confirmed.append(booking.pk)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=attempt, args=(number, facility))
        for number, facility in enumerate(facilities)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    close_old_connections()
    return confirmed, refused


def test_of_many_simultaneous_confirmations_of_one_facility_exactly_one_wins(postgres):
    stage = FacilityFactory(name="Sound stage")
    confirmed, refused = confirm_all_at_once([stage] * THREADS)
    assert len(confirmed) == 1
    assert len(refused) == THREADS - 1
    assert all("Sound stage is booked" in message for message in refused)
    assert list(Booking.objects.confirmed().values_list("pk", flat=True)) == confirmed


def test_simultaneous_confirmations_of_a_set_and_its_zones_leave_one_winner(postgres):
    backlot = FacilityFactory(name="Backlot")
    zones = FacilityFactory.create_batch(3, parent=backlot)
    # The exclusion constraint cannot see across rows of different facilities: the locks must.
    confirmed, refused = confirm_all_at_once([backlot, *zones] * 3)
    winners = list(Booking.objects.confirmed().values_list("facility_id", flat=True))
    assert len(winners) == len(set(winners)) == len(confirmed)
    assert len(refused) == THREADS - len(winners)
    # Either the whole backlot won, alone; or zones won (each once), and the backlot did not.
    zone_ids = {zone.pk for zone in zones}
    assert winners == [backlot.pk] or (backlot.pk not in winners and set(winners) <= zone_ids)


def test_the_exclusion_constraint_refuses_an_overlap_that_skips_validation(postgres):
    stage = FacilityFactory()
    BookingFactory(facility=stage, start_date=DAY, end_date=DAY + timedelta(days=2))
    clash = Booking(
        facility=stage,
        kind=Booking.Kind.MAINTENANCE,
        status=Booking.Status.CONFIRMED,
        start_date=DAY + timedelta(days=1),
        end_date=DAY + timedelta(days=1),
    )
    with pytest.raises(IntegrityError, match="booking_confirmed_no_overlap"), transaction.atomic():
        clash.save()  # no full_clean: only the database stands in the way
    clash.status = Booking.Status.TENTATIVE
    clash.pk = None
    clash.save()
    assert Booking.objects.count() == 2
