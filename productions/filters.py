"""The filter form of the productions list: validates the query string, then narrows a queryset."""

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from .models import Client, Production, Role

YEAR_MIN = 1950
YEAR_MAX = 2100


def _with_any(choices, label: str) -> list[tuple[str, str]]:
    """A choice list that starts with an "any" option, so an empty value means no filter."""
    return [("", label), *choices]


class ProductionFilterForm(forms.Form):
    """Kind, origin, role, client and year; a bad value is reported, never fatal."""

    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=_with_any(Production.Kind.choices, _("All kinds")),
    )
    origin = forms.ChoiceField(
        label=_("Origin"),
        required=False,
        choices=_with_any(Production.Origin.choices, _("All origins")),
    )
    role = forms.ChoiceField(
        label=_("Our role"),
        required=False,
        choices=_with_any(Role.Code.choices, _("All roles")),
    )
    client = forms.ModelChoiceField(
        label=_("Client"),
        required=False,
        # Only clients a visitor can find something for; the slug keeps links readable.
        queryset=Client.objects.filter(productions__is_published=True).distinct(),
        to_field_name="slug",
        empty_label=_("All clients"),
    )
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=YEAR_MIN,
        max_value=YEAR_MAX,
        widget=forms.NumberInput(attrs={"placeholder": _("Any year"), "inputmode": "numeric"}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            field.widget.attrs["class"] = css

    def full_clean(self) -> None:
        super().full_clean()
        # Mark bad fields for Bootstrap and tie each to its message for screen readers.
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["class"] += " is-invalid"
                attrs["aria-describedby"] = f"{self[name].auto_id}_error"

    def filter(self, queryset: QuerySet[Production]) -> QuerySet[Production]:
        """Apply every filter whose value is valid; invalid ones are left out (and reported)."""
        if not self.is_bound:
            return queryset
        self.is_valid()
        data = self.cleaned_data
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        if data.get("origin"):
            queryset = queryset.filter(origin=data["origin"])
        if data.get("role"):
            # A production holds a role at most once, so this join adds no duplicates.
            queryset = queryset.filter(roles__code=data["role"])
        if data.get("client"):
            queryset = queryset.filter(client=data["client"])
        if data.get("year") is not None:
            queryset = queryset.filter(self.year_q(data["year"]))
        return queryset

    @staticmethod
    def year_q(year: int) -> Q:
        """Productions whose years (year_start..year_end, or year_start alone) include `year`."""
        return Q(year_start__lte=year) & (Q(year_end__gte=year) | Q(year_end__isnull=True, year_start=year))

    def has_input(self) -> bool:
        """Whether the visitor typed or chose anything, valid or not."""
        return any(self.data.get(name) for name in self.fields)
