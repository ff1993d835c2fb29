"""The company's texts that staff write in English, French and Arabic (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Company, KeyFigure, Partner, TeamMember


@register(Company)
class CompanyTranslation(TranslationOptions):
    fields = ("tagline", "story", "values", "ceo_title", "ceo_bio", "ceo_photo_alt")


@register(KeyFigure)
class KeyFigureTranslation(TranslationOptions):
    fields = ("label",)


@register(TeamMember)
class TeamMemberTranslation(TranslationOptions):
    fields = ("role", "bio")


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("description",)
