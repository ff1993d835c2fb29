"""Every database rule of the catalogue, bookings and enquiries has a clear message of its own."""

import pytest
from django.apps import apps
from django.db.models import BaseConstraint
from django.utils import translation
from django.utils.functional import Promise

from studios.models.requests import MAX_CREW, MAX_PREP_DAYS, MAX_STRIKE_DAYS

APPS = ("kfilms", "studios", "productions")

CONSTRAINTS = [
    pytest.param(model, constraint, id=constraint.name)
    for app in APPS
    for model in apps.get_app_config(app).get_models()
    for constraint in model._meta.constraints
]


def test_there_are_constraints_to_check():
    assert len(CONSTRAINTS) > 30


@pytest.mark.parametrize(("model", "constraint"), CONSTRAINTS)
def test_each_constraint_has_its_own_translatable_message_and_a_code(model, constraint):
    assert constraint.violation_error_message != BaseConstraint.default_violation_error_message
    assert isinstance(constraint.violation_error_message, Promise), "not marked for translation"
    assert constraint.violation_error_code


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize(("model", "constraint"), CONSTRAINTS)
def test_each_message_renders_in_every_language(model, constraint, language):
    # Django formats the message with % {"name": ...}: a stray "%" in a translation would raise here.
    with translation.override(language):
        message = constraint.get_violation_error_message()
    assert message.strip()
    assert constraint.name not in message


def test_the_student_limits_written_in_the_messages_match_the_rules():
    constraints = {
        constraint.name: str(constraint.violation_error_message)
        for constraint in apps.get_model("studios", "StudentRequest")._meta.constraints
    }
    assert f"between 1 and {MAX_CREW} people" in constraints["studentrequest_crew_range"]
    prep_strike = constraints["studentrequest_prep_strike_range"]
    assert f"up to {MAX_PREP_DAYS} days" in prep_strike and f"up to {MAX_STRIKE_DAYS} days" in prep_strike
