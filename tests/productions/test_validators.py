"""The shared bounded date and id validators (kfilms/validators.py)."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from kfilms.validators import (
    BoundedModelChoiceField,
    BoundedModelMultipleChoiceField,
    project_date_bounds,
    validate_project_date,
)
from studios.models import Facility


def test_project_date_bounds_leap_day():
    earliest, latest = project_date_bounds(date(2028, 2, 29))
    assert latest == date(2038, 2, 28)
    assert earliest == date(2027, 2, 28)


@pytest.mark.parametrize("offset", [0, 30, 365 * 5])
def test_project_date_accepted(offset):
    validate_project_date(timezone.localdate() + timedelta(days=offset))


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(1, 1, 1), date(2010, 6, 1)])
def test_project_date_refused(day):
    with pytest.raises(ValidationError) as info:
        validate_project_date(day)
    assert info.value.code == "date_out_of_range"


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["99999999999999999999999", "abc", "0", "-3", "1.5", str(2**63)])
def test_bounded_multiple_choice_refuses(value):
    field = BoundedModelMultipleChoiceField(queryset=Facility.objects.all(), required=False)
    with pytest.raises(ValidationError) as info:
        field.clean([value])
    assert info.value.code == "invalid_pk_value"


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["99999999999999999999999", "abc", "0"])
def test_bounded_choice_refuses(value):
    field = BoundedModelChoiceField(queryset=Facility.objects.all())
    with pytest.raises(ValidationError) as info:
        field.clean(value)
    assert info.value.code == "invalid_choice"


@pytest.mark.django_db
def test_bounded_choice_accepts_existing_row():
    from tests.studios.factories import FacilityFactory

    facility = FacilityFactory()
    assert BoundedModelChoiceField(queryset=Facility.objects.all()).clean(str(facility.pk)) == facility
    chosen = BoundedModelMultipleChoiceField(queryset=Facility.objects.all()).clean([str(facility.pk)])
    assert list(chosen) == [facility]
