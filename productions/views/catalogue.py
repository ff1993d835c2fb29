"""The productions' public pages: the filtered list and each production's page."""

from decimal import Decimal

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.generic import DetailView, ListView

from kfilms.images import og_image_url
from studios.models import Facility

from ..filters import ProductionFilterForm
from ..models import Currency, Production

# The larger poster rendition of the production's page, so link previews reuse it.
OG_POSTER_GEOMETRY = "800x1200"
CURRENCY_SYMBOLS = {Currency.USD: "US$", Currency.EUR: "€", Currency.GBP: "£"}
# Each language writes the abbreviation its own way ("27.7M", "27,7 M", "27,7 مليون").
MAGNITUDES = (
    # Translators: a sum in billions, like "1.2bn"; the number comes already written in your language.
    (Decimal(10) ** 9, pgettext_lazy("compact amount", "%(number)sbn")),
    # Translators: a sum in millions, like "27.7M".
    (Decimal(10) ** 6, pgettext_lazy("compact amount", "%(number)sM")),
    # Translators: a sum in thousands, like "450k".
    (Decimal(10) ** 3, pgettext_lazy("compact amount", "%(number)sk")),
)


def _one_decimal(value: Decimal) -> str:
    """The value to one decimal in the active language ("27.7", "27,7"), without a trailing zero."""
    rounded = value.quantize(Decimal("0.1"))
    return number_format(rounded, decimal_pos=0 if rounded == rounded.to_integral_value() else 1)


def compact_number(amount: Decimal) -> str:
    """A large number in a few characters in the active language: "27.7M", "27,7 M", "27,7 مليون"."""
    for size, pattern in MAGNITUDES:
        if abs(amount) >= size:
            return pattern % {"number": _one_decimal(amount / size)}
    return number_format(amount, decimal_pos=0)


def compact_amount(amount: Decimal, currency: str) -> str:
    """A large sum in a few characters, like "US$27.7M" or "12M MAD"; rounding, hence shown after "about"."""
    number = compact_number(amount)
    symbol = CURRENCY_SYMBOLS.get(currency)
    if symbol:
        # Translators: a sum with its currency symbol, like "US$27.7M"; place the symbol as you write it.
        return _("%(symbol)s%(number)s") % {"symbol": symbol, "number": number}
    # Translators: a sum with its currency code, like "12M MAD".
    return _("%(number)s %(currency)s") % {"number": number, "currency": currency}


class ProductionListView(ListView):
    """Published productions, filtered by the query string, 12 a page."""

    template_name = "productions/production_list.html"
    paginate_by = 12

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.filter_form = ProductionFilterForm(request.GET)
        response = super().get(request, *args, **kwargs)
        if self.filter_form.errors:
            # The page still renders (valid filters applied, errors beside their fields),
            # but a bad query string is the client's mistake, not a page to index.
            response.status_code = 400
        return response

    def get_queryset(self):
        return self.filter_form.filter(Production.objects.published().for_list())

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        context["filter_form"] = self.filter_form
        context["page_range"] = page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)
        return context


class ProductionDetailView(DetailView):
    """One published production with its facilities at the studio."""

    template_name = "productions/production_detail.html"

    def get_queryset(self):
        facilities = Facility.objects.published().with_photos()
        return (
            Production.objects.published()
            .for_list()
            .prefetch_related(Prefetch("facilities", queryset=facilities))
        )

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        production: Production = self.object
        spend = production.public_spend
        context["spend_display"] = (
            compact_amount(spend, production.spend_currency) if spend is not None else None
        )
        context["og_image_url"] = og_image_url(self.request, production.poster, OG_POSTER_GEOMETRY)
        return context
