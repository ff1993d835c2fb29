"""The rebate page: the rules from the admin, the estimator as a GET form, and the server-drawn chart."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from productions.models import RebateProgramme, SpendFigure
from productions.views.incentives import nice_step, spend_chart

pytestmark = pytest.mark.django_db

URL = reverse("productions:incentives")
ELIGIBLE = {
    "spend": "2000000",
    "currency": "USD",
    "format": "feature",
    "shooting_days": "20",
    "set_building_days": "0",
    "shoot_start": "2030-03-01",
}


def test_the_page_explains_the_seeded_rules(client):
    response = client.get(URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert '30<span class="figure-unit">%</span>' in content
    assert '<span class="figure-value">10M&nbsp;<span class="figure-unit">MAD</span></span>' in content
    assert "Decree 2.22.67" in content
    assert "own terms prevail" in content
    assert "Flights on the national carrier" in content
    assert "js/incentives.js" in content
    # No figures entered: no estimate yet, and no error.
    assert "Likely eligible" not in content
    assert "alert-danger" not in content


def test_the_page_follows_what_staff_change_in_the_admin(client):
    programme = RebateProgramme.objects.in_force()
    programme.rate_percent = Decimal(25)
    programme.min_days = 21
    programme.save()
    content = client.get(URL).content.decode()
    assert '25<span class="figure-unit">%</span>' in content
    assert '<span class="figure-value">21</span>' in content


def test_an_eligible_estimate(client):
    response = client.get(URL, ELIGIBLE)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Likely eligible" in content
    # 2M USD at the seeded 9.25 MAD is 18.5M MAD; 30% is 5.55M MAD, about 600,000 USD.
    assert "5,550,000 MAD" in content
    assert "600,000 USD" in content
    assert "Apply to the CCM" in content
    assert 'datetime="2030-01-30"' in content
    enquiry_link = reverse("productions:enquiry-create") + "?"
    assert enquiry_link in content
    assert "Send an enquiry with these figures" in content


def test_an_ineligible_estimate_says_why(client):
    content = client.get(URL, ELIGIBLE | {"spend": "500000", "shooting_days": "5"}).content.decode()
    assert "Not eligible as entered" in content
    assert "below the minimum of 10,000,000 MAD" in content
    assert "5 days of work in Morocco is fewer than the minimum of 18" in content


def test_a_shoot_in_another_period_uses_that_programme(client):
    # The estimator takes no date more than a year back, so the other period is a future one:
    # the 20% rules moved to start in 2030, when the 30% programme ends.
    current = RebateProgramme.objects.in_force()
    older = RebateProgramme.objects.in_force(date(2019, 6, 1))
    current.valid_until = date(2029, 12, 31)
    current.save()
    older.valid_from, older.valid_until = date(2030, 1, 1), None
    older.save()
    content = client.get(URL, ELIGIBLE | {"shoot_start": "2030-03-01"}).content.decode()
    # 20% of 18.5M MAD under the 2018 rules.
    assert "3,700,000 MAD" in content
    assert "Cash rebate at 20%" in content


@pytest.mark.parametrize(
    "params",
    [
        {"spend": "lots"},
        {"spend": "-5"},
        {"currency": "XYZ"},
        {"format": "opera"},
        {"shooting_days": "-1"},
        {"shooting_days": "99999"},
        {"shoot_start": "2030-02-31"},
        {"spend": ""},
    ],
)
def test_bad_figures_get_a_400_with_a_message(client, params):
    response = client.get(URL, ELIGIBLE | params)
    assert response.status_code == 400
    content = response.content.decode()
    assert "Please check these figures" in content
    assert "Likely eligible" not in content


def test_without_any_programme_the_page_still_answers(client):
    RebateProgramme.objects.all().delete()
    assert client.get(URL).status_code == 200
    response = client.get(URL, ELIGIBLE)
    assert response.status_code == 200
    assert "ask us for the current terms" in response.content.decode()


def chart_svg(content: str) -> str:
    start = content.index('<svg viewBox="0 0 480')
    return content[start : content.index("</svg>", start)]


def test_the_spend_chart_is_an_inline_svg_with_the_seeded_years(client):
    content = client.get(URL).content.decode()
    svg = chart_svg(content)
    assert 'class="spend-chart-svg"' in svg
    assert len(re.findall(r"<rect ", svg)) == 3
    for label in ("2017", "2018", "2019", ">32M<", ">50M<", ">80M*<", "2019: US$80M"):
        assert label in svg
    assert "style=" not in svg
    assert "Up to the end of November" in content


def test_a_year_added_in_the_admin_appears_on_the_chart(client):
    SpendFigure.objects.create(year=2020, amount_musd=Decimal("45.5"))
    svg = chart_svg(client.get(URL).content.decode())
    assert ">45.5M<" in svg and "2020: US$45.5M" in svg
    assert len(re.findall(r"<rect ", svg)) == 4


def test_no_inline_styles_or_scripts_on_the_page(client):
    content = client.get(URL, ELIGIBLE).content.decode()
    assert "style=" not in content
    assert "<style" not in content
    assert not re.search(r"<script(?![^>]*\bsrc=)", content)


@pytest.mark.parametrize("extra_years", [0, 40])
def test_query_count_does_not_grow_with_the_figures(client, django_assert_num_queries, extra_years):
    SpendFigure.objects.bulk_create(
        SpendFigure(year=1960 + offset, amount_musd=Decimal(offset)) for offset in range(extra_years)
    )
    # 1 the programme in force, 2 its exchange rates, 3 the spend figures.
    with django_assert_num_queries(3):
        assert client.get(URL, ELIGIBLE).status_code == 200


def test_chart_geometry_fits_the_tallest_bar_in_the_plot():
    figures = list(SpendFigure.objects.all())
    chart = spend_chart(figures)
    tallest = max(chart.bars, key=lambda bar: bar.height)
    assert tallest.figure.year == 2019
    assert tallest.y >= 0
    assert [tick.value for tick in chart.ticks] == [0, 20, 40, 60, 80]
    assert all(bar.y + bar.height == pytest.approx(chart.baseline) for bar in chart.bars)


def test_no_figures_no_chart():
    assert spend_chart([]) is None


@pytest.mark.parametrize(("maximum", "step"), [(80, 20), (7, 2), (0, 1), (1234, 500)])
def test_nice_step(maximum, step):
    assert nice_step(Decimal(maximum)) == step


def test_estimate_date_logic_uses_shoot_start_not_today():
    programme = RebateProgramme.objects.in_force(date(2019, 6, 1))
    assert programme.rate_percent == 20
