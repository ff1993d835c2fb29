"""`seed_demo` loads the real facts once, and a second run changes nothing."""

from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from PIL import Image

from kfilms import placeholders
from kfilms.models import Company, KeyFigure
from productions.models import Production, Role
from studios.models import Collection, Facility, FacilityPhoto, Studio
from tests.images import image_bytes

pytestmark = pytest.mark.django_db

CATALOGUE_APPS = ("kfilms", "studios", "productions")

# Every production FACTS.md names.
FACTS_TITLES = {
    "Homeland",
    "Captain Phillips",
    "Aquaman",
    "Prison Break",
    "Blindspot",
    "Our Kind of Traitor",
    "Deep State",
    "Baghdad Central",
    "Ray James",
    "The Narrow Frame of Midnight",
    "L'Insoumise",
    "Le Regard",
    "The Last Planet",
    "Alad'2",
    "Jezabel",
    "Miss Fisher and the Crypt of Tears",
}


@pytest.fixture
def fast_pictures(monkeypatch):
    """Tiny stand-ins for the drawings, for tests about the facts rather than the pictures."""
    for name in ("photo", "poster", "portrait", "logo"):
        monkeypatch.setattr(placeholders, name, lambda *args, **kwargs: ContentFile(image_bytes((16, 10))))


def seed() -> str:
    out = StringIO()
    call_command("seed_demo", "--force", stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for app in CATALOGUE_APPS
        for model in apps.get_app_config(app).get_models()
    }


def media_files() -> list[Path]:
    return sorted(path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file())


def test_seeding_twice_gives_the_same_rows_and_no_new_files():
    first_output = seed()
    counts, files = row_counts(), media_files()
    second_output = seed()

    assert row_counts() == counts
    assert media_files() == files
    with Image.open(FacilityPhoto.objects.first().image.path) as photo:
        assert (photo.format, photo.size) == ("JPEG", (1600, 1000))
    with Image.open(Production.objects.get(slug="captain-phillips").poster.path) as poster:
        assert poster.size == (800, 1200)
    assert "16 created" in first_output and "pictures drawn" in first_output
    assert "pictures drawn" not in second_output
    assert "productions.Production: 0 created, 0 updated, 16 unchanged" in second_output
    assert "studios.Facility: 0 created, 0 updated, 14 unchanged" in second_output


@pytest.mark.usefixtures("fast_pictures")
def test_a_second_run_does_not_touch_unchanged_rows():
    seed()
    stamps = dict(Production.objects.values_list("slug", "updated_at"))
    seed()
    assert dict(Production.objects.values_list("slug", "updated_at")) == stamps


@pytest.mark.usefixtures("fast_pictures")
def test_a_reseed_restores_an_edited_fact_and_keeps_rows_staff_added():
    seed()
    Facility.objects.filter(slug="sound-stage").update(area=Decimal(10))
    extra = Facility.objects.create(
        studio=Studio.load(), name="Green room", slug="green-room", kind=Facility.Kind.OFFICE, summary="Rest."
    )
    output = seed()
    assert Facility.objects.get(slug="sound-stage").area == Decimal(300)
    assert "studios.Facility: 0 created, 1 updated, 13 unchanged" in output
    assert Facility.objects.filter(pk=extra.pk).exists()


def test_pictures_are_redrawn_when_missing_and_reused_when_rows_are_gone():
    seed()
    files = media_files()
    photo = FacilityPhoto.objects.select_related("facility").get(facility__slug="sound-stage", order=0)
    Path(photo.image.path).unlink()
    seed()
    assert media_files() == files  # the missing file is drawn again, under the same name

    FacilityPhoto.objects.all().delete()
    output = seed()
    assert FacilityPhoto.objects.count() == 35
    assert media_files() == files  # files left by deleted rows are reused, not duplicated
    assert "studios.FacilityPhoto: 35 created" in output


@pytest.mark.usefixtures("fast_pictures")
def test_the_company_facts():
    seed()
    company = Company.load()
    assert (company.name, company.founded_year, company.ceo_name) == ("K Films", 1998, "Khadija Alami")
    assert "Lille" in company.ceo_bio and "Rick McCallum" in company.ceo_bio and "2017" in company.ceo_bio
    assert "Punctuality" in company.value_list()
    assert KeyFigure.objects.filter(value="50+", label="international productions").exists()
    assert company.ceo_photo and company.ceo_photo_alt


@pytest.mark.usefixtures("fast_pictures")
def test_the_studio_and_its_facilities():
    seed()
    studio = Studio.load()
    assert studio.name == "Oasis Studios Morocco"
    assert studio.land_hectares == 17 and studio.opened_year == 2015
    assert abs(studio.latitude - Decimal("30.92")) < 1 and abs(studio.longitude - Decimal("-6.89")) < 1
    assert Facility.objects.built_set_area() > 12000

    backlot = Facility.objects.get(slug="backlot")
    zones = list(backlot.zones.all())
    assert {zone.look for zone in zones} >= {
        Facility.Look.MEDINA,
        Facility.Look.KASBAH,
        Facility.Look.ANCIENT_CITY,
    }
    assert sum(zone.area for zone in zones) == backlot.area

    available, planned = Facility.objects.available(), Facility.objects.planned()
    assert available.filter(kind=Facility.Kind.SOUND_STAGE, area=300).exists()
    assert available.filter(kind=Facility.Kind.LAND, area=17).exists()
    assert planned.filter(kind=Facility.Kind.SOUND_STAGE, area=1500).exists()
    assert planned.filter(kind=Facility.Kind.LAND, area=25).exists()
    assert planned.filter(kind=Facility.Kind.BACKLOT).exists()
    named_kinds = {
        Facility.Kind.POST_PRODUCTION,
        Facility.Kind.OFFICE,
        Facility.Kind.WORKSHOP,
        Facility.Kind.STORE,
    }
    assert named_kinds <= set(available.values_list("kind", flat=True))


@pytest.mark.usefixtures("fast_pictures")
def test_every_facility_has_two_to_four_photos_with_alt_text():
    seed()
    for facility in Facility.objects.prefetch_related("photos"):
        photos = list(facility.photos.all())
        assert 2 <= len(photos) <= 4, facility.slug
        assert all(photo.alt_text and photo.caption for photo in photos), facility.slug


@pytest.mark.usefixtures("fast_pictures")
def test_the_collections_have_categories_and_counts():
    seed()
    kinds = set()
    for collection in Collection.objects.prefetch_related("categories"):
        kinds.add(collection.kind)
        assert collection.item_count() > 0 and collection.photo
        assert "indicative" in collection.description
    assert kinds == {Collection.Kind.COSTUMES, Collection.Kind.PROPS}


@pytest.mark.usefixtures("fast_pictures")
def test_every_production_in_the_facts_is_published_with_a_poster():
    seed()
    productions = Production.objects.published()
    assert set(productions.values_list("title", flat=True)) == FACTS_TITLES
    assert all(production.poster for production in productions)
    assert productions.filter(is_featured=True).exists()


@pytest.mark.usefixtures("fast_pictures")
def test_the_key_credits():
    seed()
    homeland = Production.objects.published().get(title="Homeland")
    assert (homeland.seasons, homeland.episodes, homeland.client.name) == ("8", "3–5", "Showtime")
    assert homeland.public_spend == Decimal("27700000") and homeland.spend_note
    assert Production.objects.get(title="Captain Phillips").director == "Paul Greengrass"
    deep_state = Production.objects.get(title="Deep State")
    assert (deep_state.seasons, deep_state.client.name) == ("1–2", "Fox UK")
    assert Production.objects.get(title="The Narrow Frame of Midnight").original_title == "Itar El-Layl"
    assert set(
        Production.objects.filter(origin=Production.Origin.MOROCCAN).values_list("title", flat=True)
    ) == {
        "The Narrow Frame of Midnight",
        "L'Insoumise",
        "Le Regard",
    }


@pytest.mark.usefixtures("fast_pictures")
def test_the_studio_hosted_shoots_name_the_facilities_they_used():
    seed()
    hosted = Production.objects.filter(roles__code=Role.Code.STUDIO_HOSTING)
    assert set(hosted.values_list("title", flat=True)) == {
        "The Last Planet",
        "Alad'2",
        "Jezabel",
        "Miss Fisher and the Crypt of Tears",
    }
    assert all(production.facilities.exists() for production in hosted)
