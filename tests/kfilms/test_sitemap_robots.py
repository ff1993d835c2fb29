"""sitemap.xml lists the public pages and the published catalogue; robots.txt points to it."""

import pytest
from django.urls import NoReverseMatch, reverse

from kfilms.sitemaps import STATIC_PAGES
from tests.productions.factories import ProductionFactory
from tests.studios.factories import FacilityFactory

pytestmark = pytest.mark.django_db


def sitemap() -> str:
    from django.test import Client

    response = Client().get(reverse("sitemap"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return response.content.decode()


def test_sitemap_lists_published_facilities_and_productions():
    stage = FacilityFactory(slug="sound-stage")
    FacilityFactory(slug="draft-set", is_published=False)
    homeland = ProductionFactory(slug="homeland")
    ProductionFactory(slug="draft-film", is_published=False)

    xml = sitemap()

    assert f"<loc>http://testserver{stage.get_absolute_url()}</loc>" in xml
    assert f"<loc>http://testserver{homeland.get_absolute_url()}</loc>" in xml
    assert "draft-set" not in xml
    assert "draft-film" not in xml
    assert "<lastmod>" in xml


def test_sitemap_lists_every_public_page_that_exists():
    xml = sitemap()
    for name in [
        "kfilms:home",
        "kfilms:about",
        "kfilms:contact",
        "studios:studio",
        "productions:production-list",
    ]:
        assert f"<loc>http://testserver{reverse(name)}</loc>" in xml
    for name, _priority in STATIC_PAGES:
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue  # listed ahead of its issue: it appears once the page exists
        assert f"<loc>http://testserver{url}</loc>" in xml


def test_robots_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get(reverse("robots-txt"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain"
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert "User-agent: *" in lines
