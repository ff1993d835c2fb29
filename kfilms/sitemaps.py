"""The sitemap: the public pages that exist, published facilities and published productions."""

from datetime import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import NoReverseMatch, reverse

from productions.models import Production
from studios.models import Facility

# Public pages without an object behind them, most important first. Pages other
# issues add are listed here ahead of time and appear once their URL exists.
STATIC_PAGES = [
    ("kfilms:home", 1.0),
    ("studios:studio", 0.9),
    ("studios:facility-list", 0.8),
    ("productions:production-list", 0.8),
    ("productions:incentives", 0.7),
    ("productions:enquiry-create", 0.7),
    ("studios:student-programme", 0.6),
    ("studios:availability", 0.5),
    ("kfilms:about", 0.6),
    ("kfilms:contact", 0.6),
]


def _exists(name: str) -> bool:
    try:
        reverse(name)
    except NoReverseMatch:
        return False
    return True


class I18nSitemap(Sitemap):
    """Each page once per language, with its other languages and x-default as alternates."""

    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self) -> list[str]:
        return [name for name, _priority in STATIC_PAGES if _exists(name)]

    def location(self, item: str) -> str:
        return reverse(item)

    def priority(self, item: str) -> float:
        return dict(STATIC_PAGES)[item]


class FacilitySitemap(I18nSitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self) -> QuerySet[Facility]:
        return Facility.objects.published()

    def lastmod(self, facility: Facility) -> datetime:
        return facility.updated_at


class ProductionSitemap(I18nSitemap):
    changefreq = "yearly"
    priority = 0.5

    def items(self) -> QuerySet[Production]:
        return Production.objects.published()

    def lastmod(self, production: Production) -> datetime:
        return production.updated_at


SITEMAPS = {"pages": StaticPagesSitemap, "facilities": FacilitySitemap, "productions": ProductionSitemap}
