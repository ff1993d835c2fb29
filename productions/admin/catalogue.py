"""The back office for the catalogue: clients and productions."""

from django import forms
from django.contrib import admin
from django.db.models import Count, ManyToManyField, QuerySet
from django.forms import ModelMultipleChoiceField
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from kfilms.admin import HTTPS_URLS, image_preview, in_every_language

from ..models import Client, Production


@admin.register(Client)
class ClientAdmin(admin.ModelAdmin):
    # Stated again (as in Meta) because the counts' GROUP BY drops the default ordering.
    ordering = ["name"]
    formfield_overrides = HTTPS_URLS
    list_display = ["name", "kind", "country", "production_count"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "country"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "kind", "country", "url"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Client]:
        return super().get_queryset(request).annotate(productions_total=Count("productions"))

    @admin.display(description=_("productions"), ordering="productions_total")
    def production_count(self, client: Client) -> int:
        return client.productions_total


class ProductionForm(forms.ModelForm):
    """Checks the years with a clear message rather than a constraint's name."""

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("year_start"), cleaned.get("year_end")
        if start and end and end < start:
            self.add_error("year_end", _("The last year cannot come before the first."))
        return cleaned


@admin.register(Production)
class ProductionAdmin(TabbedTranslationAdmin):
    form = ProductionForm
    list_display = [
        "title",
        "poster_thumbnail",
        "years",
        "kind",
        "origin",
        "client",
        "role_list",
        "is_published",
        "is_featured",
    ]
    list_display_links = ["title", "poster_thumbnail"]
    list_editable = ["is_published", "is_featured"]
    list_filter = ["kind", "origin", "roles", "is_published", "is_featured", "spend_is_public", "client"]
    list_select_related = ["client"]
    search_fields = [
        "title",
        "original_title",
        "director",
        "creator",
        "client__name",
        *in_every_language("logline"),
    ]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["client", "facilities"]
    readonly_fields = ["poster_preview"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "original_title", "kind", "origin", ("year_start", "year_end")]}),
        (_("Credits"), {"fields": [("seasons", "episodes"), "director", "creator", "client", "roles"]}),
        (_("On the page"), {"fields": ["logline", "description", "poster_preview", "poster", "facilities"]}),
        (
            _("Spend in Morocco"),
            {
                "fields": [("spend_amount", "spend_currency"), "spend_is_public", "spend_note"],
                "description": _("Shown on the public page only when “show the spend publicly” is ticked."),
            },
        ),
        (_("Publishing"), {"fields": ["is_published", "is_featured"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Production]:
        return super().get_queryset(request).prefetch_related("roles")

    def formfield_for_manytomany(
        self, db_field: ManyToManyField, request: HttpRequest, **kwargs
    ) -> ModelMultipleChoiceField | None:
        # The roles are a short fixed list: tick boxes read better than a picker.
        if db_field.name == "roles":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("poster"))
    def poster_thumbnail(self, production: Production) -> str:
        return image_preview(production.poster, production.title, "48x72")

    @admin.display(description=_("current poster"))
    def poster_preview(self, production: Production) -> str:
        return image_preview(production.poster, production.title, "160x240")

    @admin.display(description=_("our roles"))
    def role_list(self, production: Production) -> str:
        return ", ".join(str(role) for role in production.roles.all())

    @admin.display(description=_("years"), ordering="year_start")
    def years(self, production: Production) -> str:
        return production.years
