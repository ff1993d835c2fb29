"""A producer on a facility's page switches to Arabic and back, and stays on that facility."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.studios.factories import FacilityFactory, FacilityPhotoFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def facility_url(language: str, slug: str) -> str:
    with translation.override(language):
        return reverse("studios:facility-detail", kwargs={"slug": slug})


def test_switching_to_arabic_keeps_the_facility_and_lays_it_out_right_to_left(page):
    stage = FacilityFactory(name="Sound stage 1", slug="sound-stage-1")
    FacilityPhotoFactory(facility=stage, alt_text="An empty sound stage floor")

    page.goto(facility_url("en", "sound-stage-1") + "?from=list")
    assert page.locator("html").get_attribute("dir") == "ltr"
    # The language bar comes straight after the skip link for keyboard users.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('hreflang')") == "en"

    page.locator(".language-bar").get_by_role("link", name="العربية").click()

    page.wait_for_url(f"**{facility_url('ar', 'sound-stage-1')}?from=list")
    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    assert page.locator("h1").inner_text() == "Sound stage 1"
    assert page.get_by_role("img", name="An empty sound stage floor").first.is_visible()
    assert page.locator('.language-link[aria-current="true"]').inner_text() == "العربية"
    # Right to left for real: Bootstrap's RTL sheet and our logical properties put the brand on the right.
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate("document.querySelector('link[href*=\"bootstrap.rtl\"]') !== null")
    brand = page.locator(".navbar-brand").bounding_box()
    assert brand["x"] > 1280 / 2
    # The heading's words, not just its box, start from the right.
    heading_left = page.evaluate(
        "(() => { const r = document.createRange();"
        " r.selectNodeContents(document.querySelector('h1'));"
        " return r.getBoundingClientRect().left; })()"
    )
    assert heading_left > 1280 / 2

    page.set_viewport_size({"width": 390, "height": 844})
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow == 0, "the Arabic page scrolls sideways on a phone"

    page.locator(".language-bar").get_by_role("link", name="Français").click()
    page.wait_for_url(f"**{facility_url('fr', 'sound-stage-1')}?from=list")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("h1").inner_text() == "Sound stage 1"
