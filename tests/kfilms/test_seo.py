"""Every page has its title, description, canonical link and Open Graph tags; the nav marks where you are."""

import re

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, reverse

from tests.images import image_upload
from tests.kfilms.factories import CompanyFactory
from tests.studios.factories import FacilityPhotoFactory, StudioFactory

pytestmark = pytest.mark.django_db

PAGES = ["kfilms:home", "kfilms:about", "kfilms:contact"]

# A site where only the company's pages exist, to check the nav leaves out missing pages.
urlpatterns = i18n_patterns(path("", include("kfilms.urls_public")))


def meta(html: str, attribute: str, name: str) -> str:
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    assert match, f"no {name} in the page"
    return match.group(1)


@pytest.fixture
def site():
    CompanyFactory(ceo_photo=image_upload("ceo.jpg", size=(300, 400)))
    studio = StudioFactory()
    FacilityPhotoFactory(facility__studio=studio)


@pytest.mark.parametrize("name", PAGES)
def test_page_has_title_description_canonical_and_open_graph(client, site, name):
    url = reverse(name)
    html = client.get(url).content.decode()

    title = re.search(r"<title>([^<]+)</title>", html).group(1)
    assert title.endswith(" · K Films & Oasis Studios Morocco")
    assert len(meta(html, "name", "description")) > 50
    assert f'<link rel="canonical" href="http://testserver{url}">' in html
    assert meta(html, "property", "og:url") == f"http://testserver{url}"
    assert meta(html, "property", "og:title")
    assert meta(html, "property", "og:description")
    assert meta(html, "property", "og:image").startswith("http://testserver/")


@pytest.mark.parametrize("name", ["kfilms:home", "kfilms:about"])
def test_open_graph_image_is_a_rendition_where_the_page_has_a_photo(client, site, name):
    html = client.get(reverse(name)).content.decode()
    assert meta(html, "property", "og:image").startswith("http://testserver/media/cache/")


def test_pages_have_distinct_titles(client, site):
    titles = {
        re.search(r"<title>([^<]+)</title>", client.get(reverse(n)).content.decode()).group(1) for n in PAGES
    }
    assert len(titles) == len(PAGES)


def test_page_without_a_photo_shares_the_house_card(client):
    html = client.get(reverse("kfilms:contact")).content.decode()
    assert meta(html, "property", "og:image") == "http://testserver/static/img/og-default.jpg"


def test_canonical_link_leaves_out_the_query_string(client):
    html = client.get(reverse("kfilms:about") + "?utm_source=newsletter").content.decode()
    assert f'<link rel="canonical" href="http://testserver{reverse("kfilms:about")}">' in html


@pytest.mark.parametrize("name", PAGES)
def test_pages_carry_no_inline_script_or_style(client, site, name):
    html = client.get(reverse(name)).content.decode()
    assert "style=" not in html
    assert "<style" not in html
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []


def test_nav_marks_the_current_page(client):
    html = client.get(reverse("kfilms:about")).content.decode()
    about = reverse("kfilms:about")
    assert f'<a class="nav-link active" href="{about}" aria-current="page">' in html
    assert html.count('aria-current="page"') == 1


def test_nav_marks_the_section_of_a_page_below_it(client):
    facility = FacilityPhotoFactory().facility
    html = client.get(facility.get_absolute_url()).content.decode()
    studio_url = reverse("studios:studio")
    assert f'<a class="nav-link active" href="{studio_url}" aria-current="true">' in html


@pytest.mark.urls(__name__)
def test_nav_leaves_out_pages_that_do_not_exist_yet(client):
    response = client.get(reverse("kfilms:home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{reverse("kfilms:about")}"' in html
    assert ">Productions<" not in html
    assert ">The studio<" not in html
    assert ">Send an enquiry<" not in html
