"""The enquiry inbox: status, assignee, notes, history, filters, bulk actions, export, into a production."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.forms import BaseInlineFormSet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from import_export.admin import ExportActionMixin
from import_export.formats.base_formats import CSV, XLSX

from kfilms.uploads import private_file_response

from ..models import EnquiryNote, EnquiryStatusChange, ShootEnquiry
from ..services import TransitionRefused, enquiry_status_set, enquiry_to_production
from .exports import ShootEnquiryResource
from .filters import ShootMonthFilter

Status = ShootEnquiry.Status
# The bulk status actions, one per status staff move enquiries to: (action name, status, label).
STATUS_ACTIONS = [
    ("mark_in_review", Status.IN_REVIEW, _("Mark as in review")),
    ("mark_quoted", Status.QUOTED, _("Mark as quoted")),
    ("mark_confirmed", Status.CONFIRMED, _("Mark as confirmed")),
    ("mark_declined", Status.DECLINED, _("Mark as declined")),
    ("mark_withdrawn", Status.WITHDRAWN, _("Mark as withdrawn")),
]


def status_action(name: str, status: str, label: str):
    """A bulk action moving the chosen enquiries to `status`, row by row through the workflow."""

    @admin.action(description=label, permissions=["change"])
    def action(model_admin: "ShootEnquiryAdmin", request: HttpRequest, queryset: QuerySet) -> None:
        model_admin._set_status(request, queryset, status)

    # The admin tells actions apart by name, and the action's name is what its form posts.
    action.__name__ = name
    return action


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
    readonly_fields = [
        "reference",
        "created_at",
        "updated_at",
        "production_link",
        "production_note",
        *SUBMITTED_FIELDS,
    ]
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
    actions = [*(status_action(*row) for row in STATUS_ACTIONS), "make_production"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Enquiries come from producers through the public form.
        return False

    def has_export_permission(self, request: HttpRequest) -> bool:
        # import-export lets any staff member export unless told otherwise: only those who may read.
        return self.has_view_permission(request)

    def get_queryset(self, request: HttpRequest) -> QuerySet[ShootEnquiry]:
        return super().get_queryset(request).for_inbox()

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
        # get_object answers None for an id that is not one ("abc"), as for a missing row.
        enquiry = self.get_object(request, unquote(object_id))
        if enquiry is None:
            raise Http404(_("No such enquiry."))
        return private_file_response(
            request,
            enquiry.attachment,
            permission="productions.view_shootenquiry",
            filename=enquiry.attachment_name or None,
        )

    def get_form(self, request: HttpRequest, obj: ShootEnquiry | None = None, change: bool = False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        # Offer only the statuses the workflow allows from this one, so a refused move never reaches save.
        if obj is not None and "status" in form.base_fields:
            allowed = {obj.status, *ShootEnquiry.ALLOWED_TRANSITIONS[obj.status]}
            form.base_fields["status"].choices = [
                (value, label) for value, label in Status.choices if value in allowed
            ]
        return form

    def get_fieldsets(self, request: HttpRequest, obj: ShootEnquiry | None = None) -> list:
        fieldsets = super().get_fieldsets(request, obj)
        if self.has_make_production_permission(request):
            return fieldsets
        # No button for a user who may not make productions: the same place says who can.
        return [
            (
                name,
                options
                | {
                    "fields": [
                        "production_note" if field == "production_link" else field
                        for field in options["fields"]
                    ]
                },
            )
            for name, options in fieldsets
        ]

    def has_make_production_permission(self, request: HttpRequest) -> bool:
        """Turning an enquiry into a production adds a production (and maybe a client)."""
        return self.has_change_permission(request) and request.user.has_perm("productions.add_production")

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
            if not self.has_make_production_permission(request):
                self.message_user(
                    request, _("Your account may not add productions: ask an administrator."), messages.ERROR
                )
                return HttpResponseRedirect(request.path)
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

    @admin.display(description=_("production in the catalogue"))
    def production_note(self, enquiry: ShootEnquiry) -> str:
        if enquiry.production_id:
            return self.production_link(enquiry)
        return _("A user who may add productions can turn a confirmed enquiry into one.")

    def _set_status(self, request: HttpRequest, queryset: QuerySet, status: str) -> None:
        changed = 0
        for enquiry in queryset:
            try:
                changed += enquiry_status_set(enquiry=enquiry, status=status, by=request.user)
            except TransitionRefused as refusal:
                self.message_user(request, " ".join(refusal.messages), messages.WARNING)
        self.message_user(
            request,
            ngettext(
                "%(count)d enquiry is now “%(status)s”.",
                "%(count)d enquiries are now “%(status)s”.",
                changed,
            )
            % {"count": changed, "status": Status(status).label},
            messages.SUCCESS if changed else messages.WARNING,
        )

    @admin.action(description=_("Turn confirmed enquiries into productions"), permissions=["make_production"])
    def make_production(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        made = [production for enquiry in queryset if (production := self._make_production(request, enquiry))]
        if len(made) == 1:
            return HttpResponseRedirect(reverse("admin:productions_production_change", args=[made[0].pk]))
        return None

    def _make_production(self, request: HttpRequest, enquiry: ShootEnquiry):
        try:
            production = enquiry_to_production(
                enquiry=enquiry,
                by=request.user,
                allow_new_client=request.user.has_perm("productions.add_client"),
            )
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
