"""The enquiry inbox's export to CSV and XLSX."""

from django.utils.translation import gettext_lazy as _
from import_export import fields, resources

from ..forms import EnquiryForm
from ..models import ShootEnquiry

# Spreadsheets run a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ShootEnquiryResource(resources.ModelResource):
    """The columns of a CSV or XLSX export, with labels rather than codes."""

    status = fields.Field(attribute="get_status_display", column_name=_("status"))
    kind = fields.Field(attribute="get_kind_display", column_name=_("kind"))
    stage = fields.Field(attribute="get_stage_display", column_name=_("stage"))
    assignee = fields.Field(column_name=_("assigned to"))
    services = fields.Field(column_name=_("services"))
    facilities = fields.Field(column_name=_("facilities"))
    heard_from = fields.Field(attribute="get_heard_from_display", column_name=_("heard of us through"))

    class Meta:
        model = ShootEnquiry
        # What staff track, then every answer of the public form, in the form's order.
        fields = ["reference", "created_at", "status", "assignee", *EnquiryForm.Meta.fields]
        export_order = fields

    def export_field(self, field: fields.Field, instance: ShootEnquiry, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        # Spreadsheets run a cell that starts with these as a formula, and producers type
        # these values; IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT alone only strips a leading "=".
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            return "'" + value
        return value

    def dehydrate_assignee(self, enquiry: ShootEnquiry) -> str:
        return enquiry.assignee.get_full_name() or enquiry.assignee.get_username() if enquiry.assignee else ""

    def dehydrate_services(self, enquiry: ShootEnquiry) -> str:
        return ", ".join(enquiry.service_labels())

    def dehydrate_facilities(self, enquiry: ShootEnquiry) -> str:
        return ", ".join(facility.name for facility in enquiry.facilities.all())
