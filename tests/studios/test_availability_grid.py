"""The month grid and day states: pure functions, no database."""

from datetime import date

import pytest

from studios.availability import (
    DayState,
    Span,
    day_ranges,
    day_states,
    month_grid,
    month_in_range,
    shift_month,
    taken_days,
)

TODAY = date(2027, 3, 15)


def test_a_month_runs_in_whole_weeks_from_monday():
    grid = month_grid(2027, 3, [], today=TODAY)
    assert grid.weeks[0][0].date == date(2027, 3, 1)  # 1 March 2027 is a Monday
    assert grid.weeks[-1][-1].date == date(2027, 4, 4)
    assert all(len(week) == 7 for week in grid.weeks)
    assert [day.date.day for day in grid.days()] == list(range(1, 32))
    assert not grid.weeks[-1][-1].in_month


def test_days_take_the_state_of_the_spans_over_them():
    spans = [
        Span(date(2027, 3, 4), date(2027, 3, 6), confirmed=True),
        Span(date(2027, 3, 10), date(2027, 3, 10), confirmed=False),
    ]
    grid = month_grid(2027, 3, spans, today=TODAY)
    states = {day.date.day: day.state for day in grid.days()}
    assert [states[n] for n in (3, 4, 5, 6, 7)] == [
        DayState.FREE,
        DayState.BOOKED,
        DayState.BOOKED,
        DayState.BOOKED,
        DayState.FREE,
    ]
    assert states[10] is DayState.HELD
    assert grid.count(DayState.BOOKED) == 3
    assert grid.count(DayState.FREE) == 27


def test_booked_wins_over_on_hold_whatever_the_order():
    spans = [
        Span(date(2027, 3, 1), date(2027, 3, 2), confirmed=True),
        Span(date(2027, 3, 2), date(2027, 3, 3), confirmed=False),
    ]
    for ordered in (spans, spans[::-1]):
        states = day_states(date(2027, 3, 1), date(2027, 3, 3), ordered)
        assert list(states.values()) == [DayState.BOOKED, DayState.BOOKED, DayState.HELD]


def test_spans_beyond_the_range_are_clipped():
    states = day_states(date(2027, 3, 1), date(2027, 3, 2), [Span(date(2027, 2, 1), date(2027, 5, 1), True)])
    assert list(states) == [date(2027, 3, 1), date(2027, 3, 2)]
    assert set(states.values()) == {DayState.BOOKED}


def test_past_and_today_are_marked():
    grid = month_grid(2027, 3, [], today=TODAY)
    by_day = {day.date: day for day in grid.days()}
    assert by_day[date(2027, 3, 14)].is_past and not by_day[date(2027, 3, 14)].is_today
    assert by_day[TODAY].is_today and not by_day[TODAY].is_past
    assert not by_day[date(2027, 3, 16)].is_past


def test_states_are_told_apart_without_colour():
    assert len({state.symbol for state in DayState}) == 3
    assert [state.label for state in DayState] == ["Free", "On hold", "Booked"]


def test_day_ranges_gather_consecutive_days():
    days = [date(2027, 3, 5), date(2027, 3, 3), date(2027, 3, 4), date(2027, 3, 9), date(2027, 3, 9)]
    assert day_ranges(days) == [(date(2027, 3, 3), date(2027, 3, 5)), (date(2027, 3, 9), date(2027, 3, 9))]
    assert day_ranges([]) == []


def test_taken_days_lists_days_that_are_not_free():
    spans = [Span(date(2027, 3, 2), date(2027, 3, 3), confirmed=False)]
    assert taken_days(date(2027, 3, 1), date(2027, 3, 4), spans) == [date(2027, 3, 2), date(2027, 3, 3)]


@pytest.mark.parametrize(
    ("year", "month", "delta", "expected"),
    [(2027, 12, 1, (2028, 1)), (2027, 1, -1, (2026, 12)), (2027, 5, 14, (2028, 7)), (2027, 5, 0, (2027, 5))],
)
def test_shift_month_crosses_years(year, month, delta, expected):
    assert shift_month(year, month, delta) == expected


@pytest.mark.parametrize(
    ("year", "month", "allowed"),
    [(2026, 3, True), (2026, 2, False), (2029, 3, True), (2029, 4, False), (2027, 3, True)],
)
def test_the_public_sees_a_year_back_and_two_years_ahead(year, month, allowed):
    assert month_in_range(year, month, TODAY) is allowed
