"""The rebate page: how Morocco's cash rebate works, the estimator and foreign spend by year."""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from ..forms import RebateEstimateForm
from ..models import Currency, RebateProgramme, SpendFigure
from ..rebate import rebate_estimate
from .catalogue import compact_amount, compact_number

# The chart's drawing area, in SVG user units (the SVG scales to its container).
CHART_WIDTH, CHART_HEIGHT = 480, 300
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 8, 32, 40
MILLION = Decimal(10) ** 6


def musd(amount: Decimal | None) -> str:
    """A sum kept in millions of US dollars, written the language's way ("US$80M", "80 M US$")."""
    return compact_amount(amount * MILLION, Currency.USD) if amount is not None else ""


@dataclass(frozen=True)
class ChartBar:
    """One year's bar, with its sums already written for the page's language."""

    figure: SpendFigure
    x: float
    y: float
    width: float
    height: float
    # Above the bar, under a heading that names the currency: "80M", "80 M", "80 مليون" fit a bar
    # where "80 مليون US$" would run over its neighbours.
    value: str
    # In the chart's description and caption: the sums with their currency.
    amount: str
    features: str = ""
    series: str = ""

    @property
    def centre(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class ChartTick:
    value: int
    y: float

    @property
    def label(self) -> str:
        # A bare number: the unit (million US dollars) heads the chart, and "100 M US$" would not fit.
        return number_format(self.value)


@dataclass(frozen=True)
class SpendChart:
    bars: list[ChartBar]
    ticks: list[ChartTick]
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT
    left: int = MARGIN_LEFT
    right: int = CHART_WIDTH - MARGIN_RIGHT
    baseline: int = CHART_HEIGHT - MARGIN_BOTTOM


def nice_step(maximum: Decimal) -> int:
    """A round gridline step giving four or five lines up to the maximum."""
    raw = max(float(maximum) / 4, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(step * magnitude for step in (1, 2, 5, 10) if step * magnitude >= raw)


def spend_chart(figures: Sequence[SpendFigure]) -> SpendChart | None:
    """The bars and gridlines of the foreign spend chart, computed here so the template only draws."""
    if not figures:
        return None
    step = nice_step(max(figure.amount_musd for figure in figures))
    top = step * math.ceil(float(max(figure.amount_musd for figure in figures)) / step) or step
    plot_height = CHART_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    slot = (CHART_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / len(figures)
    bar_width = min(slot * 0.6, 88)
    bars = []
    for index, figure in enumerate(figures):
        height = plot_height * float(figure.amount_musd) / top
        bars.append(
            ChartBar(
                figure=figure,
                x=round(MARGIN_LEFT + slot * index + (slot - bar_width) / 2, 1),
                y=round(CHART_HEIGHT - MARGIN_BOTTOM - height, 1),
                width=round(bar_width, 1),
                height=round(height, 1),
                value=compact_number(figure.amount_musd * MILLION),
                amount=musd(figure.amount_musd),
                features=musd(figure.features_musd),
                series=musd(figure.series_musd),
            )
        )
    ticks = [
        ChartTick(value=int(value), y=round(CHART_HEIGHT - MARGIN_BOTTOM - plot_height * value / top, 1))
        for value in [step * n for n in range(int(top // step) + 1)]
    ]
    return SpendChart(bars=bars, ticks=ticks)


@require_safe
def incentives(request: HttpRequest) -> HttpResponse:
    form = RebateEstimateForm.from_query(request.GET)
    programme = RebateProgramme.objects.in_force()
    estimate, status = None, 200
    if form.is_bound:
        if form.is_valid():
            shoot_start = form.cleaned_data.get("shoot_start")
            rules_at_shoot = programme
            # The rules in force at the shoot, when it falls in another programme's period; none at all
            # is said, never answered with the rules of another period.
            if shoot_start and programme and not programme.covers(shoot_start):
                rules_at_shoot = RebateProgramme.objects.covering(shoot_start)
            if rules_at_shoot:
                programme = rules_at_shoot
                estimate = rebate_estimate(programme.rules(), form.query())
            elif programme:
                form.add_error("shoot_start", _("No rebate programme covers this date."))
                status = 400
        else:
            status = 400
    figures = list(SpendFigure.objects.all())
    context = {
        "form": form,
        "programme": programme,
        "estimate": estimate,
        "figures": figures,
        "chart": spend_chart(figures),
        # Millions of dirhams as the language abbreviates them; the tiles set "MAD" smaller beside them.
        "min_spend": compact_number(programme.min_spend_mad) if programme else "",
        "cap": compact_number(programme.cap_mad) if programme and programme.cap_mad else "",
        "enquiry_query": request.GET.urlencode() if estimate else "",
    }
    return render(request, "productions/incentives.html", context, status=status)
