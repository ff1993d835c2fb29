"""The company's pages: home, about, contact, robots.txt and the error pages."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .models import Company


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "kfilms/home.html", {"company": Company.load()})


def about(request: HttpRequest) -> HttpResponse:
    return render(request, "kfilms/about.html", {"company": Company.load()})


def contact(request: HttpRequest) -> HttpResponse:
    return render(request, "kfilms/contact.html", {"company": Company.load()})


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
