"""Public availability: a month for the whole studio and a month per facility, without naming clients."""

from dataclasses import dataclass
from datetime import date

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from ..availability import DayState, day_states, month_bounds, month_grid, month_in_range, shift_month
from ..models import Facility
from ..models.bookings import spans_by_facility


@dataclass(frozen=True)
class FacilityRow:
    """A facility and the state of each day in a range, for the studio-wide table."""

    facility: Facility
    days: list[tuple[date, DayState]]

    @property
    def free_count(self) -> int:
        return sum(1 for _day, state in self.days if state is DayState.FREE)


def facility_rows(facilities: list[Facility], first: date, last: date) -> list[FacilityRow]:
    """One row per facility from `first` to `last`, in two queries whatever the number of facilities."""
    spans = spans_by_facility([facility.pk for facility in facilities], first, last) if facilities else {}
    return [
        FacilityRow(facility, list(day_states(first, last, spans.get(facility.pk, [])).items()))
        for facility in facilities
    ]


@dataclass(frozen=True)
class MonthNav:
    """The month shown and the links to its neighbours, when the public may see them."""

    first_day: date
    previous_url: str | None
    next_url: str | None


def checked_month(year: int | None, month: int | None, today: date) -> tuple[int, int]:
    """The month asked for, or this month; 404 for a month that does not exist or is out of range."""
    if year is None or month is None:
        return today.year, today.month
    if not 1 <= month <= 12 or not month_in_range(year, month, today):
        raise Http404(_("Availability is shown from a year back to two years ahead."))
    return year, month


def month_nav(year: int, month: int, today: date, url_name: str, **kwargs) -> MonthNav:
    def url(delta: int) -> str | None:
        y, m = shift_month(year, month, delta)
        if not month_in_range(y, m, today):
            return None
        return reverse(url_name, kwargs={**kwargs, "year": y, "month": m})

    return MonthNav(first_day=date(year, month, 1), previous_url=url(-1), next_url=url(1))


@require_safe
def availability(request: HttpRequest, year: int | None = None, month: int | None = None) -> HttpResponse:
    """Every bookable facility against the days of one month."""
    today = timezone.localdate()
    year, month = checked_month(year, month, today)
    first, last = month_bounds(year, month)
    facilities = list(Facility.objects.published().available().order_by("order", "name"))
    rows = facility_rows(facilities, first, last)
    context = {
        "rows": rows,
        "days": [day for day, _state in rows[0].days] if rows else [],
        "nav": month_nav(year, month, today, "studios:availability-month"),
        "today": today,
        "states": list(DayState),
    }
    return render(request, "studios/availability.html", context)


@require_safe
def facility_availability(
    request: HttpRequest, slug: str, year: int | None = None, month: int | None = None
) -> HttpResponse:
    """One facility's month as a calendar: free, on hold or booked, each said in words."""
    today = timezone.localdate()
    year, month = checked_month(year, month, today)
    facility = get_object_or_404(Facility.objects.published().select_related("parent"), slug=slug)
    first, last = month_bounds(year, month)
    grid_first, grid_last = _grid_bounds(year, month)
    spans = spans_by_facility([facility.pk], grid_first, grid_last)[facility.pk]
    grid = month_grid(year, month, spans, today=today)
    context = {
        "facility": facility,
        "grid": grid,
        "free_days": grid.count(DayState.FREE),
        "nav": month_nav(year, month, today, "studios:facility-availability-month", slug=facility.slug),
        "states": list(DayState),
        "zones": list(facility.zones.filter(is_published=True).order_by("order", "name")),
        "bookable": facility.status == Facility.Status.AVAILABLE,
    }
    return render(request, "studios/availability_facility.html", context)


def _grid_bounds(year: int, month: int) -> tuple[date, date]:
    """The Monday before the 1st and the Sunday after the last day, which the grid also shows."""
    first, last = month_bounds(year, month)
    return (
        date.fromordinal(first.toordinal() - first.weekday()),
        date.fromordinal(last.toordinal() + 6 - last.weekday()),
    )
