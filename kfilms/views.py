"""The company's pages: home, about, contact, robots.txt and the error pages."""

import logging
import re
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, npgettext, pgettext
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_safe

from productions.models import Production
from studios.models import Facility, FacilityPhoto, Studio

from .images import og_image_url
from .models import Company, Partner, PressMention, TeamMember

logger = logging.getLogger(__name__)

FEATURED_ON_HOME = 6
# Enough photos to find a hero and a teaser of another facility.
SHOWCASE_PHOTOS = 8


@dataclass(frozen=True)
class Figure:
    """One key figure tile: a number computed from the catalogue, or a text the staff entered."""

    label: str
    number: Decimal | int | None = None
    text: str = ""
    unit: str = ""
    note: str = ""


def _studio_figures(studio: Studio | None) -> list[Figure]:
    """Land, built sets and sound stages, computed from the studio and its published facilities."""
    figures: list[Figure] = []
    if studio is not None:
        figures.append(
            Figure(
                _("of land between the Sahara and the High Atlas"),
                studio.land_hectares,
                unit=pgettext("unit", "ha"),
            )
        )
    facilities = Facility.objects.published()
    set_area = facilities.built_set_area()
    if set_area:
        figures.append(Figure(_("of built sets, ready to dress"), set_area, unit=pgettext("unit", "m²")))
    stages = facilities.sound_stages()
    available, planned, expected = [], [], []
    for area, status, year in stages.values_list("area", "status", "expected_year"):
        if status == Facility.Status.AVAILABLE:
            available.append(area)
        else:
            planned.append(area)
            expected.append(year)
    if available:
        # Translators: follows the stages' area ("300 m² sound stage", "600 m² of sound stages");
        # the form goes by how many stages there are.
        label = npgettext("area of sound stages", "sound stage", "of sound stages", len(available))
        figures.append(Figure(label, sum(available), unit=pgettext("unit", "m²")))
    if planned:
        label = ngettext("new sound stage planned", "of new sound stages planned", len(planned))
        years = sorted(year for year in expected if year)
        note = _("expected %(year)s") % {"year": years[-1]} if years else ""
        figures.append(Figure(label, sum(planned), unit=pgettext("unit", "m²"), note=note))
    return figures


def home(request: HttpRequest) -> HttpResponse:
    company = Company.load()
    studio = Studio.load()
    figures = _studio_figures(studio)
    production_count = Production.objects.published().count()
    if production_count:
        label = ngettext("production in our credits", "productions in our credits", production_count)
        figures.append(Figure(label, production_count))
    if company is not None:
        figures += [Figure(figure.label, text=figure.value) for figure in company.key_figures.all()]

    photos = list(FacilityPhoto.objects.showcase()[:SHOWCASE_PHOTOS])
    hero_photo = photos[0] if photos else None
    # The teaser shows another facility than the hero when there is one.
    teaser_photo = (
        next((p for p in photos if p.facility_id != hero_photo.facility_id), None) if photos else None
    )
    if teaser_photo is None and len(photos) > 1:
        teaser_photo = photos[1]

    context = {
        "company": company,
        "studio": studio,
        "figures": figures,
        "featured_productions": Production.objects.featured().for_list()[:FEATURED_ON_HOME],
        "hero_photo": hero_photo,
        "teaser_photo": teaser_photo,
        "og_image_url": og_image_url(request, hero_photo.image if hero_photo else None),
    }
    return render(request, "kfilms/home.html", context)


def _partner_groups(partners: list[Partner]) -> list[tuple[str, list[Partner]]]:
    """Partners grouped under a plural heading, in the order of their kinds."""
    headings = {
        Partner.Kind.PARTNER: _("Partners"),
        Partner.Kind.SPONSOR: _("Sponsors"),
        Partner.Kind.INSTITUTION: _("Institutions"),
    }
    groups: dict[str, list[Partner]] = {}
    for partner in partners:
        groups.setdefault(partner.kind, []).append(partner)
    return [(headings.get(kind, kind), members) for kind, members in groups.items()]


def about(request: HttpRequest) -> HttpResponse:
    company = Company.load()
    context = {
        "company": company,
        "team": TeamMember.objects.published(),
        "partner_groups": _partner_groups(list(Partner.objects.published())),
        "press": PressMention.objects.published(),
        "og_image_url": og_image_url(request, company.ceo_photo if company else None, crop="center 25%"),
    }
    return render(request, "kfilms/about.html", context)


def _openstreetmap_url(studio: Studio) -> str:
    lat, lon = f"{studio.latitude:.5f}", f"{studio.longitude:.5f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=12/{lat}/{lon}"


def _coordinates(studio: Studio) -> str:
    """Decimal degrees as GPS apps take them, with a dot whatever the language (30.919, -6.893)."""
    return ", ".join(format(value.normalize(), "f") for value in (studio.latitude, studio.longitude))


def contact(request: HttpRequest) -> HttpResponse:
    company = Company.load()
    studio = Studio.load()
    context = {
        "company": company,
        "studio": studio,
        # tel: links take digits and a leading + only.
        "phone_uri": "tel:" + re.sub(r"[^\d+]", "", company.phone) if company and company.phone else "",
        "map_url": _openstreetmap_url(studio) if studio else "",
        "coordinates": _coordinates(studio) if studio else "",
    }
    return render(request, "kfilms/contact.html", context)


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /i18n/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    """Rendered without a request context: the database or a context processor may be what failed."""
    try:
        body = loader.get_template("500.html").render({"SITE_NAME": settings.SITE_NAME})
    except Exception:
        logger.exception("The 500 page itself failed to render")
        body = "<!doctype html><title>{0}</title><h1>{0}</h1>".format(_("Server error (500)"))
    return HttpResponseServerError(body)
