"""English catalogue text shown on a French or Arabic page is marked lang="en" (WCAG 3.1.2)."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from kfilms.templatetags.kfilms_a11y import lang_fallback
from productions.models import ShootEnquiry
from tests.studios.factories import FacilityFactory, FacilityPhotoFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def stage():
    return FacilityFactory(name="Sound stage", slug="sound-stage", summary="A quiet stage.")


def facility_page(language: str, slug: str) -> str:
    with translation.override(language):
        return reverse("studios:facility-detail", kwargs={"slug": slug})


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_an_untranslated_field_is_marked_english(stage, language):
    with translation.override(language):
        assert lang_fallback(stage, "name") == ' lang="en"'


def test_a_translated_field_and_english_pages_need_no_mark(stage):
    stage.name_ar = "بلاتو التصوير"
    stage.save()
    with translation.override("ar"):
        assert lang_fallback(stage, "name") == ""
    with translation.override("en"):
        assert lang_fallback(stage, "summary") == ""


def test_empty_untranslated_and_unknown_fields_need_no_mark(stage):
    stage.description = ""
    stage.save()
    with translation.override("fr"):
        assert lang_fallback(stage, "description") == ""
        assert lang_fallback(stage, "slug") == ""
        assert lang_fallback(ShootEnquiry(title="Sand"), "title") == ""  # a model with no translations
        assert lang_fallback(None, "name") == ""


def test_the_arabic_facility_page_marks_only_what_falls_back_to_english(client, stage):
    stage.summary_ar = "بلاتو هادئ."
    stage.save()
    FacilityPhotoFactory(facility=stage, alt_text="An empty sound stage", caption="")

    html = client.get(facility_page("ar", "sound-stage")).content.decode()

    assert re.search(r'<h1 lang="en">Sound stage</h1>', html)
    assert re.search(r'alt="An empty sound stage" lang="en"', html)
    assert '<p class="lead">بلاتو هادئ.</p>' in html


def test_the_english_facility_page_has_no_marks(client, stage):
    html = client.get(facility_page("en", "sound-stage")).content.decode()
    assert "<h1>Sound stage</h1>" in html
    assert 'lang="en">' not in html.split("<main", 1)[1]
