"""The about page: the company's story and values, its CEO, team, partners and press."""

import datetime

import pytest
from django.urls import reverse

from kfilms.models import Partner
from tests.images import image_upload
from tests.kfilms.factories import CompanyFactory, PartnerFactory, PressMentionFactory, TeamMemberFactory

pytestmark = pytest.mark.django_db


def test_about_shows_story_values_and_ceo(client):
    company = CompanyFactory(
        story="Founded in Ouarzazate to serve foreign shoots.",
        ceo_bio="Studied economics in Lille; in film production since 1993.",
        ceo_photo=image_upload("ceo.jpg", size=(400, 500)),
        ceo_photo_alt="Khadija Alami on set",
    )
    html = client.get(reverse("kfilms:about")).content.decode()

    assert "Founded in Ouarzazate to serve foreign shoots." in html
    for value in ["Organisation", "Anticipation", "Punctuality"]:
        assert f"<li>{value}</li>" in html
    assert "Khadija Alami" in html
    assert "Studied economics in Lille" in html
    assert 'alt="Khadija Alami on set"' in html
    assert company.ceo_photo.url not in html  # a rendition, not the upload
    assert "/media/cache/" in html


def test_about_lists_published_team_partners_and_sponsors(client):
    CompanyFactory()
    TeamMemberFactory(name="Line producer on call", role="Line producer")
    TeamMemberFactory(name="Hidden member", is_published=False)
    PartnerFactory(name="Ouarzazate Film Commission", kind=Partner.Kind.INSTITUTION)
    PartnerFactory(name="Desert Sponsor", kind=Partner.Kind.SPONSOR, url="https://sponsor.example/")
    PartnerFactory(name="Hidden partner", is_published=False)

    html = client.get(reverse("kfilms:about")).content.decode()

    assert "Line producer on call" in html
    assert "Hidden member" not in html
    assert "Institutions" in html and "Ouarzazate Film Commission" in html
    assert "Sponsors" in html and 'href="https://sponsor.example/"' in html
    assert "Hidden partner" not in html


def test_about_lists_press_with_outlet_date_and_link(client):
    PressMentionFactory(
        outlet="Variety",
        title="Morocco's studio in the desert",
        date=datetime.date(2019, 11, 28),
        url="https://variety.example/morocco",
    )
    PressMentionFactory(title="Unpublished piece", is_published=False)

    html = client.get(reverse("kfilms:about")).content.decode()

    assert "Variety" in html
    assert '<time datetime="2019-11-28">' in html
    assert (
        '<a href="https://variety.example/morocco" rel="noopener">Morocco&#x27;s studio in the desert</a>'
        in html
    )
    assert "Unpublished piece" not in html


def test_about_answers_before_the_company_is_entered(client):
    response = client.get(reverse("kfilms:about"))
    assert response.status_code == 200
    assert "A Moroccan company for international shoots" in response.content.decode()


@pytest.mark.parametrize("rows", [1, 25])
def test_about_query_count_does_not_grow_with_rows(client, rows, django_assert_num_queries):
    CompanyFactory()
    TeamMemberFactory.create_batch(rows)
    PartnerFactory.create_batch(rows, logo=image_upload("logo.png", fmt="PNG"))
    PressMentionFactory.create_batch(rows)
    url = reverse("kfilms:about")
    client.get(url)  # renditions are made once

    # company, team, partners, press
    with django_assert_num_queries(4):
        assert client.get(url).status_code == 200
