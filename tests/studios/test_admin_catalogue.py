"""The studio's back office: facilities with their photo gallery, collections."""

import pytest
from django.urls import reverse

from studios.models import Facility, FacilityPhoto
from tests.admin_forms import change_form_data
from tests.images import image_upload
from tests.studios.factories import (
    CollectionCategoryFactory,
    CollectionFactory,
    FacilityFactory,
    FacilityPhotoFactory,
)

pytestmark = pytest.mark.django_db


def facility_change_url(facility: Facility) -> str:
    return reverse("admin:studios_facility_change", args=[facility.pk])


def with_new_photo(data: dict, alt_text: str, caption: str = "", order: int = 0) -> dict:
    """The change form's data plus one photo in the first empty row of the gallery."""
    index = int(data["photos-INITIAL_FORMS"])
    data["photos-TOTAL_FORMS"] = str(max(int(data["photos-TOTAL_FORMS"]), index + 1))
    data.update(
        {
            f"photos-{index}-image": image_upload("kasbah.jpg", size=(800, 600)),
            # English is the language every photo needs; French and Arabic may stay empty.
            f"photos-{index}-alt_text_en": alt_text,
            f"photos-{index}-caption_en": caption,
            f"photos-{index}-order": str(order),
        }
    )
    return data


def test_photo_added_in_the_admin_appears_on_the_public_page(staff_client):
    facility = FacilityFactory(name="Kasbah set", kind=Facility.Kind.BACKLOT, area=4000)
    url = facility_change_url(facility)
    data = with_new_photo(change_form_data(staff_client, url), "Kasbah walls at sunset", "The main gate")

    response = staff_client.post(url, data)

    assert response.status_code == 302, response.context["inline_admin_formsets"][0].formset.errors
    photo = FacilityPhoto.objects.get(facility=facility)
    page = staff_client.get(reverse("studios:facility-detail", kwargs={"slug": facility.slug}))
    content = page.content.decode()
    assert 'alt="Kasbah walls at sunset"' in content
    assert "The main gate" in content
    # The public page shows renditions, never the 800 px upload itself.
    assert photo.image.url not in content


def test_photo_without_alt_text_is_refused_with_a_message(staff_client):
    facility = FacilityFactory()
    url = facility_change_url(facility)
    data = with_new_photo(change_form_data(staff_client, url), alt_text="")

    response = staff_client.post(url, data)

    assert response.status_code == 200
    [errors] = [
        form.errors for form in response.context["inline_admin_formsets"][0].formset.forms if form.errors
    ]
    assert errors["alt_text_en"] == ["This field is required."]
    assert not FacilityPhoto.objects.exists()


def test_photos_are_listed_in_their_order_with_thumbnail_previews(staff_client):
    facility = FacilityFactory()
    second = FacilityPhotoFactory(facility=facility, order=2, alt_text="Second photo")
    first = FacilityPhotoFactory(facility=facility, order=1, alt_text="First photo")

    response = staff_client.get(facility_change_url(facility))

    formset = response.context["inline_admin_formsets"][0].formset
    assert [form.instance for form in formset.initial_forms] == [first, second]
    content = response.content.decode()
    assert content.count('class="kf-thumb"') == 2
    assert 'alt="First photo"' in content
    # The preview is a small rendition from the thumbnail cache, not the upload.
    assert f'src="{first.image.url}"' not in content


def test_a_facility_cannot_be_a_zone_of_itself(staff_client):
    facility = FacilityFactory()
    url = facility_change_url(facility)
    data = change_form_data(staff_client, url)
    data["parent"] = str(facility.pk)

    response = staff_client.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["parent"] == ["A facility cannot be a zone of itself."]


def test_new_facility_gets_its_slug_filled_from_the_name(staff_client):
    response = staff_client.get(reverse("admin:studios_facility_add"))
    assert response.context["adminform"].prepopulated_fields[0]["field"].name == "slug"


def test_changelist_filters_by_kind(staff_client):
    FacilityFactory(name="Sound stage", kind=Facility.Kind.SOUND_STAGE)
    FacilityFactory(name="Medina set", kind=Facility.Kind.BACKLOT)

    response = staff_client.get(reverse("admin:studios_facility_changelist"), {"kind": "backlot"})

    assert [facility.name for facility in response.context["cl"].result_list] == ["Medina set"]


def test_publishing_is_toggled_from_the_list(staff_client):
    facility = FacilityFactory(is_published=True, is_featured=False)
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-0-id": str(facility.pk),
        "form-0-is_featured": "on",
        # is_published left out: its box was unticked.
        "_save": "Save",
    }

    response = staff_client.post(reverse("admin:studios_facility_changelist"), data)

    assert response.status_code == 302
    facility.refresh_from_db()
    assert (facility.is_published, facility.is_featured) == (False, True)


def test_changelist_shows_photo_count_and_cover(staff_client):
    facility = FacilityFactory(name="Medina set")
    FacilityPhotoFactory.create_batch(3, facility=facility)

    response = staff_client.get(reverse("admin:studios_facility_changelist"))

    [row] = response.context["cl"].result_list
    assert row.photos_total == 3
    assert response.content.decode().count('class="kf-thumb"') == 1


@pytest.mark.parametrize("rows", [2, 12])
def test_changelist_query_count_does_not_grow_with_facilities(staff_client, django_assert_num_queries, rows):
    for facility in FacilityFactory.create_batch(rows):
        FacilityPhotoFactory(facility=facility)
    url = reverse("admin:studios_facility_changelist")
    # The first view makes the cover thumbnails; later views read them from the cache.
    staff_client.get(url)
    # session, user, the studio filter's choices, the count of matches and of all rows,
    # the page of facilities (with parent and photo count), their photos, and whether a
    # company profile exists (the sidebar offers "add" only when none does)
    with django_assert_num_queries(8):
        assert staff_client.get(url).status_code == 200


def test_collection_categories_are_edited_inline_and_counted(staff_client):
    collection = CollectionFactory(name="Roman costumes")
    CollectionCategoryFactory(collection=collection, item_count=40)
    CollectionCategoryFactory(collection=collection, item_count=25)

    changelist = staff_client.get(reverse("admin:studios_collection_changelist"))
    change = staff_client.get(reverse("admin:studios_collection_change", args=[collection.pk]))

    [row] = changelist.context["cl"].result_list
    assert (row.categories_total, row.items_total) == (2, 65)
    assert [inline.formset.prefix for inline in change.context["inline_admin_formsets"]] == ["categories"]


def test_collection_photo_needs_alt_text(staff_client):
    collection = CollectionFactory()
    url = reverse("admin:studios_collection_change", args=[collection.pk])
    data = change_form_data(staff_client, url)
    data["photo"] = image_upload("props.jpg")

    response = staff_client.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["photo_alt_en"] == [
        "Describe the photo for people who cannot see it."
    ]
