"""A producer looks round the studio in Chromium: overview, facilities filtered by kind, one facility."""

import pytest
from django.urls import reverse

from studios.models import Facility
from tests.studios.factories import FacilityFactory, FacilityPhotoFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_from_the_overview_to_a_filtered_list_to_a_facility(page):
    stage = FacilityFactory(
        name="Sound stage 1", slug="sound-stage-1", kind=Facility.Kind.SOUND_STAGE, area=300
    )
    FacilityPhotoFactory(facility=stage, caption="The empty floor", alt_text="An empty sound stage floor")
    FacilityFactory(name="Medina", kind=Facility.Kind.BACKLOT, area=6000)
    FacilityFactory(name="Kasbah", kind=Facility.Kind.BACKLOT, area=4000)

    page.goto(reverse("studios:studio"))
    assert page.locator("h1").inner_text() == "Oasis Studios Morocco"
    page.get_by_role("link", name="Browse the facilities").click()
    page.wait_for_url("**/studio/facilities/")
    assert page.locator(".studio-card").count() == 3

    page.select_option("#id_kind", "sound_stage")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**kind=sound_stage**")
    assert page.locator(".studio-card .kf-card-title").all_inner_texts() == ["Sound stage 1"]

    page.get_by_role("link", name="Sound stage 1").click()
    page.wait_for_url("**/studio/facilities/sound-stage-1/")
    assert page.locator("h1").inner_text() == "Sound stage 1"
    photo = page.get_by_role("img", name="An empty sound stage floor")
    assert photo.is_visible()
    assert photo.evaluate("img => img.naturalWidth") > 0, "the rendition did not load"
    # The gallery photo links to a larger rendition, a plain link with no script.
    larger = page.locator(".studio-gallery-link").first.get_attribute("href")
    assert larger.startswith("/media/cache/")
    assert larger != photo.get_attribute("src")
