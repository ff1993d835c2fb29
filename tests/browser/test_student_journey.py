"""A student sees a stage taken, asks for free days with the school letter; staff approve the request."""

import re
from datetime import date, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from studios.models import Booking, StudentRequest
from tests.studios.factories import BookingFactory, FacilityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def month_page(slug: str, day: date) -> str:
    return reverse(
        "studios:facility-availability-month", kwargs={"slug": slug, "year": day.year, "month": day.month}
    )


def day_cell(page, day: date):
    """The calendar cell of a day of the month shown."""
    return page.locator("td.cal-day:not(.is-outside)").filter(
        has=page.locator(".cal-num", has_text=re.compile(rf"^{day.day}$"))
    )


def test_a_student_asks_for_free_days_and_staff_approve_them(page, settings, tmp_path, staff_user):
    settings.SPAM_MIN_FILL_SECONDS = 0
    today = timezone.localdate()
    taken, wanted = today + timedelta(days=50), today + timedelta(days=60)
    stage = FacilityFactory(name="Sound stage", slug="sound-stage")
    FacilityFactory(name="Kasbah set", slug="kasbah-set", kind="backlot")
    BookingFactory(facility=stage, start_date=taken, end_date=taken + timedelta(days=6), label="Homeland S9")

    # The programme, then the stage's month: the booked days say so, and nobody is named.
    page.goto(reverse("studios:student-programme"))
    assert page.get_by_role("heading", name="The rules").is_visible()
    page.goto(month_page("sound-stage", taken))
    assert "is-booked" in day_cell(page, taken).get_attribute("class")
    assert "Booked" in day_cell(page, taken).inner_text()
    assert "Homeland" not in page.content()

    # The same page on a phone: the calendar fits, nothing scrolls sideways.
    page.set_viewport_size({"width": 390, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.set_viewport_size({"width": 1280, "height": 900})

    # From there to the form, with the stage already ticked.
    page.get_by_role("link", name="Ask to use it").click()
    assert page.get_by_label("Sound stage").is_checked()

    page.get_by_label("Your name").fill("Salma Benali")
    page.get_by_label("Your email").fill("salma@esav.example")
    page.get_by_label("Your phone").fill("+212 6 12 34 56 78")
    page.get_by_label("School or university").fill("ESAV Marrakech")
    page.get_by_role("textbox", name="City").fill("Marrakech")
    page.get_by_role("textbox", name="Country").fill("Morocco")
    page.get_by_role("textbox", name="Programme").fill("BA Film Directing")
    page.get_by_label("Year of study").fill("3")
    page.get_by_label("Supervising teacher").fill("Youssef Amrani")
    page.get_by_label("Teacher's email").fill("y.amrani@esav.example")
    page.get_by_label("Project title").fill("Dunes at dawn")
    page.get_by_label("Kind of project").select_option(label="Graduation film")
    page.get_by_label("Synopsis").fill("A shepherd's daughter films her village before the dam floods it.")
    page.get_by_label("Crew size").fill("8")

    # Dates on the booked week: the form warns before anything is sent.
    page.get_by_label("First shooting day").fill((taken + timedelta(days=1)).isoformat())
    page.get_by_label("Last shooting day").fill((taken + timedelta(days=2)).isoformat())
    notice = page.locator(".js-clash-notice")
    notice.get_by_text("Sound stage").wait_for()
    assert "Already booked" in notice.inner_text()

    # Free days instead: the warning goes away.
    page.get_by_label("First shooting day").fill(wanted.isoformat())
    page.get_by_label("Last shooting day").fill((wanted + timedelta(days=1)).isoformat())
    page.wait_for_function("!document.querySelector('.js-clash-notice').textContent.trim()")

    letter = tmp_path / "school-letter.pdf"
    letter.write_bytes(PDF)
    page.get_by_label("Proof of enrolment or a signed letter from your school").set_input_files(str(letter))
    page.get_by_label("I have read the programme's rules").check()
    page.get_by_role("button", name="Send the request").click()

    page.get_by_text("Your reference").wait_for()
    request = StudentRequest.objects.get()
    assert request.reference in page.locator(".students-reference").inner_text()
    assert request.enrolment_proof_name == "school-letter.pdf"
    to = sorted(address for message in mail.outbox for address in message.to)
    assert "salma@esav.example" in to and "y.amrani@esav.example" in to
    assert any(request.reference in message.subject for message in mail.outbox)

    # Staff open the request in the back office and approve it.
    page.goto(reverse("admin:index"))
    page.fill("#id_username", "staff")
    page.fill("#id_password", "staff-pass-123")
    page.get_by_role("button", name="Log in").click()
    page.goto(reverse("admin:studios_studentrequest_change", args=[request.pk]))
    page.get_by_role("link", name="Decide this request").click()
    page.get_by_label("Approve: book the facilities on these dates").check()
    page.get_by_role("button", name="Save the decision and email it").click()
    assert "is now approved" in page.locator(".messagelist").inner_text()
    assert Booking.objects.filter(served_id=request.pk, status="confirmed").count() == 1

    # The requested days now show as taken.
    page.goto(month_page("sound-stage", wanted))
    assert "is-booked" in day_cell(page, wanted).get_attribute("class")
    assert any(request.reference in message.body for message in mail.outbox if "Approved" in message.subject)
