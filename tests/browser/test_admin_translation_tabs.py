"""Staff write a facility's name in French in its own tab of the admin; the French page shows it."""

import pytest
from django.urls import reverse
from django.utils import translation

from studios.models import Facility
from tests.studios.factories import FacilityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_staff_translate_a_facility_name_in_its_french_tab(page, staff_user):
    facility = FacilityFactory(name="Kasbah", slug="kasbah", kind=Facility.Kind.BACKLOT)
    page.goto(reverse("admin:login"))
    page.fill("#id_username", "staff")
    page.fill("#id_password", "staff-pass-123")
    page.get_by_role("button", name="Log in").click()
    page.goto(reverse("admin:studios_facility_change", args=[facility.pk]))

    name_tabs = page.locator(".ui-tabs").filter(has=page.locator("#id_name_en")).get_by_role("tab")
    assert name_tabs.all_inner_texts() == ["EN", "FR", "AR"]
    assert page.locator("#id_name_en").is_visible() and not page.locator("#id_name_fr").is_visible()

    name_tabs.nth(1).click()
    assert page.locator("#id_name_fr").is_visible() and not page.locator("#id_name_en").is_visible()
    page.fill("#id_name_fr", "La kasbah")
    name_tabs.nth(2).click()
    assert page.locator("#id_name_ar").evaluate("input => getComputedStyle(input).direction") == "rtl"
    page.get_by_role("button", name="Save and continue editing").click()
    assert "was changed successfully" in page.locator(".messagelist").inner_text()

    with translation.override("fr"):
        page.goto(reverse("studios:facility-detail", kwargs={"slug": "kasbah"}))
    assert page.get_by_role("heading", level=1).inner_text() == "La kasbah"
    with translation.override("en"):
        page.goto(reverse("studios:facility-detail", kwargs={"slug": "kasbah"}))
    assert page.get_by_role("heading", level=1).inner_text() == "Kasbah"
