"""The company: its profile, people, partners and press."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

YEAR_RANGE = Q(founded_year__gte=1900) & Q(founded_year__lte=2100)


def name_link_rows(field: models.ManyToManyField, singular: str, plural: str) -> None:
    """Name the rows of an automatic many-to-many table for translation, and show both ends.

    Django calls them "Production-role relationship: Production_roles object (15)", in English, and
    the admin's delete page lists them. Call it from AppConfig.ready(), once the table exists.
    """
    through = field.remote_field.through
    through._meta.verbose_name = singular
    through._meta.verbose_name_plural = plural
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    through.__str__ = lambda row: f"{getattr(row, source)} · {getattr(row, target)}"


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Company(models.Model):
    """The one company profile the site is about."""

    name = models.CharField(_("name"), max_length=120)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    founded_year = models.PositiveSmallIntegerField(_("founding year"))
    story = models.TextField(_("story"))
    values = models.TextField(_("values"), blank=True, help_text=_("One value a line, shown as a list."))
    ceo_name = models.CharField(_("CEO name"), max_length=120)
    ceo_title = models.CharField(_("CEO title"), max_length=120, blank=True)
    ceo_bio = models.TextField(_("CEO biography"))
    ceo_photo = models.ImageField(_("CEO photo"), upload_to="company/", blank=True)
    ceo_photo_alt = models.CharField(_("CEO photo alt text"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)

    class Meta:
        verbose_name = _("company profile")
        verbose_name_plural = _("company profile")
        constraints = [
            models.CheckConstraint(
                condition=YEAR_RANGE,
                name="company_founded_year_range",
                violation_error_code="year_out_of_range",
                violation_error_message=_("The founding year must be between 1900 and 2100."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def load(cls) -> "Company | None":
        """The company profile, or None before it is entered."""
        return cls.objects.order_by("pk").first()

    def value_list(self) -> list[str]:
        return [line.strip() for line in self.values.splitlines() if line.strip()]


class KeyFigure(models.Model):
    """A figure the company states that the catalogue cannot compute (e.g. '50+ productions')."""

    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="key_figures", verbose_name=_("company")
    )
    value = models.CharField(_("value"), max_length=30, help_text=_("For example “50+”."))
    label = models.CharField(_("label"), max_length=120)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self) -> str:
        return f"{self.value} {self.label}"


class TeamMember(models.Model):
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ImageField(_("photo"), upload_to="team/", blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_published = models.BooleanField(_("published"), default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("team member")
        verbose_name_plural = _("team members")

    def __str__(self) -> str:
        return f"{self.name} ({self.role})"


class Partner(models.Model):
    class Kind(models.TextChoices):
        PARTNER = "partner", _("Partner")
        SPONSOR = "sponsor", _("Sponsor")
        INSTITUTION = "institution", _("Institution")

    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.PARTNER)
    description = models.CharField(_("description"), max_length=240, blank=True)
    url = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="partners/", blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_published = models.BooleanField(_("published"), default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "order", "name"]
        verbose_name = _("partner or sponsor")
        verbose_name_plural = _("partners and sponsors")

    def __str__(self) -> str:
        return self.name


class PressMention(models.Model):
    outlet = models.CharField(_("outlet"), max_length=120)
    title = models.CharField(_("title"), max_length=240)
    date = models.DateField(_("date"))
    url = models.URLField(_("link"), blank=True)
    excerpt = models.TextField(_("excerpt"), blank=True)
    is_published = models.BooleanField(_("published"), default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "outlet"]
        verbose_name = _("press mention")
        verbose_name_plural = _("press mentions")

    def __str__(self) -> str:
        return f"{self.outlet}: {self.title}"


class PendingEmail(models.Model):
    """The outbox: an email rendered and saved with what it is about, sent after the commit."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        # Given up after MAX_ATTEMPTS failures; staff may still retry it from the admin.
        FAILED = "failed", _("Failed")

    to = models.JSONField(_("recipients"))
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("text body"))
    html_body = models.TextField(_("HTML body"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # Set once at enqueue and sent on every attempt: a resend after a timeout the server had in
    # fact accepted is then the same message to mail clients, not a second one.
    message_id = models.CharField(_("Message-ID"), max_length=255, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="pendingemail_due_idx")]

    def __str__(self) -> str:
        return f"{self.subject} → {', '.join(self.to)} ({self.get_status_display()})"
