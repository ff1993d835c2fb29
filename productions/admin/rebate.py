"""The back office for the rebate rules and the foreign spend figures."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from kfilms.admin import UniqueRuleFormSet, in_every_language

from ..models import ExchangeRate, Production, RebateProgramme, SpendFigure


class ExchangeRateInline(admin.TabularInline):
    model = ExchangeRate
    formset = UniqueRuleFormSet
    fields = ["currency", "mad_per_unit", "set_on"]
    extra = 0


class RebateProgrammeForm(forms.ModelForm):
    """Eligible formats as tick boxes rather than raw JSON (the admin supplies the model and fields)."""

    eligible_formats = forms.MultipleChoiceField(
        label=_("Eligible formats"),
        choices=Production.Kind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


@admin.register(RebateProgramme)
class RebateProgrammeAdmin(TabbedTranslationAdmin):
    form = RebateProgrammeForm
    list_display = [
        "name",
        "valid_from",
        "valid_until",
        "rate_percent",
        "min_spend_mad",
        "min_days",
        "cap_mad",
    ]
    search_fields = in_every_language("name", "legal_basis")
    inlines = [ExchangeRateInline]
    fieldsets = [
        (None, {"fields": ["name", "legal_basis", ("valid_from", "valid_until")]}),
        (
            _("Rules"),
            {
                "fields": [
                    "rate_percent",
                    "min_spend_mad",
                    "min_days",
                    "eligible_formats",
                    ("cap_mad", "cap_note"),
                ]
            },
        ),
        (
            _("Annual envelope"),
            {
                "fields": [
                    ("envelope_year", "envelope_mad"),
                    "envelope_note",
                    "committed_mad",
                    "envelope_warning_percent",
                ]
            },
        ),
        (
            _("Procedure"),
            {
                "fields": [
                    ("approval_days", "deposit_percent"),
                    ("start_within_months", "finish_within_months"),
                    ("accounts_within_months", "payment_after_months"),
                ]
            },
        ),
        (
            _("On the page"),
            {
                "fields": ["eligible_spend", "excluded_spend", "conditions", "sources"],
                "description": _("The lists show one item a line on the incentives page."),
            },
        ),
    ]


@admin.register(SpendFigure)
class SpendFigureAdmin(TabbedTranslationAdmin):
    # The English note only: the list stays laptop-wide; the translations are in the form.
    list_display = ["year", "amount_musd", "features_musd", "series_musd", "note_en"]
    list_editable = ["amount_musd", "note_en"]
    fields = ["year", "amount_musd", "features_musd", "series_musd", "note", "source"]
