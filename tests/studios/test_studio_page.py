"""The studio overview: story, location, figures, facilities by kind, collections, expansion."""

import re

import pytest
from django.urls import reverse

from studios.models import Collection, Facility

from .factories import (
    CollectionCategoryFactory,
    CollectionFactory,
    FacilityFactory,
    FacilityPhotoFactory,
    StudioFactory,
)

pytestmark = pytest.mark.django_db

URL = reverse("studios:studio")


@pytest.fixture
def studio():
    studio = StudioFactory(
        tagline="A mini Skywalker Ranch on the edge of the Sahara",
        access="About 20 minutes from Ouarzazate",
        story="Built between the desert and the High Atlas.",
        expansion="A further 25 hectares and a new sound stage are planned.",
    )
    FacilityFactory(studio=studio, name="Sound stage 1", kind=Facility.Kind.SOUND_STAGE, area=300)
    medina = FacilityFactory(studio=studio, name="Medina", kind=Facility.Kind.BACKLOT, area=7000)
    FacilityFactory(studio=studio, name="Kasbah", kind=Facility.Kind.BACKLOT, area=5000)
    # A zone is counted inside its set, not a second time.
    FacilityFactory(studio=studio, name="Medina souk", kind=Facility.Kind.BACKLOT, area=800, parent=medina)
    FacilityFactory(studio=studio, name="Post-production suite", kind=Facility.Kind.POST_PRODUCTION, area=120)
    FacilityFactory(
        studio=studio,
        name="Sound stage 2",
        kind=Facility.Kind.SOUND_STAGE,
        area=1500,
        status=Facility.Status.PLANNED,
        expected_year=2027,
    )
    FacilityFactory(
        studio=studio, name="Expansion land", kind=Facility.Kind.LAND, area=25, status=Facility.Status.PLANNED
    )
    FacilityFactory(
        studio=studio, name="Secret set", kind=Facility.Kind.BACKLOT, area=900, is_published=False
    )
    costumes = CollectionFactory(studio=studio, name="Costume stock", kind=Collection.Kind.COSTUMES)
    CollectionCategoryFactory(collection=costumes, name="Roman armour", item_count=120)
    CollectionCategoryFactory(collection=costumes, name="Berber dress", item_count=80)
    props = CollectionFactory(studio=studio, name="Props stock", kind=Collection.Kind.PROPS)
    CollectionCategoryFactory(collection=props, name="Weapons", item_count=1500)
    return studio


def test_shows_story_location_and_key_figures(client, studio):
    html = client.get(URL).content.decode()

    assert "Oasis Studios Morocco" in html
    assert "A mini Skywalker Ranch on the edge of the Sahara" in html
    assert "Built between the desert and the High Atlas." in html
    assert "About 20 minutes from Ouarzazate" in html
    assert '17<span class="figure-unit">ha</span>' in html
    assert "2015" in html
    # Built sets: the two sets, not the zone and not the unpublished set.
    assert '12,000<span class="figure-unit">m²</span>' in html
    assert "30.9190, -6.8930" in html


def test_links_to_openstreetmap_without_loading_a_map(client, studio):
    html = client.get(URL).content.decode()

    assert (
        'href="https://www.openstreetmap.org/?mlat=30.919000&amp;mlon=-6.893000#map=13/30.919000/-6.893000"'
        in html
    )
    assert "<iframe" not in html
    assert "tile.openstreetmap" not in html


def test_groups_available_facilities_by_kind_with_their_area_and_zones(client, studio):
    response = client.get(URL)
    html = response.content.decode()

    groups = {
        label: [(entry.facility.name, [zone.name for zone in entry.zones]) for entry in entries]
        for label, entries in response.context["facility_groups"]
    }
    assert groups == {
        "Built set / backlot": [("Kasbah", []), ("Medina", ["Medina souk"])],
        "Sound stage": [("Sound stage 1", [])],
        "Post-production suite": [("Post-production suite", [])],
    }
    # The kinds come in their declared order.
    assert html.index(">Built set / backlot</h3>") < html.index(">Sound stage</h3>")
    assert html.index(">Sound stage</h3>") < html.index(">Post-production suite</h3>")
    assert "300&nbsp;m²" in html
    assert "Secret set" not in html
    zones = html[html.index("Zones of Medina") :]
    assert re.search(r'Medina souk</a> <span class="studio-kind-zone-area">800&nbsp;m²', zones)


def test_shows_collections_with_categories_and_counts(client, studio):
    html = client.get(URL).content.decode()

    assert "Costume stock" in html
    assert re.search(r"Roman armour</span> <span[^>]*>120 items", html)
    assert re.search(r"Berber dress</span> <span[^>]*>80 items", html)
    assert "200 items in all" in html
    assert re.search(r"Weapons</span> <span[^>]*>1500 items", html)


def test_expansion_plans_show_planned_facilities_with_year_and_area(client, studio):
    response = client.get(URL)
    html = response.content.decode()

    assert [f.name for f in response.context["planned_facilities"]] == ["Expansion land", "Sound stage 2"]
    expansion = html[html.index('id="expansion-title"') :]
    assert "A further 25 hectares and a new sound stage are planned." in expansion
    assert "1,500&nbsp;m²" in expansion
    assert "25&nbsp;ha" in expansion
    assert "Planned · expected 2027" in expansion


def test_without_a_studio_the_page_still_answers(client):
    response = client.get(URL)

    assert response.status_code == 200
    assert "being prepared" in response.content.decode()


def test_open_graph_image_is_an_absolute_rendition_of_a_featured_facility(client, studio):
    featured = FacilityFactory(
        studio=studio, name="Featured kasbah", kind=Facility.Kind.BACKLOT, is_featured=True
    )
    FacilityPhotoFactory(facility=Facility.objects.get(name="Kasbah"))
    photo = FacilityPhotoFactory(facility=featured, alt_text="The featured kasbah")

    response = client.get(URL)
    html = response.content.decode()

    assert response.context["hero_photo"] == photo
    og = re.search(r'<meta property="og:image" content="([^"]+)">', html)
    assert og is not None
    assert og.group(1).startswith("http://testserver/media/cache/")
    assert '<meta property="og:image:width" content="1200">' in html
    assert photo.image.url not in html


@pytest.mark.parametrize("count", [5, 50])
def test_query_count_does_not_grow_with_facilities(client, django_assert_num_queries, count):
    studio = StudioFactory()
    for facility in FacilityFactory.create_batch(count, studio=studio, kind=Facility.Kind.BACKLOT):
        FacilityPhotoFactory(facility=facility)
    FacilityFactory.create_batch(count, studio=studio, status=Facility.Status.PLANNED)
    for collection in CollectionFactory.create_batch(count, studio=studio):
        CollectionCategoryFactory.create_batch(2, collection=collection)
    # Warm the renditions: later views find them in the cache, not the database.
    client.get(URL)

    # 1. the studio, 2. its top-level published facilities, 3. their photos,
    # 4. the built-set area (one SUM), 5. the collections, 6. their categories.
    with django_assert_num_queries(6):
        response = client.get(URL)

    assert len(response.context["planned_facilities"]) == count
