"""The facility list: cards, filters that really filter, bad filter values, a flat query count."""

import re

import pytest
from django.urls import reverse

from studios.models import Facility

from .factories import FacilityFactory, FacilityPhotoFactory

pytestmark = pytest.mark.django_db

URL = reverse("studios:facility-list")


def names_listed(response) -> set[str]:
    return {facility.name for facility in response.context["facilities"]}


@pytest.fixture
def catalogue() -> dict[str, Facility]:
    """One facility per situation a filter must tell apart."""
    return {
        "stage": FacilityFactory(name="Sound stage A", kind=Facility.Kind.SOUND_STAGE, area=300),
        "medina": FacilityFactory(
            name="Medina street", kind=Facility.Kind.BACKLOT, area=1200, look=Facility.Look.MEDINA
        ),
        "kasbah": FacilityFactory(name="Kasbah", kind=Facility.Kind.BACKLOT, area=5000),
        "new_stage": FacilityFactory(
            name="New stage",
            kind=Facility.Kind.SOUND_STAGE,
            area=1500,
            status=Facility.Status.PLANNED,
            expected_year=2027,
        ),
        # 1 ha is 10,000 m²: a large facility although its number is small.
        "land": FacilityFactory(name="Land parcel", kind=Facility.Kind.LAND, area=1),
        "office": FacilityFactory(name="Office", kind=Facility.Kind.OFFICE, area=None),
    }


def test_lists_published_facilities_only(client, catalogue):
    FacilityFactory(name="Hidden set", is_published=False)

    response = client.get(URL)

    assert response.status_code == 200
    assert names_listed(response) == {facility.name for facility in catalogue.values()}
    assert "Hidden set" not in response.content.decode()


def test_card_shows_kind_status_text_area_with_unit_and_look(client, catalogue):
    html = client.get(URL).content.decode()

    assert "Built set / backlot" in html
    assert "1,200&nbsp;m²" in html
    assert "1&nbsp;ha" in html
    assert "Medina" in html
    # The status is written out, not only a colour, and a planned one says when.
    assert re.search(r"badge-status-planned\">Planned · expected 2027<", html)
    assert re.search(r"badge-status-available\">Available<", html)
    assert catalogue["medina"].get_absolute_url() in html


def test_card_image_is_a_rendition_not_the_upload(client):
    photo = FacilityPhotoFactory(alt_text="The kasbah gate at dusk")

    html = client.get(URL).content.decode()

    img = re.search(r'<div class="kf-card-media">\s*<img src="([^"]+)"[^>]*alt="([^"]+)"', html)
    assert img is not None
    assert img.group(2) == "The kasbah gate at dusk"
    assert img.group(1).startswith("/media/cache/")
    assert photo.image.url not in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "backlot"}, {"medina", "kasbah"}),
        ({"kind": "sound_stage"}, {"stage", "new_stage"}),
        ({"status": "planned"}, {"new_stage"}),
        ({"status": "available"}, {"stage", "medina", "kasbah", "land", "office"}),
        ({"size": "small"}, {"stage"}),
        ({"size": "medium"}, {"medina", "new_stage"}),
        ({"size": "large"}, {"kasbah", "land"}),
        ({"min_area": "1200", "max_area": "1500"}, {"medina", "new_stage"}),
        ({"min_area": "6000"}, {"land"}),
        ({"kind": "sound_stage", "status": "available"}, {"stage"}),
        ({"kind": "backlot", "size": "large"}, {"kasbah"}),
        ({"size": "medium", "max_area": "1300"}, {"medina"}),
    ],
)
def test_filters_narrow_the_list(client, catalogue, query, expected):
    response = client.get(URL, query)

    assert response.status_code == 200
    assert names_listed(response) == {catalogue[key].name for key in expected}


def test_a_filter_with_no_match_says_so(client, catalogue):
    response = client.get(URL, {"kind": "workshop"})

    assert response.status_code == 200
    assert names_listed(response) == set()
    assert "No facility matches these filters." in response.content.decode()


@pytest.mark.parametrize(
    ("query", "bad_field", "expected"),
    [
        # The bad value is dropped; the good ones next to it still apply.
        ({"kind": "spaceship"}, "kind", {"stage", "medina", "kasbah", "new_stage", "land", "office"}),
        ({"kind": "spaceship", "status": "planned"}, "kind", {"new_stage"}),
        ({"size": "huge", "kind": "backlot"}, "size", {"medina", "kasbah"}),
        ({"min_area": "abc", "kind": "backlot"}, "min_area", {"medina", "kasbah"}),
        ({"min_area": "-5", "max_area": "400"}, "min_area", {"stage"}),
        ({"max_area": "1e999"}, "max_area", {"stage", "medina", "kasbah", "new_stage", "land", "office"}),
        ({"min_area": "2000", "max_area": "100"}, "max_area", {"kasbah", "land"}),
    ],
)
def test_invalid_filter_values_answer_400_with_the_page_and_a_message(
    client, catalogue, query, bad_field, expected
):
    response = client.get(URL, query)

    # The same rule as the productions list: the page, but a 400 for the client's mistake.
    assert response.status_code == 400
    assert names_listed(response) == {catalogue[key].name for key in expected}
    html = response.content.decode()
    assert "could not be used and were ignored" in html
    assert f'id="id_{bad_field}_error"' in html
    assert re.search(rf'name="{bad_field}"[^>]*class="[^"]*is-invalid[^>]*aria-invalid="true"', html)


def test_valid_filters_answer_200(client, catalogue):
    response = client.get(URL, {"kind": "backlot", "size": "large", "min_area": "100"})

    assert response.status_code == 200
    assert "could not be used" not in response.content.decode()


def test_pagination_keeps_the_filters(client):
    FacilityFactory.create_batch(30, kind=Facility.Kind.BACKLOT, area=800)
    FacilityFactory(kind=Facility.Kind.OFFICE)

    first = client.get(URL, {"kind": "backlot"})
    second = client.get(URL, {"kind": "backlot", "page": 2})

    assert first.context["paginator"].count == 30
    assert len(first.context["facilities"]) == 24
    assert "?kind=backlot&amp;page=2" in first.content.decode()
    assert len(second.context["facilities"]) == 6


def test_a_page_past_the_end_is_a_404_not_a_500(client, catalogue):
    assert client.get(URL, {"page": 99}).status_code == 404
    assert client.get(URL, {"page": "abc"}).status_code == 404


@pytest.mark.parametrize("count", [5, 50])
def test_query_count_does_not_grow_with_facilities(client, django_assert_num_queries, count):
    for facility in FacilityFactory.create_batch(count, kind=Facility.Kind.BACKLOT):
        FacilityPhotoFactory.create_batch(2, facility=facility)
        zone = FacilityFactory(parent=facility, kind=Facility.Kind.BACKLOT)
        FacilityPhotoFactory(facility=zone)
    # The first view makes each rendition and records it in sorl's key-value store;
    # after that the renditions are found in the cache without touching the database.
    client.get(URL)

    # 1. COUNT for the paginator, 2. the facilities with their parent set (one join),
    # 3. their photos (one prefetch).
    with django_assert_num_queries(3):
        response = client.get(URL)

    assert response.status_code == 200
    assert len(response.context["facilities"]) == min(count * 2, 24)
