"""A producer browses the credits in Chromium: filters by kind, then opens a production."""

import pytest
from django.urls import reverse

from productions.models import Production, Role
from tests.productions.factories import ClientFactory, ProductionFactory

# Against a live server, so the data must be committed; roles come from a data migration.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_filter_by_kind_then_open_a_production(page):
    ProductionFactory(
        title="Homeland",
        slug="homeland",
        kind=Production.Kind.SERIES,
        client=ClientFactory(name="Showtime"),
        roles=[Role.Code.LINE_PRODUCER],
    )
    ProductionFactory(title="Deep State", kind=Production.Kind.SERIES)
    ProductionFactory(title="Captain Phillips", kind=Production.Kind.FEATURE)

    page.goto(reverse("productions:production-list"))
    assert page.locator(".productions-card").count() == 3

    page.select_option("#id_kind", "series")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**kind=series**")

    titles = page.locator(".productions-card .kf-card-title").all_inner_texts()
    assert sorted(titles) == ["Deep State", "Homeland"]
    assert page.locator("#id_kind").input_value() == "series"

    page.get_by_role("link", name="Homeland").click()
    page.wait_for_url("**/productions/homeland/")
    assert page.locator("h1").inner_text() == "Homeland"
    assert page.get_by_text("Showtime").first.is_visible()
