"""Validators and fields shared by the public forms: bounded dates and bounded ids."""

from datetime import date
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

# A project date a producer can mean: a shoot just past (a report, a follow-up) up to ten years ahead.
# Beyond that the date is a typo, and year 9999 breaks date arithmetic (year 10000 does not exist).
PAST_DAYS = 366
FUTURE_YEARS = 10
# The largest value of a BigAutoField: a bigger id overflows SQLite's integers before the query runs.
MAX_ID = 2**63 - 1


def project_date_bounds(today: date | None = None) -> tuple[date, date]:
    """The first and last date a public form accepts for a project."""
    today = today or timezone.localdate()
    earliest = date.fromordinal(today.toordinal() - PAST_DAYS)
    try:
        latest = today.replace(year=today.year + FUTURE_YEARS)
    except ValueError:  # 29 February ten years on is not a leap day
        latest = today.replace(year=today.year + FUTURE_YEARS, day=28)
    return earliest, latest


def validate_project_date(value: date) -> None:
    """Refuse a project date more than a year past or more than ten years ahead."""
    if value is None:
        return
    earliest, latest = project_date_bounds()
    if value < earliest or value > latest:
        raise ValidationError(
            _("Please give a date between %(earliest)s and %(latest)s."),
            code="date_out_of_range",
            # The reader's way ("20 November 2025"); ISO's hyphens also broke the line mid-date.
            params={"earliest": date_format(earliest, "j F Y"), "latest": date_format(latest, "j F Y")},
        )


def _bounded_id(value: Any) -> bool:
    """True when `value` reads as a whole number a database id can hold."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return False
    return 1 <= number <= MAX_ID


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A multiple choice of rows that refuses ids no database can hold, before querying."""

    def _check_values(self, value: Any):  # type: ignore[override]
        # Same message as an unknown id: what was sent is simply not among the choices.
        key = self.to_field_name or "pk"
        for item in value:
            if key == "pk" and not _bounded_id(item):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": item},
                )
        return super()._check_values(value)


class BoundedModelChoiceField(forms.ModelChoiceField):
    """A single choice of a row that refuses ids no database can hold, before querying."""

    def to_python(self, value: Any):  # type: ignore[override]
        if value in self.empty_values:
            return None
        if isinstance(value, self.queryset.model):
            return super().to_python(value)
        if not self.to_field_name and not _bounded_id(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)
