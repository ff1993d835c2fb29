"""The students' programme: its page, the request form, its confirmation and the dates check."""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from kfilms.validators import MAX_ID, validate_project_date

from ..availability import DayState
from ..forms import (
    HORIZON_DAYS,
    LEAD_TIME_DAYS,
    MAX_SPAN_DAYS,
    StudentRequestForm,
    facility_clashes,
)
from ..models import Collection, Facility
from ..models.requests import MAX_PREP_DAYS, MAX_STRIKE_DAYS
from ..services import student_request_submit
from .availability import facility_rows

SESSION_REFERENCE = "studios.student_request.reference"
# The programme page shows each facility's next four weeks.
PREVIEW_DAYS = 28


def programme_rules() -> dict:
    return {
        "lead_days": LEAD_TIME_DAYS,
        "horizon_days": HORIZON_DAYS,
        "max_span_days": MAX_SPAN_DAYS,
        "max_prep_days": MAX_PREP_DAYS,
        "max_strike_days": MAX_STRIKE_DAYS,
    }


@require_safe
def student_programme(request: HttpRequest) -> HttpResponse:
    """Who may apply, what is lent, the rules, and each facility's coming weeks."""
    today = timezone.localdate()
    last = today + timedelta(days=PREVIEW_DAYS - 1)
    facilities = list(Facility.objects.published().available().order_by("order", "name"))
    rows = facility_rows(facilities, today, last)
    collections = Collection.objects.prefetch_related("categories").order_by("order", "name")
    return render(
        request,
        "studios/student_programme.html",
        {
            "rows": rows,
            "preview_days": [day for day, _state in rows[0].days] if rows else [],
            "today": today,
            "preview_first": today,
            "preview_last": last,
            "collections": collections,
            "rules": programme_rules(),
            "states": list(DayState),
        },
    )


# Never cached: the form carries a CSRF token and a signed letter note, the others session or live data.
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def student_request(request: HttpRequest) -> HttpResponse:
    """The request form: saved, emailed after the commit, then the confirmation page."""
    if request.method == "POST":
        form = StudentRequestForm(request.POST, request.FILES, request=request)
        if form.is_valid():
            student_request = form.save(commit=False)
            student_request.language = translation.get_language() or "en"
            form.attach_letter(student_request)
            student_request = student_request_submit(
                student_request=student_request,
                facilities=form.cleaned_data["facilities"],
                categories=form.cleaned_data["collection_categories"],
            )
            request.session[SESSION_REFERENCE] = student_request.reference
            return redirect("studios:student-request-thanks")
        status = 429 if form.rate_limited else 400
    else:
        form = StudentRequestForm(request=request, initial=_initial_from_query(request))
        status = 200
    context = {"form": form, "rules": programme_rules()}
    return render(request, "studios/student_request_form.html", context, status=status)


def _initial_from_query(request: HttpRequest) -> dict:
    """Preselect a facility when the student comes from its availability page (?facility=slug)."""
    slug = request.GET.get("facility", "")
    facility = Facility.objects.published().available().filter(slug=slug).first() if slug else None
    return {"facilities": [facility]} if facility else {}


@never_cache
@require_safe
def student_request_thanks(request: HttpRequest) -> HttpResponse:
    """The reference of the request this browser just sent; nothing for anyone else."""
    reference = request.session.get(SESSION_REFERENCE)
    if not reference:
        return redirect("studios:student-programme")
    return render(request, "studios/student_request_thanks.html", {"reference": reference})


@never_cache
@require_safe
def student_request_check(request: HttpRequest) -> JsonResponse:
    """Which chosen facilities are taken on the days asked for, for the form's early warning."""
    try:
        start = date.fromisoformat(request.GET.get("start", ""))
        end = date.fromisoformat(request.GET.get("end", ""))
        prep = int(request.GET.get("prep") or 0)
        strike = int(request.GET.get("strike") or 0)
        ids = [int(value) for value in request.GET.getlist("facility")]
    except ValueError:
        return JsonResponse(
            {"error": _("Give the dates as YYYY-MM-DD and facilities by number.")}, status=400
        )
    try:
        validate_project_date(start)
        validate_project_date(end)
    except ValidationError as error:
        return JsonResponse({"error": error.messages[0]}, status=400)
    if not all(1 <= pk <= MAX_ID for pk in ids):
        return JsonResponse(
            {"error": _("Give the dates as YYYY-MM-DD and facilities by number.")}, status=400
        )
    if not (0 <= prep <= MAX_PREP_DAYS and 0 <= strike <= MAX_STRIKE_DAYS) or end < start:
        return JsonResponse({"error": _("These dates are not a valid request.")}, status=400)
    first, last = start - timedelta(days=prep), end + timedelta(days=strike)
    if (last - first).days + 1 > MAX_SPAN_DAYS or len(ids) > 50:
        return JsonResponse(
            {
                "error": ngettext(
                    "A request covers at most %(days)s day.",
                    "A request covers at most %(days)s days.",
                    MAX_SPAN_DAYS,
                )
                % {"days": MAX_SPAN_DAYS}
            },
            status=400,
        )
    facilities = list(Facility.objects.published().filter(pk__in=ids).order_by("order", "name"))
    clashes = facility_clashes(facilities, first, last) if facilities else []
    return JsonResponse(
        {
            "clashes": [
                {"facility": clash.facility.name, "days": clash.ranges_display()} for clash in clashes
            ],
            "message": _("Already booked or on hold on some of your days:") if clashes else "",
        }
    )
