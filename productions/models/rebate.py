"""Morocco's cash rebate for foreign shoots: the rules per period, and foreign spend by year.

The rules are data staff correct in the admin (public sources disagree on some of them);
the estimator in productions.rebate turns them into an estimate without touching the database.
"""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..rebate import RebateRules
from .catalogue import Currency, Production

# Production kinds the public sources name as eligible (docufiction counts as documentary).
DEFAULT_ELIGIBLE_FORMATS = [
    Production.Kind.FEATURE,
    Production.Kind.SERIES,
    Production.Kind.MINI_SERIES,
    Production.Kind.TV_FILM,
    Production.Kind.DOCUMENTARY,
]


def default_eligible_formats() -> list[str]:
    return [str(kind) for kind in DEFAULT_ELIGIBLE_FORMATS]


class RebateProgrammeQuerySet(models.QuerySet):
    def in_force(self, on: date | None = None) -> "RebateProgramme | None":
        """The programme whose period covers `on` (today by default), else the latest one."""
        on = on or timezone.localdate()
        programmes = self.prefetch_related("exchange_rates").order_by("-valid_from")
        covering = programmes.filter(Q(valid_until__isnull=True) | Q(valid_until__gte=on), valid_from__lte=on)
        return covering.first() or programmes.first()

    def covering(self, on: date) -> "RebateProgramme | None":
        """The programme whose period covers `on`, or None: no fallback to another period's rules."""
        programmes = self.prefetch_related("exchange_rates").order_by("-valid_from")
        return programmes.filter(
            Q(valid_until__isnull=True) | Q(valid_until__gte=on), valid_from__lte=on
        ).first()


class RebateProgramme(models.Model):
    """The rebate's rules for one period (e.g. 20% from 2018, 30% since the 2022 decree)."""

    name = models.CharField(_("name"), max_length=160)
    legal_basis = models.CharField(
        _("legal basis"), max_length=200, blank=True, help_text=_("For example “Decree 2.22.67 (2022)”.")
    )
    valid_from = models.DateField(_("in force from"))
    valid_until = models.DateField(_("in force until"), null=True, blank=True)
    rate_percent = models.DecimalField(_("rate (%)"), max_digits=5, decimal_places=2)
    min_spend_mad = models.DecimalField(
        _("minimum eligible spend (MAD)"), max_digits=14, decimal_places=2, default=0
    )
    min_days = models.PositiveSmallIntegerField(
        _("minimum days of work in Morocco"),
        default=0,
        help_text=_("Shooting days and set-building days counted together."),
    )
    eligible_formats = models.JSONField(_("eligible formats"), default=default_eligible_formats, blank=True)
    cap_mad = models.DecimalField(
        _("cap per project (MAD)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leave empty when there is no cap, or when sources disagree."),
    )
    cap_note = models.CharField(_("note on the cap"), max_length=240, blank=True)
    envelope_year = models.PositiveSmallIntegerField(_("envelope year"), null=True, blank=True)
    envelope_mad = models.DecimalField(
        _("annual envelope (MAD)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    envelope_note = models.CharField(_("note on the envelope"), max_length=240, blank=True)
    committed_mad = models.DecimalField(
        _("already committed (MAD)"),
        max_digits=14,
        decimal_places=2,
        default=0,
        help_text=_("What staff know to be committed this year; the rest is first come, first served."),
    )
    envelope_warning_percent = models.PositiveSmallIntegerField(
        _("warn when less than this share of the envelope remains (%)"), default=20
    )
    approval_days = models.PositiveSmallIntegerField(_("days for the conditional approval"), default=30)
    deposit_percent = models.DecimalField(
        # The % is a sign, not a placeholder: tell xgettext so msgfmt -c does not check it as one.
        # xgettext:no-python-format
        _("deposit (% of the amount asked)"),
        max_digits=5,
        decimal_places=2,
        default=5,
    )
    start_within_months = models.PositiveSmallIntegerField(
        _("months from approval to the first shooting day"), default=6
    )
    finish_within_months = models.PositiveSmallIntegerField(
        _("months from the first shooting day to finish"), default=12
    )
    accounts_within_months = models.PositiveSmallIntegerField(
        _("months after wrap to file the accounts"), default=3
    )
    payment_after_months = models.PositiveSmallIntegerField(
        _("months from the accounts to payment (about)"), default=6
    )
    eligible_spend = models.TextField(_("eligible spend"), blank=True, help_text=_("One item a line."))
    excluded_spend = models.TextField(_("excluded spend"), blank=True, help_text=_("One item a line."))
    conditions = models.TextField(_("conditions"), blank=True, help_text=_("One item a line."))
    sources = models.TextField(_("sources and caveats"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = RebateProgrammeQuerySet.as_manager()

    class Meta:
        ordering = ["-valid_from"]
        verbose_name = _("rebate programme")
        verbose_name_plural = _("rebate programmes")
        constraints = [
            # No percent sign in these messages: Django formats them with %, so "%" would break.
            models.CheckConstraint(
                condition=Q(rate_percent__gte=0) & Q(rate_percent__lte=100),
                name="rebate_rate_percent_range",
                violation_error_code="percent_out_of_range",
                violation_error_message=_("The rate must be between 0 and 100."),
            ),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_until__gte=F("valid_from")),
                name="rebate_period_in_order",
                violation_error_code="period_out_of_order",
                violation_error_message=_("The end of the period comes before its start."),
            ),
            models.CheckConstraint(
                condition=Q(min_spend_mad__gte=0) & Q(committed_mad__gte=0),
                name="rebate_amounts_not_negative",
                violation_error_code="negative",
                violation_error_message=_(
                    "The minimum spend and the amount already committed cannot be negative."
                ),
            ),
            models.CheckConstraint(
                condition=Q(cap_mad__isnull=True) | Q(cap_mad__gt=0),
                name="rebate_cap_positive",
                violation_error_code="not_positive",
                violation_error_message=_(
                    "The cap must be more than zero; leave it empty when there is none."
                ),
            ),
            models.CheckConstraint(
                condition=Q(envelope_mad__isnull=True) | Q(envelope_mad__gt=0),
                name="rebate_envelope_positive",
                violation_error_code="not_positive",
                violation_error_message=_(
                    "The annual envelope must be more than zero; leave it empty when unknown."
                ),
            ),
            models.CheckConstraint(
                condition=Q(deposit_percent__gte=0) & Q(deposit_percent__lte=100),
                name="rebate_deposit_percent_range",
                violation_error_code="percent_out_of_range",
                violation_error_message=_("The deposit must be between 0 and 100."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        unknown = set(self.eligible_formats or []) - set(Production.Kind.values)
        if unknown:
            raise ValidationError({"eligible_formats": _("Unknown formats: %s") % ", ".join(sorted(unknown))})
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The end of the period comes before its start.")})
        if self.valid_from:
            # One programme per period: two periods that overlap would make the estimate ambiguous.
            end = self.valid_until or date.max
            overlapping = RebateProgramme.objects.exclude(pk=self.pk).filter(
                Q(valid_until__isnull=True) | Q(valid_until__gte=self.valid_from), valid_from__lte=end
            )
            if overlapping.exists():
                raise ValidationError({"valid_from": _("This period overlaps “%s”.") % overlapping.first()})

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def rules(self) -> RebateRules:
        """The rules as the estimator takes them (uses prefetched exchange rates when there are)."""
        rates = list(self.exchange_rates.all())
        return RebateRules(
            rate_percent=self.rate_percent,
            min_spend_mad=self.min_spend_mad,
            min_days=self.min_days,
            eligible_formats=frozenset(self.eligible_formats or []),
            cap_mad=self.cap_mad,
            envelope_mad=self.envelope_mad,
            committed_mad=self.committed_mad,
            envelope_warning_percent=Decimal(self.envelope_warning_percent),
            mad_per_unit={Currency.MAD.value: Decimal(1)}
            | {rate.currency: rate.mad_per_unit for rate in rates},
            rates_set_on=max((rate.set_on for rate in rates), default=None),
            approval_days=self.approval_days,
            deposit_percent=self.deposit_percent,
            start_within_months=self.start_within_months,
            finish_within_months=self.finish_within_months,
            accounts_within_months=self.accounts_within_months,
            payment_after_months=self.payment_after_months,
        )

    def eligible_format_labels(self) -> list[str]:
        labels = dict(Production.Kind.choices)
        return [str(labels[code]) for code in self.eligible_formats or [] if code in labels]

    @staticmethod
    def _lines(text: str) -> list[str]:
        return [line.strip() for line in text.splitlines() if line.strip()]

    def eligible_spend_list(self) -> list[str]:
        return self._lines(self.eligible_spend)

    def excluded_spend_list(self) -> list[str]:
        return self._lines(self.excluded_spend)

    def condition_list(self) -> list[str]:
        return self._lines(self.conditions)


class ExchangeRate(models.Model):
    """How many dirhams one unit of a currency is worth, as staff set it (no live fetch)."""

    programme = models.ForeignKey(
        RebateProgramme,
        on_delete=models.CASCADE,
        related_name="exchange_rates",
        verbose_name=_("rebate programme"),
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=[c for c in Currency.choices if c[0] != Currency.MAD]
    )
    mad_per_unit = models.DecimalField(_("MAD for one unit"), max_digits=10, decimal_places=4)
    set_on = models.DateField(_("set on"))

    class Meta:
        ordering = ["currency"]
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "currency"],
                name="exchange_rate_unique_currency",
                violation_error_code="unique",
                violation_error_message=_("This programme already has a rate for that currency."),
            ),
            models.CheckConstraint(
                condition=Q(mad_per_unit__gt=0),
                name="exchange_rate_positive",
                violation_error_code="not_positive",
                violation_error_message=_("An exchange rate must be more than zero."),
            ),
        ]

    def __str__(self) -> str:
        return f"1 {self.currency} = {self.mad_per_unit} MAD ({self.set_on:%Y-%m-%d})"


class SpendFigure(models.Model):
    """Foreign production spend in Morocco in one year, as the CCM reported it."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    amount_musd = models.DecimalField(_("foreign spend (million USD)"), max_digits=8, decimal_places=1)
    features_musd = models.DecimalField(
        _("of which feature films (million USD)"), max_digits=8, decimal_places=1, null=True, blank=True
    )
    series_musd = models.DecimalField(
        _("of which TV series (million USD)"), max_digits=8, decimal_places=1, null=True, blank=True
    )
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("For example “up to the end of November”.")
    )
    source = models.CharField(_("source"), max_length=200, blank=True)

    class Meta:
        ordering = ["year"]
        verbose_name = _("foreign spend figure")
        verbose_name_plural = _("foreign spend by year")
        constraints = [
            models.CheckConstraint(
                condition=Q(year__gte=1950) & Q(year__lte=2100),
                name="spend_figure_year_range",
                violation_error_code="year_out_of_range",
                violation_error_message=_("The year must be between 1950 and 2100."),
            ),
            models.CheckConstraint(
                condition=Q(amount_musd__gte=0),
                name="spend_figure_not_negative",
                violation_error_code="negative",
                violation_error_message=_("The foreign spend cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year}: ${self.amount_musd}M"
