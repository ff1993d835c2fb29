"""Availability as month grids: which studio days are free, on hold or booked. Pure functions, no database."""

import calendar
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext_lazy as _

# How far the public may page back and forth, so crawlers do not walk the calendar forever.
MONTHS_BACK = 12
MONTHS_AHEAD = 24


class DayState(enum.Enum):
    FREE = "free"
    HELD = "held"
    BOOKED = "booked"

    @property
    def label(self) -> str:
        return str(STATE_LABELS[self])

    @property
    def symbol(self) -> str:
        """A mark that tells the states apart without colour."""
        return STATE_SYMBOLS[self]


STATE_LABELS = {
    DayState.FREE: _("Free"),
    DayState.HELD: _("On hold"),
    DayState.BOOKED: _("Booked"),
}
STATE_SYMBOLS = {DayState.FREE: "○", DayState.HELD: "◐", DayState.BOOKED: "●"}
# A later state in this order wins when spans of both kinds touch one day.
STATE_ORDER = [DayState.FREE, DayState.HELD, DayState.BOOKED]


@dataclass(frozen=True)
class Span:
    """Studio days a facility is taken, first and last included."""

    first: date
    last: date
    confirmed: bool


@dataclass(frozen=True)
class Day:
    date: date
    state: DayState
    in_month: bool
    is_past: bool
    is_today: bool


@dataclass(frozen=True)
class MonthGrid:
    year: int
    month: int
    weeks: list[list[Day]]

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def days(self) -> list[Day]:
        """The days of the month itself, without the neighbours that fill the first and last weeks."""
        return [day for week in self.weeks for day in week if day.in_month]

    def count(self, state: DayState) -> int:
        return sum(1 for day in self.days() if day.state is state)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_in_range(year: int, month: int, today: date) -> bool:
    """Whether the public may look at this month: from a year back to two years ahead."""
    index = year * 12 + month - 1
    now = today.year * 12 + today.month - 1
    return now - MONTHS_BACK <= index <= now + MONTHS_AHEAD


def day_states(first: date, last: date, spans: Iterable[Span]) -> dict[date, DayState]:
    """The state of each day from `first` to `last`: booked beats on hold beats free."""
    states = {first + timedelta(days=n): DayState.FREE for n in range((last - first).days + 1)}
    for span in spans:
        state = DayState.BOOKED if span.confirmed else DayState.HELD
        day = max(span.first, first)
        while day <= min(span.last, last):
            if STATE_ORDER.index(state) > STATE_ORDER.index(states[day]):
                states[day] = state
            day += timedelta(days=1)
    return states


def month_grid(year: int, month: int, spans: Iterable[Span], *, today: date) -> MonthGrid:
    """The month as weeks from Monday to Sunday, each day with its state."""
    weeks = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(year, month)
    states = day_states(weeks[0][0], weeks[-1][-1], spans)
    return MonthGrid(
        year=year,
        month=month,
        weeks=[
            [
                Day(
                    date=day,
                    state=states[day],
                    in_month=day.month == month,
                    is_past=day < today,
                    is_today=day == today,
                )
                for day in week
            ]
            for week in weeks
        ],
    )


def day_ranges(days: Iterable[date]) -> list[tuple[date, date]]:
    """Consecutive days gathered into (first, last) ranges: 3, 4, 5 and 9 March -> 3-5 and 9-9."""
    ranges: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if ranges and day == ranges[-1][1] + timedelta(days=1):
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return ranges


def taken_days(first: date, last: date, spans: Iterable[Span]) -> list[date]:
    """The days from `first` to `last` that are not free."""
    return [day for day, state in day_states(first, last, spans).items() if state is not DayState.FREE]
