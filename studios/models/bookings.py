"""Bookings of the studio's facilities, and the secret links of the staff calendar feed."""

import secrets
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from ..availability import Span, day_ranges, taken_days
from .catalogue import Facility

# The studio's clock, whatever the server's: bookings are days in Ouarzazate.
STUDIO_TZ = ZoneInfo("Africa/Casablanca")
FIRST_YEAR, LAST_YEAR = 2000, 2100

# What a booking may serve; studios names them instead of importing productions.
SERVED_MODELS = Q(app_label="productions", model__in=["production", "shootenquiry"]) | Q(
    app_label="studios", model="studentrequest"
)
# The same models as (app label, model name), for the handler that frees their bookings on delete.
SERVED_MODEL_NAMES = {
    ("productions", "production"),
    ("productions", "shootenquiry"),
    ("studios", "studentrequest"),
}


def local_datetime(day: date, at: time | None = None) -> datetime:
    """The instant a wall-clock time at the studio falls on."""
    return datetime.combine(day, at or time.min, tzinfo=STUDIO_TZ)


class BookingQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Booking.Status.CONFIRMED)

    def active(self):
        """Bookings that take the facility: confirmed ones and tentative holds."""
        return self.exclude(status=Booking.Status.CANCELLED)

    def overlapping(self, starts_at: datetime, ends_at: datetime):
        """Bookings that share at least a moment with [starts_at, ends_at)."""
        return self.filter(starts_at__lt=ends_at, ends_at__gt=starts_at)

    def of_facilities(self, facility_ids: Iterable[int]):
        return self.filter(facility_id__in=list(facility_ids))

    def cancel(self) -> int:
        """Cancel each booking not yet cancelled, one save() at a time so its rules run; how many."""
        bookings = list(self.exclude(status=Booking.Status.CANCELLED))
        for booking in bookings:
            booking.status = Booking.Status.CANCELLED
            booking.save(update_fields=["status", "updated_at"])
        return len(bookings)

    def between_days(self, first: date, last: date):
        """Bookings that touch any studio day from `first` to `last` included."""
        return self.overlapping(local_datetime(first), local_datetime(last + timedelta(days=1)))


class Booking(models.Model):
    """A facility taken for a span of days (or of hours) by a production, a student or staff."""

    class Kind(models.TextChoices):
        FOREIGN_PRODUCTION = "foreign_production", _("Foreign production")
        STUDENT_PROJECT = "student_project", _("Student project")
        MAINTENANCE = "maintenance", _("Maintenance")
        HOLD = "hold", _("Hold")

    class Status(models.TextChoices):
        TENTATIVE = "tentative", _("Tentative")
        CONFIRMED = "confirmed", _("Confirmed")
        CANCELLED = "cancelled", _("Cancelled")

    facility = models.ForeignKey(
        Facility, on_delete=models.PROTECT, related_name="bookings", verbose_name=_("facility")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.TENTATIVE)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"), help_text=_("Included."))
    start_time = models.TimeField(
        _("from"), null=True, blank=True, help_text=_("Leave both times empty to book whole days.")
    )
    end_time = models.TimeField(_("until"), null=True, blank=True)
    # The span as instants, derived from the days and times above on every save; the
    # overlap rule and the PostgreSQL exclusion constraint compare these.
    starts_at = models.DateTimeField(_("starts at"), editable=False)
    ends_at = models.DateTimeField(_("ends at"), editable=False)
    label = models.CharField(
        _("label"), max_length=200, blank=True, help_text=_("For staff only; never shown on public pages.")
    )
    notes = models.TextField(_("notes"), blank=True)
    served_type = models.ForeignKey(
        ContentType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        limit_choices_to=SERVED_MODELS,
        verbose_name=_("serves a"),
    )
    served_id = models.PositiveBigIntegerField(_("serves id"), null=True, blank=True)
    served = GenericForeignKey("served_type", "served_id")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = BookingQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "facility__name"]
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        constraints = [
            # The same messages as clean(), which says them beside the field first.
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="booking_days_in_order",
                violation_error_code="days_out_of_order",
                violation_error_message=_("The last day cannot come before the first day."),
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="booking_span_positive",
                violation_error_code="span_not_positive",
                violation_error_message=_("The booking must end after it starts."),
            ),
            models.CheckConstraint(
                condition=Q(start_time__isnull=True, end_time__isnull=True)
                | Q(start_time__isnull=False, end_time__isnull=False),
                name="booking_times_both_or_none",
                violation_error_code="times_incomplete",
                violation_error_message=_("Give both times, or neither for whole days."),
            ),
            models.CheckConstraint(
                condition=Q(served_type__isnull=True, served_id__isnull=True)
                | Q(served_type__isnull=False, served_id__isnull=False),
                name="booking_served_both_or_none",
                violation_error_code="served_incomplete",
                violation_error_message=_("Give both what the booking serves and its id."),
            ),
        ]
        indexes = [
            models.Index(fields=["facility", "starts_at", "ends_at"], name="booking_facility_span_idx")
        ]

    def __str__(self) -> str:
        return f"{self.facility} · {self.span_display()} ({self.get_status_display()})"

    def save(self, *args, **kwargs) -> None:
        self.compute_span()
        super().save(*args, **kwargs)

    @property
    def is_whole_days(self) -> bool:
        return self.start_time is None

    def span_display(self) -> str:
        """The days (and times) in words, as staff and emails show them."""
        first = date_format(self.start_date, "j M Y")
        last = date_format(self.end_date, "j M Y")
        if self.start_time is not None and self.end_time is not None:
            return f"{first} {self.start_time:%H:%M} – {last} {self.end_time:%H:%M}"
        return first if self.start_date == self.end_date else f"{first} – {last}"

    def compute_span(self) -> None:
        """Set starts_at and ends_at from the days and times; whole days end at the next midnight."""
        if self.start_date is None or self.end_date is None:
            return
        if self.start_time is not None and self.end_time is not None:
            self.starts_at = local_datetime(self.start_date, self.start_time)
            self.ends_at = local_datetime(self.end_date, self.end_time)
        else:
            self.starts_at = local_datetime(self.start_date)
            self.ends_at = local_datetime(self.end_date + timedelta(days=1))

    def local_days(self) -> tuple[date, date]:
        """The first and last studio day the booking touches."""
        last = (self.ends_at - timedelta(microseconds=1)).astimezone(STUDIO_TZ).date()
        return self.starts_at.astimezone(STUDIO_TZ).date(), last

    def span(self) -> Span:
        """The studio days it takes, for availability grids."""
        first, last = self.local_days()
        return Span(first=first, last=last, confirmed=self.status == self.Status.CONFIRMED)

    def clashes(self) -> models.QuerySet["Booking"]:
        """Other confirmed bookings of the same facility, its parent or its zones, at the same time."""
        return (
            Booking.objects.confirmed()
            .of_facilities(self.facility.family_ids())
            .overlapping(self.starts_at, self.ends_at)
            .exclude(pk=self.pk)
            .select_related("facility")
        )

    def clean(self) -> None:
        errors: dict[str, list] = {}
        if (self.start_time is None) != (self.end_time is None):
            errors.setdefault("end_time", []).append(_("Give both times, or neither for whole days."))
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors.setdefault("end_date", []).append(_("The last day cannot come before the first day."))
        for name in ("start_date", "end_date"):
            day = getattr(self, name)
            # Out of the studio's era is a typo, and 31 December 9999 has no next midnight to end on.
            if day and not FIRST_YEAR <= day.year <= LAST_YEAR:
                errors.setdefault(name, []).append(
                    _("Give a date between %(first)s and %(last)s.")
                    % {"first": FIRST_YEAR, "last": LAST_YEAR}
                )
        if (self.served_type_id is None) != (self.served_id is None):
            errors.setdefault("served_id", []).append(_("Give both what the booking serves and its id."))
        if errors:
            raise ValidationError(errors)
        if self.start_date is None or self.end_date is None:
            return  # the field errors already say what is missing
        self.compute_span()
        if self.starts_at >= self.ends_at:
            raise ValidationError({"end_time": _("The booking must end after it starts.")})
        if self.status == self.Status.CONFIRMED and self.facility_id:
            clashes = list(self.clashes())
            if clashes:
                raise ValidationError(booking_clash_message(clashes))


def booking_clash_message(clashes: Iterable[Booking]) -> str:
    """What staff read when a confirmed booking would overlap others."""
    described = "; ".join(
        _("%(facility)s is booked %(span)s (%(kind)s%(label)s)")
        % {
            "facility": clash.facility,
            "span": clash.span_display(),
            "kind": clash.get_kind_display(),
            "label": f": {clash.label}" if clash.label else "",
        }
        for clash in clashes
    )
    return str(_("These dates clash with a confirmed booking: %(clashes)s.") % {"clashes": described})


def facility_families(facility_ids: Iterable[int]) -> dict[int, set[int]]:
    """Each facility's family (itself, its parent and its zones, as Facility.family_ids), in one query."""
    ids = set(facility_ids)
    families = {pk: {pk} for pk in ids}
    rows = Facility.objects.filter(Q(pk__in=ids) | Q(parent_id__in=ids)).values_list("pk", "parent_id")
    for pk, parent_id in rows:
        if pk in ids and parent_id:
            families[pk].add(parent_id)
        if parent_id in ids:
            families[parent_id].add(pk)
    return families


def spans_by_facility(facility_ids: Iterable[int], first: date, last: date) -> dict[int, list[Span]]:
    """For each facility, the spans that take it between two days: its own bookings and its family's."""
    families = facility_families(facility_ids)
    members = set().union(*families.values()) if families else set()
    bookings = Booking.objects.active().of_facilities(members).between_days(first, last)
    spans: dict[int, list[Span]] = {pk: [] for pk in families}
    for booking in bookings.only("facility_id", "status", "starts_at", "ends_at").order_by():
        for pk, family in families.items():
            if booking.facility_id in family:
                spans[pk].append(booking.span())
    return spans


def taken_ranges(facility_ids: Iterable[int], first: date, last: date) -> dict[int, list[tuple[date, date]]]:
    """For each facility, the runs of days from `first` to `last` already booked or on hold."""
    return {
        pk: day_ranges(taken_days(first, last, spans))
        for pk, spans in spans_by_facility(facility_ids, first, last).items()
    }


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A secret link to the iCalendar feed of all bookings; regenerate it to revoke the old one."""

    name = models.CharField(_("name"), max_length=120, help_text=_("Who or what uses this link."))
    token = models.CharField(_("secret token"), max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    regenerated_at = models.DateTimeField(_("regenerated"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self) -> str:
        return self.name
