"""Demo bookings, dated from today, so the availability pages always show taken days.

Each run moves the same rows (found by facility and label) to dates counted from the day it runs,
rather than adding new ones; confirmed ones go through booking_confirm, so the no-overlap rule holds.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.utils import timezone

from kfilms.demo import SeedReport

from .models import Booking, Facility
from .services import booking_confirm

NOTES = "Demo data made by seed_demo; each run moves it to dates counted from that day."


@dataclass(frozen=True)
class DemoBooking:
    """A booking of the demo data: its natural key is the facility's slug and the label."""

    facility: str
    label: str
    kind: Booking.Kind
    status: Booking.Status
    first_day: date
    days: int
    # (app label, model, slug) of what it serves, named rather than imported: studios builds on
    # neither app that a booking may serve.
    serves: tuple[str, str, str] | None = None


def first_of_next_month(today: date) -> date:
    return (today.replace(day=1) + timedelta(days=32)).replace(day=1)


def later_this_month(today: date, days: int) -> date:
    """A first day that fits `days` days in this month when the month has room, else soon after."""
    month_room = first_of_next_month(today) - timedelta(days=days)
    return max(today + timedelta(days=2), min(today + timedelta(days=10), month_room))


def demo_bookings(today: date) -> list[DemoBooking]:
    """The demo bookings for a given day: a shoot next week, a hold, a maintenance day, students."""
    next_monday = today + timedelta(days=7 - today.weekday())
    return [
        DemoBooking(
            facility="sound-stage",
            label="Demo data: stage shoot of a foreign series",
            kind=Booking.Kind.FOREIGN_PRODUCTION,
            status=Booking.Status.CONFIRMED,
            first_day=next_monday,
            days=10,
            serves=("productions", "production", "ray-james"),
        ),
        DemoBooking(
            facility="backlot-medina",
            label="Demo data: hold for a feature's street scenes",
            kind=Booking.Kind.HOLD,
            status=Booking.Status.TENTATIVE,
            first_day=later_this_month(today, days=4),
            days=4,
        ),
        DemoBooking(
            facility="workshop",
            label="Demo data: yearly check of the tools and the dust extraction",
            kind=Booking.Kind.MAINTENANCE,
            status=Booking.Status.CONFIRMED,
            first_day=today + timedelta(days=3),
            days=1,
        ),
        DemoBooking(
            facility="backlot-kasbah",
            label="Demo data: film-school graduation short",
            kind=Booking.Kind.STUDENT_PROJECT,
            status=Booking.Status.CONFIRMED,
            first_day=first_of_next_month(today) + timedelta(days=7),
            days=5,
        ),
    ]


def _served(serves: tuple[str, str, str] | None) -> models.Model | None:
    """The seeded row a booking serves, or None when that app's demo data is not there."""
    if serves is None:
        return None
    app_label, model, slug = serves
    try:
        return ContentType.objects.get_by_natural_key(app_label, model).get_object_for_this_type(slug=slug)
    except ObjectDoesNotExist:
        return None


def _upsert(report: SeedReport, spec: DemoBooking, facility: Facility) -> None:
    booking = Booking.objects.filter(facility=facility, label=spec.label).order_by("pk").first()
    created = booking is None
    if booking is None:
        booking = Booking(facility=facility, label=spec.label)
    served = _served(spec.serves)
    values = {
        "kind": spec.kind,
        "status": spec.status,
        "start_date": spec.first_day,
        "end_date": spec.first_day + timedelta(days=spec.days - 1),
        "start_time": None,
        "end_time": None,
        # Ids, so comparing an unchanged row costs no query.
        "served_type_id": ContentType.objects.get_for_model(served).pk if served is not None else None,
        "served_id": served.pk if served is not None else None,
        "notes": NOTES,
    }
    changed = [name for name, value in values.items() if getattr(booking, name) != value]
    if not (created or changed):
        report.add(Booking, "unchanged")
        return
    for name in changed:
        setattr(booking, name, values[name])
    try:
        if booking.status == Booking.Status.CONFIRMED:
            booking_confirm(booking=booking)
        else:
            booking.full_clean()
            booking.save()
    except ValidationError:
        # Staff confirmed a real booking on those days: theirs wins, the demo row waits.
        report.add(Booking, "skipped")
        return
    report.add(Booking, "created" if created else "updated")


def seed(report: SeedReport, today: date | None = None) -> None:
    """Create or move the demo bookings; facilities missing from the catalogue are passed over."""
    specs = demo_bookings(today or timezone.localdate())
    facilities = Facility.objects.in_bulk([spec.facility for spec in specs], field_name="slug")
    for spec in specs:
        if spec.facility in facilities:
            _upsert(report, spec, facilities[spec.facility])
