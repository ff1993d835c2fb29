"""The back office for the catalogue: the studio, its facilities and photos, the collections."""

from django import forms
from django.contrib import admin
from django.db.models import Count, QuerySet, Sum
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from kfilms.admin import UniqueRuleFormSet, image_preview, in_every_language, require_alt_text

from ..models import Collection, CollectionCategory, Facility, FacilityPhoto, Studio


@admin.register(Studio)
class StudioAdmin(TabbedTranslationAdmin):
    list_display = ["name", "location", "land_hectares", "opened_year"]
    search_fields = ["name", *in_every_language("location")]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "tagline", "story", "expansion"]}),
        (
            _("Place"),
            {"fields": ["location", "access", ("latitude", "longitude"), "land_hectares", "opened_year"]},
        ),
    ]


class FacilityPhotoInline(TranslationTabularInline):
    """The gallery, shown in its public order (the order field, then upload order)."""

    model = FacilityPhoto
    fields = ["preview", "image", "alt_text", "caption", "order"]
    readonly_fields = ["preview"]
    extra = 1

    @admin.display(description=_("preview"))
    def preview(self, photo: FacilityPhoto) -> str:
        return image_preview(photo.image, photo.alt_text)


class FacilityForm(forms.ModelForm):
    """Refuses a facility as its own zone with a clear message."""

    def clean_parent(self) -> Facility | None:
        parent = self.cleaned_data.get("parent")
        if parent and self.instance.pk and parent.pk == self.instance.pk:
            raise forms.ValidationError(_("A facility cannot be a zone of itself."))
        return parent


@admin.register(Facility)
class FacilityAdmin(TabbedTranslationAdmin):
    # Stated again (as in Meta) because the counts' GROUP BY drops the default ordering.
    ordering = ["order", "name"]
    form = FacilityForm
    list_display = [
        "name",
        "cover",
        "kind",
        "status",
        "area_display",
        "parent",
        "photo_count",
        "is_published",
        "is_featured",
    ]
    list_display_links = ["name", "cover"]
    list_editable = ["is_published", "is_featured"]
    list_filter = ["kind", "status", "look", "is_published", "is_featured", "studio"]
    list_select_related = ["parent"]
    search_fields = in_every_language("name", "summary", "description")
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["studio", "parent"]
    inlines = [FacilityPhotoInline]
    fieldsets = [
        (None, {"fields": ["studio", "name", "slug", "kind", "status", "expected_year", "parent"]}),
        (_("Description"), {"fields": ["summary", "description", "look"]}),
        (_("Size"), {"fields": ["area", ("length_m", "width_m", "clear_height_m")]}),
        (
            _("Specs"),
            {"fields": ["power_kva", ("soundproofed", "air_conditioned", "water", "lighting_grid")]},
        ),
        (_("On the site"), {"fields": ["order", "is_published", "is_featured"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Facility]:
        # The count and the cover come with the list, not one query a row.
        return super().get_queryset(request).annotate(photos_total=Count("photos")).with_photos()

    @admin.display(description=_("photo"))
    def cover(self, facility: Facility) -> str:
        photo = facility.cover()
        return image_preview(photo.image if photo else None, photo.alt_text if photo else "", "72x48")

    @admin.display(description=_("area"), ordering="area")
    def area_display(self, facility: Facility) -> str | None:
        # A no-break space keeps the figure and its unit on one line in a narrow column.
        return f"{facility.area:,.0f}\N{NO-BREAK SPACE}{facility.area_unit}" if facility.area else None

    @admin.display(description=_("photos"), ordering="photos_total")
    def photo_count(self, facility: Facility) -> int:
        return facility.photos_total


class CollectionCategoryInline(TranslationTabularInline):
    model = CollectionCategory
    formset = UniqueRuleFormSet
    fields = ["name", "item_count", "order"]
    extra = 1


class CollectionForm(forms.ModelForm):
    """A collection photo needs its alt text."""

    def clean(self) -> dict:
        cleaned = super().clean()
        require_alt_text(self, "photo", "photo_alt_en")
        return cleaned


@admin.register(Collection)
class CollectionAdmin(TabbedTranslationAdmin):
    # Stated again (as in Meta) because the counts' GROUP BY drops the default ordering.
    ordering = ["order", "name"]
    form = CollectionForm
    list_display = ["name", "kind", "studio", "category_count", "items", "order"]
    list_editable = ["order"]
    list_filter = ["kind", "studio"]
    list_select_related = ["studio"]
    search_fields = in_every_language("name", "description")
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["studio"]
    readonly_fields = ["photo_preview"]
    fields = ["studio", "kind", "name", "slug", "description", "photo_preview", "photo", "photo_alt", "order"]
    inlines = [CollectionCategoryInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Collection]:
        return (
            super()
            .get_queryset(request)
            .annotate(categories_total=Count("categories"), items_total=Sum("categories__item_count"))
        )

    @admin.display(description=_("categories"), ordering="categories_total")
    def category_count(self, collection: Collection) -> int:
        return collection.categories_total

    @admin.display(description=_("items"), ordering="items_total")
    def items(self, collection: Collection) -> int:
        return collection.items_total or 0

    @admin.display(description=_("current photo"))
    def photo_preview(self, collection: Collection) -> str:
        return image_preview(collection.photo, collection.photo_alt)
