"""The productions' back office: clients and productions."""

import json

import pytest
from django.urls import reverse

from productions.models import Production, Role
from tests.admin_forms import change_form_data
from tests.images import image_upload
from tests.productions.factories import ClientFactory, ProductionFactory
from tests.studios.factories import FacilityFactory

pytestmark = pytest.mark.django_db


def production_change_url(production: Production) -> str:
    return reverse("admin:productions_production_change", args=[production.pk])


def test_production_is_edited_with_role_boxes_facilities_and_a_poster(staff_client):
    production = ProductionFactory(title="Homeland", roles=[Role.Code.LINE_PRODUCER])
    stage = FacilityFactory(name="Sound stage")
    url = production_change_url(production)
    data = change_form_data(staff_client, url)
    data.update(
        {
            "roles": [str(role.pk) for role in Role.objects.filter(code__in=["line_producer", "producer"])],
            "facilities": [str(stage.pk)],
            "poster": image_upload("poster.jpg", size=(400, 600)),
            "spend_amount": "27700000",
            "spend_is_public": "on",
        }
    )

    response = staff_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    production.refresh_from_db()
    assert set(production.roles.values_list("code", flat=True)) == {"line_producer", "producer"}
    assert list(production.facilities.all()) == [stage]
    assert production.public_spend == 27_700_000
    page = staff_client.get(url).content.decode()
    assert 'type="checkbox" name="roles"' in page
    assert 'class="kf-thumb"' in page


def test_last_year_before_the_first_is_refused_with_a_message(staff_client):
    production = ProductionFactory(year_start=2019)
    url = production_change_url(production)
    data = change_form_data(staff_client, url)
    data["year_end"] = "2017"

    response = staff_client.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["year_end"] == [
        "The last year cannot come before the first."
    ]


def test_a_production_needs_at_least_one_role(staff_client):
    production = ProductionFactory()
    url = production_change_url(production)
    data = change_form_data(staff_client, url)
    del data["roles"]

    response = staff_client.post(url, data)

    assert response.status_code == 200
    assert "roles" in response.context["adminform"].form.errors


def test_facilities_are_picked_by_autocomplete(staff_client):
    FacilityFactory(name="Kasbah set")
    FacilityFactory(name="Sound stage")

    response = staff_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "productions",
            "model_name": "production",
            "field_name": "facilities",
            "term": "kasbah",
        },
    )

    assert response.status_code == 200
    assert [item["text"] for item in json.loads(response.content)["results"]] == ["Kasbah set"]


def test_changelist_filters_by_role_and_toggles_publishing(staff_client):
    ProductionFactory(title="Homeland", roles=[Role.Code.LINE_PRODUCER])
    produced = ProductionFactory(title="Le Regard", roles=[Role.Code.PRODUCER], is_published=True)
    url = reverse("admin:productions_production_changelist")
    producer = Role.objects.get(code=Role.Code.PRODUCER)

    filtered = staff_client.get(url, {"roles__id__exact": producer.pk})
    toggled = staff_client.post(
        f"{url}?roles__id__exact={producer.pk}",
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(produced.pk),
            "form-0-is_featured": "on",
            "_save": "Save",
        },
    )

    assert [production.title for production in filtered.context["cl"].result_list] == ["Le Regard"]
    assert toggled.status_code == 302
    produced.refresh_from_db()
    assert (produced.is_published, produced.is_featured) == (False, True)


@pytest.mark.parametrize("rows", [2, 12])
def test_changelist_query_count_does_not_grow_with_productions(staff_client, django_assert_num_queries, rows):
    ProductionFactory.create_batch(rows, roles=[Role.Code.LINE_PRODUCER, Role.Code.PRODUCER])
    url = reverse("admin:productions_production_changelist")
    # session, user, the role filter's choices, the client filter's choices, the count of
    # matches and of all rows, the page of productions with their clients, their roles,
    # and whether a company profile exists (for the sidebar's "add" link)
    with django_assert_num_queries(9):
        response = staff_client.get(url)
    assert len(response.context["cl"].result_list) == rows
    assert "Line producer, Producer" in response.content.decode()


def test_client_list_counts_productions(staff_client):
    client = ClientFactory(name="Showtime")
    ProductionFactory.create_batch(2, client=client)

    response = staff_client.get(reverse("admin:productions_client_changelist"))

    [row] = response.context["cl"].result_list
    assert row.productions_total == 2


def test_client_website_typed_without_a_scheme_becomes_https(staff_client):
    response = staff_client.post(
        reverse("admin:productions_client_add"),
        {"name": "Fox UK", "slug": "fox-uk", "kind": "network", "url": "fox.co.uk"},
    )

    assert response.status_code == 302
    assert ClientFactory._meta.model.objects.get(slug="fox-uk").url == "https://fox.co.uk"
