"""Writes with several steps: confirming bookings, taking and deciding students' requests."""

from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kfilms.outbox import email_enqueue
from kfilms.references import reference_unique

from .models import Booking, CollectionCategory, Facility, StudentRequest
from .models.bookings import booking_clash_message, facility_families
from .models.requests import new_reference

EXCLUSION_CONSTRAINT = "booking_confirmed_no_overlap"


def facilities_lock(facility_ids: Iterable[int]) -> None:
    """Hold every facility row given until the transaction ends, so overlap checks run one at a time.

    The exclusion constraint on PostgreSQL only compares bookings of one facility; a booking
    of the whole backlot and one of its zone are different rows it cannot see together. So
    whoever confirms a booking first locks the whole family (facility, parent, zones) and only
    then checks: a second confirmation of any member waits here and then sees the first.
    On SQLite (no row locks) every transaction already holds the database's write lock from
    its BEGIN (transaction_mode IMMEDIATE in settings), so confirmations run one at a time.
    """
    if connection.vendor != "sqlite":
        # In pk order, so two transactions locking overlapping families cannot deadlock.
        ids = sorted(set(facility_ids))
        list(Facility.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk"))


def _save_confirmed(booking: Booking) -> None:
    """Save a validated booking; the database's own refusal becomes the same clear error."""
    try:
        with transaction.atomic():
            booking.save()
    except IntegrityError as error:
        if EXCLUSION_CONSTRAINT not in str(error):
            raise
        raise ValidationError(
            _("Another confirmed booking of %(facility)s was saved for these dates at the same moment.")
            % {"facility": booking.facility}
        ) from error


@transaction.atomic
def booking_confirm(*, booking: Booking) -> Booking:
    """Confirm a booking (new or tentative); ValidationError says what it clashes with."""
    facilities_lock(booking.facility.family_ids())
    booking.status = Booking.Status.CONFIRMED
    booking.full_clean()
    _save_confirmed(booking)
    return booking


@transaction.atomic
def student_request_submit(
    *,
    student_request: StudentRequest,
    facilities: Iterable[Facility],
    categories: Iterable[CollectionCategory],
) -> StudentRequest:
    """Save a student's request, then queue the emails to the student, the teacher and the staff."""
    student_request.reference = reference_unique(StudentRequest, new_reference)
    student_request.full_clean(exclude=["facilities", "collection_categories"])
    student_request.save()
    student_request.facilities.set(facilities)
    student_request.collection_categories.set(categories)
    context = {"student_request": student_request, "admin_url": _admin_url(student_request)}
    language = student_request.language
    email_enqueue(
        to=[student_request.student_email],
        template="student_request_received",
        context=context,
        language=language,
    )
    email_enqueue(
        to=[student_request.supervisor_email],
        template="student_request_supervisor",
        context=context,
        language=language,
        reply_to=[student_request.student_email],
    )
    # The staff read English, whatever language the student wrote in.
    email_enqueue(
        to=settings.STAFF_NOTIFY_EMAILS,
        template="student_request_staff",
        context=context,
        language=settings.LANGUAGE_CODE,
        reply_to=[student_request.student_email],
    )
    return student_request


# Which decision may follow which status: a closed request is not reopened.
ALLOWED_DECISIONS = {
    StudentRequest.Status.SUBMITTED: {
        StudentRequest.Status.APPROVED,
        StudentRequest.Status.DECLINED,
        StudentRequest.Status.WAITLISTED,
        StudentRequest.Status.CANCELLED,
    },
    StudentRequest.Status.WAITLISTED: {
        StudentRequest.Status.APPROVED,
        StudentRequest.Status.DECLINED,
        StudentRequest.Status.CANCELLED,
    },
    StudentRequest.Status.APPROVED: {StudentRequest.Status.CANCELLED},
    StudentRequest.Status.DECLINED: set(),
    StudentRequest.Status.CANCELLED: set(),
}


@transaction.atomic
def student_request_decide(
    *,
    student_request: StudentRequest,
    decision: str,
    reason: str = "",
    decided_by: AbstractBaseUser | None = None,
) -> StudentRequest:
    """Approve (confirmed bookings), decline with a reason, waitlist or cancel; then tell the student.

    Approving refuses with a ValidationError naming each clash; nothing is saved then.
    """
    # Lock the request so that two staff deciding at once do not both act on it.
    current = StudentRequest.objects.select_for_update().get(pk=student_request.pk)
    decision = StudentRequest.Status(decision)
    if decision not in ALLOWED_DECISIONS[StudentRequest.Status(current.status)]:
        raise ValidationError(
            _("A request that is %(current)s cannot be marked %(decision)s.")
            % {"current": current.get_status_display().lower(), "decision": decision.label.lower()}
        )
    reason = reason.strip()
    if decision == StudentRequest.Status.DECLINED and not reason:
        raise ValidationError({"reason": _("Say why the request is declined: the student reads it.")})

    if decision == StudentRequest.Status.APPROVED:
        _book_for(current)
    elif decision == StudentRequest.Status.CANCELLED:
        current.bookings.cancel()

    current.status = decision
    current.decision_reason = reason
    current.decided_at = timezone.now()
    current.decided_by = decided_by if decided_by is not None and decided_by.pk else None
    current.full_clean(exclude=["facilities", "collection_categories", "enrolment_proof"])
    current.save()
    context = {"student_request": current, "bookings": list(current.bookings.select_related("facility"))}
    email_enqueue(
        to=[current.student_email, current.supervisor_email],
        template="student_request_decision",
        context=context,
        language=current.language,
    )
    return current


def _planned_bookings(student_request: StudentRequest) -> list[Booking]:
    """The confirmed bookings approving would create: each facility asked for, over the whole span."""
    bookings = []
    for facility in student_request.facilities.all():
        booking = Booking(
            facility=facility,
            kind=Booking.Kind.STUDENT_PROJECT,
            status=Booking.Status.CONFIRMED,
            start_date=student_request.first_day,
            end_date=student_request.last_day,
            served=student_request,
            label=f"{student_request.reference} · {student_request.project_title}"[:200],
        )
        booking.compute_span()
        bookings.append(booking)
    return bookings


def student_request_clashes(student_request: StudentRequest) -> list[Booking]:
    """The confirmed bookings that approving this request would overlap."""
    return _clashes_of(_planned_bookings(student_request))


def _clashes_of(bookings: list[Booking]) -> list[Booking]:
    """The confirmed bookings each planned booking overlaps, read in two queries however many there are."""
    if not bookings:
        return []
    families = facility_families(booking.facility_id for booking in bookings)
    members = set().union(*families.values())
    # All the bookings of one request share its span.
    found = list(
        Booking.objects.confirmed()
        .of_facilities(members)
        .overlapping(bookings[0].starts_at, bookings[0].ends_at)
        .select_related("facility")
    )
    return [
        clash for booking in bookings for clash in found if clash.facility_id in families[booking.facility_id]
    ]


def _book_for(student_request: StudentRequest) -> list[Booking]:
    """Confirm all the bookings approving creates, or none, naming each clash."""
    bookings = _planned_bookings(student_request)
    facilities_lock({pk for booking in bookings for pk in booking.facility.family_ids()})
    clashes = _clashes_of(bookings)
    if clashes:
        raise ValidationError(booking_clash_message(clashes))
    for booking in bookings:
        booking.full_clean()
        _save_confirmed(booking)
    return bookings


def _admin_url(student_request: StudentRequest) -> str:
    path = reverse("admin:studios_studentrequest_change", args=[student_request.pk])
    return f"{settings.SITE_URL.rstrip('/')}{path}"
