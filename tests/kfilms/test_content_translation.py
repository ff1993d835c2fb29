"""Catalogue content in English, French and Arabic: the pages, the admin's tabs, flat query counts."""

import pytest
from django.contrib import admin
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from kfilms.models import Company
from productions.models import RebateProgramme, SpendFigure
from studios.models import CollectionCategory, Facility
from tests.admin_forms import change_form_data
from tests.kfilms.factories import CompanyFactory
from tests.productions.factories import ProductionFactory
from tests.studios.factories import (
    CollectionFactory,
    FacilityFactory,
    FacilityPhotoFactory,
)

pytestmark = pytest.mark.django_db


def url_in(language: str, name: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


@pytest.fixture
def kasbah() -> Facility:
    return FacilityFactory(
        slug="kasbah",
        kind=Facility.Kind.BACKLOT,
        name="The kasbah set",
        name_fr="Le décor de la kasbah",
        name_ar="ديكور القصبة",
        summary="Towers of red earth.",
        summary_fr="Des tours de terre rouge.",
        summary_ar="أبراج من الطين الأحمر.",
    )


@pytest.mark.parametrize(
    ("language", "name", "summary"),
    [
        ("en", "The kasbah set", "Towers of red earth."),
        ("fr", "Le décor de la kasbah", "Des tours de terre rouge."),
        ("ar", "ديكور القصبة", "أبراج من الطين الأحمر."),
    ],
)
def test_a_facility_page_shows_the_name_and_summary_of_its_language(client, kasbah, language, name, summary):
    content = client.get(url_in(language, "studios:facility-detail", slug="kasbah")).content.decode()
    assert f"<h1>{name}</h1>" in content
    assert summary in content
    others = {"The kasbah set", "Le décor de la kasbah", "ديكور القصبة"} - {name}
    assert not [other for other in others if other in content]


@pytest.mark.parametrize("missing", [None, ""])
def test_a_missing_french_text_falls_back_to_english(client, missing):
    FacilityFactory(
        slug="stage", name="The sound stage", name_fr=missing, summary_fr=missing, summary="Quiet."
    )
    response = client.get(url_in("fr", "studios:facility-detail", slug="stage"))
    content = response.content.decode()
    assert response.status_code == 200
    assert '<h1 lang="en">The sound stage</h1>' in content  # English, and said so for screen readers
    assert "Quiet." in content


def test_the_facility_list_names_each_set_and_describes_its_photo_in_the_language(client, kasbah):
    FacilityPhotoFactory(
        facility=kasbah, alt_text="Red towers", alt_text_fr="Des tours rouges", alt_text_ar=""
    )
    french = client.get(url_in("fr", "studios:facility-list")).content.decode()
    arabic = client.get(url_in("ar", "studios:facility-list")).content.decode()
    assert "Le décor de la kasbah" in french and 'alt="Des tours rouges"' in french
    # No Arabic alt text yet: the English one, rather than an image without a description.
    assert "ديكور القصبة" in arabic and 'alt="Red towers"' in arabic


def test_a_production_logline_is_shown_in_the_language_or_in_english(client):
    ProductionFactory(
        slug="homeland",
        title="Homeland",
        logline="The final season.",
        logline_fr="La dernière saison.",
        logline_ar="",
    )
    french = client.get(url_in("fr", "productions:production-detail", slug="homeland")).content.decode()
    arabic = client.get(url_in("ar", "productions:production-detail", slug="homeland")).content.decode()
    assert "La dernière saison." in french and "The final season." not in french
    assert "The final season." in arabic


def test_the_company_story_is_told_in_the_language(client):
    CompanyFactory(story="Founded in 1998.", story_fr="Fondée en 1998.", story_ar="تأسست سنة 1998.")
    assert "Fondée en 1998." in client.get(url_in("fr", "kfilms:about")).content.decode()
    assert "تأسست سنة 1998." in client.get(url_in("ar", "kfilms:about")).content.decode()


def test_the_seeded_rebate_rules_read_in_french_and_arabic():
    """Migration 0008 translated the rules migration 0004 put in every database."""
    programme = RebateProgramme.objects.get(valid_from="2022-03-03")
    with translation.override("fr"):
        assert programme.name == "Remboursement de 30\N{NO-BREAK SPACE}%"
        assert "Postproduction réalisée au Maroc" in programme.eligible_spend_list()
        assert SpendFigure.objects.get(year=2019).note == "Jusqu’à fin novembre"
    with translation.override("ar"):
        assert "الضرائب" in programme.excluded_spend_list()
    with translation.override("en"):
        assert programme.name == "Cash rebate at 30%"


def test_two_categories_added_in_the_admin_without_translations_do_not_collide(staff_client):
    """The unique (collection, name) rule is copied per language: empty translations must be NULL, not ""."""
    collection = CollectionFactory()
    url = reverse("admin:studios_collection_change", args=[collection.pk])
    data = change_form_data(staff_client, url)
    data["categories-TOTAL_FORMS"] = "2"
    for index, name in enumerate(["Robes", "Armour"]):
        data |= {
            f"categories-{index}-name_en": name,
            f"categories-{index}-name_fr": "",
            f"categories-{index}-name_ar": "",
            f"categories-{index}-item_count": "10",
            f"categories-{index}-order": str(index),
        }
    response = staff_client.post(url, data)
    assert response.status_code == 302
    names = CollectionCategory.objects.filter(collection=collection).values_list("name_en", "name_fr")
    assert sorted(names) == [("Armour", None), ("Robes", None)]


# ---------- The same queries in every language ----------


def query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "name", ["kfilms:home", "studios:facility-list", "productions:production-list", "studios:studio"]
)
def test_a_list_page_takes_the_same_queries_in_every_language(client, name):
    CompanyFactory()
    for number in range(3):
        facility = FacilityFactory(name=f"Set {number}", name_fr=f"Décor {number}", is_featured=True)
        FacilityPhotoFactory(facility=facility)
        ProductionFactory(logline_fr="Un tournage.", is_featured=True)
    client.get(url_in("en", name))  # the renditions are made once, by the first visit
    counts = {language: query_count(client, url_in(language, name)) for language in ("en", "fr", "ar")}
    assert counts["fr"] == counts["en"] == counts["ar"], counts


# ---------- The back office, one tab a language ----------


def test_the_facility_form_has_a_field_a_language_and_english_is_required(staff_client, kasbah):
    response = staff_client.get(reverse("admin:studios_facility_change", args=[kasbah.pk]))
    form = response.context["adminform"].form
    content = response.content.decode()
    assert {"name_en", "name_fr", "name_ar", "summary_en", "summary_fr", "summary_ar"} <= set(form.fields)
    assert "name" not in form.fields
    assert form.fields["name_en"].required
    assert not form.fields["name_fr"].required and not form.fields["name_ar"].required
    # The tabs are drawn by modeltranslation's script with jQuery UI, both served as our static files.
    assert "modeltranslation/js/tabbed_translation_fields.js" in content
    assert "vendor/jquery-ui/jquery-ui.min.js" in content
    assert "googleapis" not in content
    # Arabic is typed right to left.
    assert 'id="id_name_ar"' in content and "mt-bidi" in content


def test_the_photo_rows_have_a_caption_and_an_alt_text_a_language(staff_client, kasbah):
    FacilityPhotoFactory(facility=kasbah)
    response = staff_client.get(reverse("admin:studios_facility_change", args=[kasbah.pk]))
    [photos] = response.context["inline_admin_formsets"]
    fields = set(photos.formset.forms[0].fields)
    assert {"alt_text_en", "alt_text_fr", "alt_text_ar", "caption_en", "caption_fr", "caption_ar"} <= fields


def test_a_french_name_saved_in_the_admin_shows_on_the_french_page(staff_client, client, kasbah):
    url = reverse("admin:studios_facility_change", args=[kasbah.pk])
    data = change_form_data(staff_client, url) | {"name_fr": "La kasbah rouge", "name_ar": ""}
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    kasbah.refresh_from_db()
    assert (kasbah.name_en, kasbah.name_fr) == ("The kasbah set", "La kasbah rouge")
    assert not kasbah.name_ar
    assert (
        "<h1>La kasbah rouge</h1>"
        in client.get(url_in("fr", "studios:facility-detail", slug="kasbah")).content.decode()
    )
    assert (
        '<h1 lang="en">The kasbah set</h1>'
        in client.get(url_in("ar", "studios:facility-detail", slug="kasbah")).content.decode()
    )


def test_a_facility_without_an_english_name_is_refused(staff_client, kasbah):
    url = reverse("admin:studios_facility_change", args=[kasbah.pk])
    data = change_form_data(staff_client, url) | {"name_en": ""}
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["name_en"] == ["This field is required."]


def test_the_admin_search_finds_a_facility_by_any_of_its_names(staff_client, kasbah):
    FacilityFactory(name="Workshop")
    changelist = reverse("admin:studios_facility_changelist")
    for query in ("kasbah set", "décor de la kasbah", "ديكور"):
        response = staff_client.get(changelist, {"q": query})
        assert list(response.context["cl"].result_list) == [kasbah], query


def test_the_slug_of_a_new_facility_is_made_from_its_english_name():
    assert admin.site._registry[Facility].prepopulated_fields == {"slug": ("name_en",)}


# ---------- An existing catalogue keeps its texts ----------

BEFORE_TRANSLATIONS = [
    ("kfilms", "0001_initial"),
    ("studios", "0004_student_request_staff_labels"),
    ("productions", "0005_enquiry_contact_labels"),
]


@pytest.mark.django_db(transaction=True)
def test_the_migrations_copy_an_existing_catalogue_into_the_english_columns():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_TRANSLATIONS)
    old = executor.loader.project_state(BEFORE_TRANSLATIONS).apps
    studio = old.get_model("studios", "Studio").objects.create(
        name="Oasis", slug="oasis", location="Ouarzazate", latitude=30, longitude=-6,
        land_hectares=17, opened_year=2015, story="On the edge of the Sahara.",
    )  # fmt: skip
    old.get_model("studios", "Facility").objects.create(
        studio=studio, name="Kasbah", slug="kasbah", kind="backlot", summary="Red towers."
    )
    old.get_model("kfilms", "Company").objects.create(
        name="K Films", founded_year=1998, story="Since 1998.", ceo_name="Khadija Alami", ceo_bio="CEO."
    )

    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    facility = Facility.objects.get(slug="kasbah")
    assert (facility.name_en, facility.summary_en, facility.name_fr) == ("Kasbah", "Red towers.", None)
    assert facility.studio.story_en == "On the edge of the Sahara."
    with translation.override("fr"):
        assert Facility.objects.get(slug="kasbah").name == "Kasbah"  # English until translated
    assert Company.load().story_en == "Since 1998."
