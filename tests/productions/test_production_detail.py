"""A production's page: content, spend only when public, facilities, Open Graph, 404s."""

from decimal import Decimal

import pytest
from django.urls import NoReverseMatch, reverse

from productions.models import Currency, Production, Role
from productions.views.catalogue import compact_amount
from tests.images import image_upload
from tests.studios.factories import FacilityFactory, FacilityPhotoFactory

from .factories import ClientFactory, ProductionFactory


@pytest.fixture
def homeland(db) -> Production:
    return ProductionFactory(
        title="Homeland",
        slug="homeland",
        original_title="Homeland (season 8)",
        kind=Production.Kind.SERIES,
        origin=Production.Origin.INTERNATIONAL,
        year_start=2019,
        seasons="8",
        episodes="3–5",
        creator="Howard Gordon and Alex Gansa",
        client=ClientFactory(name="Showtime", slug="showtime"),
        roles=[Role.Code.LINE_PRODUCER, Role.Code.PRODUCTION_SERVICES],
        logline="A CIA officer's last mission, shot across Morocco.",
        description="We prepared the shoot for months.\n\nThe crew was Moroccan.",
        spend_amount=Decimal("27700000"),
        spend_currency=Currency.USD,
        spend_note="The biggest foreign project shot in Morocco in 2019.",
    )


def get(client, production: Production):
    return client.get(production.get_absolute_url())


def test_page_shows_the_production(client, homeland):
    response = get(client, homeland)

    content = response.content.decode()
    assert response.status_code == 200
    for text in [
        "Homeland",
        "Homeland (season 8)",
        "2019",
        "TV series",
        "International",
        "3–5",
        "Howard Gordon and Alex Gansa",
        "Showtime",
        "Line producer",
        "Production services",
        "A CIA officer&#x27;s last mission, shot across Morocco.",
        "<p>The crew was Moroccan.</p>",
    ]:
        assert text in content, text
    assert f'href="{reverse("productions:production-list")}?client=showtime"' in content


def test_director_is_shown_for_a_film(client, db):
    production = ProductionFactory(title="Captain Phillips", director="Paul Greengrass")

    content = get(client, production).content.decode()

    assert "Directed by" in content
    assert "Paul Greengrass" in content
    assert "Created by" not in content


def test_unpublished_production_is_a_404(client, db):
    production = ProductionFactory(is_published=False)

    assert get(client, production).status_code == 404


def test_unknown_slug_is_a_404(client, db):
    url = reverse("productions:production-detail", kwargs={"slug": "no-such-film"})

    assert client.get(url).status_code == 404


def test_spend_is_hidden_unless_public(client, homeland):
    content = get(client, homeland).content.decode()

    assert "Spent in Morocco" not in content
    assert "27.7" not in content
    assert "biggest foreign project" not in content


def test_public_spend_is_shown_with_currency_and_note(client, homeland):
    homeland.spend_is_public = True
    homeland.save()

    content = get(client, homeland).content.decode()

    assert "Spent in Morocco" in content
    assert "about US$27.7M" in content
    assert "The biggest foreign project shot in Morocco in 2019." in content


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("27700000", Currency.USD, "US$27.7M"),
        ("18000000", Currency.MAD, "18M MAD"),
        ("1250000000", Currency.EUR, "€1.2bn"),
        ("450000", Currency.GBP, "£450k"),
        ("950", Currency.USD, "US$950"),
    ],
)
def test_compact_amount(amount, currency, expected):
    assert compact_amount(Decimal(amount), currency) == expected


def test_facilities_used_link_to_their_pages_unless_unpublished(client, homeland):
    stage = FacilityFactory(name="The sound stage")
    FacilityPhotoFactory(facility=stage, alt_text="The empty stage")
    hidden = FacilityFactory(name="Secret backlot", is_published=False)
    homeland.facilities.set([stage, hidden])

    content = get(client, homeland).content.decode()

    assert f'href="{stage.get_absolute_url()}"' in content
    assert "The sound stage" in content
    assert 'alt="The empty stage"' in content
    assert "Secret backlot" not in content


def test_no_facilities_section_without_facilities(client, homeland):
    assert "Shot at Oasis Studios Morocco" not in get(client, homeland).content.decode()


def test_poster_is_a_rendition_and_the_open_graph_image(client, homeland):
    homeland.poster = image_upload("homeland.jpg", size=(400, 600))
    homeland.save()

    content = get(client, homeland).content.decode()

    assert homeland.poster.url not in content
    assert '<meta property="og:image" content="http://testserver/media/cache/' in content
    assert '<meta property="og:title" content="Homeland (2019)">' in content
    assert '<meta property="og:type" content="video.tv_show">' in content
    assert 'alt="Poster of Homeland"' in content


def test_without_poster_there_is_a_fallback_and_the_house_open_graph_image(client, homeland):
    content = get(client, homeland).content.decode()

    assert "productions-poster-none" in content
    assert "/media/cache/" not in content
    assert "og-default.jpg" in content


def test_call_to_action_leads_to_the_enquiry_form(client, homeland):
    try:
        target = reverse("productions:enquiry-create")
    except NoReverseMatch:
        # Until the enquiry form exists the page points to the contact page.
        target = reverse("kfilms:contact")

    content = get(client, homeland).content.decode()

    assert f'class="btn btn-accent btn-lg" href="{target}"' in content


def test_query_count_is_fixed(client, homeland, django_assert_num_queries):
    for _ in range(3):
        FacilityPhotoFactory(facility=FacilityFactory())
    homeland.facilities.set(FacilityFactory._meta.model.objects.all())
    get(client, homeland)

    # 1. the production with its client, 2. its roles, 3. its facilities, 4. their photos.
    with django_assert_num_queries(4):
        response = get(client, homeland)

    assert response.status_code == 200
