"""Every name the admin shows for a model or a field is marked for translation."""

import pytest
from django.apps import apps
from django.contrib.contenttypes.fields import GenericForeignKey
from django.urls import reverse
from django.utils.functional import Promise

from tests.productions.factories import ProductionFactory
from tests.studios.factories import FacilityFactory

APPS = ("kfilms", "studios", "productions")
MODELS = [
    pytest.param(model, id=model._meta.label)
    for app in APPS
    for model in apps.get_app_config(app).get_models(include_auto_created=True)
]


@pytest.mark.parametrize("model", MODELS)
def test_model_names_are_translatable(model):
    assert isinstance(model._meta.verbose_name, Promise)
    assert isinstance(model._meta.verbose_name_plural, Promise)


@pytest.mark.parametrize("model", [model for model in MODELS if not model.values[0]._meta.auto_created])
def test_field_names_are_translatable(model):
    untranslated = [
        field.name
        for field in model._meta.get_fields()
        # Reverse relations and the id are named by Django; a generic foreign key takes no name
        # (the admin shows its two fields instead).
        if not field.auto_created and not isinstance(field, GenericForeignKey)
        if not isinstance(field.verbose_name, Promise)
    ]
    assert untranslated == []


@pytest.mark.django_db
def test_the_delete_page_names_linked_rows_with_our_names_not_djangos(staff_client):
    production = ProductionFactory(title="Jezabel", roles=["line_producer"])
    production.facilities.set([FacilityFactory(name="Sound stage")])

    response = staff_client.get(reverse("admin:productions_production_delete", args=[production.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    # Django's "Production-role relationship: Production_roles object (15)" cannot be translated.
    assert "relationship" not in html and "Production_roles object" not in html
    assert "Roles on productions: 1" in html
    assert "Jezabel (" in html and "· Sound stage" in html  # each linked row shows both ends
