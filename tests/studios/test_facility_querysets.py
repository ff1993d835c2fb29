"""Reads the pages share: the studio's whole sound stages and the showcase photos."""

import pytest

from studios.models import Facility, FacilityPhoto
from tests.studios.factories import FacilityFactory, FacilityPhotoFactory

pytestmark = pytest.mark.django_db


def test_sound_stages_are_whole_stages_with_an_area():
    stage = FacilityFactory(kind=Facility.Kind.SOUND_STAGE, area=300)
    FacilityFactory(kind=Facility.Kind.SOUND_STAGE, area=100, parent=stage)  # a zone: counted in its stage
    FacilityFactory(kind=Facility.Kind.SOUND_STAGE, area=None)  # no figure to add up
    FacilityFactory(kind=Facility.Kind.BACKLOT, area=5000)

    assert list(Facility.objects.sound_stages()) == [stage]


def test_showcase_puts_featured_facilities_first_and_leaves_drafts_out():
    plain = FacilityFactory(name="A plain office", order=0)
    featured = FacilityFactory(name="Z featured set", order=9, is_featured=True)
    draft = FacilityFactory(name="Draft", is_published=False, is_featured=True)
    second, first = (
        FacilityPhotoFactory(facility=featured, order=2),
        FacilityPhotoFactory(facility=featured, order=1),
    )
    office = FacilityPhotoFactory(facility=plain)
    FacilityPhotoFactory(facility=draft)

    assert list(FacilityPhoto.objects.showcase()) == [first, second, office]


def test_showcase_reads_photos_and_facilities_in_one_query(django_assert_num_queries):
    FacilityPhotoFactory.create_batch(3)

    with django_assert_num_queries(1):
        assert all(photo.facility.name for photo in FacilityPhoto.objects.showcase())
