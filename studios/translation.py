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
    # modeltranslation copies the unique (collection, name) rule per language; an untranslated name
    # is NULL (the admin saves an empty translation as NULL), so untranslated categories never collide.
    fields = ("name",)
