"""The enquiry inbox: status, assignee, notes, history, filters, bulk actions, export, into a production."""

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.forms import BaseInlineFormSet
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from import_export import fields, resources
from import_export.admin import ExportActionMixin
from import_export.formats.base_formats import CSV, XLSX

from kfilms.uploads import private_file_response

from ..models import EnquiryNote, EnquiryStatusChange, ShootEnquiry
from ..services import enquiry_status_set, enquiry_to_production

Status = ShootEnquiry.Status
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ShootMonthFilter(admin.SimpleListFilter):
    """Enquiries whose shoot starts in a given month (only months that have some are listed)."""

    title = _("shoot month")
    parameter_name = "shoot_month"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        months = ShootEnquiry.objects.dates("shoot_start", "month", order="DESC")
        return [(month.strftime("%Y-%m"), date_format(month, "YEAR_MONTH_FORMAT")) for month in months]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if not self.value():
            return queryset
        try:
            year, month = (int(part) for part in self.value().split("-"))
        except ValueError as error:
            raise IncorrectLookupParameters(error) from error
        return queryset.filter(shoot_start__year=year, shoot_start__month=month)


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
        fields = [
            "reference",
            "created_at",
            "status",
            "assignee",
            "name",
            "company",
            "role",
            "email",
            "phone",
            "country",
            "title",
            "kind",
            "format",
            "stage",
            "logline",
            "prep_start",
            "shoot_start",
            "shoot_end",
            "shooting_days",
            "set_building_days",
            "foreign_crew_size",
            "local_crew_size",
            "services",
            "facilities",
            "locations",
            "spend_amount",
            "spend_currency",
            "rebate_interest",
            "heard_from",
        ]
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


class NoteFormSet(BaseInlineFormSet):
    """New notes only; their author is whoever writes them."""

    def save_new(self, form, commit: bool = True) -> EnquiryNote:
        form.instance.author = self.request_user
        return super().save_new(form, commit=commit)


class EnquiryNoteInline(admin.TabularInline):
    """The notes written so far, as they were written."""

    model = EnquiryNote
    fields = ["created_at", "author", "text"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    verbose_name_plural = _("internal notes")

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


class EnquiryNewNoteInline(admin.StackedInline):
    """A blank note to add; saved with the author and the time."""

    model = EnquiryNote
    formset = NoteFormSet
    fields = ["text"]
    extra = 1
    can_delete = False
    verbose_name = _("new internal note")
    verbose_name_plural = _("add an internal note")

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).none()

    def get_formset(self, request: HttpRequest, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.request_user = request.user
        return formset


class EnquiryStatusChangeInline(admin.TabularInline):
    model = EnquiryStatusChange
    fields = ["changed_at", "from_status", "to_status", "changed_by"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("history of the status")

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


SUBMITTED_FIELDS = [
    "name",
    "company",
    "role",
    "email",
    "phone",
    "country",
    "title",
    "kind",
    "stage",
    "format",
    "logline",
    "prep_start",
    "shoot_start",
    "shoot_end",
    "shooting_days",
    "set_building_days",
    "foreign_crew_size",
    "local_crew_size",
    "services_display",
    "facilities_display",
    "locations",
    "spend_amount",
    "spend_currency",
    "rebate_interest",
    "attachment_download",
    "heard_from",
    "consent_at",
    "language",
]


@admin.register(ShootEnquiry)
class ShootEnquiryAdmin(ExportActionMixin, admin.ModelAdmin):
    class Media:
        css = {"all": ["css/enquiry-admin.css"]}

    resource_classes = [ShootEnquiryResource]
    export_formats = [CSV, XLSX]
    list_display = [
        "reference",
        "title",
        "company",
        "country",
        "kind",
        "shoot_start",
        "status",
        "assignee",
        "rebate_interest",
        "created_at",
    ]
    list_display_links = ["reference", "title"]
    list_filter = [
        "status",
        "kind",
        ShootMonthFilter,
        "country",
        "rebate_interest",
        ("assignee", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["assignee"]
    search_fields = ["reference", "title", "company", "name", "email", "country", "logline"]
    date_hierarchy = "created_at"
    readonly_fields = ["reference", "created_at", "updated_at", "production_link", *SUBMITTED_FIELDS]
    fieldsets = [
        (
            None,
            {"fields": ["reference", "status", "assignee", "created_at", "updated_at", "production_link"]},
        ),
        (
            pgettext_lazy("contact details", "Contact"),
            {"fields": ["name", "company", "role", "email", "phone", "country"]},
        ),
        (_("The project"), {"fields": ["title", "kind", "stage", "format", "logline"]}),
        (
            _("Dates and crew"),
            {
                "fields": [
                    "prep_start",
                    ("shoot_start", "shoot_end"),
                    ("shooting_days", "set_building_days"),
                    ("foreign_crew_size", "local_crew_size"),
                ]
            },
        ),
        (_("What they need"), {"fields": ["services_display", "facilities_display", "locations"]}),
        (
            _("Budget and more"),
            {
                "fields": [
                    ("spend_amount", "spend_currency"),
                    "rebate_interest",
                    "attachment_download",
                    "heard_from",
                    ("consent_at", "language"),
                ]
            },
        ),
    ]
    inlines = [EnquiryNoteInline, EnquiryNewNoteInline, EnquiryStatusChangeInline]
    actions = [
        "mark_in_review",
        "mark_quoted",
        "mark_confirmed",
        "mark_declined",
        "mark_withdrawn",
        "make_production",
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Enquiries come from producers through the public form.
        return False

    def has_export_permission(self, request: HttpRequest) -> bool:
        # import-export lets any staff member export unless told otherwise: only those who may read.
        return self.has_view_permission(request)

    def get_queryset(self, request: HttpRequest) -> QuerySet[ShootEnquiry]:
        return super().get_queryset(request).select_related("assignee", "production")

    def get_export_queryset(self, request: HttpRequest) -> QuerySet[ShootEnquiry]:
        return super().get_export_queryset(request).prefetch_related("facilities")

    def get_urls(self) -> list:
        return [
            path(
                "<path:object_id>/attachment/",
                self.admin_site.admin_view(self.attachment_view),
                name="productions_shootenquiry_attachment",
            ),
            *super().get_urls(),
        ]

    def attachment_view(self, request: HttpRequest, object_id: str) -> FileResponse:
        enquiry = get_object_or_404(ShootEnquiry, pk=object_id)
        return private_file_response(
            request,
            enquiry.attachment,
            permission="productions.view_shootenquiry",
            filename=enquiry.attachment_name or None,
        )

    def save_model(self, request: HttpRequest, obj: ShootEnquiry, form, change: bool) -> None:
        # A status change goes through the service so that it is recorded in the history.
        new_status = obj.status
        if change and "status" in form.changed_data:
            obj.status = form.initial["status"]
        super().save_model(request, obj, form, change)
        if obj.status != new_status:
            enquiry_status_set(enquiry=obj, status=new_status, by=request.user)

    def response_change(self, request: HttpRequest, obj: ShootEnquiry) -> HttpResponse:
        if "_make_production" in request.POST:
            production = self._make_production(request, obj)
            if production is not None:
                return HttpResponseRedirect(
                    reverse("admin:productions_production_change", args=[production.pk])
                )
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    @admin.display(description=_("services"))
    def services_display(self, enquiry: ShootEnquiry) -> str:
        return ", ".join(enquiry.service_labels()) or "—"

    @admin.display(description=_("facilities"))
    def facilities_display(self, enquiry: ShootEnquiry) -> str:
        return ", ".join(facility.name for facility in enquiry.facilities.all()) or "—"

    @admin.display(description=_("attachment"))
    def attachment_download(self, enquiry: ShootEnquiry) -> str:
        if not enquiry.attachment:
            return "—"
        url = reverse("admin:productions_shootenquiry_attachment", args=[enquiry.pk])
        return format_html('<a href="{}">{}</a>', url, enquiry.attachment_name or _("Download"))

    @admin.display(description=_("production in the catalogue"))
    def production_link(self, enquiry: ShootEnquiry) -> str:
        if enquiry.production_id:
            url = reverse("admin:productions_production_change", args=[enquiry.production_id])
            return format_html('<a href="{}">{}</a>', url, enquiry.production)
        if enquiry.status == Status.CONFIRMED:
            return format_html(
                '<button type="submit" name="_make_production" value="1" class="button">{}</button>',
                _("Save and turn into a production"),
            )
        return _("Once confirmed, it can be turned into a production.")

    def _set_status(self, request: HttpRequest, queryset: QuerySet, status: str) -> None:
        changed = sum(
            enquiry_status_set(enquiry=enquiry, status=status, by=request.user) for enquiry in queryset
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d enquiry is now “%(status)s”.",
                "%(count)d enquiries are now “%(status)s”.",
                changed,
            )
            % {"count": changed, "status": Status(status).label},
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark as in review"), permissions=["change"])
    def mark_in_review(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set_status(request, queryset, Status.IN_REVIEW)

    @admin.action(description=_("Mark as quoted"), permissions=["change"])
    def mark_quoted(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set_status(request, queryset, Status.QUOTED)

    @admin.action(description=_("Mark as confirmed"), permissions=["change"])
    def mark_confirmed(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set_status(request, queryset, Status.CONFIRMED)

    @admin.action(description=_("Mark as declined"), permissions=["change"])
    def mark_declined(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set_status(request, queryset, Status.DECLINED)

    @admin.action(description=_("Mark as withdrawn"), permissions=["change"])
    def mark_withdrawn(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set_status(request, queryset, Status.WITHDRAWN)

    @admin.action(description=_("Turn confirmed enquiries into productions"), permissions=["change"])
    def make_production(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        made = [production for enquiry in queryset if (production := self._make_production(request, enquiry))]
        if len(made) == 1:
            return HttpResponseRedirect(reverse("admin:productions_production_change", args=[made[0].pk]))
        return None

    def _make_production(self, request: HttpRequest, enquiry: ShootEnquiry):
        try:
            production = enquiry_to_production(enquiry=enquiry, by=request.user)
        except ValidationError as error:
            self.message_user(request, f"{enquiry.reference}: {' '.join(error.messages)}", messages.ERROR)
            return None
        self.message_user(
            request,
            _("%(reference)s is now the production “%(title)s”, unpublished: review it and publish it.")
            % {"reference": enquiry.reference, "title": production.title},
            messages.SUCCESS,
        )
        return production
