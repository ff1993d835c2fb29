"""The shoot enquiry form and its thank-you page."""

from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from ..forms import EnquiryForm, enquiry_initial
from ..models import ShootEnquiry
from ..services import enquiry_rebate_estimate, enquiry_submit

# The thank-you page shows the enquiry this browser sent, found by the reference kept in
# its session: a URL alone never reveals an enquiry.
SESSION_KEY = "enquiry_reference"


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def enquiry_create(request: HttpRequest) -> HttpResponse:
    status = 200
    if request.method == "POST":
        form = EnquiryForm(request.POST, request.FILES, request=request)
        if form.is_valid():
            key = form.cleaned_data.get("submission_key")
            # The same form sent again (a double click, a reload of the POST): the first one counts.
            if key and ShootEnquiry.objects.filter(submission_key=key).exists():
                return redirect("productions:enquiry-thanks")
            try:
                enquiry = enquiry_submit(
                    fields=form.enquiry_fields(),
                    facilities=form.cleaned_data["facilities"],
                    attachment=form.cleaned_data.get("attachment"),
                    language=get_language(),
                    submission_key=key,
                )
            except IntegrityError:
                # Two sends at the same moment: the other request saved it. Anything else is a real error.
                if key and ShootEnquiry.objects.filter(submission_key=key).exists():
                    return redirect("productions:enquiry-thanks")
                raise
            request.session[SESSION_KEY] = enquiry.reference
            return redirect("productions:enquiry-thanks")
        status = 429 if form.rate_limited else 400
    else:
        form = EnquiryForm(initial=enquiry_initial(request.GET), request=request)
    return render(request, "productions/enquiry_form.html", {"form": form}, status=status)


@never_cache
@require_safe
def enquiry_thanks(request: HttpRequest) -> HttpResponse:
    reference = request.session.get(SESSION_KEY)
    enquiry = (
        ShootEnquiry.objects.prefetch_related("facilities").filter(reference=reference).first()
        if reference
        else None
    )
    if enquiry is None:
        return redirect("productions:enquiry-create")
    estimated = enquiry_rebate_estimate(enquiry)
    context = {
        "enquiry": enquiry,
        "programme": estimated[0] if estimated else None,
        "estimate": estimated[1] if estimated else None,
    }
    return render(request, "productions/enquiry_thanks.html", context)
