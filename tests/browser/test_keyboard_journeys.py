"""The shoot enquiry and the student request, done with the keyboard alone (no clicks, no fills).

Each Tab stop on the way must show where focus is (an outline or a ring), the skip link must be the
first stop and lead to <main>, and a failed submit must put focus on the error summary, whose links
lead to the fields.
"""

import io
import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from playwright.sync_api import Page

from productions.models import ShootEnquiry
from studios.models import StudentRequest
from tests.browser.test_accessibility import AXE_JS, axe_result, start_axe
from tests.studios.factories import CollectionCategoryFactory, FacilityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
# Stops allowed between two fields that follow each other: a date's day and year, a link in between.
MAX_STOPS = 6

FOCUSED = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    // The facility and production cards draw the ring on the card around their link.
    const card = el.closest(".kf-card");
    const ring = (s) =>
        (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none";
    return {
        id: el.id,
        tag: el.tagName.toLowerCase(),
        name: el.getAttribute("name"),
        text: (el.innerText || el.value || "").trim().slice(0, 60),
        href: el.getAttribute("href"),
        visible: ring(style) || (card !== null && ring(getComputedStyle(card))),
        // Chromium's calendar button inside a date field: focused, while the field itself is not.
        picker: el.type === "date" && !el.matches(":focus"),
    };
}"""


def focused(page: Page) -> dict:
    return page.evaluate(FOCUSED)


def picker_pixels(page: Page, field_id: str) -> bytes:
    """The calendar button's end of a date field, inside its border (so without the field's ring)."""
    shot = Image.open(io.BytesIO(page.locator(f"#{field_id}").screenshot()))
    width, height = shot.size
    return shot.crop((width - 44, 3, width - 4, height - 3)).tobytes()


def tab(page: Page, key: str = "Tab") -> dict:
    """Press Tab (or Shift+Tab) and check the new stop shows its focus."""
    focused_picker = getattr(page, "focused_picker", None)
    page.keyboard.press(key)
    now = focused(page)
    if focused_picker:
        # Its style cannot be read from outside; its pixels must change once focus leaves it.
        field_id, pixels = focused_picker
        assert picker_pixels(page, field_id) != pixels, (
            f"no visible focus on the calendar button of {field_id}"
        )
        page.focused_picker = None
    if now["picker"]:
        page.focused_picker = (now["id"], picker_pixels(page, now["id"]))
    else:
        assert now["visible"], f"no visible focus on {now} at {page.url}"
    return now


def tab_to(page: Page, matches, what: str, limit: int = MAX_STOPS) -> dict:
    """Tab forward until `matches(stop)`, within `limit` stops, so focus order follows the form."""
    stops = []
    for _ in range(limit):
        stop = tab(page)
        if matches(stop):
            return stop
        stops.append(stop["id"] or stop["text"] or stop["tag"])
    raise AssertionError(f"{what} not reached within {limit} Tab stops; went through {stops}")


def field(field_id: str):
    return lambda stop: stop["id"] == field_id


def link_to(path: str):
    return lambda stop: stop["tag"] == "a" and (stop["href"] or "").split("?")[0] == path


def type_into(page: Page, field_id: str, text: str) -> None:
    tab_to(page, field(field_id), field_id)
    page.keyboard.type(text)


def type_date(page: Page, field_id: str, day: date) -> None:
    """A date field takes its parts in the browser's order (month, day, year in en-US)."""
    tab_to(page, field(field_id), field_id)
    page.keyboard.type(day.strftime("%m%d%Y"))


def choose(page: Page, field_id: str) -> None:
    """Pick the first real option of a select with the arrow key, as a keyboard user does."""
    tab_to(page, field(field_id), field_id)
    page.keyboard.press("ArrowDown")
    assert page.locator(f"#{field_id}").input_value(), f"ArrowDown chose nothing in {field_id}"


def tick(page: Page, field_id: str) -> None:
    tab_to(page, field(field_id), field_id)
    page.keyboard.press("Space")
    assert page.locator(f"#{field_id}").is_checked(), f"Space did not tick {field_id}"


def skip_to_main(page: Page) -> None:
    """The skip link is the first Tab stop, and Enter puts focus on <main>."""
    first = tab(page)
    assert first["href"] == "#main", f"the first Tab stop is {first}, not the skip link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def submit(page: Page, button_text: str) -> None:
    stop = tab_to(page, lambda stop: stop["text"] == button_text, f"the {button_text!r} button", limit=12)
    assert stop["tag"] in {"button", "input"}
    with page.expect_navigation():
        page.keyboard.press("Enter")


def follow_summary_link(page: Page, field_id: str) -> None:
    """From the focused error summary, Tab to the link of one field and follow it."""
    assert page.evaluate("document.activeElement.id") == "error-summary", "focus is not on the error summary"
    assert page.get_by_role("heading", name="There is a problem").is_visible()
    stop = tab_to(page, link_to(f"#{field_id}"), f"the summary's link to {field_id}", limit=30)
    assert stop["href"] == f"#{field_id}"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == field_id


def assert_no_axe_violation(page: Page) -> None:
    """The confirmation pages are public pages too: axe-core on them as on the others."""
    page.add_script_tag(path=str(AXE_JS))
    start_axe(page)
    violations = axe_result(page)["violations"]
    assert not violations, [(v["id"], [node["target"] for node in v["nodes"]]) for v in violations]


@pytest.fixture(autouse=True)
def _fill_time(settings):
    # The fill-time check stays on: a keyboard user is slower than a second anyway.
    settings.SPAM_MIN_FILL_SECONDS = 1


def test_a_producer_sends_an_enquiry_with_the_keyboard_alone(page):
    FacilityFactory(name="Sound stage", slug="sound-stage")
    shoot = timezone.localdate() + timedelta(days=90)

    page.goto(reverse("kfilms:home"))
    skip_to_main(page)
    tab_to(page, link_to(reverse("productions:enquiry-create")), "the hero's enquiry link", limit=3)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == "Tell us about your shoot"

    skip_to_main(page)
    type_into(page, "id_name", "Ana Producer")
    type_into(page, "id_company", "Desert Pictures")
    type_into(page, "id_role", "Producer")
    type_into(page, "id_country", "United Kingdom")
    type_into(page, "id_email", "ana@example.com")
    type_into(page, "id_phone", "+44 20 7946 0000")
    type_into(page, "id_title", "Sand and Stars")
    choose(page, "id_kind")
    choose(page, "id_stage")
    type_into(page, "id_logline", "A spy crosses the Sahara.")
    type_date(page, "id_shoot_start", shoot)
    type_date(page, "id_shoot_end", shoot + timedelta(days=40))
    type_into(page, "id_shooting_days", "30")
    tick(page, "id_services_0")
    tab_to(page, field("id_facilities_0"), "the first facility", limit=8)
    page.keyboard.press("Space")
    # The consent box is left for later: the first try must fail and say so.
    submit(page, "Send the enquiry")

    assert page.locator(".error-summary").is_visible()
    follow_summary_link(page, "id_consent")
    page.keyboard.press("Space")
    assert page.locator("#id_consent").is_checked()
    # Back with Shift+Tab: the privacy notice's link sits just before the box it explains.
    back = tab(page, "Shift+Tab")
    assert back["href"] == "#privacy"
    tab(page)
    submit(page, "Send the enquiry")

    page.wait_for_url("**/enquire/thanks/")
    reference = page.locator("[data-enquiry-reference]").inner_text()
    enquiry = ShootEnquiry.objects.get(reference=reference)
    assert (enquiry.name, enquiry.title, enquiry.shoot_start) == ("Ana Producer", "Sand and Stars", shoot)
    assert [facility.name for facility in enquiry.facilities.all()] == ["Sound stage"]
    assert enquiry.services == ["line_production"]
    assert_no_axe_violation(page)


def test_a_student_sends_a_request_with_the_keyboard_alone(page, tmp_path):
    FacilityFactory(name="Sound stage", slug="sound-stage")
    CollectionCategoryFactory()
    start = timezone.localdate() + timedelta(days=60)
    letter = tmp_path / "school-letter.pdf"
    letter.write_bytes(PDF)

    page.goto(reverse("studios:student-programme"))
    skip_to_main(page)
    tab_to(page, link_to(reverse("studios:student-request")), "the programme's request link", limit=8)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    skip_to_main(page)
    # The aside ("Before you send") comes first in the page, then the form.
    tab_to(page, field("id_student_name"), "the first field", limit=12)
    page.keyboard.type("Salma Benali")
    type_into(page, "id_student_email", "salma@esav.example")
    type_into(page, "id_student_phone", "+212 6 12 34 56 78")
    type_into(page, "id_school_name", "ESAV Marrakech")
    type_into(page, "id_school_city", "Marrakech")
    type_into(page, "id_school_country", "Morocco")
    type_into(page, "id_programme", "BA Film Directing")
    type_into(page, "id_study_year", "3")
    type_into(page, "id_supervisor_name", "Youssef Amrani")
    type_into(page, "id_supervisor_email", "y.amrani@esav.example")
    type_into(page, "id_project_title", "Dunes at dawn")
    choose(page, "id_project_kind")
    type_into(page, "id_synopsis", "A shepherd's daughter films her village before the dam floods it.")
    type_into(page, "id_crew_size", "8")
    type_date(page, "id_shoot_start", start)
    type_date(page, "id_shoot_end", start + timedelta(days=1))
    tick(page, "id_facilities_0")

    # The letter: Space on the file field opens the chooser, as Enter would.
    tab_to(page, field("id_letter"), "the letter field", limit=20)
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(str(letter))
    # The rules box is left for later: the first try must fail and say so.
    submit(page, "Send the request")

    follow_summary_link(page, "id_accept_rules")
    page.keyboard.press("Space")
    # The letter was kept from the first try: the field says so and asks for nothing more.
    assert "We kept" in page.locator("#id_letter_helptext").inner_text()
    submit(page, "Send the request")

    page.get_by_text("Your reference").wait_for()
    request = StudentRequest.objects.get()
    assert re.search(re.escape(request.reference), page.locator(".students-reference").inner_text())
    assert (request.student_name, request.enrolment_proof_name) == ("Salma Benali", "school-letter.pdf")
    assert_no_axe_violation(page)
