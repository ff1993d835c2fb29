"""The back office: the site's branding, the company's models and the outbox."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import QuerySet, UniqueConstraint
from django.db.models.fields.files import FieldFile
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest
from django.urls import reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline
from modeltranslation.utils import get_translation_fields
from sorl.thumbnail import get_thumbnail

from .models import Company, KeyFigure, Partner, PendingEmail, PressMention, TeamMember
from .outbox import emails_release_stale, emails_send

admin.site.site_header = _("K Films back office")
admin.site.site_title = _("K Films back office")
admin.site.index_title = _("Catalogue and enquiries")
# The public home in the current language ("/" would only redirect there).
admin.site.site_url = reverse_lazy("kfilms:home")
# The lists carry photos and toggles; at laptop width they need the sidebar's room.
admin.site.enable_nav_sidebar = False

# An address typed without a scheme becomes https:// (Django 6's default, chosen now).
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


def in_every_language(*names: str) -> list[str]:
    """The per-language columns of translated fields, so the admin's search finds any language."""
    return [column for name in names for column in get_translation_fields(name)]


def image_preview(image: FieldFile | None, alt: str = "", size: str = "160x120") -> str:
    """A small rendition of an uploaded image for the back office, or the admin's dash without one."""
    if not image:
        return admin.site.empty_value_display
    thumbnail = get_thumbnail(image, size, crop="center", quality=80)
    return format_html('<img src="{}" alt="{}" class="kf-thumb" loading="lazy">', thumbnail.url, alt)


def require_alt_text(form: forms.ModelForm, image_field: str, alt_field: str) -> None:
    """Add an error on the alt text field when an image is kept without one.

    For a translated alt text, pass its English column: English is the one every photo needs.
    """
    # A translation column left empty may come back as None rather than "".
    if form.cleaned_data.get(image_field) and not (form.cleaned_data.get(alt_field) or "").strip():
        form.add_error(alt_field, _("Describe the photo for people who cannot see it."))


class UniqueRuleFormSet(BaseInlineFormSet):
    """Inline rows that repeat each other get the unique rule's own message.

    Django's says "Please correct the duplicate data for name_en", with the column's raw name.
    """

    def get_unique_error_message(self, unique_check: list[str]) -> str:
        for constraint in self.model._meta.constraints:
            if isinstance(constraint, UniqueConstraint) and set(constraint.fields) == set(unique_check):
                return constraint.get_violation_error_message()
        return super().get_unique_error_message(unique_check)


class KeyFigureInline(TranslationTabularInline):
    model = KeyFigure
    fields = ["value", "label", "order"]
    extra = 1


class CompanyForm(forms.ModelForm):
    """A CEO photo needs its alt text."""

    def clean(self) -> dict:
        cleaned = super().clean()
        require_alt_text(self, "ceo_photo", "ceo_photo_alt_en")
        return cleaned


@admin.register(Company)
class CompanyAdmin(TabbedTranslationAdmin):
    form = CompanyForm
    list_display = ["name", "founded_year", "ceo_name", "email", "phone"]
    readonly_fields = ["ceo_photo_preview"]
    inlines = [KeyFigureInline]
    fieldsets = [
        (None, {"fields": ["name", "tagline", "founded_year", "story", "values"]}),
        (
            _("Founder and CEO"),
            {
                "fields": [
                    "ceo_name",
                    "ceo_title",
                    "ceo_bio",
                    "ceo_photo_preview",
                    "ceo_photo",
                    "ceo_photo_alt",
                ]
            },
        ),
        (pgettext_lazy("contact details", "Contact"), {"fields": ["email", "phone", "address"]}),
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # The site presents one company: edit that profile rather than add a second.
        return super().has_add_permission(request) and not Company.objects.exists()

    @admin.display(description=_("current photo"))
    def ceo_photo_preview(self, company: Company) -> str:
        return image_preview(company.ceo_photo, company.ceo_photo_alt)


@admin.register(TeamMember)
class TeamMemberAdmin(TabbedTranslationAdmin):
    list_display = ["name", "role", "order", "is_published"]
    list_editable = ["order", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["name", *in_every_language("role", "bio")]
    readonly_fields = ["photo_preview"]
    fields = ["name", "role", "bio", "photo_preview", "photo", "order", "is_published"]

    @admin.display(description=_("current photo"))
    def photo_preview(self, member: TeamMember) -> str:
        return image_preview(member.photo, member.name)


@admin.register(Partner)
class PartnerAdmin(TabbedTranslationAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ["name", "kind", "url", "order", "is_published"]
    list_editable = ["order", "is_published"]
    list_filter = ["kind", "is_published"]
    search_fields = ["name", *in_every_language("description")]
    readonly_fields = ["logo_preview"]
    fields = ["name", "kind", "description", "url", "logo_preview", "logo", "order", "is_published"]

    @admin.display(description=_("current logo"))
    def logo_preview(self, partner: Partner) -> str:
        return image_preview(partner.logo, partner.name, size="160x80")


@admin.register(PressMention)
class PressMentionAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ["title", "outlet", "date", "is_published"]
    list_editable = ["is_published"]
    list_filter = ["is_published", "outlet"]
    search_fields = ["title", "outlet", "excerpt"]
    date_hierarchy = "date"


@admin.register(PendingEmail)
class PendingEmailAdmin(admin.ModelAdmin):
    """The outbox, read-only: what was sent, what waits, and why a send failed."""

    list_display = ["subject", "recipients", "status", "attempts", "next_attempt_at", "created_at", "sent_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["subject", "to"]
    date_hierarchy = "created_at"
    actions = ["retry"]
    fields = [
        "subject",
        "to",
        "reply_to",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "message_id",
        "created_at",
        "claimed_at",
        "sent_at",
        "body",
        "html_body",
    ]
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: PendingEmail | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: PendingEmail | None = None) -> bool:
        # The outbox is the record of what was said to whom; it is not edited by hand.
        return False

    @admin.display(description=_("recipients"))
    def recipients(self, email: PendingEmail) -> str:
        return ", ".join(email.to)

    @admin.action(description=_("Retry sending the selected emails"))
    def retry(self, request: HttpRequest, queryset: QuerySet[PendingEmail]) -> None:
        """Send again what is pending, stuck or given up; an email already sent is never sent twice."""
        emails_release_stale(queryset)
        # Staff asking again overrides the backoff and the give-up after MAX_ATTEMPTS.
        queryset.filter(status=PendingEmail.Status.FAILED).update(status=PendingEmail.Status.PENDING)
        pending = list(queryset.filter(status=PendingEmail.Status.PENDING).values_list("pk", flat=True))
        sent = emails_send(pending)
        failed = len(pending) - sent
        skipped = queryset.count() - len(pending)
        if sent:
            self.message_user(
                request, ngettext("%d email sent.", "%d emails sent.", sent) % sent, messages.SUCCESS
            )
        if failed:
            self.message_user(
                request,
                ngettext(
                    "%d email could not be sent and stays pending; see its last error.",
                    "%d emails could not be sent and stay pending; see their last error.",
                    failed,
                )
                % failed,
                messages.ERROR,
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%d email was skipped: already sent or being sent.",
                    "%d emails were skipped: already sent or being sent.",
                    skipped,
                )
                % skipped,
                messages.WARNING,
            )
