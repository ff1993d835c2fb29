"""The back office for bookings and the secret links of the staff calendar feed."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import Booking, CalendarFeed
from ..services import booking_confirm, facilities_lock


class BookingForm(forms.ModelForm):
    """Takes the facility family's locks before the model checks overlaps, so the check holds until saved."""

    class Meta:
        model = Booking
        fields = [
            "facility",
            "kind",
            "status",
            "label",
            "start_date",
            "end_date",
            "start_time",
            "end_time",
            "served_type",
            "served_id",
            "notes",
        ]

    def clean(self) -> dict:
        cleaned = super().clean()
        facility = cleaned.get("facility")
        if facility is not None and cleaned.get("status") == Booking.Status.CONFIRMED:
            # The admin saves inside one transaction; these locks last until it commits,
            # so no other confirmation of the family can pass its check in between.
            facilities_lock(facility.family_ids())
        return cleaned


@admin.register(Booking)
class BookingAdmin(admin.ModelAdmin):
    form = BookingForm
    list_display = ["facility", "span", "kind", "status", "label", "served_link"]
    list_filter = ["status", "kind", "facility"]
    list_select_related = ["facility", "served_type"]
    search_fields = ["label", "notes", "facility__name"]
    date_hierarchy = "start_date"
    ordering = ["-starts_at"]
    autocomplete_fields = ["facility"]
    actions = ["confirm_bookings", "cancel_bookings"]
    fieldsets = [
        (None, {"fields": ["facility", "kind", "status", "label"]}),
        (
            _("When"),
            {
                "fields": [("start_date", "end_date"), ("start_time", "end_time")],
                "description": _(
                    "Days at the studio (Africa/Casablanca). Leave both times empty to book whole days."
                ),
            },
        ),
        (
            _("What it serves"),
            {
                "fields": [("served_type", "served_id")],
                "description": _("An enquiry, a production or a student request, by its number."),
            },
        ),
        (None, {"fields": ["notes"]}),
    ]

    @admin.display(description=_("days"), ordering="starts_at")
    def span(self, booking: Booking) -> str:
        return booking.span_display()

    @admin.display(description=_("serves"))
    def served_link(self, booking: Booking) -> str:
        if booking.served_type is None:
            return admin.site.empty_value_display
        name = booking.served_type.model_class()
        label = f"{name._meta.verbose_name if name else booking.served_type} #{booking.served_id}"
        try:
            url = reverse(
                f"admin:{booking.served_type.app_label}_{booking.served_type.model}_change",
                args=[booking.served_id],
            )
        except NoReverseMatch:  # a model without an admin page: show the label alone
            return label
        return format_html('<a href="{}">{}</a>', url, label)

    @admin.action(description=_("Confirm the selected bookings"), permissions=["change"])
    def confirm_bookings(self, request: HttpRequest, queryset: QuerySet[Booking]) -> None:
        confirmed = 0
        for booking in queryset.select_related("facility"):
            try:
                booking_confirm(booking=booking)
            except ValidationError as error:
                self.message_user(request, f"{booking}: {' '.join(error.messages)}", messages.ERROR)
            else:
                confirmed += 1
        if confirmed:
            self.message_user(
                request,
                ngettext("%(count)d booking confirmed.", "%(count)d bookings confirmed.", confirmed)
                % {"count": confirmed},
                messages.SUCCESS,
            )

    @admin.action(description=_("Cancel the selected bookings"), permissions=["change"])
    def cancel_bookings(self, request: HttpRequest, queryset: QuerySet[Booking]) -> None:
        count = queryset.cancel()
        self.message_user(
            request,
            ngettext("%(count)d booking cancelled.", "%(count)d bookings cancelled.", count)
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    list_display = ["name", "feed_link", "created_at", "regenerated_at"]
    fields = ["name", "feed_link", "created_at", "regenerated_at"]
    readonly_fields = ["feed_link", "created_at", "regenerated_at"]
    actions = ["regenerate"]

    @admin.display(description=_("secret link"))
    def feed_link(self, feed: CalendarFeed) -> str:
        if not feed.pk:
            return _("Shown once saved.")
        path = reverse("studios:calendar-feed", kwargs={"token": feed.token})
        url = f"{settings.SITE_URL.rstrip('/')}{path}"
        return format_html(
            '<code>{}</code><br><span class="help">{}</span>',
            url,
            _(
                "Subscribe to it in a calendar app. Anyone with the link sees every booking: "
                "regenerate it if it leaks."
            ),
        )

    @admin.action(
        description=_("Regenerate the secret links (the old ones stop working)"), permissions=["change"]
    )
    def regenerate(self, request: HttpRequest, queryset: QuerySet[CalendarFeed]) -> None:
        for feed in queryset:
            feed.token = CalendarFeed._meta.get_field("token").get_default()
            feed.regenerated_at = timezone.now()
            feed.save(update_fields=["token", "regenerated_at"])
        self.message_user(
            request,
            ngettext("%(count)d link regenerated.", "%(count)d links regenerated.", len(queryset))
            % {"count": len(queryset)},
            messages.SUCCESS,
        )
