"""The home page: key figures computed from the catalogue, featured productions, the studio teaser."""

import pytest
from django.urls import reverse

from productions.models import Role
from studios.models import Facility
from tests.images import image_upload
from tests.kfilms.factories import CompanyFactory, KeyFigureFactory
from tests.productions.factories import ProductionFactory
from tests.studios.factories import FacilityFactory, FacilityPhotoFactory, StudioFactory

pytestmark = pytest.mark.django_db

BACKLOT = Facility.Kind.BACKLOT
STAGE = Facility.Kind.SOUND_STAGE


@pytest.fixture
def catalogue():
    """A studio like Oasis: 17 ha, two sets and a zone, one stage built and one planned."""
    company = CompanyFactory()
    KeyFigureFactory(company=company, value="50+", label="international productions")
    studio = StudioFactory(land_hectares=17)
    medina = FacilityFactory(studio=studio, kind=BACKLOT, area=7000, name="Medina set", is_featured=True)
    FacilityFactory(studio=studio, kind=BACKLOT, area=5250, name="Kasbah set")
    # A zone is part of its set's area, and unpublished or planned sets are not on offer.
    FacilityFactory(studio=studio, kind=BACKLOT, area=900, parent=medina)
    FacilityFactory(studio=studio, kind=BACKLOT, area=4000, is_published=False)
    FacilityFactory(studio=studio, kind=BACKLOT, area=3000, status=Facility.Status.PLANNED)
    FacilityFactory(studio=studio, kind=STAGE, area=300, name="Stage 1")
    FacilityFactory(studio=studio, kind=STAGE, area=1500, status=Facility.Status.PLANNED, expected_year=2027)
    FacilityPhotoFactory(facility=medina, alt_text="The medina set at dusk", caption="Medina set")
    return studio


def figure_html(value: str, unit: str = "") -> str:
    unit_html = f'<span class="figure-unit">{unit}</span>' if unit else ""
    return f'<span class="figure-value">{value}{unit_html}</span>'


def test_home_shows_figures_computed_from_the_catalogue(client, catalogue):
    ProductionFactory.create_batch(3)
    ProductionFactory(is_published=False)

    html = client.get(reverse("kfilms:home")).content.decode()

    assert figure_html("17", "ha") in html
    assert figure_html("12,250", "m²") in html  # 7,000 + 5,250: no zone, draft or planned set
    assert figure_html("300", "m²") in html
    assert figure_html("1,500", "m²") in html
    assert "new sound stage planned" in html
    assert "expected 2027" in html
    assert figure_html("3") in html  # published productions only
    assert figure_html("50+") in html
    assert "international productions" in html


def test_figures_follow_the_catalogue(client, catalogue):
    FacilityFactory(studio=catalogue, kind=BACKLOT, area=1000)
    html = client.get(reverse("kfilms:home")).content.decode()
    assert figure_html("13,250", "m²") in html


def test_several_sound_stages_are_added_up(client, catalogue):
    FacilityFactory(studio=catalogue, kind=STAGE, area=450)
    html = client.get(reverse("kfilms:home")).content.decode()
    assert figure_html("750", "m²") in html
    assert "of sound stages" in html


def test_home_shows_featured_published_productions_with_poster_renditions(client):
    poster = image_upload("homeland.jpg", size=(600, 900))
    homeland = ProductionFactory(title="Homeland", is_featured=True, poster=poster)
    ProductionFactory(title="Not featured")
    ProductionFactory(title="Featured draft", is_featured=True, is_published=False)

    response = client.get(reverse("kfilms:home"))
    html = response.content.decode()

    assert list(response.context["featured_productions"]) == [homeland]
    assert homeland.get_absolute_url() in html
    assert "Not featured" not in html
    assert "Featured draft" not in html
    assert homeland.poster.url not in html  # never the upload itself
    assert 'alt="Poster of Homeland"' in html
    assert "/media/cache/" in html


def test_production_without_poster_gets_a_titled_placeholder(client):
    ProductionFactory(title="Captain Phillips", is_featured=True)
    html = client.get(reverse("kfilms:home")).content.decode()
    assert '<span class="media-placeholder" aria-hidden="true">Captain Phillips</span>' in html


def test_studio_teaser_and_hero_use_photo_renditions(client, catalogue):
    kasbah = Facility.objects.get(name="Kasbah set")
    photo = FacilityPhotoFactory(facility=kasbah, alt_text="Kasbah walls", caption="Kasbah set")
    html = client.get(reverse("kfilms:home")).content.decode()

    assert "Pictured: Medina set" in html  # the featured facility leads the hero
    assert 'alt="Kasbah walls"' in html  # the teaser shows another facility
    assert photo.image.url not in html
    assert catalogue.name in html
    assert reverse("studios:studio") in html
    assert reverse("studios:facility-list") in html


def test_home_links_to_the_main_calls_to_action(client, catalogue):
    html = client.get(reverse("kfilms:home")).content.decode()
    for name in ["studios:studio", "productions:production-list", "kfilms:contact"]:
        assert f'href="{reverse(name)}"' in html


def test_home_answers_before_anything_is_entered(client):
    response = client.get(reverse("kfilms:home"))
    assert response.status_code == 200
    assert response.context["figures"] == []
    assert "figure-tiles" not in response.content.decode()


@pytest.mark.parametrize("productions", [2, 30])
def test_home_query_count_does_not_grow_with_productions(
    client, catalogue, productions, django_assert_num_queries
):
    for _ in range(productions):
        ProductionFactory(
            is_featured=True,
            poster=image_upload(size=(60, 90)),
            roles=[Role.Code.LINE_PRODUCER, Role.Code.PRODUCER],
        )
    url = reverse("kfilms:home")
    client.get(url)  # renditions are made once; later pages read their names from the cache

    # company, studio, built-set area, sound stages, production count, key figures,
    # showcase photos, featured productions with their client, their roles
    with django_assert_num_queries(9):
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["featured_productions"]) == min(productions, 6)
