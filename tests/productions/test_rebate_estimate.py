"""The rebate estimator, a pure function, on its boundaries (no database)."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from productions.rebate import RebateQuery, RebateRules, add_months, rebate_estimate

M = Decimal(1_000_000)

RULES = RebateRules(
    rate_percent=Decimal(30),
    min_spend_mad=10 * M,
    min_days=18,
    eligible_formats=frozenset({"feature", "series", "tv_film", "documentary"}),
    cap_mad=None,
    envelope_mad=100 * M,
    committed_mad=Decimal(0),
    envelope_warning_percent=Decimal(20),
    mad_per_unit={"MAD": Decimal(1), "USD": Decimal(10), "EUR": Decimal(11), "GBP": Decimal("12.5")},
    rates_set_on=date(2025, 11, 1),
)

QUERY = RebateQuery(spend=20 * M, currency="MAD", format="feature", shooting_days=18)


def estimate(rules: RebateRules = RULES, **changes):
    return rebate_estimate(rules, replace(QUERY, **changes))


def test_an_eligible_project_gets_the_rate_of_its_spend():
    result = estimate()
    assert result.eligible
    assert result.reasons == ()
    assert result.rebate_mad == 6 * M
    assert result.rebate_in_currency == 6 * M
    assert result.deposit_mad == Decimal(300_000)


def test_spend_just_under_the_minimum_is_not_eligible_and_says_why():
    result = estimate(spend=10 * M - Decimal("0.01"))
    assert not result.eligible
    assert result.rebate_mad == 0
    assert len(result.reasons) == 1
    assert "below the minimum of 10,000,000 MAD" in result.reasons[0]


def test_spend_at_the_minimum_is_eligible():
    result = estimate(spend=10 * M)
    assert result.eligible
    assert result.rebate_mad == 3 * M


def test_days_just_under_the_minimum_are_not_eligible():
    result = estimate(shooting_days=10, set_building_days=7)
    assert not result.eligible
    assert result.days == 17
    assert "17 days" in result.reasons[0]


def test_shooting_and_set_building_days_add_up_to_the_minimum():
    result = estimate(shooting_days=10, set_building_days=8)
    assert result.eligible
    assert result.days == 18


def test_a_format_not_listed_is_not_eligible():
    result = estimate(format="commercial")
    assert not result.eligible
    assert "format" in result.reasons[0]


def test_every_failed_rule_is_listed():
    result = estimate(format="short", spend=M, shooting_days=3)
    assert len(result.reasons) == 3


@pytest.mark.parametrize(
    ("currency", "spend", "spend_mad", "rebate_mad", "rebate_in_currency"),
    [
        ("MAD", Decimal(12_345_678), Decimal(12_345_678), Decimal(3_703_703), Decimal(3_703_703)),
        ("USD", Decimal(2_000_000), Decimal(20_000_000), Decimal(6_000_000), Decimal(600_000)),
        ("EUR", Decimal(1_000_000), Decimal(11_000_000), Decimal(3_300_000), Decimal(300_000)),
        ("GBP", Decimal(1_000_000), Decimal(12_500_000), Decimal(3_750_000), Decimal(300_000)),
    ],
)
def test_each_currency_converts_through_mad(currency, spend, spend_mad, rebate_mad, rebate_in_currency):
    result = estimate(currency=currency, spend=spend)
    assert result.eligible
    assert result.currency == currency
    assert result.spend_mad == spend_mad
    assert result.rebate_mad == rebate_mad
    assert result.rebate_in_currency == rebate_in_currency


def test_the_minimum_applies_to_the_spend_in_mad():
    # 999,999 USD is 9,999,990 MAD at 10 MAD to the dollar: just under.
    assert not estimate(currency="USD", spend=Decimal(999_999)).eligible
    assert estimate(currency="USD", spend=Decimal(1_000_000)).eligible


def test_a_currency_without_a_rate_is_explained_not_a_crash():
    rules = replace(RULES, mad_per_unit={"MAD": Decimal(1)})
    result = estimate(rules, currency="USD", spend=2 * M)
    assert not result.eligible
    assert "No exchange rate" in result.reasons[0]
    assert result.rebate_in_currency == 0


def test_the_cap_limits_the_rebate():
    rules = replace(RULES, cap_mad=18 * M)
    at_cap = estimate(rules, spend=60 * M)
    assert at_cap.rebate_mad == 18 * M
    assert not at_cap.capped
    over = estimate(rules, spend=60 * M + Decimal(10))
    assert over.rebate_mad == 18 * M
    assert over.capped
    assert over.rebate_in_currency == 18 * M


def test_no_cap_means_no_limit():
    assert estimate(spend=1000 * M).rebate_mad == 300 * M


def test_share_of_the_remaining_envelope():
    rules = replace(RULES, committed_mad=40 * M)
    result = estimate(rules)
    assert result.envelope_remaining_mad == 60 * M
    assert result.envelope_share_percent == Decimal("10.0")
    assert result.warnings == ()


def test_warning_when_the_envelope_is_nearly_spent():
    # 20% of 100M is the threshold: exactly 20M left is not yet "nearly spent".
    at_threshold = estimate(replace(RULES, committed_mad=80 * M))
    assert at_threshold.warnings == ()
    nearly = estimate(replace(RULES, committed_mad=80 * M + Decimal(1)))
    assert any("nearly spent" in warning for warning in nearly.warnings)


def test_warning_when_the_rebate_exceeds_what_remains():
    result = estimate(replace(RULES, committed_mad=95 * M))
    assert result.envelope_share_percent == Decimal("120.0")
    assert any("larger than what remains" in warning for warning in result.warnings)


def test_a_spent_envelope_is_said_plainly():
    result = estimate(replace(RULES, committed_mad=120 * M))
    assert result.envelope_remaining_mad == 0
    assert result.envelope_share_percent is None
    assert any("spent" in warning for warning in result.warnings)


def test_without_an_envelope_there_is_no_share():
    result = estimate(replace(RULES, envelope_mad=None))
    assert result.envelope_remaining_mad is None
    assert result.envelope_share_percent is None


def test_timeline_dates_from_the_shoot_start():
    result = estimate(shoot_start=date(2027, 3, 15))
    steps = {step.title: step for step in result.timeline}
    assert steps["Apply to the CCM"].date == date(2027, 2, 13)  # 30 days before
    assert "15 September 2026" in steps["Apply to the CCM"].note  # not more than 6 months before
    assert steps["First shooting day"].date == date(2027, 3, 15)
    assert steps["Finish shooting"].date == date(2028, 3, 15)
    assert steps["File the accounts"].date == date(2028, 6, 15)
    assert steps["Payment of the rebate"].date == date(2028, 12, 15)
    assert steps["Payment of the rebate"].when == "about"
    assert "300,000 MAD" in steps["Conditional approval and deposit"].note


def test_timeline_uses_the_wrap_date_when_known_and_stays_in_order():
    result = estimate(shoot_start=date(2027, 3, 15), shoot_end=date(2027, 5, 31))
    steps = {step.title: step for step in result.timeline}
    assert steps["Wrap"].date == date(2027, 5, 31)
    assert "15 March 2028" in steps["Wrap"].note
    assert steps["File the accounts"].date == date(2027, 8, 31)
    assert steps["Payment of the rebate"].date == date(2028, 2, 29)
    dates = [step.date for step in result.timeline]
    assert dates == sorted(dates)
    assert result.warnings == ()


def test_a_shoot_longer_than_the_programme_allows_is_warned():
    at_limit = estimate(shoot_start=date(2027, 3, 15), shoot_end=date(2028, 3, 15))
    assert at_limit.warnings == ()
    over = estimate(shoot_start=date(2027, 3, 15), shoot_end=date(2028, 3, 16))
    assert any("12 months" in warning for warning in over.warnings)
    assert "Finish shooting" in [step.title for step in over.timeline]


def test_timeline_follows_the_programme_durations():
    rules = replace(RULES, approval_days=45, accounts_within_months=4)
    result = estimate(rules, shoot_start=date(2027, 3, 15), shoot_end=date(2027, 4, 30))
    steps = {step.title: step for step in result.timeline}
    assert steps["Apply to the CCM"].date == date(2027, 1, 29)
    assert steps["File the accounts"].date == date(2027, 8, 30)


def test_no_timeline_without_a_shoot_start():
    assert estimate().timeline == ()


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2027, 3, 15), -6, date(2026, 9, 15)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),
        (date(2027, 12, 1), 12, date(2028, 12, 1)),
    ],
)
def test_add_months_keeps_the_day_or_the_month_end(day, months, expected):
    assert add_months(day, months) == expected
