"""seed_demo's bookings: dated from today, the same rows at every run, the no-overlap rule kept."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from kfilms import placeholders
from kfilms.demo import SeedReport
from productions.models import Production
from studios import demo_bookings
from studios.availability import DayState
from studios.models import Booking, Facility
from tests.images import image_bytes
from tests.studios.factories import BookingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_pictures(monkeypatch):
    """Tiny stand-ins for the drawings: these tests are about the bookings."""
    for name in ("photo", "poster", "portrait", "logo"):
        monkeypatch.setattr(placeholders, name, lambda *args, **kwargs: ContentFile(image_bytes((16, 10))))


def seed() -> str:
    out = StringIO()
    call_command("seed_demo", "--force", stdout=out)
    return out.getvalue()


def rows() -> list[tuple]:
    return list(
        Booking.objects.order_by("pk").values_list(
            "pk", "facility__slug", "kind", "status", "start_date", "end_date"
        )
    )


def test_seeding_twice_gives_the_same_bookings():
    first = seed()
    bookings = rows()
    second = seed()

    assert len(bookings) == 4
    assert rows() == bookings
    assert "studios.Booking: 4 created, 0 updated, 0 unchanged" in first
    assert "studios.Booking: 0 created, 0 updated, 4 unchanged" in second


def test_a_later_run_moves_the_same_rows_to_its_own_dates():
    seed()
    before = {pk: start for pk, _slug, _kind, _status, start, _end in rows()}
    report = SeedReport()

    demo_bookings.seed(report, today=timezone.localdate() + timedelta(days=45))

    after = {pk: start for pk, _slug, _kind, _status, start, _end in rows()}
    assert after.keys() == before.keys()  # moved, not added
    assert all(after[pk] > before[pk] for pk in before)
    assert report.lines() == ["studios.Booking: 0 created, 4 updated, 0 unchanged"]


def test_the_demo_bookings_are_what_the_pages_need():
    seed()
    by_facility = {booking.facility.slug: booking for booking in Booking.objects.select_related("facility")}

    stage = by_facility["sound-stage"]
    assert (stage.kind, stage.status) == (Booking.Kind.FOREIGN_PRODUCTION, Booking.Status.CONFIRMED)
    assert stage.start_date.weekday() == 0 and stage.start_date > timezone.localdate()
    assert (stage.end_date - stage.start_date).days + 1 == 10
    assert stage.served == Production.objects.get(slug="ray-james")
    assert by_facility["backlot-medina"].status == Booking.Status.TENTATIVE
    assert by_facility["workshop"].kind == Booking.Kind.MAINTENANCE
    assert by_facility["workshop"].start_date == by_facility["workshop"].end_date
    student = by_facility["backlot-kasbah"]
    assert (student.kind, student.status) == (Booking.Kind.STUDENT_PROJECT, Booking.Status.CONFIRMED)
    assert not any(booking.clashes().exists() for booking in Booking.objects.confirmed())


def test_the_sound_stage_calendar_shows_booked_days(client):
    seed()
    stage = Booking.objects.get(facility__slug="sound-stage")
    month = {"year": stage.start_date.year, "month": stage.start_date.month}

    response = client.get(
        reverse("studios:facility-availability-month", kwargs={"slug": "sound-stage", **month})
    )

    assert response.status_code == 200
    assert response.context["grid"].count(DayState.BOOKED) >= 1
    # The public page never names what a booking serves.
    assert "Demo data" not in response.content.decode()


def test_a_booking_staff_confirmed_on_those_days_wins():
    seed()
    Booking.objects.filter(facility__slug="sound-stage").delete()
    stage = Facility.objects.get(slug="sound-stage")
    first = demo_bookings.demo_bookings(timezone.localdate())[0].first_day
    theirs = BookingFactory(facility=stage, start_date=first, end_date=first + timedelta(days=2))

    output = seed()

    assert list(Booking.objects.filter(facility=stage)) == [theirs]
    assert "studios.Booking: 0 created, 0 updated, 3 unchanged, 1 skipped" in output


@pytest.mark.parametrize(
    "today",
    [
        date(2026, 1, 1),
        date(2026, 2, 20),
        date(2026, 2, 28),
        date(2026, 11, 21),
        date(2026, 12, 31),
        date(2028, 2, 29),
    ],
)
def test_dates_follow_today_at_the_month_ends(today):
    specs = {spec.facility: spec for spec in demo_bookings.demo_bookings(today)}

    stage = specs["sound-stage"].first_day
    assert stage.weekday() == 0 and 1 <= (stage - today).days <= 7
    assert specs["workshop"].first_day > today
    hold = specs["backlot-medina"]
    assert hold.first_day > today
    if today + timedelta(days=5) < demo_bookings.first_of_next_month(today):  # room for the four days
        last = hold.first_day + timedelta(days=hold.days - 1)
        assert (last.year, last.month) == (today.year, today.month)
    student = specs["backlot-kasbah"].first_day
    assert (student.year * 12 + student.month) - (today.year * 12 + today.month) == 1
