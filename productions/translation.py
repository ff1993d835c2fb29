"""The productions' and rebate rules' texts in English, French and Arabic (django-modeltranslation).

Titles, names of people and clients stay as published.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import Production, RebateProgramme, SpendFigure


@register(Production)
class ProductionTranslation(TranslationOptions):
    fields = ("logline", "description", "spend_note")


@register(RebateProgramme)
class RebateProgrammeTranslation(TranslationOptions):
    fields = (
        "name",
        "legal_basis",
        "cap_note",
        "envelope_note",
        "eligible_spend",
        "excluded_spend",
        "conditions",
    )


@register(SpendFigure)
class SpendFigureTranslation(TranslationOptions):
    fields = ("note",)
