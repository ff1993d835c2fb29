"""A producer lands on the home page, reads the figures and reaches the company pages, laptop and phone."""

import pytest
from django.urls import reverse

from studios.models import Facility
from tests.kfilms.factories import CompanyFactory
from tests.productions.factories import ProductionFactory
from tests.studios.factories import FacilityFactory, StudioFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def catalogue():
    CompanyFactory(email="productions@kfilms.ma")
    studio = StudioFactory(land_hectares=17)
    FacilityFactory(studio=studio, kind=Facility.Kind.BACKLOT, area=12000, name="Medina set")
    FacilityFactory(studio=studio, kind=Facility.Kind.SOUND_STAGE, area=300, name="Stage 1")
    ProductionFactory(title="Homeland", is_featured=True)


def test_laptop_home_figures_and_nav_to_about(page, catalogue):
    page.goto(reverse("kfilms:home"))
    tiles = page.locator(".figure-tile")
    assert "17" in tiles.nth(0).inner_text()
    assert "12,000" in tiles.nth(1).inner_text()
    assert page.get_by_role("link", name="Homeland").is_visible()

    page.locator(".site-header").get_by_role("link", name="About", exact=True).click()
    page.wait_for_url(f"**{reverse('kfilms:about')}")
    current = page.locator('.site-header [aria-current="page"]')
    assert current.inner_text() == "About"


def test_phone_menu_opens_leads_to_contact_and_closes_with_escape(page, catalogue):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(reverse("kfilms:home"))
    contact_link = page.locator(".site-header").get_by_role("link", name="Contact", exact=True)
    assert not contact_link.is_visible()  # folded away behind the menu button

    page.get_by_role("button", name="Show the menu").click()
    page.locator("#site-nav.show").wait_for()  # opened, its animation over
    assert contact_link.is_visible()
    page.keyboard.press("Escape")
    contact_link.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.classList.contains('navbar-toggler')")

    page.get_by_role("button", name="Show the menu").click()
    contact_link.click()
    page.wait_for_url(f"**{reverse('kfilms:contact')}")
    assert page.get_by_role("link", name="Open in OpenStreetMap").is_visible()
    assert page.get_by_role("link", name="productions@kfilms.ma").is_visible()


@pytest.mark.parametrize("width", [390, 1280])
def test_company_pages_never_scroll_sideways(page, catalogue, width):
    page.set_viewport_size({"width": width, "height": 900})
    for url in [
        reverse("kfilms:home"),
        reverse("kfilms:about"),
        reverse("kfilms:contact"),
        "/en/no-such-page/",
    ]:
        page.goto(url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow == 0, f"{url} is {overflow}px wider than a {width}px screen"
