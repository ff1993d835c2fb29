"""The contact page: the company's details and the studio's location on OpenStreetMap."""

import pytest
from django.urls import NoReverseMatch, reverse

from tests.kfilms.factories import CompanyFactory
from tests.studios.factories import StudioFactory

pytestmark = pytest.mark.django_db


def test_contact_shows_email_phone_and_address(client):
    CompanyFactory(email="productions@kfilms.ma", phone="+212 5 24 00 00 00", address="Ouarzazate\nMorocco")
    html = client.get(reverse("kfilms:contact")).content.decode()

    assert 'href="mailto:productions@kfilms.ma"' in html
    assert 'href="tel:+212524000000"' in html
    assert "Ouarzazate<br>Morocco" in html


def test_contact_shows_the_studio_coordinates_and_map_link(client):
    StudioFactory(location="Near Ouarzazate, Morocco", latitude="30.919000", longitude="-6.893000")
    html = client.get(reverse("kfilms:contact")).content.decode()

    assert "Near Ouarzazate, Morocco" in html
    assert "30.919, -6.893" in html
    assert (
        'href="https://www.openstreetmap.org/?mlat=30.91900&amp;mlon=-6.89300#map=12/30.91900/-6.89300"'
        in html
    )


def test_contact_links_to_the_enquiry_form_when_it_exists(client):
    try:
        enquiry_url = reverse("productions:enquiry-create")
    except NoReverseMatch:
        pytest.skip("the enquiry form is not built yet")
    html = client.get(reverse("kfilms:contact")).content.decode()
    assert html.count(f'href="{enquiry_url}"') >= 2  # the header button and the page's own call to action


def test_contact_answers_before_anything_is_entered(client):
    response = client.get(reverse("kfilms:contact"))
    assert response.status_code == 200
    assert "Our contact details are being updated." in response.content.decode()


def test_contact_query_count(client, django_assert_num_queries):
    CompanyFactory(email="productions@kfilms.ma")
    StudioFactory()
    # company, studio
    with django_assert_num_queries(2):
        assert client.get(reverse("kfilms:contact")).status_code == 200
