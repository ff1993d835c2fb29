"""A photo whose file is gone from storage leaves the pages up, without a link-preview image."""

import pytest
from django.urls import reverse

from studios.models import Facility

from .factories import FacilityFactory, FacilityPhotoFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lost_photo():
    facility = FacilityFactory(name="Kasbah", slug="kasbah", kind=Facility.Kind.BACKLOT, is_featured=True)
    photo = FacilityPhotoFactory(facility=facility, alt_text="The kasbah at dusk")
    photo.image.storage.delete(photo.image.name)
    return photo


@pytest.mark.parametrize(
    "url",
    [reverse("studios:studio"), reverse("studios:facility-detail", kwargs={"slug": "kasbah"})],
    ids=["studio", "facility"],
)
def test_pages_answer_200_without_og_image_when_the_photo_file_is_gone(client, lost_photo, url, caplog):
    response = client.get(url)

    assert response.status_code == 200
    assert 'property="og:image:alt"' not in response.content.decode()
    assert "No Open Graph rendition" in caplog.text
