"""The enquiry inbox's own list filters."""

import re

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from ..models import ShootEnquiry

MONTH_VALUE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class ShootMonthFilter(admin.SimpleListFilter):
    """Enquiries whose shoot starts in a given month (only months that have some are listed)."""

    title = _("shoot month")
    parameter_name = "shoot_month"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        months = ShootEnquiry.objects.dates("shoot_start", "month", order="DESC")
        return [(month.strftime("%Y-%m"), date_format(month, "YEAR_MONTH_FORMAT")) for month in months]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        value = self.value()
        if not value:
            return queryset
        # Only what lookups() offers, YYYY-MM: a longer year overflows the database's integers.
        if not MONTH_VALUE.match(value):
            raise IncorrectLookupParameters(f"Not a month: {value!r}")
        year, month = (int(part) for part in value.split("-"))
        return queryset.filter(shoot_start__year=year, shoot_start__month=month)
