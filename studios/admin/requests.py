"""The back office for students' requests: read them, open the school letter, decide."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from kfilms.uploads import private_file_response

from ..forms import DecisionForm, StudentRequestForm
from ..models import StudentRequest
from ..services import student_request_clashes, student_request_decide

# What the student sent, in the form's order; the fieldsets below slice it by that order.
STUDENT_FIELDS = list(StudentRequestForm.Meta.fields)
DECISION_FIELDS = ["status", "decision_reason", "decided_at", "decided_by"]


@admin.register(StudentRequest)
class StudentRequestAdmin(admin.ModelAdmin):
    list_display = [
        "reference",
        "project_title",
        "student_name",
        "school_name",
        "first_day",
        "last_day",
        "facility_count",
        "status",
        "created_at",
    ]
    list_filter = ["status", "project_kind", "minors_involved"]
    search_fields = [
        "reference",
        "project_title",
        "student_name",
        "student_email",
        "school_name",
        "supervisor_name",
    ]
    date_hierarchy = "created_at"
    ordering = ["-created_at"]
    filter_horizontal = ["facilities", "collection_categories"]
    readonly_fields = ["reference", "created_at", "letter_link", "decide_link", "booked", *DECISION_FIELDS]
    actions = ["approve", "waitlist"]
    fieldsets = [
        (None, {"fields": ["reference", "created_at", "decide_link", *DECISION_FIELDS, "booked"]}),
        (_("Student"), {"fields": STUDENT_FIELDS[:3]}),
        (_("School"), {"fields": [*STUDENT_FIELDS[3:8], "letter_link"]}),
        (_("Supervising teacher"), {"fields": STUDENT_FIELDS[8:10]}),
        (_("Project"), {"fields": STUDENT_FIELDS[10:15]}),
        (_("Dates"), {"fields": STUDENT_FIELDS[15:19]}),
        (_("What is asked for"), {"fields": STUDENT_FIELDS[19:]}),
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Requests come from the public form, with the student's own letter.
        return False

    def get_readonly_fields(self, request: HttpRequest, obj: StudentRequest | None = None) -> list[str]:
        """A decided request is a record: its details no longer change."""
        if obj is not None and not obj.is_open:
            return [*self.readonly_fields, *STUDENT_FIELDS]
        return list(self.readonly_fields)

    def get_queryset(self, request: HttpRequest) -> QuerySet[StudentRequest]:
        return super().get_queryset(request).annotate(facility_total=Count("facilities", distinct=True))

    @admin.display(description=_("facilities"), ordering="facility_total")
    def facility_count(self, student_request: StudentRequest) -> int:
        return student_request.facility_total

    @admin.display(description=_("first day"), ordering="shoot_start")
    def first_day(self, student_request: StudentRequest):
        return student_request.first_day

    @admin.display(description=_("last day"), ordering="shoot_end")
    def last_day(self, student_request: StudentRequest):
        return student_request.last_day

    @admin.display(description=_("school letter"))
    def letter_link(self, student_request: StudentRequest) -> str:
        if not student_request.enrolment_proof:
            return admin.site.empty_value_display
        url = reverse("admin:studios_studentrequest_letter", args=[student_request.pk])
        return format_html(
            '<a href="{}">{}</a>', url, student_request.enrolment_proof_name or _("Download the letter")
        )

    @admin.display(description=_("decision"))
    def decide_link(self, student_request: StudentRequest) -> str:
        # Open requests get a decision; approved ones may still be cancelled.
        if not student_request.pk or not (student_request.is_open or student_request.status == "approved"):
            return admin.site.empty_value_display
        url = reverse("admin:studios_studentrequest_decide", args=[student_request.pk])
        return format_html('<a class="button" href="{}">{}</a>', url, _("Decide this request"))

    @admin.display(description=_("booked"))
    def booked(self, student_request: StudentRequest) -> str:
        bookings = student_request.bookings.select_related("facility")
        if not bookings:
            return admin.site.empty_value_display
        return format_html_join(
            "",
            '<div><a href="{}">{}</a></div>',
            (
                (reverse("admin:studios_booking_change", args=[booking.pk]), str(booking))
                for booking in bookings
            ),
        )

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<path:object_id>/decide/", view(self.decide_view), name="studios_studentrequest_decide"),
            path("<path:object_id>/letter/", view(self.letter_view), name="studios_studentrequest_letter"),
            *super().get_urls(),
        ]

    def _get_or_404(self, request: HttpRequest, object_id: str) -> StudentRequest:
        student_request = self.get_object(request, unquote(object_id))
        if student_request is None:
            raise Http404(_("No student request with this number."))
        return student_request

    def letter_view(self, request: HttpRequest, object_id: str) -> FileResponse:
        """The school letter as a download, for staff who may view requests."""
        student_request = self._get_or_404(request, object_id)
        return private_file_response(
            request,
            student_request.enrolment_proof,
            permission="studios.view_studentrequest",
            filename=student_request.enrolment_proof_name or None,
        )

    def decide_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """Approve, waitlist, decline with a reason or cancel; a clash is explained, nothing is lost."""
        student_request = self._get_or_404(request, object_id)
        if not self.has_change_permission(request, student_request):
            raise PermissionDenied
        status = 200
        if request.method == "POST":
            form = DecisionForm(request.POST)
            if form.is_valid():
                try:
                    student_request_decide(
                        student_request=student_request,
                        decision=form.cleaned_data["decision"],
                        reason=form.cleaned_data["reason"],
                        decided_by=request.user,
                    )
                except ValidationError as error:
                    for message in error.messages:
                        form.add_error(None, message)
                else:
                    student_request.refresh_from_db()
                    self.message_user(
                        request,
                        _("%(reference)s is now %(status)s; the student and the teacher are emailed.")
                        % {
                            "reference": student_request.reference,
                            "status": student_request.get_status_display().lower(),
                        },
                        messages.SUCCESS,
                    )
                    return redirect("admin:studios_studentrequest_change", student_request.pk)
            status = 400
        else:
            form = DecisionForm()
        facilities = list(student_request.facilities.all())
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Decide %(reference)s") % {"reference": student_request.reference},
            "student_request": student_request,
            "form": form,
            "facilities": facilities,
            "clashes": student_request_clashes(student_request) if student_request.is_open else [],
        }
        return render(request, "studios/student_request_decide.html", context, status=status)

    @admin.action(
        description=_("Approve the selected requests (books their facilities)"), permissions=["change"]
    )
    def approve(self, request: HttpRequest, queryset: QuerySet[StudentRequest]) -> None:
        self._decide_many(request, queryset, StudentRequest.Status.APPROVED)

    @admin.action(description=_("Put the selected requests on the waiting list"), permissions=["change"])
    def waitlist(self, request: HttpRequest, queryset: QuerySet[StudentRequest]) -> None:
        self._decide_many(request, queryset, StudentRequest.Status.WAITLISTED)

    def _decide_many(self, request: HttpRequest, queryset: QuerySet[StudentRequest], decision: str) -> None:
        done = 0
        for student_request in queryset:
            try:
                student_request_decide(
                    student_request=student_request, decision=decision, decided_by=request.user
                )
            except ValidationError as error:
                self.message_user(
                    request, f"{student_request.reference}: {' '.join(error.messages)}", messages.ERROR
                )
            else:
                done += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d request decided.", "%(count)d requests decided.", done) % {"count": done},
                messages.SUCCESS,
            )
