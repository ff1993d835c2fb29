"""A facility's page: gallery renditions, specs, zones or parent set, productions, 404s."""

import re

import pytest
from django.urls import NoReverseMatch, reverse

from studios.models import Facility
from tests.images import image_upload
from tests.productions.factories import ProductionFactory

from .factories import FacilityFactory, FacilityPhotoFactory

pytestmark = pytest.mark.django_db


def url_or_none(name: str, *args: str) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


@pytest.fixture
def stage() -> Facility:
    return FacilityFactory(
        name="Sound stage 1",
        slug="sound-stage-1",
        summary="A soundproofed stage for interiors.",
        description="Built for interiors that the desert light would spoil.",
        area=300,
        length_m=20,
        width_m=15,
        clear_height_m="9.50",
        power_kva=400,
        soundproofed=True,
        air_conditioned=True,
        water=False,
        lighting_grid=True,
    )


def test_shows_summary_description_and_specs(client, stage):
    response = client.get(stage.get_absolute_url())
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Sound stage 1</h1>" in html
    assert "A soundproofed stage for interiors." in html
    assert "Built for interiors that the desert light would spoil." in html
    specs = html[html.index('id="specs-title"') :]
    assert "300&nbsp;m²" in specs
    assert "20 × 15 m" in specs
    assert "9.50&nbsp;m" in specs
    assert "400&nbsp;kVA" in specs
    assert re.search(r"Soundproofing</th><td>Yes<", specs)
    assert re.search(r"Air conditioning</th><td>Yes<", specs)
    assert re.search(r"Water supply</th><td>No<", specs)
    assert re.search(r"Lighting grid</th><td>Yes<", specs)


def test_gallery_shows_ordered_renditions_with_alt_text_captions_and_larger_links(client, stage):
    second = FacilityPhotoFactory(facility=stage, order=2, caption="The grid", alt_text="Lights above")
    first = FacilityPhotoFactory(facility=stage, order=1, caption="The floor", alt_text="An empty floor")

    html = client.get(stage.get_absolute_url()).content.decode()
    gallery = html[
        html.index('class="studio-gallery"') : html.index("</section>", html.index('class="studio-gallery"'))
    ]

    links = re.findall(
        r'<a class="studio-gallery-link" href="([^"]+)">\s*<img [^>]*src="([^"]+)"[^>]*alt="([^"]+)"', gallery
    )
    assert [alt for _, _, alt in links] == ["An empty floor", "Lights above"]
    for large, small, _ in links:
        assert large.startswith("/media/cache/") and small.startswith("/media/cache/")
        assert large != small
    assert gallery.index("The floor") < gallery.index("The grid")
    assert first.image.url not in html and second.image.url not in html


def test_open_graph_image_comes_from_the_first_photo(client, stage):
    FacilityPhotoFactory(facility=stage, order=1, alt_text="An empty floor")

    html = client.get(stage.get_absolute_url()).content.decode()

    og = re.search(r'<meta property="og:image" content="([^"]+)">', html)
    assert og is not None and og.group(1).startswith("http://testserver/media/cache/")
    assert '<meta property="og:image:alt" content="An empty floor">' in html


def test_without_photos_there_is_no_gallery_and_no_og_image(client, stage):
    html = client.get(stage.get_absolute_url()).content.decode()

    assert "studio-gallery" not in html
    # The site's default card stands in.
    assert "/media/" not in re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)


def test_a_set_lists_its_published_zones(client):
    medina = FacilityFactory(name="Medina", kind=Facility.Kind.BACKLOT, area=7000)
    souk = FacilityFactory(name="Souk street", kind=Facility.Kind.BACKLOT, area=800, parent=medina)
    FacilityFactory(name="Hidden alley", kind=Facility.Kind.BACKLOT, parent=medina, is_published=False)

    html = client.get(medina.get_absolute_url()).content.decode()

    zones = html[html.index('id="zones-title"') :]
    assert souk.get_absolute_url() in zones
    assert "800&nbsp;m²" in zones
    assert "Hidden alley" not in html


def test_a_zone_links_to_its_set(client):
    medina = FacilityFactory(name="Medina", kind=Facility.Kind.BACKLOT)
    souk = FacilityFactory(name="Souk street", kind=Facility.Kind.BACKLOT, parent=medina)

    html = client.get(souk.get_absolute_url()).content.decode()

    assert "This is a zone of Medina." in html
    assert f'href="{medina.get_absolute_url()}"' in html


def test_a_zone_of_an_unpublished_set_does_not_link_to_it(client):
    hidden = FacilityFactory(name="Hidden set", is_published=False)
    zone = FacilityFactory(name="Visible zone", parent=hidden)

    html = client.get(zone.get_absolute_url()).content.decode()

    assert "Hidden set" not in html


def test_lists_published_productions_shot_there(client, stage):
    shot = ProductionFactory(title="Homeland", year_start=2019)
    hidden = ProductionFactory(title="Unannounced series")
    elsewhere = ProductionFactory(title="Shot elsewhere")
    hidden.is_published = False
    hidden.save()
    shot.facilities.add(stage)
    hidden.facilities.add(stage)

    html = client.get(stage.get_absolute_url()).content.decode()

    section = html[html.index('id="productions-title"') :]
    assert "Homeland" in section
    assert shot.get_absolute_url() in section
    assert "Unannounced series" not in html
    assert elsewhere.title not in html


def test_poster_is_a_small_rendition_and_no_section_without_productions(client, stage):
    other = FacilityFactory(name="Empty lot")
    production = ProductionFactory(title="Deep State", poster=image_upload("poster.jpg", size=(400, 600)))
    production.facilities.add(stage)

    html = client.get(stage.get_absolute_url()).content.decode()
    poster = re.search(r'<img src="([^"]+)" width="96" height="144" alt=""', html)
    assert poster is not None and poster.group(1).startswith("/media/cache/")
    assert production.poster.url not in html
    assert "Shot here" not in client.get(other.get_absolute_url()).content.decode()


def test_a_planned_facility_says_so_with_its_expected_year(client):
    planned = FacilityFactory(
        name="Sound stage 2", area=1500, status=Facility.Status.PLANNED, expected_year=2027
    )

    html = client.get(planned.get_absolute_url()).content.decode()

    assert "Planned · expected 2027" in html
    assert "Planned: expected in 2027." in html
    assert "1,500&nbsp;m²" in html
    # Its amenities are not settled: no "No" that reads as a fact.
    assert "Soundproofing" not in html


def test_calls_to_action_link_to_the_pages_that_exist(client, stage):
    html = client.get(stage.get_absolute_url()).content.decode()

    enquiry = url_or_none("productions:enquiry-create")
    # The facility's own calendar when there is one, else the studio's.
    availability = url_or_none("studios:facility-availability", stage.slug) or url_or_none(
        "studios:availability"
    )
    for target in (enquiry, availability):
        if target:
            assert f'href="{target}"' in html
    if not enquiry and not availability:
        assert "Shooting here?" not in html


def test_unpublished_facility_is_a_404(client):
    hidden = FacilityFactory(is_published=False)

    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_unknown_slug_is_a_404(client):
    assert client.get(reverse("studios:facility-detail", kwargs={"slug": "no-such-set"})).status_code == 404


@pytest.mark.parametrize("count", [2, 20])
def test_query_count_does_not_grow_with_photos_zones_and_productions(
    client, django_assert_num_queries, stage, count
):
    FacilityPhotoFactory.create_batch(count, facility=stage)
    FacilityFactory.create_batch(count, parent=stage)
    for production in ProductionFactory.create_batch(count):
        production.facilities.add(stage)
    client.get(stage.get_absolute_url())

    # 1. the facility with its studio and parent, 2. its photos, 3. its published zones,
    # 4. the published productions shot there, with their clients.
    with django_assert_num_queries(4):
        response = client.get(stage.get_absolute_url())

    assert response.status_code == 200
