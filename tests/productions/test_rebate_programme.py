"""The rebate rules as data: the seeded programmes, the one in force, and their checks."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from productions.models import ExchangeRate, RebateProgramme, SpendFigure

pytestmark = pytest.mark.django_db


def test_the_public_rules_are_seeded_by_a_migration():
    current, earlier = RebateProgramme.objects.order_by("-valid_from")
    assert (current.rate_percent, current.valid_from, current.valid_until) == (30, date(2022, 3, 3), None)
    assert (earlier.rate_percent, earlier.valid_until) == (20, date(2022, 3, 2))
    assert current.min_spend_mad == 10_000_000
    assert current.min_days == 18
    assert current.cap_mad is None and earlier.cap_mad == 18_000_000
    assert set(current.exchange_rates.values_list("currency", flat=True)) == {"USD", "EUR", "GBP"}
    assert list(SpendFigure.objects.values_list("year", "amount_musd")) == [
        (2017, 32),
        (2018, 50),
        (2019, 80),
    ]


@pytest.mark.parametrize(
    ("day", "rate"),
    [(date(2018, 2, 1), 20), (date(2022, 3, 2), 20), (date(2022, 3, 3), 30), (date(2031, 1, 1), 30)],
)
def test_in_force_picks_the_programme_covering_the_day(day, rate):
    assert RebateProgramme.objects.in_force(day).rate_percent == rate


def test_before_any_period_the_latest_programme_answers():
    assert RebateProgramme.objects.in_force(date(2010, 1, 1)).rate_percent == 30


def test_rules_carry_the_rates_and_the_procedure():
    programme = RebateProgramme.objects.in_force()
    rules = programme.rules()
    assert rules.rate_percent == 30
    assert rules.mad_per_unit["MAD"] == 1
    assert rules.mad_per_unit["USD"] == Decimal("9.25")
    assert rules.rates_set_on == date(2025, 11, 1)
    assert rules.eligible_formats == frozenset({"feature", "series", "mini_series", "tv_film", "documentary"})
    assert (rules.approval_days, rules.finish_within_months) == (30, 12)


def test_overlapping_periods_are_refused_with_a_message():
    programme = RebateProgramme(
        name="Overlap", valid_from=date(2021, 1, 1), valid_until=date(2023, 1, 1), rate_percent=25
    )
    with pytest.raises(ValidationError) as refused:
        programme.full_clean()
    assert "overlaps" in refused.value.message_dict["valid_from"][0]


def test_a_period_after_the_last_closed_one_is_accepted():
    RebateProgramme.objects.filter(valid_until__isnull=True).update(valid_until=date(2029, 12, 31))
    following = RebateProgramme(name="Next", valid_from=date(2030, 1, 1), rate_percent=35)
    following.full_clean()
    following.save()
    assert RebateProgramme.objects.in_force(date(2030, 6, 1)) == following


def test_unknown_formats_are_refused():
    programme = RebateProgramme.objects.in_force()
    programme.eligible_formats = ["feature", "opera"]
    with pytest.raises(ValidationError) as refused:
        programme.full_clean()
    assert "opera" in refused.value.message_dict["eligible_formats"][0]


@pytest.mark.parametrize(
    "changes",
    [{"rate_percent": Decimal(101)}, {"valid_until": date(2000, 1, 1)}, {"committed_mad": Decimal(-1)}],
)
def test_the_database_refuses_impossible_rules(changes):
    with pytest.raises(IntegrityError), transaction.atomic():
        RebateProgramme.objects.filter(valid_until__isnull=True).update(**changes)


def test_one_rate_per_currency_and_programme():
    programme = RebateProgramme.objects.in_force()
    with pytest.raises(IntegrityError), transaction.atomic():
        ExchangeRate.objects.create(
            programme=programme, currency="USD", mad_per_unit=Decimal(10), set_on=date(2026, 1, 1)
        )
