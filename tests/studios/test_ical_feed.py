"""The staff calendar feed: every booking, in Casablanca time, behind a token staff can regenerate."""

from datetime import date, datetime, time, timedelta

import pytest
from django.urls import reverse
from icalendar import Calendar

from studios.models import Booking, CalendarFeed
from studios.models.bookings import STUDIO_TZ

from .factories import BookingFactory, FacilityFactory

pytestmark = pytest.mark.django_db

DAY = date.today() + timedelta(days=20)


def feed_url(feed: CalendarFeed) -> str:
    return reverse("studios:calendar-feed", kwargs={"token": feed.token})


def events(response) -> dict[str, dict]:
    calendar = Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_the_feed_lists_bookings_with_their_status_and_zone(client):
    feed = CalendarFeed.objects.create(name="Studio office")
    stage = FacilityFactory(name="Sound stage")
    BookingFactory(facility=stage, start_date=DAY, end_date=DAY + timedelta(days=1), label="Homeland S8")
    BookingFactory(
        facility=stage,
        start_date=DAY + timedelta(days=5),
        end_date=DAY + timedelta(days=5),
        start_time=time(9),
        end_time=time(17, 30),
        kind=Booking.Kind.MAINTENANCE,
        status=Booking.Status.TENTATIVE,
        label="",
    )
    BookingFactory(
        facility=stage,
        start_date=DAY + timedelta(days=9),
        end_date=DAY + timedelta(days=9),
        status="cancelled",
    )
    response = client.get(feed_url(feed))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Cache-Control"] == "private, no-store"
    found = events(response)

    whole = found["Sound stage · Foreign production: Homeland S8"]
    assert whole["dtstart"].dt == DAY  # a date: an all-day event
    assert whole["dtend"].dt == DAY + timedelta(days=2)  # exclusive end, as iCalendar wants
    assert str(whole["status"]) == "CONFIRMED"

    timed = found["Sound stage · Maintenance"]
    assert timed["dtstart"].dt == datetime.combine(DAY + timedelta(days=5), time(9), tzinfo=STUDIO_TZ)
    assert timed["dtstart"].params["TZID"] == "Africa/Casablanca"
    assert str(timed["status"]) == "TENTATIVE"

    # Cancelled bookings stay in the feed so that calendars drop them.
    assert [str(e["status"]) for e in found.values()].count("CANCELLED") == 1


def test_the_feed_carries_the_casablanca_time_zone(client):
    feed = CalendarFeed.objects.create(name="Office")
    BookingFactory(start_date=DAY, end_date=DAY, start_time=time(8), end_time=time(12))
    body = client.get(feed_url(feed)).content.decode()
    assert "BEGIN:VTIMEZONE" in body
    assert "TZID:Africa/Casablanca" in body
    assert "DTSTART;TZID=Africa/Casablanca:" in body


def test_a_wrong_token_is_a_404(client):
    CalendarFeed.objects.create(name="Office")
    assert client.get(reverse("studios:calendar-feed", kwargs={"token": "guess"})).status_code == 404


def test_tokens_are_long_and_random():
    first, second = CalendarFeed.objects.create(name="A"), CalendarFeed.objects.create(name="B")
    assert first.token != second.token
    assert len(first.token) >= 40


def test_staff_regenerate_the_link_and_the_old_one_stops_working(staff_client, client):
    feed = CalendarFeed.objects.create(name="Office")
    old_url = feed_url(feed)
    response = staff_client.post(
        reverse("admin:studios_calendarfeed_changelist"),
        {"action": "regenerate", "_selected_action": [feed.pk]},
        follow=True,
    )
    assert "1 link regenerated." in response.content.decode()
    feed.refresh_from_db()
    assert feed.regenerated_at is not None
    assert client.get(old_url).status_code == 404
    assert client.get(feed_url(feed)).status_code == 200


def test_the_admin_shows_the_secret_link(staff_client):
    feed = CalendarFeed.objects.create(name="Office")
    html = staff_client.get(reverse("admin:studios_calendarfeed_change", args=[feed.pk])).content.decode()
    assert feed_url(feed) in html
