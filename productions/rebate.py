"""The rebate estimator: one pure function from the programme's rules and a project to an estimate.

No database here: the view reads the programme (RebateProgramme.rules()) and passes it in,
so the arithmetic is tested on its boundaries without fixtures.
"""

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class RebateRules:
    """One programme's rules, as the staff keep them in the admin."""

    rate_percent: Decimal
    min_spend_mad: Decimal
    min_days: int
    eligible_formats: frozenset[str]
    cap_mad: Decimal | None
    envelope_mad: Decimal | None
    committed_mad: Decimal
    envelope_warning_percent: Decimal
    mad_per_unit: Mapping[str, Decimal]
    rates_set_on: date | None = None
    approval_days: int = 30
    deposit_percent: Decimal = Decimal(5)
    start_within_months: int = 6
    finish_within_months: int = 12
    accounts_within_months: int = 3
    payment_after_months: int = 6


@dataclass(frozen=True)
class RebateQuery:
    """What the producer tells us about the project."""

    spend: Decimal
    currency: str
    format: str
    shooting_days: int
    set_building_days: int = 0
    shoot_start: date | None = None
    shoot_end: date | None = None


@dataclass(frozen=True)
class TimelineStep:
    """One step of the procedure; `date` is a deadline or an expected date."""

    title: str
    date: date
    note: str
    when: str = "by"  # "by" a deadline, "on" a planned date, "about" an expected one


@dataclass(frozen=True)
class RebateEstimate:
    """The answer: eligible or why not, the amounts, the envelope and the timeline."""

    eligible: bool
    reasons: tuple[str, ...]
    currency: str
    spend_mad: Decimal
    rebate_mad: Decimal
    rebate_in_currency: Decimal
    capped: bool
    deposit_mad: Decimal
    days: int
    envelope_remaining_mad: Decimal | None
    envelope_share_percent: Decimal | None
    warnings: tuple[str, ...]
    timeline: tuple[TimelineStep, ...] = field(default_factory=tuple)
    rates_set_on: date | None = None


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    # Python's dates stop at years 1 and 9999: a date past either end stays at that end, not a crash.
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def days_before(day: date, days: int) -> date:
    """`days` days before `day`, or the first date there is."""
    return date.fromordinal(max(day.toordinal() - days, 1))


def whole(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def _mad(amount: Decimal) -> str:
    return f"{number_format(whole(amount), force_grouping=True)} MAD"


def days_phrase(count: int) -> str:
    """A number of days as a sentence takes it in ("1 day", "30 days"), for sentences with two counts."""
    return ngettext("%(counter)s day", "%(counter)s days", count) % {"counter": count}


def months_phrase(count: int) -> str:
    """A number of months as a sentence takes it in ("1 month", "6 months")."""
    return ngettext("%(counter)s month", "%(counter)s months", count) % {"counter": count}


def _day(day: date) -> str:
    return date_format(day, "j F Y")


def deposit_note(rules: RebateRules, deposit_mad: Decimal) -> str:
    """The approval step's note; the deposit's sum only when there is one ("about 0 MAD" says nothing)."""
    values = {
        "days": rules.approval_days,
        "percent": whole(rules.deposit_percent),
        "amount": _mad(deposit_mad),
    }
    if deposit_mad > 0:
        return (
            ngettext(
                "Within %(days)s day of the application; then a deposit of %(percent)s%% "
                "of the amount asked (about %(amount)s).",
                "Within %(days)s days of the application; then a deposit of %(percent)s%% "
                "of the amount asked (about %(amount)s).",
                rules.approval_days,
            )
            % values
        )
    return (
        ngettext(
            "Within %(days)s day of the application; then a deposit of %(percent)s%% of the amount asked.",
            "Within %(days)s days of the application; then a deposit of %(percent)s%% of the amount asked.",
            rules.approval_days,
        )
        % values
    )


def rebate_timeline(rules: RebateRules, query: RebateQuery, deposit_mad: Decimal) -> tuple[TimelineStep, ...]:
    """The procedure's dates computed back and forth from the first shooting day."""
    start = query.shoot_start
    if start is None:
        return ()
    apply_by = days_before(start, rules.approval_days)
    earliest_approval = add_months(start, -rules.start_within_months)
    finish_by = add_months(start, rules.finish_within_months)
    planned_wrap = query.shoot_end if query.shoot_end and query.shoot_end <= finish_by else None
    finish_note = ngettext(
        "At most %(months)s month from the first shooting day.",
        "At most %(months)s months from the first shooting day.",
        rules.finish_within_months,
    ) % {"months": rules.finish_within_months}
    if planned_wrap:
        finish = TimelineStep(
            _("Wrap"),
            planned_wrap,
            _("Your last shooting day. %(rule)s (by %(day)s).")
            % {"rule": finish_note.rstrip("."), "day": _day(finish_by)},
            "on",
        )
    else:
        finish = TimelineStep(_("Finish shooting"), finish_by, finish_note)
    accounts_by = add_months(finish.date, rules.accounts_within_months)
    payment = add_months(accounts_by, rules.payment_after_months)
    return (
        TimelineStep(
            _("Apply to the CCM"),
            apply_by,
            _(
                "Through an approved Moroccan executive producer, with the project, its planned duration, "
                "the total and eligible spend and the amount asked. Apply by this date so the conditional "
                "approval (within %(approval)s) comes before the shoot, and not before %(earliest)s, "
                "since shooting must start within %(start)s of it."
            )
            % {
                "approval": days_phrase(rules.approval_days),
                "earliest": _day(earliest_approval),
                "start": months_phrase(rules.start_within_months),
            },
        ),
        TimelineStep(
            _("Conditional approval and deposit"),
            start,
            deposit_note(rules, deposit_mad),
        ),
        TimelineStep(
            _("First shooting day"),
            start,
            ngettext(
                "At most %(months)s month after the conditional approval.",
                "At most %(months)s months after the conditional approval.",
                rules.start_within_months,
            )
            % {"months": rules.start_within_months},
            "on",
        ),
        finish,
        TimelineStep(
            _("File the accounts"),
            accounts_by,
            ngettext(
                "Within %(months)s month after wrap.",
                "Within %(months)s months after wrap.",
                rules.accounts_within_months,
            )
            % {"months": rules.accounts_within_months},
        ),
        TimelineStep(
            _("Payment of the rebate"),
            payment,
            ngettext(
                "About %(months)s month after the accounts are filed.",
                "About %(months)s months after the accounts are filed.",
                rules.payment_after_months,
            )
            % {"months": rules.payment_after_months},
            "about",
        ),
    )


def rebate_estimate(rules: RebateRules, query: RebateQuery) -> RebateEstimate:
    """Estimate the rebate for a project under a programme's rules."""
    reasons: list[str] = []
    warnings: list[str] = []
    days = query.shooting_days + query.set_building_days
    unit = rules.mad_per_unit.get(query.currency)
    if unit is None or unit <= 0:
        reasons.append(_("No exchange rate is set for %(currency)s yet.") % {"currency": query.currency})
        spend_mad = Decimal(0)
    else:
        spend_mad = query.spend * unit

    if query.format not in rules.eligible_formats:
        reasons.append(_("This format is not among the eligible formats."))
    if unit and spend_mad < rules.min_spend_mad:
        reasons.append(
            _("The spend in Morocco (about %(spend)s) is below the minimum of %(minimum)s.")
            % {"spend": _mad(spend_mad), "minimum": _mad(rules.min_spend_mad)}
        )
    if days < rules.min_days:
        reasons.append(
            ngettext(
                "%(days)s day of work in Morocco is fewer than the minimum of %(minimum)s "
                "(shooting and set-building days count together).",
                "%(days)s days of work in Morocco is fewer than the minimum of %(minimum)s "
                "(shooting and set-building days count together).",
                days,
            )
            % {"days": days, "minimum": rules.min_days}
        )

    eligible = not reasons
    rebate_mad = whole(spend_mad * rules.rate_percent / HUNDRED) if eligible else Decimal(0)
    capped = bool(eligible and rules.cap_mad is not None and rebate_mad > rules.cap_mad)
    if capped:
        rebate_mad = whole(rules.cap_mad)
    rebate_in_currency = whole(rebate_mad / unit) if unit else Decimal(0)
    deposit_mad = whole(rebate_mad * rules.deposit_percent / HUNDRED)

    remaining = share = None
    if rules.envelope_mad is not None:
        remaining = max(rules.envelope_mad - rules.committed_mad, Decimal(0))
        if remaining == 0:
            warnings.append(_("The annual envelope appears to be spent: approval depends on new funds."))
        else:
            if remaining * HUNDRED < rules.envelope_mad * rules.envelope_warning_percent:
                warnings.append(
                    _(
                        "The annual envelope is nearly spent: apply early, "
                        "it is allocated first come, first served."
                    )
                )
            if eligible:
                share = (rebate_mad * HUNDRED / remaining).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
                if rebate_mad > remaining:
                    warnings.append(_("This rebate is larger than what remains of the annual envelope."))

    if query.shoot_start and query.shoot_end:
        finish_by = add_months(query.shoot_start, rules.finish_within_months)
        if query.shoot_end > finish_by:
            warnings.append(
                ngettext(
                    "The shoot ends after the %(months)s month the programme allows "
                    "from the first shooting day.",
                    "The shoot ends after the %(months)s months the programme allows "
                    "from the first shooting day.",
                    rules.finish_within_months,
                )
                % {"months": rules.finish_within_months}
            )

    return RebateEstimate(
        eligible=eligible,
        reasons=tuple(reasons),
        currency=query.currency,
        spend_mad=whole(spend_mad),
        rebate_mad=rebate_mad,
        rebate_in_currency=rebate_in_currency,
        capped=capped,
        deposit_mad=deposit_mad,
        days=days,
        envelope_remaining_mad=remaining,
        envelope_share_percent=share,
        warnings=tuple(warnings),
        timeline=rebate_timeline(rules, query, deposit_mad),
        rates_set_on=rules.rates_set_on,
    )
