"""The studio's public pages."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.generic import DetailView, ListView

from ..models import Facility, Studio


def studio(request: HttpRequest) -> HttpResponse:
    return render(request, "studios/studio.html", {"studio": Studio.load()})


class FacilityListView(ListView):
    queryset = Facility.objects.published().with_photos()
    template_name = "studios/facility_list.html"


class FacilityDetailView(DetailView):
    queryset = Facility.objects.published().with_photos()
    template_name = "studios/facility_detail.html"
