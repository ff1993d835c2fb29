"""Emails to addresses typed in the form carry only the reference in their subject, never typed text."""

import pytest
from django.core import mail

from studios.models import StudentRequest
from studios.services import student_request_decide, student_request_submit

from .factories import FacilityFactory, StudentRequestFactory

pytestmark = pytest.mark.django_db

SPAM = "Cheap pills at spam.example"


def test_the_student_and_the_teacher_read_no_typed_text_in_their_subjects(django_capture_on_commit_callbacks):
    request = StudentRequestFactory.build(
        student_name=SPAM,
        project_title=SPAM,
        student_email="victim@example.com",
        supervisor_email="t@example.com",
    )
    with django_capture_on_commit_callbacks(execute=True):
        saved = student_request_submit(student_request=request, facilities=[FacilityFactory()], categories=[])
        student_request_decide(student_request=saved, decision=StudentRequest.Status.WAITLISTED)

    to_typed = [m for m in mail.outbox if {"victim@example.com", "t@example.com"} & set(m.to)]
    assert len(to_typed) == 3
    for message in to_typed:
        assert saved.reference in message.subject
        assert "spam" not in message.subject.lower()
