"""The staff's iCalendar feed of every booking, behind a secret link kept in the database."""

from datetime import timedelta

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event

from ..models import Booking, CalendarFeed
from ..models.bookings import STUDIO_TZ

# Old bookings drop out of the feed so it stays small; the admin keeps them all.
FEED_HISTORY = timedelta(days=365)
ICAL_STATUS = {
    Booking.Status.TENTATIVE: "TENTATIVE",
    Booking.Status.CONFIRMED: "CONFIRMED",
    Booking.Status.CANCELLED: "CANCELLED",
}


def booking_event(booking: Booking, *, domain: str) -> Event:
    """One booking as a VEVENT: whole days as dates, timed spans in Africa/Casablanca."""
    event = Event()
    event.add("uid", f"booking-{booking.pk}@{domain}")
    event.add("dtstamp", booking.updated_at)
    event.add("last-modified", booking.updated_at)
    event.add(
        "summary",
        f"{booking.facility.name} · {booking.get_kind_display()}"
        + (f": {booking.label}" if booking.label else ""),
    )
    if booking.is_whole_days:
        event.add("dtstart", booking.start_date)
        event.add("dtend", booking.end_date + timedelta(days=1))
    else:
        event.add("dtstart", booking.starts_at.astimezone(STUDIO_TZ))
        event.add("dtend", booking.ends_at.astimezone(STUDIO_TZ))
    event.add("status", ICAL_STATUS[booking.status])
    event.add("transp", "TRANSPARENT" if booking.status == Booking.Status.CANCELLED else "OPAQUE")
    event.add("location", booking.facility.name)
    admin_path = reverse("admin:studios_booking_change", args=[booking.pk])
    event.add("url", f"{settings.SITE_URL.rstrip('/')}{admin_path}")
    if booking.notes:
        event.add("description", booking.notes)
    return event


def bookings_calendar(bookings, *, name: str, domain: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//K Films//Oasis Studios bookings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Africa/Casablanca")
    for booking in bookings:
        calendar.add_component(booking_event(booking, domain=domain))
    # A VTIMEZONE for Africa/Casablanca, so every client reads the times alike.
    calendar.add_missing_timezones(
        first_date=timezone.localdate() - FEED_HISTORY,
        last_date=timezone.localdate() + timedelta(days=3 * 365),
    )
    return calendar


@require_safe
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """Every booking from a year back, for staff calendars; a wrong or revoked token is a 404."""
    feed = get_object_or_404(CalendarFeed, token=token)
    bookings = Booking.objects.select_related("facility").filter(ends_at__gte=timezone.now() - FEED_HISTORY)
    domain = request.get_host().split(":")[0] or "kfilms.ma"
    calendar = bookings_calendar(
        bookings.order_by("starts_at", "pk"), name=f"Oasis Studios · {feed.name}", domain=domain
    )
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="oasis-studios-bookings.ics"'
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
