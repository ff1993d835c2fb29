"""The studio, its facilities, their photos, and the costume and props collections."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q, Sum
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext


def positive_or_null(field: str) -> Q:
    return Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gt": 0})


class Studio(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    location = models.CharField(_("location"), max_length=200)
    access = models.CharField(
        _("access"), max_length=200, blank=True, help_text=_("How far from the nearest town.")
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)
    land_hectares = models.DecimalField(_("land (hectares)"), max_digits=7, decimal_places=2)
    opened_year = models.PositiveSmallIntegerField(_("opening year"))
    story = models.TextField(_("story"))
    expansion = models.TextField(_("expansion plans"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("studio")
        verbose_name_plural = _("studios")
        constraints = [
            models.CheckConstraint(
                condition=Q(land_hectares__gt=0),
                name="studio_land_positive",
                violation_error_code="not_positive",
                violation_error_message=_("The land area must be more than zero."),
            ),
            models.CheckConstraint(
                condition=Q(opened_year__gte=1900) & Q(opened_year__lte=2100),
                name="studio_opened_year_range",
                violation_error_code="year_out_of_range",
                violation_error_message=_("The opening year must be between 1900 and 2100."),
            ),
            models.CheckConstraint(
                condition=Q(latitude__gte=-90)
                & Q(latitude__lte=90)
                & Q(longitude__gte=-180)
                & Q(longitude__lte=180),
                name="studio_coordinates_range",
                violation_error_code="coordinates_out_of_range",
                violation_error_message=_(
                    "The latitude must be between -90 and 90, and the longitude between -180 and 180."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def load(cls) -> "Studio | None":
        """The studio the site presents (the first one)."""
        return cls.objects.order_by("pk").first()


class FacilityQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def available(self):
        return self.filter(status=Facility.Status.AVAILABLE)

    def planned(self):
        return self.filter(status__in=[Facility.Status.PLANNED, Facility.Status.UNDER_CONSTRUCTION])

    def with_photos(self):
        return self.prefetch_related("photos")

    def sound_stages(self):
        """Whole sound stages with a known area: a zone of a stage is part of its area already."""
        return self.filter(kind=Facility.Kind.SOUND_STAGE, parent__isnull=True, area__isnull=False)

    def built_set_area(self) -> Decimal:
        """Square metres of available built sets, counting a set once and not its zones."""
        total = (
            self.available()
            .filter(kind=Facility.Kind.BACKLOT, parent__isnull=True)
            .aggregate(total=Sum("area"))["total"]
        )
        return total or Decimal(0)


class Facility(models.Model):
    class Kind(models.TextChoices):
        BACKLOT = "backlot", _("Built set / backlot")
        SOUND_STAGE = "sound_stage", _("Sound stage")
        LAND = "land", _("Land parcel")
        POST_PRODUCTION = "post_production", _("Post-production suite")
        OFFICE = "office", _("Production office")
        WORKSHOP = "workshop", _("Workshop")
        STORE = "store", _("Costume and props store")

    class Status(models.TextChoices):
        AVAILABLE = "available", _("Available")
        UNDER_CONSTRUCTION = "under_construction", _("Under construction")
        PLANNED = "planned", _("Planned")

    class Look(models.TextChoices):
        MEDINA = "medina", _("Medina")
        KASBAH = "kasbah", _("Kasbah")
        ANCIENT_CITY = "ancient_city", _("Ancient city")
        DESERT_VILLAGE = "desert_village", _("Desert village")
        MIDDLE_EAST = "middle_east", _("Middle Eastern town")
        BIBLICAL = "biblical", _("Biblical")
        MODERN = "modern", _("Modern")

    studio = models.ForeignKey(
        Studio, on_delete=models.CASCADE, related_name="facilities", verbose_name=_("studio")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="zones",
        verbose_name=_("part of"),
        help_text=_("For a zone of a larger set or stage. Booking one blocks the other."),
    )
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.AVAILABLE)
    expected_year = models.PositiveSmallIntegerField(
        _("expected year"), null=True, blank=True, help_text=_("For planned facilities.")
    )
    summary = models.CharField(_("summary"), max_length=240)
    description = models.TextField(_("description"), blank=True)
    look = models.CharField(_("period or look"), max_length=20, choices=Look, blank=True)
    area = models.DecimalField(
        _("area"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Square metres; hectares for a land parcel."),
    )
    length_m = models.DecimalField(_("length (m)"), max_digits=7, decimal_places=2, null=True, blank=True)
    width_m = models.DecimalField(_("width (m)"), max_digits=7, decimal_places=2, null=True, blank=True)
    clear_height_m = models.DecimalField(
        _("clear height (m)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    power_kva = models.PositiveIntegerField(_("power (kVA)"), null=True, blank=True)
    soundproofed = models.BooleanField(_("soundproofed"), default=False)
    air_conditioned = models.BooleanField(_("air conditioning"), default=False)
    water = models.BooleanField(_("water supply"), default=False)
    lighting_grid = models.BooleanField(_("lighting grid"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_published = models.BooleanField(_("published"), default=True)
    is_featured = models.BooleanField(_("featured"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = FacilityQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")
        constraints = [
            models.CheckConstraint(
                condition=positive_or_null("area"),
                name="facility_area_positive",
                violation_error_code="not_positive",
                violation_error_message=_("The area must be more than zero."),
            ),
            models.CheckConstraint(
                condition=positive_or_null("length_m"),
                name="facility_length_positive",
                violation_error_code="not_positive",
                violation_error_message=_("The length must be more than zero."),
            ),
            models.CheckConstraint(
                condition=positive_or_null("width_m"),
                name="facility_width_positive",
                violation_error_code="not_positive",
                violation_error_message=_("The width must be more than zero."),
            ),
            models.CheckConstraint(
                condition=positive_or_null("clear_height_m"),
                name="facility_height_positive",
                violation_error_code="not_positive",
                violation_error_message=_("The clear height must be more than zero."),
            ),
            models.CheckConstraint(
                condition=Q(expected_year__isnull=True)
                | (Q(expected_year__gte=1900) & Q(expected_year__lte=2100)),
                name="facility_expected_year_range",
                violation_error_code="year_out_of_range",
                violation_error_message=_("The expected year must be between 1900 and 2100."),
            ),
            models.CheckConstraint(
                condition=~Q(parent=models.F("pk")),
                name="facility_not_own_parent",
                violation_error_code="own_parent",
                violation_error_message=_("A facility cannot be part of itself."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("studios:facility-detail", kwargs={"slug": self.slug})

    @property
    def area_unit(self) -> str:
        """The unit of its area as the active language writes it (Arabic: هكتار, م²)."""
        return pgettext("unit", "ha") if self.kind == self.Kind.LAND else pgettext("unit", "m²")

    @property
    def is_planned(self) -> bool:
        return self.status != self.Status.AVAILABLE

    def cover(self) -> "FacilityPhoto | None":
        """The first photo, from the prefetch cache when there is one."""
        photos = list(self.photos.all())
        return photos[0] if photos else None

    def specs(self) -> list[str]:
        """The amenities it has, as labels."""
        flags = [
            (self.soundproofed, _("Soundproofed")),
            (self.air_conditioned, _("Air conditioning")),
            (self.water, _("Water supply")),
            (self.lighting_grid, _("Lighting grid")),
        ]
        return [label for present, label in flags if present]

    def clean(self) -> None:
        """Zones are one level deep, so a booking's family (family_ids) is all it blocks."""
        if self.parent_id is None:
            return
        if self.pk and self.parent_id == self.pk:
            raise ValidationError({"parent": _("A facility cannot be a zone of itself.")})
        parent = self.parent
        if parent.parent_id is not None:
            raise ValidationError(
                {
                    "parent": _("%(parent)s is itself a zone of %(grandparent)s: choose %(grandparent)s.")
                    % {"parent": parent, "grandparent": parent.parent}
                }
            )
        if self.pk is None:
            return
        if self.zones.exists():
            raise ValidationError({"parent": _("A facility that has zones cannot be a zone itself.")})
        previous = Facility.objects.filter(pk=self.pk).values_list("parent_id", flat=True).first()
        if previous != self.parent_id and self._bookings_overlap(parent):
            raise ValidationError(
                {
                    "parent": _(
                        "Confirmed bookings of this facility and of %(parent)s overlap: "
                        "move or cancel them before making it a zone."
                    )
                    % {"parent": parent}
                }
            )

    def _bookings_overlap(self, parent: "Facility") -> bool:
        """Whether a confirmed booking of this facility overlaps one of the parent's."""
        parent_bookings = parent.bookings.confirmed().filter(
            starts_at__lt=OuterRef("ends_at"), ends_at__gt=OuterRef("starts_at")
        )
        return self.bookings.confirmed().filter(Exists(parent_bookings)).exists()

    def family_ids(self) -> set[int]:
        """Its own id, its parent's and its zones': the facilities a booking of it blocks."""
        ids = {self.pk}
        if self.parent_id:
            ids.add(self.parent_id)
        ids.update(self.zones.values_list("pk", flat=True))
        return ids


class FacilityPhotoQuerySet(models.QuerySet):
    def showcase(self):
        """Photos of published facilities, featured facilities first, each gallery in its order."""
        return (
            self.filter(facility__is_published=True)
            .select_related("facility")
            .order_by("-facility__is_featured", "facility__order", "facility__name", "order", "pk")
        )


class FacilityPhoto(models.Model):
    facility = models.ForeignKey(
        Facility, on_delete=models.CASCADE, related_name="photos", verbose_name=_("facility")
    )
    image = models.ImageField(_("image"), upload_to="facilities/%Y/")
    caption = models.CharField(_("caption"), max_length=200, blank=True)
    alt_text = models.CharField(
        _("alt text"), max_length=200, help_text=_("What the photo shows, for people who cannot see it.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = FacilityPhotoQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self) -> str:
        return self.caption or self.alt_text


class Collection(models.Model):
    class Kind(models.TextChoices):
        COSTUMES = "costumes", _("Costumes")
        PROPS = "props", _("Props")

    studio = models.ForeignKey(
        Studio, on_delete=models.CASCADE, related_name="collections", verbose_name=_("studio")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind)
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    photo = models.ImageField(_("photo"), upload_to="collections/", blank=True)
    photo_alt = models.CharField(_("photo alt text"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("collection")
        verbose_name_plural = _("costume and props collections")

    def __str__(self) -> str:
        return self.name

    def item_count(self) -> int:
        return sum(category.item_count for category in self.categories.all())


class CollectionCategory(models.Model):
    collection = models.ForeignKey(
        Collection, on_delete=models.CASCADE, related_name="categories", verbose_name=_("collection")
    )
    name = models.CharField(_("name"), max_length=120)
    item_count = models.PositiveIntegerField(_("number of items"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            # modeltranslation copies this rule, message included, for each language's column.
            models.UniqueConstraint(
                fields=["collection", "name"],
                name="collection_category_unique",
                violation_error_code="unique",
                violation_error_message=_("This collection already has a category of that name."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.item_count})"
