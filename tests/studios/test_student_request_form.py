"""The students' request: the programme page, the form, its checks, the saved request and its emails."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from kfilms.spam import issue_started_token
from studios.forms import LEAD_TIME_DAYS, MAX_SPAN_DAYS
from studios.models import StudentRequest

from .factories import BookingFactory, CollectionCategoryFactory, FacilityFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture(autouse=True)
def _no_fill_time(settings):
    settings.SPAM_MIN_FILL_SECONDS = 0


def in_days(days: int):
    return timezone.localdate() + timedelta(days=days)


def letter(content: bytes = PDF, name: str = "school-letter.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def form_data(facilities=(), **overrides) -> dict:
    data = {
        "student_name": "Salma Benali",
        "student_email": "salma@esav.example",
        "student_phone": "+212 6 12 34 56 78",
        "school_name": "ESAV Marrakech",
        "school_city": "Marrakech",
        "school_country": "Morocco",
        "programme": "BA Film Directing",
        "study_year": "3",
        "supervisor_name": "Youssef Amrani",
        "supervisor_email": "y.amrani@esav.example",
        "project_title": "Dunes at dawn",
        "project_kind": StudentRequest.ProjectKind.GRADUATION_FILM,
        "synopsis": "A shepherd's daughter films her village before the dam floods it.",
        "crew_size": "8",
        "shoot_start": in_days(40).isoformat(),
        "shoot_end": in_days(42).isoformat(),
        "prep_days": "1",
        "strike_days": "1",
        "facilities": [facility.pk for facility in facilities],
        "costumes_props_notes": "",
        "accept_rules": "on",
        "website": "",
        "started": issue_started_token(),
        "letter": letter(),
    }
    return data | overrides


def post(client, data: dict):
    return client.post(reverse("studios:student-request"), data)


def test_the_programme_page_tells_who_what_the_rules_and_the_coming_weeks(client):
    FacilityFactory(name="Sound stage")
    CollectionCategoryFactory(name="Berber dress", item_count=120, collection__name="Costumes")
    response = client.get(reverse("studios:student-programme"))
    html = response.content.decode()
    assert response.status_code == 200
    for text in ("Who may apply", "The rules", "What we lend", "The next four weeks"):
        assert text in html
    assert f"at least {LEAD_TIME_DAYS} days" in html
    assert "Sound stage" in html and "Berber dress (120 items)" in html
    assert reverse("studios:student-request") in html


# The programme: facilities; their families; the bookings of four weeks; collections; their categories.
PROGRAMME_QUERIES = 5


@pytest.mark.parametrize("count", [1, 20])
def test_the_programme_takes_the_same_queries_whatever_the_catalogue(
    client, django_assert_num_queries, count
):
    for number in range(count):
        stage = FacilityFactory()
        BookingFactory(facility=stage, start_date=in_days(number % 7), end_date=in_days(number % 7 + 1))
        CollectionCategoryFactory.create_batch(2)
    with django_assert_num_queries(PROGRAMME_QUERIES):
        client.get(reverse("studios:student-programme"))


def test_the_form_page_offers_bookable_facilities_and_collections(client):
    FacilityFactory(name="Sound stage")
    FacilityFactory(name="Future stage", status="planned")
    CollectionCategoryFactory(name="Roman armour")
    html = client.get(reverse("studios:student-request")).content.decode()
    assert "Sound stage" in html and "Roman armour" in html
    assert "Future stage" not in html
    assert 'enctype="multipart/form-data"' in html
    assert 'name="website"' in html  # the honeypot


def test_a_facility_can_be_preselected_from_its_calendar(client):
    stage = FacilityFactory()
    html = client.get(reverse("studios:student-request") + f"?facility={stage.slug}").content.decode()
    assert f'value="{stage.pk}"' in html and "checked" in html


def test_a_request_is_saved_with_a_reference_and_emailed_after_the_commit(
    client, django_capture_on_commit_callbacks, settings
):
    stage = FacilityFactory(name="Sound stage")
    category = CollectionCategoryFactory(name="Berber dress")
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, form_data([stage], collection_categories=[category.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("studios:student-request-thanks")

    saved = StudentRequest.objects.get()
    assert saved.reference.startswith("OS-")
    assert saved.status == StudentRequest.Status.SUBMITTED
    assert list(saved.facilities.all()) == [stage]
    assert list(saved.collection_categories.all()) == [category]
    assert (saved.first_day, saved.last_day) == (in_days(39), in_days(43))
    assert saved.enrolment_proof_name == "school-letter.pdf"
    stored = Path(saved.enrolment_proof.path)
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert "school-letter" not in stored.name
    assert stored.read_bytes() == PDF

    recipients = sorted(tuple(message.to) for message in mail.outbox)
    assert recipients == [("salma@esav.example",), ("staff@kfilms.test",), ("y.amrani@esav.example",)]
    assert all(
        saved.reference in message.subject or saved.reference in message.body for message in mail.outbox
    )

    thanks = client.get(response["Location"]).content.decode()
    assert saved.reference in thanks


def test_the_thanks_page_shows_nothing_to_a_stranger(client):
    response = client.get(reverse("studios:student-request-thanks"))
    assert response.status_code == 302
    assert response["Location"] == reverse("studios:student-programme")


def test_an_image_letter_is_re_encoded_and_kept_as_an_image(client):
    from tests.images import image_bytes

    response = post(client, form_data([FacilityFactory()], letter=letter(image_bytes(), "scan.jpeg")))
    assert response.status_code == 302
    saved = StudentRequest.objects.get()
    assert saved.enrolment_proof.name.endswith(".jpg")
    assert saved.enrolment_proof_name == "scan.jpg"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"shoot_start": in_days(5).isoformat(), "shoot_end": in_days(6).isoformat()},
            "shoot_start",
            "days ahead",
        ),
        ({"shoot_end": in_days(30).isoformat()}, "shoot_end", "cannot come before"),
        (
            {"shoot_end": in_days(40 + MAX_SPAN_DAYS).isoformat()},
            "shoot_end",
            f"at most {MAX_SPAN_DAYS} days",
        ),
        (
            {"shoot_start": in_days(400).isoformat(), "shoot_end": in_days(401).isoformat()},
            "shoot_start",
            "a year",
        ),
        ({"student_phone": "call me"}, "student_phone", "country code"),
        ({"crew_size": "0"}, "crew_size", ""),
        ({"accept_rules": ""}, "accept_rules", ""),
    ],
    ids=["too-soon", "end-before-start", "too-long", "too-far", "phone", "no-crew", "rules"],
)
def test_bad_input_is_a_400_with_the_message_by_its_field_and_everything_kept(
    client, overrides, field, message
):
    response = post(client, form_data([FacilityFactory()], **overrides))
    assert response.status_code == 400
    form = response.context["form"]
    assert field in form.errors
    assert message in " ".join(form.errors[field])
    html = response.content.decode()
    assert 'value="Dunes at dawn"' in html
    assert "A shepherd&#x27;s daughter" in html
    assert StudentRequest.objects.count() == 0


def test_asking_for_nothing_is_refused(client):
    response = post(client, form_data([]))
    assert response.status_code == 400
    assert "Choose at least one facility" in " ".join(response.context["form"].errors["facilities"])


def test_costumes_alone_are_enough(client):
    response = post(client, form_data([], costumes_props_notes="Two kaftans for a wedding scene"))
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (SVG, "letter.svg", "SVG images are not accepted"),
        (PDF + b"PK\x03\x04 hidden zip", "letter.pdf", "extra data after its end"),
        (b"MZ\x90 program", "letter.pdf", "not a PDF, JPEG or PNG"),
    ],
    ids=["svg", "appended", "exe"],
)
def test_bad_letters_are_refused_with_a_clear_message(client, content, name, message):
    response = post(client, form_data([FacilityFactory()], letter=letter(content, name)))
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors["letter"])
    assert StudentRequest.objects.count() == 0


def test_a_missing_letter_is_asked_for(client):
    data = form_data([FacilityFactory()])
    del data["letter"]
    response = post(client, data)
    assert response.status_code == 400
    assert "Attach your proof of enrolment" in " ".join(response.context["form"].errors["letter"])


def test_a_booked_facility_is_flagged_before_sending_and_the_letter_is_kept(client):
    stage = FacilityFactory(name="Sound stage")
    BookingFactory(facility=stage, start_date=in_days(41), end_date=in_days(41))
    response = post(client, form_data([stage]))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Already booked on some of your days" in html
    assert "Sound stage" in html
    assert response.context["form"].clashes[0].ranges == [(in_days(41), in_days(41))]
    assert "We kept “school-letter.pdf”" in html
    assert StudentRequest.objects.count() == 0

    # Sent again with the box ticked and no file chosen: the kept letter goes with it.
    kept_token = response.context["form"].data["kept_letter"]
    data = form_data([stage], accept_clash="on", kept_letter=kept_token)
    del data["letter"]
    response = post(client, data)
    assert response.status_code == 302
    saved = StudentRequest.objects.get()
    assert saved.enrolment_proof_name == "school-letter.pdf"
    assert Path(saved.enrolment_proof.path).read_bytes() == PDF


def test_a_forged_kept_letter_token_is_ignored(client):
    data = form_data([FacilityFactory()], kept_letter="student-requests/pending/other.pdf")
    del data["letter"]
    response = post(client, data)
    assert response.status_code == 400
    assert "letter" in response.context["form"].errors


def test_a_hold_on_the_days_is_flagged_too(client):
    stage = FacilityFactory()
    BookingFactory(facility=stage, start_date=in_days(39), end_date=in_days(39), status="tentative")
    response = post(client, form_data([stage]))
    assert response.status_code == 400
    assert response.context["form"].has_error(NON_FIELD_ERRORS, "clash")


def test_the_honeypot_refuses_robots(client):
    response = post(client, form_data([FacilityFactory()], website="http://spam.example"))
    assert response.status_code == 400
    assert StudentRequest.objects.count() == 0


def test_too_many_requests_from_one_address_get_a_429(client, django_capture_on_commit_callbacks):
    stage = FacilityFactory()
    for _attempt in range(5):
        assert post(client, form_data([stage])).status_code == 302
    response = post(client, form_data([stage]))
    assert response.status_code == 429
    assert StudentRequest.objects.count() == 5


def test_the_dates_check_lists_taken_facilities(client):
    stage = FacilityFactory(name="Sound stage")
    free = FacilityFactory(name="Workshop")
    BookingFactory(facility=stage, start_date=in_days(41), end_date=in_days(42))
    response = client.get(
        reverse("studios:student-request-check"),
        {"start": in_days(40).isoformat(), "end": in_days(41).isoformat(), "facility": [stage.pk, free.pk]},
    )
    assert response.status_code == 200
    data = response.json()
    assert [clash["facility"] for clash in data["clashes"]] == ["Sound stage"]
    assert data["message"]


def test_the_dates_check_is_empty_when_all_is_free(client):
    stage = FacilityFactory()
    response = client.get(
        reverse("studios:student-request-check"),
        {"start": in_days(40).isoformat(), "end": in_days(41).isoformat(), "facility": stage.pk, "prep": "2"},
    )
    assert response.json() == {"clashes": [], "message": ""}


@pytest.mark.parametrize(
    "params",
    [
        {"start": "tomorrow", "end": "2027-01-01"},
        {"start": "2027-01-05", "end": "2027-01-01"},
        {"start": "2027-01-01", "end": "2027-06-01"},
        {"start": "2027-01-01", "end": "2027-01-02", "facility": "x"},
        {"start": "2027-01-01", "end": "2027-01-02", "prep": "99"},
    ],
    ids=["not-a-date", "reversed", "too-long", "bad-facility", "bad-prep"],
)
def test_the_dates_check_answers_bad_input_with_a_400(client, params):
    response = client.get(reverse("studios:student-request-check"), params)
    assert response.status_code == 400
    assert response.json()["error"]
