"""The sitemap: static pages, facilities and productions."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from productions.models import Production
from studios.models import Facility


class StaticPagesSitemap(Sitemap):
    changefreq = "monthly"
    i18n = True

    def items(self) -> list[str]:
        return [
            "kfilms:home",
            "kfilms:about",
            "kfilms:contact",
            "studios:studio",
            "studios:facility-list",
            "productions:production-list",
        ]

    def location(self, item: str) -> str:
        return reverse(item)


class FacilitySitemap(Sitemap):
    changefreq = "monthly"
    i18n = True

    def items(self):
        return Facility.objects.published()

    def lastmod(self, facility: Facility):
        return facility.updated_at


class ProductionSitemap(Sitemap):
    changefreq = "yearly"
    i18n = True

    def items(self):
        return Production.objects.published()

    def lastmod(self, production: Production):
        return production.updated_at


SITEMAPS = {"pages": StaticPagesSitemap, "facilities": FacilitySitemap, "productions": ProductionSitemap}
