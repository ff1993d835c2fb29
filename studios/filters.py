"""The facility list's filters: kind, status and size, from a GET form."""

from decimal import Decimal

from django import forms
from django.db.models import Case, DecimalField, ExpressionWrapper, F, QuerySet, Value, When
from django.utils.translation import gettext_lazy as _

from .models import Facility

SQUARE_METRES_PER_HECTARE = Decimal(10_000)

# (lowest m², highest m²) of each size band; None leaves that side open.
SIZE_BANDS: dict[str, tuple[Decimal | None, Decimal | None]] = {
    "small": (None, Decimal(500)),
    "medium": (Decimal(500), Decimal(2_000)),
    "large": (Decimal(2_000), None),
}


def area_in_square_metres() -> Case:
    """A facility's area in m²: land is recorded in hectares."""
    m2 = DecimalField(max_digits=14, decimal_places=2)
    return Case(
        When(
            kind=Facility.Kind.LAND,
            then=ExpressionWrapper(F("area") * Value(SQUARE_METRES_PER_HECTARE), output_field=m2),
        ),
        default=F("area"),
        output_field=m2,
    )


class FacilityFilterForm(forms.Form):
    """Every field is optional: an empty form lists every published facility."""

    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("Any kind")), *Facility.Kind.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *Facility.Status.choices]
    )
    size = forms.ChoiceField(
        label=_("Size"),
        required=False,
        choices=[
            ("", _("Any size")),
            ("small", _("Under 500 m²")),
            ("medium", _("500 to 2,000 m²")),
            ("large", _("2,000 m² and more")),
        ],
    )
    min_area = forms.DecimalField(
        label=_("Min. area (m²)"), required=False, min_value=0, max_digits=12, decimal_places=2
    )
    max_area = forms.DecimalField(
        label=_("Max. area (m²)"), required=False, min_value=0, max_digits=12, decimal_places=2
    )

    def clean(self) -> dict:
        data = super().clean()
        low, high = data.get("min_area"), data.get("max_area")
        if low is not None and high is not None and low > high:
            self.add_error("max_area", _("The maximum area must not be below the minimum."))
        return data

    def filter(self, queryset: QuerySet[Facility]) -> QuerySet[Facility]:
        """Apply the fields that are valid; an invalid one is left out rather than failing the page."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        if data.get("status"):
            queryset = queryset.filter(status=data["status"])
        band_low, band_high = SIZE_BANDS.get(data.get("size") or "", (None, None))
        # A band is half-open, [low, high); the typed minimum and maximum are inclusive.
        bounds = [
            ("area_m2__gte", band_low),
            ("area_m2__lt", band_high),
            ("area_m2__gte", data.get("min_area")),
            ("area_m2__lte", data.get("max_area")),
        ]
        lookups = [(lookup, value) for lookup, value in bounds if value is not None]
        if not lookups:
            return queryset
        queryset = queryset.annotate(area_m2=area_in_square_metres())
        for lookup, value in lookups:
            queryset = queryset.filter(**{lookup: value})
        return queryset

    def is_filtered(self) -> bool:
        """Whether any valid filter narrows the list."""
        self.is_valid()
        return any(value not in (None, "") for value in getattr(self, "cleaned_data", {}).values())
