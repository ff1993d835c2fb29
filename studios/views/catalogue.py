"""The studio's public pages: the overview, the facility list and each facility."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from typing import Any
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.generic import DetailView, ListView

from kfilms.images import og_rendition

from ..filters import FacilityFilterForm
from ..models import Facility, FacilityPhoto, Studio

# Zoom 13 frames the studio and its surroundings on OpenStreetMap.
OSM_ZOOM = 13


def openstreetmap_url(latitude: Decimal, longitude: Decimal) -> str:
    """A link that opens OpenStreetMap on the point, so the page itself loads no map tiles or scripts."""
    query = urlencode({"mlat": latitude, "mlon": longitude})
    return f"https://www.openstreetmap.org/?{query}#map={OSM_ZOOM}/{latitude}/{longitude}"


@dataclass(frozen=True)
class OpenGraphImage:
    """What the og:image tags need: an absolute URL, the size and a description."""

    url: str
    width: int
    height: int
    alt: str


def open_graph_image(request: HttpRequest, photo: FacilityPhoto | None) -> OpenGraphImage | None:
    """A rendition of the photo the size link previews use, with an absolute URL; None without one."""
    rendition = og_rendition(photo.image if photo else None)
    if rendition is None:
        return None
    return OpenGraphImage(
        url=request.build_absolute_uri(rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=photo.alt_text,
    )


@dataclass(frozen=True)
class FacilityEntry:
    """A whole facility on the overview, with the zones listed under it."""

    facility: Facility
    zones: list[Facility]


def facilities_by_kind(facilities: list[Facility]) -> list[tuple[str, list[FacilityEntry]]]:
    """(kind label, entries) in the order the kinds are declared; zones go under their set."""
    zones: dict[int, list[Facility]] = defaultdict(list)
    for facility in facilities:
        if facility.parent_id is not None:
            zones[facility.parent_id].append(facility)
    order = {kind: position for position, kind in enumerate(Facility.Kind.values)}
    whole = sorted(
        (facility for facility in facilities if facility.parent_id is None),
        key=lambda facility: order[facility.kind],
    )
    return [
        (Facility.Kind(kind).label, [FacilityEntry(facility, zones[facility.pk]) for facility in group])
        for kind, group in groupby(whole, key=lambda facility: facility.kind)
    ]


def studio(request: HttpRequest) -> HttpResponse:
    """The studio overview: story, location, facilities by kind, collections, expansion plans."""
    studio = Studio.load()
    context: dict[str, Any] = {"studio": studio}
    if studio is not None:
        facilities = list(studio.facilities.published().with_photos())
        available = [facility for facility in facilities if not facility.is_planned]
        whole = [facility for facility in available if facility.parent_id is None]
        featured_first = sorted(whole, key=lambda facility: not facility.is_featured)
        hero_photo = next((f.cover() for f in featured_first if f.cover() is not None), None)
        context.update(
            hero_photo=hero_photo,
            og_image=open_graph_image(request, hero_photo),
            map_url=openstreetmap_url(studio.latitude, studio.longitude),
            facility_groups=facilities_by_kind(available),
            planned_facilities=[facility for facility in facilities if facility.is_planned],
            built_set_area=studio.facilities.published().built_set_area(),
            sound_stage_count=sum(1 for f in whole if f.kind == Facility.Kind.SOUND_STAGE),
            collections=studio.collections.prefetch_related("categories"),
        )
    return render(request, "studios/studio.html", context)


class FacilityListView(ListView):
    """Published facilities, narrowed by the GET filter form."""

    template_name = "studios/facility_list.html"
    context_object_name = "facilities"
    paginate_by = 24

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.filter_form = FacilityFilterForm(request.GET)
        response = super().get(request, *args, **kwargs)
        if self.filter_form.errors:
            # As on the productions list: the page still renders (valid filters applied, the
            # message beside the bad field), but a bad query string is the client's mistake.
            response.status_code = 400
        return response

    def get_queryset(self) -> QuerySet[Facility]:
        facilities = Facility.objects.published().select_related("parent").with_photos()
        return self.filter_form.filter(facilities)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(filter_form=self.filter_form, **kwargs)


class FacilityDetailView(DetailView):
    """One published facility: gallery, specs, zones or parent set, productions shot there."""

    queryset = Facility.objects.published().select_related("studio", "parent").with_photos()
    template_name = "studios/facility_detail.html"
    context_object_name = "facility"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        facility: Facility = self.object
        parent = facility.parent if facility.parent and facility.parent.is_published else None
        return super().get_context_data(
            parent=parent,
            zones=facility.zones.published(),
            productions=facility.productions.published().select_related("client"),
            og_image=open_graph_image(self.request, facility.cover()),
            **kwargs,
        )
