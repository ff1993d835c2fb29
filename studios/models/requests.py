"""Students' requests to use the studio, its costumes and props for free."""

from datetime import date, timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kfilms.references import random_code
from kfilms.uploads import private_storage_callable

from .bookings import Booking
from .catalogue import CollectionCategory, Facility

MAX_PREP_DAYS = 14
MAX_STRIKE_DAYS = 7
MAX_CREW = 200


def new_reference() -> str:
    """A short reference students quote, like OS-2026-7KQ4M."""
    return f"OS-{timezone.localdate().year}-{random_code(5)}"


def enrolment_proof_path(instance: "StudentRequest", filename: str) -> str:
    # The storage swaps the name for a random token; only the folder matters here.
    return f"student-requests/{timezone.now():%Y/%m}/{filename}"


class StudentRequest(models.Model):
    """A student's request to use facilities, costumes and props for a school project."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        WAITLISTED = "waitlisted", _("Waitlisted")
        CANCELLED = "cancelled", _("Cancelled")

    class ProjectKind(models.TextChoices):
        SHORT_FICTION = "short_fiction", _("Short fiction")
        DOCUMENTARY = "documentary", _("Documentary")
        GRADUATION_FILM = "graduation_film", _("Graduation film")
        EXERCISE = "exercise", _("Exercise")

    reference = models.CharField(_("reference"), max_length=20, unique=True, default=new_reference)
    status = models.CharField(_("status"), max_length=12, choices=Status, default=Status.SUBMITTED)
    # The language the student used on the site: the confirmation and the decision are written in it.
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        editable=False,
    )

    student_name = models.CharField(_("student's name"), max_length=120)
    student_email = models.EmailField(_("student's email"))
    student_phone = models.CharField(_("student's phone"), max_length=40)

    school_name = models.CharField(_("school or university"), max_length=160)
    school_city = models.CharField(_("city"), max_length=80)
    school_country = models.CharField(_("country"), max_length=80)
    programme = models.CharField(
        _("programme"), max_length=160, help_text=_("For example “BA Film Directing”.")
    )
    study_year = models.PositiveSmallIntegerField(
        _("year of study"), validators=[MinValueValidator(1), MaxValueValidator(10)]
    )

    supervisor_name = models.CharField(_("supervising teacher"), max_length=120)
    supervisor_email = models.EmailField(_("teacher's email"))

    project_title = models.CharField(_("project title"), max_length=200)
    project_kind = models.CharField(_("kind of project"), max_length=20, choices=ProjectKind)
    synopsis = models.TextField(_("synopsis"), max_length=4000)
    crew_size = models.PositiveSmallIntegerField(
        _("crew size"), validators=[MinValueValidator(1), MaxValueValidator(MAX_CREW)]
    )
    minors_involved = models.BooleanField(_("minors take part"), default=False)

    shoot_start = models.DateField(_("first shooting day"))
    shoot_end = models.DateField(_("last shooting day"))
    prep_days = models.PositiveSmallIntegerField(
        _("preparation days"),
        default=0,
        validators=[MaxValueValidator(MAX_PREP_DAYS)],
        help_text=_("Days before the shoot to dress the set."),
    )
    strike_days = models.PositiveSmallIntegerField(
        _("strike days"),
        default=0,
        validators=[MaxValueValidator(MAX_STRIKE_DAYS)],
        help_text=_("Days after the shoot to clear the set."),
    )

    facilities = models.ManyToManyField(
        Facility, blank=True, related_name="student_requests", verbose_name=_("facilities wanted")
    )
    collection_categories = models.ManyToManyField(
        CollectionCategory,
        blank=True,
        related_name="student_requests",
        verbose_name=_("costumes and props wanted"),
    )
    costumes_props_notes = models.TextField(
        _("costumes and props, in your words"), blank=True, max_length=2000
    )

    enrolment_proof = models.FileField(
        _("proof of enrolment or school letter"),
        upload_to=enrolment_proof_path,
        storage=private_storage_callable,
        max_length=200,
    )
    enrolment_proof_name = models.CharField(_("file name as sent"), max_length=200, blank=True)

    decision_reason = models.TextField(_("reason given to the student"), blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    bookings = GenericRelation(
        Booking,
        content_type_field="served_type",
        object_id_field="served_id",
        verbose_name=_("bookings"),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("student request")
        verbose_name_plural = _("student requests")
        constraints = [
            models.CheckConstraint(
                condition=Q(shoot_end__gte=F("shoot_start")),
                name="studentrequest_days_in_order",
                violation_error_code="days_out_of_order",
                violation_error_message=_("The last shooting day cannot come before the first."),
            ),
            # The numbers are written out in the messages: a constraint's message takes no placeholders.
            models.CheckConstraint(
                condition=Q(crew_size__gte=1) & Q(crew_size__lte=MAX_CREW),
                name="studentrequest_crew_range",
                violation_error_code="crew_out_of_range",
                violation_error_message=_("The crew must be between 1 and 200 people."),
            ),
            models.CheckConstraint(
                condition=Q(prep_days__lte=MAX_PREP_DAYS) & Q(strike_days__lte=MAX_STRIKE_DAYS),
                name="studentrequest_prep_strike_range",
                violation_error_code="prep_strike_out_of_range",
                violation_error_message=_("Preparation may take up to 14 days and the strike up to 7 days."),
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="studentrequest_status_idx")]

    def __str__(self) -> str:
        return f"{self.reference} · {self.project_title}"

    @property
    def first_day(self) -> date:
        """The first day the facilities are needed, preparation included."""
        return self.shoot_start - timedelta(days=self.prep_days)

    @property
    def last_day(self) -> date:
        """The last day the facilities are needed, strike included."""
        return self.shoot_end + timedelta(days=self.strike_days)

    @property
    def is_open(self) -> bool:
        return self.status in {self.Status.SUBMITTED, self.Status.WAITLISTED}
