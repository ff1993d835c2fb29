"""The studio's texts that staff write in English, French and Arabic (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Collection, CollectionCategory, Facility, FacilityPhoto, Studio


@register(Studio)
class StudioTranslation(TranslationOptions):
    fields = ("tagline", "location", "access", "story", "expansion")


@register(Facility)
class FacilityTranslation(TranslationOptions):
    fields = ("name", "summary", "description")


@register(FacilityPhoto)
class FacilityPhotoTranslation(TranslationOptions):
    fields = ("caption", "alt_text")


@register(Collection)
class CollectionTranslation(TranslationOptions):
    fields = ("name", "description", "photo_alt")


@register(CollectionCategory)
class CollectionCategoryTranslation(TranslationOptions):
    fields = ("name",)
    # A category without a French or Arabic name is NULL there, not "": modeltranslation copies the
    # unique (collection, name) constraint per language, and two empty strings would collide.
    empty_values = None
