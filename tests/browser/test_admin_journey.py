"""A staff member logs in to the back office, adds a photo to a facility and finds it on the public page."""

import pytest
from django.urls import reverse
from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from studios.models import Facility
from tests.images import image_bytes
from tests.studios.factories import FacilityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def loaded(page: Page, image: Locator) -> bool:
    """Whether a (lazy) image loaded, once scrolled into view and given the time to arrive."""
    image.scroll_into_view_if_needed()
    try:
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    except PlaywrightTimeoutError:
        return False
    return True


def test_staff_adds_a_facility_photo_that_appears_on_the_public_page(page, staff_user, tmp_path):
    FacilityFactory(name="Kasbah", slug="kasbah", kind=Facility.Kind.BACKLOT, area=3200)
    upload = tmp_path / "kasbah-gate.jpg"
    upload.write_bytes(image_bytes((1200, 800)))

    page.goto(reverse("admin:index"))
    page.fill("#id_username", "staff")
    page.fill("#id_password", "staff-pass-123")
    page.get_by_role("button", name="Log in").click()
    # The "K" mark is decoration, hidden from screen readers: the link reads as the header.
    assert page.get_by_role("link", name="K Films back office", exact=True).is_visible()

    page.get_by_role("link", name="Facilities").click()
    page.locator("#result_list").get_by_role("link", name="Kasbah", exact=True).click()
    page.set_input_files("#id_photos-0-image", str(upload))
    page.fill("#id_photos-0-alt_text_en", "The kasbah gate in the evening light")
    page.fill("#id_photos-0-caption_en", "The main gate")
    page.get_by_role("button", name="Save and continue editing").click()

    assert "was changed successfully" in page.locator(".messagelist").inner_text()
    preview = page.get_by_role("img", name="The kasbah gate in the evening light")
    assert loaded(page, preview), "the admin preview did not load"

    page.goto(reverse("studios:facility-detail", kwargs={"slug": "kasbah"}))
    photo = page.get_by_role("img", name="The kasbah gate in the evening light")
    assert photo.is_visible()
    assert loaded(page, photo), "the public rendition did not load"
    assert "The main gate" in page.locator(".studio-gallery").inner_text()
