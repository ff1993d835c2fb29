"""Staff decide students' requests: approving books the days or names the clash; each decision is emailed."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.signals import request_finished
from django.db import close_old_connections
from django.urls import reverse

from kfilms.groups import STUDIO_COORDINATORS
from studios.models import Booking, StudentRequest
from studios.services import student_request_decide

from .factories import BookingFactory, FacilityFactory, StudentRequestFactory

pytestmark = pytest.mark.django_db


def test_approving_books_each_facility_over_the_whole_span():
    stage, kasbah = FacilityFactory(name="Sound stage"), FacilityFactory(name="Kasbah")
    request = StudentRequestFactory(facilities=[stage, kasbah], prep_days=2, strike_days=1)
    decided = student_request_decide(student_request=request, decision="approved")
    assert decided.status == StudentRequest.Status.APPROVED
    assert decided.decided_at is not None
    bookings = list(request.bookings.order_by("facility__name"))
    assert [booking.facility for booking in bookings] == [kasbah, stage]
    for booking in bookings:
        assert booking.status == Booking.Status.CONFIRMED
        assert booking.kind == Booking.Kind.STUDENT_PROJECT
        assert (booking.start_date, booking.end_date) == (request.first_day, request.last_day)
        assert booking.served == request


def test_each_decision_emails_the_student_and_the_teacher(django_capture_on_commit_callbacks):
    request = StudentRequestFactory(facilities=[FacilityFactory(name="Sound stage")])
    with django_capture_on_commit_callbacks(execute=True):
        student_request_decide(student_request=request, decision="approved")
    (message,) = mail.outbox
    assert message.to == [request.student_email, request.supervisor_email]
    assert message.subject.startswith("Approved")
    assert "Sound stage" in message.body
    assert request.reference in message.body


def test_approving_over_a_confirmed_booking_names_the_clash_and_saves_nothing():
    stage = FacilityFactory(name="Sound stage")
    free = FacilityFactory(name="Workshop")
    request = StudentRequestFactory(facilities=[stage, free])
    BookingFactory(
        facility=stage, start_date=request.shoot_start, end_date=request.shoot_start, label="Homeland"
    )
    with pytest.raises(ValidationError) as refused:
        student_request_decide(student_request=request, decision="approved")
    assert "Sound stage is booked" in refused.value.messages[0]
    assert "Homeland" in refused.value.messages[0]
    request.refresh_from_db()
    assert request.status == StudentRequest.Status.SUBMITTED
    assert not request.bookings.exists()
    assert mail.outbox == []


def test_declining_needs_a_reason_that_the_student_reads(django_capture_on_commit_callbacks):
    request = StudentRequestFactory()
    with pytest.raises(ValidationError, match="Say why"):
        student_request_decide(student_request=request, decision="declined", reason="  ")
    with django_capture_on_commit_callbacks(execute=True):
        student_request_decide(
            student_request=request, decision="declined", reason="The stage is being rebuilt."
        )
    request.refresh_from_db()
    assert request.status == StudentRequest.Status.DECLINED
    assert "The stage is being rebuilt." in mail.outbox[0].body


def test_a_waitlisted_request_can_be_approved_later(django_capture_on_commit_callbacks):
    request = StudentRequestFactory(facilities=[FacilityFactory()])
    with django_capture_on_commit_callbacks(execute=True):
        student_request_decide(student_request=request, decision="waitlisted")
        student_request_decide(student_request=request, decision="approved")
    assert request.bookings.confirmed().count() == 1
    assert [m.subject.split(":")[0] for m in mail.outbox] == ["Waiting list", "Approved"]


def test_cancelling_an_approved_request_frees_its_days():
    request = StudentRequestFactory(facilities=[FacilityFactory()])
    student_request_decide(student_request=request, decision="approved")
    student_request_decide(student_request=request, decision="cancelled")
    assert set(request.bookings.values_list("status", flat=True)) == {Booking.Status.CANCELLED}


@pytest.mark.parametrize(("first", "then"), [("declined", "approved"), ("approved", "approved")])
def test_a_closed_request_is_not_decided_again(first, then):
    request = StudentRequestFactory()
    student_request_decide(student_request=request, decision=first, reason="No.")
    with pytest.raises(ValidationError, match="cannot be marked"):
        student_request_decide(student_request=request, decision=then)


def drain(response) -> bytes:
    """Read a file response and close its file, as the test client does, keeping the test's connection."""
    content = b"".join(response.streaming_content)
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    return content


def decide_url(request: StudentRequest) -> str:
    return reverse("admin:studios_studentrequest_decide", args=[request.pk])


def test_the_decide_page_warns_of_clashes_before_approving(staff_client):
    stage = FacilityFactory(name="Sound stage")
    request = StudentRequestFactory(facilities=[stage])
    BookingFactory(
        facility=stage, start_date=request.shoot_end, end_date=request.shoot_end, label="Deep State"
    )
    response = staff_client.get(decide_url(request))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Approving would clash" in html and "Deep State" in html


def test_staff_approve_in_the_admin_and_the_days_show_as_taken(staff_client, client):
    stage = FacilityFactory(name="Sound stage")
    request = StudentRequestFactory(facilities=[stage])
    response = staff_client.post(decide_url(request), {"decision": "approved", "reason": ""})
    assert response.status_code == 302
    assert request.bookings.confirmed().count() == 1
    day = request.shoot_start
    month = reverse(
        "studios:facility-availability-month",
        kwargs={"slug": stage.slug, "year": day.year, "month": day.month},
    )
    assert (
        f'is-booked">\n            <span class="cal-num">{day.day}</span>'
        in client.get(month).content.decode()
    )


def test_a_clash_in_the_admin_is_explained_on_the_form(staff_client):
    stage = FacilityFactory(name="Sound stage")
    request = StudentRequestFactory(facilities=[stage])
    BookingFactory(facility=stage, start_date=request.shoot_start, end_date=request.shoot_start)
    response = staff_client.post(decide_url(request), {"decision": "approved", "reason": ""})
    assert response.status_code == 400
    assert "These dates clash with a confirmed booking" in response.content.decode()


def test_declining_in_the_admin_without_a_reason_is_refused(staff_client):
    request = StudentRequestFactory()
    response = staff_client.post(decide_url(request), {"decision": "declined", "reason": ""})
    assert response.status_code == 400
    request.refresh_from_db()
    assert request.status == StudentRequest.Status.SUBMITTED


def test_the_approve_action_decides_many_and_reports_clashes(staff_client):
    stage = FacilityFactory(name="Sound stage")
    fine = StudentRequestFactory(facilities=[FacilityFactory()])
    clashing = StudentRequestFactory(facilities=[stage])
    BookingFactory(facility=stage, start_date=clashing.shoot_start, end_date=clashing.shoot_start)
    response = staff_client.post(
        reverse("admin:studios_studentrequest_changelist"),
        {"action": "approve", "_selected_action": [fine.pk, clashing.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "1 request decided." in html
    assert f"{clashing.reference}: These dates clash" in html


def test_admin_pages_load_and_requests_are_not_added_by_hand(staff_client):
    request = StudentRequestFactory(facilities=[FacilityFactory()])
    assert staff_client.get(reverse("admin:studios_studentrequest_changelist")).status_code == 200
    assert (
        staff_client.get(reverse("admin:studios_studentrequest_change", args=[request.pk])).status_code == 200
    )
    assert staff_client.get(reverse("admin:studios_studentrequest_add")).status_code == 403


# The list: session, user, count, requests with their facility counts (and the date hierarchy's bounds).
@pytest.mark.parametrize("count", [2, 30])
def test_the_request_list_takes_the_same_queries_whatever_the_rows(
    staff_client, django_assert_max_num_queries, count
):
    StudentRequestFactory.create_batch(count, facilities=[FacilityFactory()])
    with django_assert_max_num_queries(8):
        staff_client.get(reverse("admin:studios_studentrequest_changelist"))


def test_the_school_letter_is_served_to_staff_as_an_attachment(staff_client):
    request = StudentRequestFactory(enrolment_proof_name="letter from ESAV.pdf")
    response = staff_client.get(reverse("admin:studios_studentrequest_letter", args=[request.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "letter from ESAV.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert drain(response).startswith(b"%PDF")


def test_the_letter_is_refused_to_the_public_and_to_staff_without_the_permission(client, django_user_model):
    request = StudentRequestFactory()
    url = reverse("admin:studios_studentrequest_letter", args=[request.pk])
    assert client.get(url).status_code == 302  # to the login page
    clerk = django_user_model.objects.create_user("clerk", password="x-pass-123", is_staff=True)
    client.force_login(clerk)
    assert client.get(url).status_code in (403, 404)


def test_a_studio_coordinator_decides_requests(client, django_user_model):
    coordinator = django_user_model.objects.create_user("coord", password="x-pass-123", is_staff=True)
    coordinator.groups.add(Group.objects.get(name=STUDIO_COORDINATORS))
    client.force_login(coordinator)
    request = StudentRequestFactory(facilities=[FacilityFactory()])
    letter = client.get(reverse("admin:studios_studentrequest_letter", args=[request.pk]))
    assert letter.status_code == 200
    assert drain(letter).startswith(b"%PDF")
    response = client.post(decide_url(request), {"decision": "approved", "reason": ""})
    assert response.status_code == 302
    assert client.get(reverse("admin:studios_booking_changelist")).status_code == 200
