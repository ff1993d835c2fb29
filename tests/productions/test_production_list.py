"""The productions list: content, filters, pagination, bad input and its query count."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from productions.models import Client, Production, Role
from tests.images import image_bytes, image_upload

from .factories import ClientFactory, ProductionFactory

pytestmark = pytest.mark.django_db


def list_url(**params: str) -> str:
    url = reverse("productions:production-list")
    if params:
        url += "?" + "&".join(f"{key}={value}" for key, value in params.items())
    return url


def titles(response) -> list[str]:
    return [production.title for production in response.context["page_obj"].object_list]


def test_list_shows_published_productions_only(client):
    ProductionFactory(title="Homeland")
    ProductionFactory(title="Hidden draft", is_published=False)

    response = client.get(list_url())

    assert response.status_code == 200
    assert titles(response) == ["Homeland"]
    assert b"Hidden draft" not in response.content


def test_card_shows_title_years_kind_client_and_roles(client):
    production = ProductionFactory(
        title="Deep State",
        kind=Production.Kind.SERIES,
        year_start=2017,
        year_end=2019,
        client=ClientFactory(name="Fox UK"),
        roles=[Role.Code.LINE_PRODUCER, Role.Code.PRODUCTION_SERVICES],
    )

    content = client.get(list_url()).content.decode()

    assert "Deep State" in content
    assert "2017–2019" in content
    assert "TV series" in content
    assert "Fox UK" in content
    assert "Line producer" in content
    assert "Production services" in content
    assert f'href="{production.get_absolute_url()}"' in content


def test_card_poster_is_a_rendition_not_the_upload(client):
    production = ProductionFactory(poster=image_upload("poster.jpg", size=(200, 300)))

    content = client.get(list_url()).content.decode()

    assert production.poster.url not in content
    assert "/media/cache/" in content
    assert 'srcset="' in content


def test_card_without_poster_gets_the_fallback(client):
    ProductionFactory(title="Le Regard", poster="")

    content = client.get(list_url()).content.decode()

    assert "productions-poster-none" in content
    assert "/media/cache/" not in content


@pytest.mark.parametrize(
    ("params", "match", "miss"),
    [
        (
            {"kind": "series"},
            {"kind": Production.Kind.SERIES},
            {"kind": Production.Kind.FEATURE},
        ),
        (
            {"origin": "moroccan"},
            {"origin": Production.Origin.MOROCCAN},
            {"origin": Production.Origin.INTERNATIONAL},
        ),
        (
            {"role": "executive_producer"},
            {"roles": [Role.Code.EXECUTIVE_PRODUCER, Role.Code.LINE_PRODUCER]},
            {"roles": [Role.Code.LINE_PRODUCER]},
        ),
    ],
    ids=["kind", "origin", "role"],
)
def test_each_filter_keeps_matches_and_drops_the_rest(client, params, match, miss):
    ProductionFactory(title="Match", **match)
    ProductionFactory(title="Miss", **miss)

    response = client.get(list_url(**params))

    assert response.status_code == 200
    assert titles(response) == ["Match"]


def test_client_filter_uses_the_client_slug(client):
    showtime = ClientFactory(name="Showtime", slug="showtime")
    ProductionFactory(title="Homeland", client=showtime)
    ProductionFactory(title="Deep State", client=ClientFactory(name="Fox UK"))

    response = client.get(list_url(client="showtime"))

    assert response.status_code == 200
    assert titles(response) == ["Homeland"]


def test_client_choices_only_offer_clients_with_published_productions(client):
    ProductionFactory(client=ClientFactory(name="Showtime"))
    ProductionFactory(client=ClientFactory(name="Secret Network"), is_published=False)
    ClientFactory(name="Idle Network")

    content = client.get(list_url()).content.decode()

    assert ">Showtime</option>" in content
    assert "Secret Network" not in content
    assert "Idle Network" not in content


def test_year_filter_matches_years_inside_the_range(client):
    ProductionFactory(title="Spans it", year_start=2017, year_end=2019)
    ProductionFactory(title="That year", year_start=2018)
    ProductionFactory(title="Starts on it", year_start=2018, year_end=2020)
    ProductionFactory(title="Before", year_start=2016, year_end=2017)
    ProductionFactory(title="After", year_start=2019)

    response = client.get(list_url(year="2018"))

    assert sorted(titles(response)) == ["Spans it", "Starts on it", "That year"]


def test_filters_combine(client):
    ProductionFactory(title="Series 2019", kind=Production.Kind.SERIES, year_start=2019)
    ProductionFactory(title="Series 2015", kind=Production.Kind.SERIES, year_start=2015)
    ProductionFactory(title="Feature 2019", kind=Production.Kind.FEATURE, year_start=2019)

    response = client.get(list_url(kind="series", year="2019"))

    assert titles(response) == ["Series 2019"]


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"kind": "opera"}, "kind", "Select a valid choice"),
        ({"client": "nobody"}, "client", "Select a valid choice"),
        ({"year": "soon"}, "year", "Enter a whole number"),
        ({"year": "1800"}, "year", "greater than or equal to 1950"),
    ],
)
def test_bad_filter_values_are_reported_with_a_400(client, params, field, message):
    ProductionFactory(title="Homeland")

    response = client.get(list_url(**params))

    assert response.status_code == 400
    content = response.content.decode()
    assert message in content
    assert f'id="id_{field}_error"' in content
    assert "is-invalid" in content
    # The page still lists the productions, ignoring the bad value.
    assert titles(response) == ["Homeland"]


def test_valid_filters_still_apply_next_to_a_bad_one(client):
    ProductionFactory(title="Series", kind=Production.Kind.SERIES)
    ProductionFactory(title="Feature", kind=Production.Kind.FEATURE)

    response = client.get(list_url(kind="series", year="soon"))

    assert response.status_code == 400
    assert titles(response) == ["Series"]


@pytest.mark.parametrize("page", ["99", "two"])
def test_a_page_that_does_not_exist_is_a_404(client, page):
    ProductionFactory()

    assert client.get(list_url(page=page)).status_code == 404


def test_no_match_says_so_and_offers_to_clear_the_filters(client):
    ProductionFactory(kind=Production.Kind.FEATURE)

    response = client.get(list_url(kind="documentary"))

    content = response.content.decode()
    assert response.status_code == 200
    assert "No production matches these filters." in content
    assert f'href="{list_url()}">Clear the filters' in content


def test_empty_catalogue_says_nothing_is_published_yet(client):
    content = client.get(list_url()).content.decode()

    assert "No productions are published yet." in content
    assert "Clear the filters" not in content


def test_twelve_a_page(client):
    ProductionFactory.create_batch(13)

    first = client.get(list_url())
    second = client.get(list_url(page="2"))

    assert len(titles(first)) == 12
    assert len(titles(second)) == 1
    assert set(titles(first)).isdisjoint(titles(second))


def test_page_links_keep_the_filters(client):
    ProductionFactory.create_batch(14, kind=Production.Kind.SERIES, origin=Production.Origin.MOROCCAN)
    ProductionFactory.create_batch(3, kind=Production.Kind.FEATURE, origin=Production.Origin.MOROCCAN)

    first = client.get(list_url(kind="series", origin="moroccan"))

    assert 'href="?kind=series&amp;origin=moroccan&amp;page=2"' in first.content.decode()
    second = client.get(list_url(kind="series", origin="moroccan", page="2"))
    assert second.status_code == 200
    assert len(titles(second)) == 2
    assert {p.kind for p in second.context["page_obj"].object_list} == {Production.Kind.SERIES}
    assert 'href="?kind=series&amp;origin=moroccan&amp;page=1"' in second.content.decode()


def build_catalogue(count: int) -> None:
    """`count` published productions with posters, clients and two roles each, in few queries."""
    clients = Client.objects.bulk_create(
        Client(name=f"Client {n}", slug=f"client-{n}") for n in range(max(count // 10, 1))
    )
    posters = [
        default_storage.save(f"posters/poster-{n}.jpg", ContentFile(image_bytes((20, 30))))
        for n in range(count)
    ]
    productions = Production.objects.bulk_create(
        Production(
            title=f"Production {n}",
            slug=f"production-{n}",
            kind=Production.Kind.FEATURE if n % 2 else Production.Kind.SERIES,
            origin=Production.Origin.INTERNATIONAL,
            year_start=2000 + n % 25,
            client=clients[n % len(clients)],
            logline="A story shot in Morocco.",
            poster=posters[n],
        )
        for n in range(count)
    )
    roles = list(Role.objects.filter(code__in=[Role.Code.LINE_PRODUCER, Role.Code.PRODUCER]))
    Production.roles.through.objects.bulk_create(
        Production.roles.through(production=production, role=role)
        for production in productions
        for role in roles
    )


@pytest.mark.parametrize("count", [5, 200])
def test_query_count_does_not_grow_with_the_catalogue(client, django_assert_num_queries, count):
    build_catalogue(count)
    # The first view makes the poster renditions and caches where they are;
    # what we pin is every later view.
    client.get(list_url())

    # 1. count for the paginator, 2. the page with its clients, 3. their roles,
    # 4. the clients offered by the filter form.
    with django_assert_num_queries(4):
        response = client.get(list_url())

    assert response.status_code == 200
    assert len(titles(response)) == min(count, 12)


@pytest.mark.parametrize("count", [5, 200])
def test_filtered_query_count_does_not_grow_with_the_catalogue(client, django_assert_num_queries, count):
    build_catalogue(count)
    url = list_url(client="client-0", kind="series", role="producer")
    client.get(url)

    # The same four, plus 5. the chosen client, looked up by the form.
    with django_assert_num_queries(5):
        response = client.get(url)

    assert response.status_code == 200
    assert titles(response)
