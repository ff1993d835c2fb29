"""Clients and the productions the company has worked on."""

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Currency(models.TextChoices):
    MAD = "MAD", _("Moroccan dirham (MAD)")
    USD = "USD", _("US dollar (USD)")
    EUR = "EUR", _("Euro (EUR)")
    GBP = "GBP", _("Pound sterling (GBP)")


class Client(models.Model):
    class Kind(models.TextChoices):
        NETWORK = "network", _("TV network")
        STREAMER = "streamer", _("Streaming service")
        STUDIO = "studio", _("Film studio")
        PRODUCER = "producer", _("Production company")

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.NETWORK)
    country = models.CharField(_("country"), max_length=80, blank=True)
    url = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("client")
        verbose_name_plural = _("clients and networks")

    def __str__(self) -> str:
        return self.name


class Role(models.Model):
    """What the company did on a production; a fixed list, created by a migration."""

    class Code(models.TextChoices):
        LINE_PRODUCER = "line_producer", _("Line producer")
        PRODUCER = "producer", _("Producer")
        EXECUTIVE_PRODUCER = "executive_producer", _("Executive producer")
        PRODUCTION_SERVICES = "production_services", _("Production services")
        STUDIO_HOSTING = "studio_hosting", _("Studio hosting")

    code = models.CharField(_("code"), max_length=30, choices=Code, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order"]
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def __str__(self) -> str:
        return str(self.get_code_display())


class ProductionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def featured(self):
        return self.published().filter(is_featured=True)

    def for_list(self):
        """What a list of productions shows, in a fixed number of queries."""
        return self.select_related("client").prefetch_related("roles")


class Production(models.Model):
    class Kind(models.TextChoices):
        FEATURE = "feature", _("Feature film")
        SERIES = "series", _("TV series")
        MINI_SERIES = "mini_series", _("Mini-series")
        TV_FILM = "tv_film", _("TV film")
        DOCUMENTARY = "documentary", _("Documentary")
        SHORT = "short", _("Short film")
        COMMERCIAL = "commercial", _("Commercial")

    class Origin(models.TextChoices):
        INTERNATIONAL = "international", _("International")
        MOROCCAN = "moroccan", _("Moroccan")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True)
    original_title = models.CharField(_("original title"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    origin = models.CharField(_("origin"), max_length=20, choices=Origin)
    year_start = models.PositiveSmallIntegerField(_("year"))
    year_end = models.PositiveSmallIntegerField(
        _("last year"), null=True, blank=True, help_text=_("For work spread over several years.")
    )
    seasons = models.CharField(
        _("seasons"), max_length=40, blank=True, help_text=_("For example “8” or “1–2”.")
    )
    episodes = models.CharField(_("episodes"), max_length=40, blank=True, help_text=_("For example “3–5”."))
    director = models.CharField(_("director"), max_length=200, blank=True)
    creator = models.CharField(_("creator"), max_length=200, blank=True)
    client = models.ForeignKey(
        Client,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="productions",
        verbose_name=_("client or network"),
    )
    roles = models.ManyToManyField(Role, related_name="productions", verbose_name=_("our roles"))
    logline = models.CharField(_("logline"), max_length=300)
    description = models.TextField(_("about our work on it"), blank=True)
    poster = models.ImageField(_("poster"), upload_to="posters/", blank=True)
    facilities = models.ManyToManyField(
        "studios.Facility",
        blank=True,
        related_name="productions",
        verbose_name=_("facilities used at the studio"),
    )
    spend_amount = models.DecimalField(
        _("spend in Morocco"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    spend_currency = models.CharField(_("currency"), max_length=3, choices=Currency, default=Currency.USD)
    spend_is_public = models.BooleanField(
        _("show the spend publicly"), default=False, help_text=_("Only when the client agrees.")
    )
    spend_note = models.CharField(_("spend note"), max_length=200, blank=True)
    is_featured = models.BooleanField(_("featured"), default=False)
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProductionQuerySet.as_manager()

    class Meta:
        ordering = ["-year_start", "title"]
        verbose_name = _("production")
        verbose_name_plural = _("productions")
        constraints = [
            models.CheckConstraint(
                condition=Q(year_start__gte=1950) & Q(year_start__lte=2100),
                name="production_year_range",
                violation_error_code="year_out_of_range",
                violation_error_message=_("The year must be between 1950 and 2100."),
            ),
            models.CheckConstraint(
                condition=Q(year_end__isnull=True)
                | (Q(year_end__gte=F("year_start")) & Q(year_end__lte=2100)),
                name="production_year_end_after_start",
                violation_error_code="years_out_of_order",
                violation_error_message=_("The last year must be between the first year and 2100."),
            ),
            models.CheckConstraint(
                condition=Q(spend_amount__isnull=True) | Q(spend_amount__gte=0),
                name="production_spend_not_negative",
                violation_error_code="negative",
                violation_error_message=_("The spend in Morocco cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.years})"

    def get_absolute_url(self) -> str:
        return reverse("productions:production-detail", kwargs={"slug": self.slug})

    @property
    def years(self) -> str:
        if self.year_end and self.year_end != self.year_start:
            return f"{self.year_start}–{self.year_end}"
        return str(self.year_start)

    @property
    def public_spend(self):
        """The spend when staff chose to show it, else None."""
        return self.spend_amount if self.spend_is_public else None
