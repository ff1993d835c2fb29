"""Shoot enquiries from producers, with the staff's notes and the history of their status."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from kfilms import references
from kfilms.references import random_code
from kfilms.uploads import private_storage_callable

from .catalogue import Currency, Production

REFERENCE_PREFIX = "KF"


def reference_generate() -> str:
    """A reference like KF-7H3Q-M2XP: 31^8 (about 850 billion) possibilities."""
    code = random_code(8)
    return f"{REFERENCE_PREFIX}-{code[:4]}-{code[4:]}"


def reference_unique() -> str:
    """A fresh reference no enquiry has."""
    return references.reference_unique(ShootEnquiry, reference_generate)


class ShootEnquiryQuerySet(models.QuerySet):
    def for_inbox(self) -> "ShootEnquiryQuerySet":
        """What the inbox's list and pages show beside each enquiry, in the same query."""
        return self.select_related("assignee", "production")


class ShootEnquiry(models.Model):
    """A producer's enquiry about a shoot in Morocco, worked by the staff in the admin."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_REVIEW = "in_review", _("In review")
        QUOTED = "quoted", _("Quoted")
        CONFIRMED = "confirmed", _("Confirmed")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    # The workflow (DESIGN.md): new → in review → quoted → confirmed, one step at a time, and an open
    # enquiry can be declined or withdrawn at any step. A closed one stays closed: a producer who
    # comes back sends a new enquiry, so the history of the first one keeps its meaning.
    ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
        Status.NEW: frozenset({Status.IN_REVIEW, Status.DECLINED, Status.WITHDRAWN}),
        Status.IN_REVIEW: frozenset({Status.QUOTED, Status.DECLINED, Status.WITHDRAWN}),
        Status.QUOTED: frozenset({Status.CONFIRMED, Status.DECLINED, Status.WITHDRAWN}),
        Status.CONFIRMED: frozenset(),
        Status.DECLINED: frozenset(),
        Status.WITHDRAWN: frozenset(),
    }

    class Stage(models.TextChoices):
        DEVELOPMENT = "development", _("In development")
        FINANCING = "financing", _("Financing")
        PRE_PRODUCTION = "pre_production", _("In pre-production")
        GREENLIT = "greenlit", _("Greenlit and financed")

    class Service(models.TextChoices):
        LINE_PRODUCTION = "line_production", _("Line production")
        STUDIO = "studio", _("Studio and sets")
        COSTUMES_PROPS = "costumes_props", _("Costumes and props")
        PERMITS = "permits", _("Permits and authorisations")
        CASTING = "casting", _("Casting")
        POST_PRODUCTION = "post_production", _("Post-production")

    class Source(models.TextChoices):
        RECOMMENDATION = "recommendation", _("A recommendation")
        WORKED_BEFORE = "worked_before", _("We worked together before")
        SEARCH = "search", _("A web search")
        FESTIVAL = "festival", _("A festival or market")
        PRESS = "press", _("The press")
        SOCIAL = "social", _("Social media")
        OTHER = "other", _("Other")

    reference = models.CharField(_("reference"), max_length=16, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=12, choices=Status, default=Status.NEW)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_enquiries",
        verbose_name=_("assigned to"),
        limit_choices_to={"is_staff": True},
    )

    # Contact
    name = models.CharField(_("contact name"), max_length=120)
    company = models.CharField(_("company"), max_length=160)
    role = models.CharField(_("role"), max_length=120, blank=True)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    country = models.CharField(_("country"), max_length=80)

    # The project
    title = models.CharField(_("project title"), max_length=200)
    kind = models.CharField(_("kind of project"), max_length=20, choices=Production.Kind)
    logline = models.TextField(_("logline"), max_length=1000)
    format = models.CharField(
        _("format"),
        max_length=160,
        blank=True,
        help_text=_("For example “8 × 60′ series for streaming” or “110′ feature for cinemas”."),
    )
    stage = models.CharField(_("stage of the project"), max_length=20, choices=Stage)

    # Dates
    prep_start = models.DateField(_("preparation starts"), null=True, blank=True)
    shoot_start = models.DateField(_("shoot starts"))
    shoot_end = models.DateField(_("shoot ends"))
    shooting_days = models.PositiveSmallIntegerField(_("shooting days in Morocco"))
    set_building_days = models.PositiveSmallIntegerField(_("set-building days in Morocco"), default=0)

    # Crew
    foreign_crew_size = models.PositiveSmallIntegerField(_("foreign crew travelling"), null=True, blank=True)
    local_crew_size = models.PositiveSmallIntegerField(_("Moroccan crew wanted"), null=True, blank=True)

    # What is wanted
    facilities = models.ManyToManyField(
        "studios.Facility", blank=True, related_name="enquiries", verbose_name=_("facilities at the studio")
    )
    locations = models.TextField(_("locations or looks"), blank=True)
    services = models.JSONField(_("services wanted"), default=list, blank=True)

    # Money
    spend_amount = models.DecimalField(
        _("estimated spend in Morocco"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    spend_currency = models.CharField(_("currency"), max_length=3, choices=Currency, default=Currency.USD)
    rebate_interest = models.BooleanField(_("interested in the rebate"), default=True)

    attachment = models.FileField(
        _("attachment"), upload_to="enquiries/%Y/", storage=private_storage_callable, blank=True
    )
    attachment_name = models.CharField(_("attachment's file name"), max_length=200, blank=True)
    heard_from = models.CharField(_("how they heard of us"), max_length=20, choices=Source, blank=True)
    consent_at = models.DateTimeField(_("privacy notice accepted"))
    # The language the producer wrote in: their acknowledgement and later emails use it.
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    # One per rendering of the public form: the same form sent twice (a double click, a reload)
    # hits this unique key instead of making a second enquiry and a second pair of emails.
    submission_key = models.CharField(
        _("submission key"), max_length=64, unique=True, null=True, blank=True, editable=False
    )
    production = models.OneToOneField(
        Production,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiry",
        verbose_name=_("production in the catalogue"),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ShootEnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("shoot enquiry")
        verbose_name_plural = _("shoot enquiries")
        constraints = [
            # The same messages as the public form, which says them beside the field first.
            models.CheckConstraint(
                condition=Q(shoot_end__gte=F("shoot_start")),
                name="enquiry_shoot_in_order",
                violation_error_code="days_out_of_order",
                violation_error_message=_("The shoot cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=Q(prep_start__isnull=True) | Q(prep_start__lte=F("shoot_start")),
                name="enquiry_prep_before_shoot",
                violation_error_code="prep_after_shoot",
                violation_error_message=_("Preparation should start before the shoot."),
            ),
            models.CheckConstraint(
                condition=Q(spend_amount__isnull=True) | Q(spend_amount__gte=0),
                name="enquiry_spend_not_negative",
                violation_error_code="negative",
                violation_error_message=_("The estimated spend cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(shooting_days__gt=0),
                name="enquiry_shooting_days_positive",
                violation_error_code="not_positive",
                violation_error_message=_("Please give at least one shooting day."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "created_at"], name="enquiry_status_idx"),
            # The inbox's filters: shoot month, status with kind, country.
            models.Index(fields=["shoot_start"], name="enquiry_shoot_start_idx"),
            models.Index(fields=["status", "kind"], name="enquiry_status_kind_idx"),
            models.Index(fields=["country"], name="enquiry_country_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.reference} · {self.title} ({self.company})"

    def can_move_to(self, status: str) -> bool:
        """Whether the workflow allows this enquiry's status to become `status`."""
        return status in self.ALLOWED_TRANSITIONS.get(self.status, frozenset())

    def service_labels(self) -> list[str]:
        labels = dict(self.Service.choices)
        return [str(labels[code]) for code in self.services if code in labels]


class EnquiryNote(models.Model):
    """An internal note on an enquiry, never shown to the producer."""

    enquiry = models.ForeignKey(
        ShootEnquiry, on_delete=models.CASCADE, related_name="notes", verbose_name=_("shoot enquiry")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("author")
    )
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self) -> str:
        return f"{self.author or '—'}: {self.text[:60]}"


class EnquiryStatusChange(models.Model):
    """One step of an enquiry's history: who moved it from which status to which, and when."""

    enquiry = models.ForeignKey(
        ShootEnquiry, on_delete=models.CASCADE, related_name="status_changes", verbose_name=_("shoot enquiry")
    )
    from_status = models.CharField(_("from"), max_length=12, choices=ShootEnquiry.Status, blank=True)
    to_status = models.CharField(_("to"), max_length=12, choices=ShootEnquiry.Status)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("by")
    )
    changed_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("history of the status")

    def __str__(self) -> str:
        return f"{self.get_from_status_display() or '—'} → {self.get_to_status_display()}"
