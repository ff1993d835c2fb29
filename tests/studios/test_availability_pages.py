"""Public availability: booked and free days in words, never the client's name, in fixed queries."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from studios.models import Booking, Facility

from .factories import BookingFactory, FacilityFactory

pytestmark = pytest.mark.django_db


def month_url(name: str, day: date, **kwargs) -> str:
    return reverse(name, kwargs={**kwargs, "year": day.year, "month": day.month})


def next_month_day(day_of_month: int) -> date:
    first = (timezone.localdate().replace(day=1) + timedelta(days=32)).replace(day=1)
    return first.replace(day=day_of_month)


def hidden_states(html: str) -> list[str]:
    """The words a screen reader hears for each day cell of the studio table."""
    return re.findall(r'<span class="visually-hidden">[^<]*: ([^<]+)</span>', html)


def test_the_studio_month_shows_each_facility_and_its_booked_days_without_the_client(client):
    stage = FacilityFactory(name="Sound stage", order=1)
    FacilityFactory(name="Kasbah set", order=2)
    day = next_month_day(10)
    BookingFactory(facility=stage, start_date=day, end_date=day + timedelta(days=2), label="Homeland S8")
    BookingFactory(
        facility=stage,
        start_date=day + timedelta(days=5),
        end_date=day + timedelta(days=5),
        status="tentative",
    )
    response = client.get(month_url("studios:availability-month", day))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sound stage" in html and "Kasbah set" in html
    assert "Homeland" not in html
    states = hidden_states(html)
    assert states.count("Booked") == 3
    assert states.count("On hold") == 1
    assert f"{day.strftime('%-d %B')}: Booked" in html
    # The legend explains the symbols in words.
    assert "avail-legend" in html and "On hold" in html


def test_the_studio_month_lists_only_published_bookable_facilities(client):
    FacilityFactory(name="Planned stage", status=Facility.Status.PLANNED)
    FacilityFactory(name="Hidden room", is_published=False)
    FacilityFactory(name="Workshop")
    html = client.get(reverse("studios:availability")).content.decode()
    assert "Workshop" in html
    assert "Planned stage" not in html and "Hidden room" not in html


def test_a_facility_month_says_each_day_in_words(client):
    stage = FacilityFactory(name="Sound stage")
    day = next_month_day(3)
    BookingFactory(facility=stage, start_date=day, end_date=day, label="Secret client")
    response = client.get(month_url("studios:facility-availability-month", day, slug=stage.slug))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Secret client" not in html
    cell = re.search(r'<td class="cal-day is-booked[^"]*">\s*<span class="cal-num">3</span>', html)
    assert cell, "the 3rd should be a booked cell"
    assert "Booked</span>" in html


def test_a_booked_backlot_shows_its_zone_as_booked(client):
    backlot = FacilityFactory(name="Backlot")
    zone = FacilityFactory(name="Medina square", parent=backlot)
    day = next_month_day(12)
    BookingFactory(facility=backlot, start_date=day, end_date=day)
    html = client.get(month_url("studios:facility-availability-month", day, slug=zone.slug)).content.decode()
    assert re.search(r'<td class="cal-day is-booked[^"]*">\s*<span class="cal-num">12</span>', html)
    assert "A zone of Backlot" in html


def test_a_cancelled_booking_leaves_the_day_free(client):
    stage = FacilityFactory()
    day = next_month_day(8)
    BookingFactory(facility=stage, start_date=day, end_date=day, status=Booking.Status.CANCELLED)
    html = client.get(month_url("studios:facility-availability-month", day, slug=stage.slug)).content.decode()
    assert re.search(r'<td class="cal-day is-free[^"]*">\s*<span class="cal-num">8</span>', html)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"year": 2027, "month": 13},
        {"year": 2027, "month": 0},
        {"year": 1999, "month": 5},
        {"year": 2999, "month": 1},
    ],
)
def test_months_that_do_not_exist_or_are_out_of_range_are_404(client, kwargs):
    assert client.get(reverse("studios:availability-month", kwargs=kwargs)).status_code == 404


def test_an_unpublished_or_unknown_facility_is_404(client):
    hidden = FacilityFactory(is_published=False)
    assert (
        client.get(reverse("studios:facility-availability", kwargs={"slug": hidden.slug})).status_code == 404
    )
    assert client.get(reverse("studios:facility-availability", kwargs={"slug": "nope"})).status_code == 404


def test_month_links_stop_at_the_edges_of_the_range(client):
    today = timezone.localdate()
    html = client.get(reverse("studios:availability")).content.decode()
    assert 'rel="prev"' in html and 'rel="next"' in html
    far = today.replace(day=1)
    for _month in range(24):
        far = (far + timedelta(days=32)).replace(day=1)
    html = client.get(month_url("studios:availability-month", far)).content.decode()
    assert 'rel="next"' not in html and 'rel="prev"' in html


def make_facilities_with_bookings(count: int) -> None:
    day = next_month_day(1)
    for number in range(count):
        parent = FacilityFactory(name=f"Set {number}")
        zone = FacilityFactory(name=f"Zone {number}", parent=parent)
        BookingFactory(facility=parent, start_date=day, end_date=day + timedelta(days=number % 5))
        BookingFactory(facility=zone, start_date=day + timedelta(days=9), end_date=day + timedelta(days=10))


# The studio month: facilities; their families (parents and zones); bookings of the month.
STUDIO_MONTH_QUERIES = 3


@pytest.mark.parametrize("count", [2, 30])
def test_the_studio_month_takes_the_same_queries_whatever_the_rows(client, django_assert_num_queries, count):
    make_facilities_with_bookings(count)
    url = month_url("studios:availability-month", next_month_day(1))
    with django_assert_num_queries(STUDIO_MONTH_QUERIES):
        response = client.get(url)
    assert response.content.decode().count('class="avail-facility"') == count * 2


# A facility's month: the facility with its parent; its family; its bookings; its published zones.
FACILITY_MONTH_QUERIES = 4


@pytest.mark.parametrize("count", [1, 25])
def test_a_facility_month_takes_the_same_queries_whatever_the_bookings(
    client, django_assert_num_queries, count
):
    stage = FacilityFactory()
    day = next_month_day(1)
    for number in range(count):
        BookingFactory(
            facility=stage, start_date=day + timedelta(days=number), end_date=day + timedelta(days=number)
        )
    with django_assert_num_queries(FACILITY_MONTH_QUERIES):
        client.get(month_url("studios:facility-availability-month", day, slug=stage.slug))
