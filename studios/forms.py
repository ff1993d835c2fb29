"""The students' request form, and the form staff use to decide a request."""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Field, Fieldset, Layout
from django import forms
from django.core import signing
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from kfilms.spam import RateLimit, SpamProtectionMixin, spam_layout
from kfilms.uploads import DocumentField, private_storage
from kfilms.validators import BoundedModelMultipleChoiceField, validate_project_date

from .models import CollectionCategory, Facility, StudentRequest
from .models.bookings import taken_ranges

LETTER_MAX_BYTES = 5 * 1024 * 1024
# The programme's rules, shown on its page and enforced here.
LEAD_TIME_DAYS = 14
HORIZON_DAYS = 365
MAX_SPAN_DAYS = 30

KEPT_FOLDER = "student-requests/pending/"
KEPT_SALT = "studios.forms.kept-letter"
KEPT_MAX_AGE = 60 * 60 * 24
# The refusals of SpamProtectionMixin, after which no letter is kept.
SPAM_CODES = tuple(SpamProtectionMixin.messages)
PHONE = re.compile(r"^\+?[0-9 ().-]{6,24}$")


@dataclass(frozen=True)
class Clash:
    """A facility the student chose, and the days of the request it is already taken."""

    facility: Facility
    ranges: list[tuple[date, date]]

    def ranges_display(self) -> str:
        return ", ".join(range_display(first, last) for first, last in self.ranges)


def range_display(first: date, last: date) -> str:
    if first == last:
        return date_format(first, "j F Y")
    return f"{date_format(first, 'j F Y')} – {date_format(last, 'j F Y')}"


def facility_clashes(facilities: list[Facility], first: date, last: date) -> list[Clash]:
    """The chosen facilities already booked or on hold on some of the days asked for."""
    ranges = taken_ranges([facility.pk for facility in facilities], first, last)
    return [Clash(facility, ranges[facility.pk]) for facility in facilities if ranges.get(facility.pk)]


class FacilityChoiceField(BoundedModelMultipleChoiceField):
    def label_from_instance(self, facility: Facility) -> str:
        kind = str(facility.get_kind_display())
        # "Sound stage · Sound stage" says nothing twice; the kind helps only when the name lacks it.
        return facility.name if kind.lower() in facility.name.lower() else f"{facility.name} · {kind}"


class CategoryChoiceField(BoundedModelMultipleChoiceField):
    def label_from_instance(self, category: CollectionCategory) -> str:
        return ngettext(
            "%(collection)s: %(category)s (%(count)s item)",
            "%(collection)s: %(category)s (%(count)s items)",
            category.item_count,
        ) % {
            "collection": category.collection.name,
            "category": category.name,
            "count": category.item_count,
        }


class StudentRequestForm(SpamProtectionMixin, forms.ModelForm):
    """What a student sends; the school letter is kept across a re-display so it is sent only once."""

    rate_limit = RateLimit(scope="student-request", limit=5, window=60 * 60)

    facilities = FacilityChoiceField(
        label=_("Facilities"),
        queryset=Facility.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    collection_categories = CategoryChoiceField(
        label=_("Costumes and props"),
        queryset=CollectionCategory.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    letter = DocumentField(
        label=_("Proof of enrolment or a signed letter from your school"),
        max_bytes=LETTER_MAX_BYTES,
        required=False,
        help_text=_("PDF, JPEG or PNG, 5 MB at most."),
    )
    kept_letter = forms.CharField(required=False, widget=forms.HiddenInput)
    accept_rules = forms.BooleanField(
        label=_(
            "I have read the programme's rules, and our film will credit Oasis Studios Morocco "
            "if the request is approved."
        ),
        # Said alone in the error summary, so it names what is missing.
        error_messages={"required": _("Please confirm that you have read the programme's rules.")},
    )
    accept_clash = forms.BooleanField(
        label=_("Send the request anyway: we may be waitlisted or offered other dates."),
        required=False,
    )

    class Meta:
        model = StudentRequest
        fields = [
            "student_name",
            "student_email",
            "student_phone",
            "school_name",
            "school_city",
            "school_country",
            "programme",
            "study_year",
            "supervisor_name",
            "supervisor_email",
            "project_title",
            "project_kind",
            "synopsis",
            "crew_size",
            "minors_involved",
            "shoot_start",
            "shoot_end",
            "prep_days",
            "strike_days",
            "facilities",
            "collection_categories",
            "costumes_props_notes",
        ]
        labels = {
            "student_name": _("Your name"),
            "student_email": _("Your email"),
            "student_phone": _("Your phone"),
        }
        widgets = {
            "shoot_start": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "shoot_end": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "synopsis": forms.Textarea(attrs={"rows": 4}),
            "costumes_props_notes": forms.Textarea(attrs={"rows": 3}),
            "student_phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "student_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "student_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.clashes: list[Clash] = []
        self.kept: dict | None = None
        self.fields["facilities"].queryset = (
            Facility.objects.published().available().order_by("order", "name")
        )
        self.fields["collection_categories"].queryset = CollectionCategory.objects.select_related(
            "collection"
        ).order_by("collection__order", "collection__name", "order", "name")
        # Far-off years are typos, and year 9999 plus strike days overflows date arithmetic.
        for name in ("shoot_start", "shoot_end"):
            self.fields[name].validators.append(validate_project_date)
        self.fields["minors_involved"].help_text = _(
            "The school must then confirm it has the parents' consent."
        )
        # Needed unless kept from an earlier try, so not `required` for Django; marked for people.
        self.fields["letter"].widget.attrs["aria-required"] = "true"
        self.helper = self._helper()

    def _helper(self) -> FormHelper:
        helper = FormHelper()
        helper.form_tag = False
        helper.disable_csrf = True
        helper.layout = Layout(
            Fieldset(_("You"), "student_name", "student_email", "student_phone"),
            Fieldset(
                _("Your school"),
                "school_name",
                Div(
                    Div("school_city", css_class="col-sm-6"),
                    Div("school_country", css_class="col-sm-6"),
                    css_class="row",
                ),
                Div(
                    Div("programme", css_class="col-sm-8"),
                    Div("study_year", css_class="col-sm-4"),
                    css_class="row",
                ),
            ),
            Fieldset(_("Your supervising teacher"), "supervisor_name", "supervisor_email"),
            Fieldset(
                _("Your project"),
                "project_title",
                "project_kind",
                "synopsis",
                Div(
                    Div("crew_size", css_class="col-sm-4"),
                    Div("minors_involved", css_class="col-sm-8 pt-sm-4"),
                    css_class="row",
                ),
            ),
            Fieldset(
                _("Dates"),
                Div(
                    Div(Field("shoot_start", css_class="js-date"), css_class="col-sm-6"),
                    Div(Field("shoot_end", css_class="js-date"), css_class="col-sm-6"),
                    css_class="row",
                ),
                Div(
                    Div("prep_days", css_class="col-sm-6"),
                    Div("strike_days", css_class="col-sm-6"),
                    css_class="row",
                ),
            ),
            Fieldset(
                _("What you would like to use"),
                Div("facilities", css_class="js-facilities"),
                HTML('<div class="js-clash-notice" aria-live="polite"></div>'),
                "collection_categories",
                "costumes_props_notes",
            ),
            Fieldset(_("Proof of enrolment"), "letter", "kept_letter"),
            "accept_rules",
            spam_layout(),
        )
        return helper

    def clean_student_phone(self) -> str:
        phone = self.cleaned_data["student_phone"].strip()
        if not PHONE.match(phone):
            raise ValidationError(
                _("Enter a phone number with its country code, for example +212 6 12 34 56 78.")
            )
        return phone

    def clean(self) -> dict:
        cleaned = super().clean()
        self._clean_dates(cleaned)
        if not (
            cleaned.get("facilities")
            or cleaned.get("collection_categories")
            or cleaned.get("costumes_props_notes")
        ):
            self.add_error(
                "facilities", _("Choose at least one facility, or tell us which costumes and props you need.")
            )
        self._clean_letter(cleaned)
        return cleaned

    def _clean_dates(self, cleaned: dict) -> None:
        start, end = cleaned.get("shoot_start"), cleaned.get("shoot_end")
        if not (start and end):
            return
        if end < start:
            self.add_error("shoot_end", _("The last shooting day cannot come before the first."))
            return
        first = start - timedelta(days=cleaned.get("prep_days") or 0)
        last = end + timedelta(days=cleaned.get("strike_days") or 0)
        today = timezone.localdate()
        if first < today + timedelta(days=LEAD_TIME_DAYS):
            self.add_error(
                "shoot_start",
                ngettext(
                    "Please ask at least %(days)s day ahead, preparation days included: from %(date)s on.",
                    "Please ask at least %(days)s days ahead, preparation days included: from %(date)s on.",
                    LEAD_TIME_DAYS,
                )
                % {
                    "days": LEAD_TIME_DAYS,
                    "date": date_format(today + timedelta(days=LEAD_TIME_DAYS), "j F Y"),
                },
            )
            return
        if first > today + timedelta(days=HORIZON_DAYS):
            self.add_error("shoot_start", _("We take requests up to a year ahead. Please ask again later."))
            return
        if (last - first).days + 1 > MAX_SPAN_DAYS:
            self.add_error(
                "shoot_end",
                ngettext(
                    "A request covers at most %(days)s day, preparation and strike included.",
                    "A request covers at most %(days)s days, preparation and strike included.",
                    MAX_SPAN_DAYS,
                )
                % {"days": MAX_SPAN_DAYS},
            )
            return
        facilities = list(cleaned.get("facilities") or [])
        if facilities:
            self.clashes = facility_clashes(facilities, first, last)
        if self.clashes and not cleaned.get("accept_clash"):
            self.add_error(
                None,
                ValidationError(
                    _(
                        "Some of the facilities you chose are already booked on some of your days. "
                        "Change your dates or facilities, or tick the box to send the request anyway."
                    ),
                    code="clash",
                ),
            )

    def _clean_letter(self, cleaned: dict) -> None:
        if cleaned.get("letter") or "letter" in self._errors:
            return
        self.kept = self._kept_letter()
        if self.kept is None:
            self.add_error("letter", _("Attach your proof of enrolment or the letter from your school."))

    def _kept_letter(self) -> dict | None:
        """The letter sent with an earlier try of this form, if its signed note is valid."""
        token = self.data.get(self.add_prefix("kept_letter"), "")
        if not token:
            return None
        try:
            kept = signing.loads(token, salt=KEPT_SALT, max_age=KEPT_MAX_AGE)
        except signing.BadSignature:
            return None
        name = kept.get("name", "") if isinstance(kept, dict) else ""
        if not name.startswith(KEPT_FOLDER) or ".." in name or not private_storage.exists(name):
            return None
        return kept

    def full_clean(self) -> None:
        super().full_clean()
        if (
            self.is_bound
            and self._errors
            and not self._refused_as_spam()
            and isinstance(self.cleaned_data.get("letter"), UploadedFile)
        ):
            self._keep_letter(self.cleaned_data["letter"])
        if self.kept:
            note = _("We kept “%(name)s” from your last try: choose a file only to replace it.") % {
                "name": self.kept["filename"]
            }
            # The bound field copied the help text when it was made during cleaning.
            self.fields["letter"].help_text = self["letter"].help_text = note
            self.fields["letter"].widget.attrs.pop("aria-required", None)

    def _refused_as_spam(self) -> bool:
        """Whether a spam rule refused the post: a bot's letters are not worth keeping on disk."""
        return any(self.has_error(NON_FIELD_ERRORS, code) for code in SPAM_CODES)

    def _keep_letter(self, upload: UploadedFile) -> None:
        """Store a checked letter while the student fixes other fields, so it need not be chosen again."""
        name = private_storage.save(KEPT_FOLDER + upload.name, upload)
        self.kept = {"name": name, "filename": upload.name}
        self.data = self.data.copy()
        self.data[self.add_prefix("kept_letter")] = signing.dumps(self.kept, salt=KEPT_SALT)

    def attach_letter(self, student_request: StudentRequest) -> None:
        """Put the new or kept letter on the request before it is saved."""
        upload = self.cleaned_data.get("letter")
        if isinstance(upload, UploadedFile):
            student_request.enrolment_proof = upload
            student_request.enrolment_proof_name = upload.name
        elif self.kept:
            student_request.enrolment_proof.name = self.kept["name"]
            student_request.enrolment_proof_name = self.kept["filename"]


class DecisionForm(forms.Form):
    """What staff choose for a student's request."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (StudentRequest.Status.APPROVED, _("Approve: book the facilities on these dates")),
            (StudentRequest.Status.WAITLISTED, _("Waitlist")),
            (StudentRequest.Status.DECLINED, _("Decline")),
            (StudentRequest.Status.CANCELLED, _("Cancel (frees any booked days)")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Message to the student"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required to decline. Sent to the student and the supervising teacher."),
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        if (
            cleaned.get("decision") == StudentRequest.Status.DECLINED
            and not cleaned.get("reason", "").strip()
        ):
            self.add_error("reason", _("Say why the request is declined: the student reads it."))
        return cleaned
