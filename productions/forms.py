"""The public forms of productions: the shoot enquiry and the rebate estimator."""

import re
import secrets
from datetime import date
from decimal import Decimal
from typing import Any

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Column, Div, Field, Fieldset, Layout, Row, Submit
from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.http import QueryDict
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from kfilms.spam import RateLimit, SpamProtectionMixin, spam_layout
from kfilms.uploads import PdfField
from kfilms.validators import BoundedModelMultipleChoiceField, validate_project_date
from studios.models import Facility

from .models import Currency, Production, ShootEnquiry
from .rebate import RebateQuery, days_phrase

ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
MAX_DAYS = 1000
MAX_CREW = 5000
# Generous for a production company sending a few projects, tight for a script.
ENQUIRY_RATE_LIMIT = RateLimit(scope="enquiry", limit=5, window=60 * 60)


SUBMISSION_KEY = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


def submission_key_new() -> str:
    """A fresh key for one rendering of the enquiry form."""
    return secrets.token_urlsafe(32)


class DateInput(forms.DateInput):
    """The browser's date picker; ISO values are what it reads and sends."""

    input_type = "date"

    def __init__(self, **kwargs) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class EnquiryForm(SpamProtectionMixin, forms.ModelForm):
    """A producer's shoot enquiry: contact, project, dates, crew, needs, spend, attachment, consent."""

    rate_limit = ENQUIRY_RATE_LIMIT

    services = forms.MultipleChoiceField(
        label=_("Services you need"),
        choices=ShootEnquiry.Service.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    facilities = BoundedModelMultipleChoiceField(
        label=_("Facilities at Oasis Studios"),
        queryset=Facility.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    attachment = PdfField(
        label=_("Attachment (PDF, 10 MB at most)"),
        max_bytes=ATTACHMENT_MAX_BYTES,
        required=False,
        help_text=_("A script, a treatment or a schedule, if you have one to share."),
    )
    # Generated at each rendering of the form and sent back with it: the same form sent twice is one enquiry.
    submission_key = forms.CharField(
        widget=forms.HiddenInput, required=False, initial=submission_key_new, max_length=64
    )
    consent = forms.BooleanField(
        label=_("I agree that K Films keeps these details to answer my enquiry, as the privacy notice says."),
        error_messages={"required": _("Please accept the privacy notice so that we may answer you.")},
    )

    class Meta:
        model = ShootEnquiry
        fields = [
            "name",
            "company",
            "role",
            "email",
            "phone",
            "country",
            "title",
            "kind",
            "logline",
            "format",
            "stage",
            "prep_start",
            "shoot_start",
            "shoot_end",
            "shooting_days",
            "set_building_days",
            "foreign_crew_size",
            "local_crew_size",
            "facilities",
            "locations",
            "services",
            "spend_amount",
            "spend_currency",
            "rebate_interest",
            "heard_from",
        ]
        labels = {
            "name": _("Your name"),
            "role": _("Your role"),
            "rebate_interest": _("I am interested in Morocco's cash rebate"),
            "heard_from": _("How did you hear of us?"),
            "locations": _("Locations or looks you have in mind"),
        }
        help_texts = {
            "shooting_days": _("Days of shooting in Morocco."),
            "set_building_days": _("Days of building sets in Morocco, if any."),
            "spend_amount": _("A rough figure is fine; it gives you a rebate estimate."),
            "locations": _("For example: a medina, desert dunes, a mountain village, a modern city."),
        }
        widgets = {
            "prep_start": DateInput(),
            "shoot_start": DateInput(),
            "shoot_end": DateInput(),
            "logline": forms.Textarea(attrs={"rows": 3}),
            "locations": forms.Textarea(attrs={"rows": 3}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "company": forms.TextInput(attrs={"autocomplete": "organization"}),
            "role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "country": forms.TextInput(attrs={"autocomplete": "country-name"}),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["facilities"].queryset = (
            Facility.objects.published().available().order_by("order", "name")
        )
        self.fields["spend_amount"].validators.append(
            MinValueValidator(0, message=_("The spend cannot be negative."))
        )
        for name, limit in [
            ("shooting_days", MAX_DAYS),
            ("set_building_days", MAX_DAYS),
            ("foreign_crew_size", MAX_CREW),
            ("local_crew_size", MAX_CREW),
        ]:
            self.fields[name].widget.attrs.update({"min": 0, "max": limit})
            self.fields[name].validators.append(MaxValueValidator(limit))
        self.fields["shooting_days"].widget.attrs["min"] = 1
        self.fields["spend_amount"].widget.attrs.update({"min": 0, "step": "any"})
        self.fields["kind"].choices = [("", _("Choose…")), *Production.Kind.choices]
        self.fields["stage"].choices = [("", _("Choose…")), *ShootEnquiry.Stage.choices]
        self.fields["heard_from"].choices = [("", _("Choose…")), *ShootEnquiry.Source.choices]
        self.fields["set_building_days"].required = False
        for name in ("prep_start", "shoot_start", "shoot_end"):
            self.fields[name].validators.append(validate_project_date)
        self.helper = self._helper()

    def _helper(self) -> FormHelper:
        helper = FormHelper()
        helper.form_tag = False
        helper.layout = Layout(
            Fieldset(
                _("About you"),
                Row(Column("name", css_class="col-md-6"), Column("company", css_class="col-md-6")),
                Row(Column("role", css_class="col-md-6"), Column("country", css_class="col-md-6")),
                Row(Column("email", css_class="col-md-6"), Column("phone", css_class="col-md-6")),
            ),
            Fieldset(
                _("The project"),
                "title",
                Row(Column("kind", css_class="col-md-6"), Column("stage", css_class="col-md-6")),
                "logline",
                "format",
            ),
            Fieldset(
                _("Dates"),
                Row(
                    Column("prep_start", css_class="col-md-4"),
                    Column("shoot_start", css_class="col-md-4"),
                    Column("shoot_end", css_class="col-md-4"),
                ),
                Row(
                    Column("shooting_days", css_class="col-md-6"),
                    Column("set_building_days", css_class="col-md-6"),
                ),
            ),
            Fieldset(
                _("Crew"),
                Row(
                    Column("foreign_crew_size", css_class="col-md-6"),
                    Column("local_crew_size", css_class="col-md-6"),
                ),
            ),
            Fieldset(
                _("What you need"),
                Div(Field("services"), css_class="enquiry-choices"),
                Div(Field("facilities"), css_class="enquiry-choices"),
                "locations",
            ),
            Fieldset(
                _("Budget and rebate"),
                Row(
                    Column("spend_amount", css_class="col-md-8"),
                    Column("spend_currency", css_class="col-md-4"),
                ),
                "rebate_interest",
            ),
            Fieldset(_("Anything else"), "attachment", "heard_from"),
            spam_layout(),
            "submission_key",
            HTML(
                format_html(
                    '<p class="enquiry-privacy-link"><a href="#privacy">{}</a></p>',
                    _("Read the privacy notice"),
                )
            ),
            "consent",
            Submit("submit", _("Send the enquiry"), css_class="btn btn-primary btn-lg"),
        )
        return helper

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        today = timezone.localdate()
        prep, start, end = (cleaned.get(name) for name in ("prep_start", "shoot_start", "shoot_end"))
        for name, day in (("prep_start", prep), ("shoot_start", start), ("shoot_end", end)):
            if day and day <= today:
                self.add_error(name, _("Please give a date in the future."))
        if start and end and end < start:
            self.add_error("shoot_end", _("The shoot cannot end before it starts."))
        if prep and start and prep > start:
            self.add_error("prep_start", _("Preparation should start before the shoot."))
        if cleaned.get("set_building_days") is None and "set_building_days" not in self._errors:
            cleaned["set_building_days"] = 0
        days = cleaned.get("shooting_days")
        if days is not None and days < 1:
            self.add_error("shooting_days", _("Please give at least one shooting day."))
        if days and start and end and end >= start and days > (end - start).days + 1:
            self.add_error(
                "shooting_days",
                ngettext(
                    "%(days)s shooting day does not fit between the start and end of the shoot (%(span)s).",
                    "%(days)s shooting days do not fit between the start and end of the shoot (%(span)s).",
                    days,
                )
                % {"days": days, "span": days_phrase((end - start).days + 1)},
            )
        return cleaned

    def clean_submission_key(self) -> str | None:
        # A form from before the key existed, or a mangled key: saved without one rather than refused.
        key = self.cleaned_data.get("submission_key") or ""
        return key if SUBMISSION_KEY.match(key) else None

    def full_clean(self) -> None:
        super().full_clean()
        # Browsers do not send a file back with a form shown again: say so beside the field.
        file_lost = self.is_bound and self._errors and self.files.get(self.add_prefix("attachment"))
        if file_lost and "attachment" not in self._errors:
            self.add_error(
                "attachment", _("Please choose your file again: files are not kept when the form has errors.")
            )

    def enquiry_fields(self) -> dict[str, Any]:
        """The enquiry's own fields, for enquiry_submit (relations and the file go separately)."""
        skip = {"facilities", "attachment", "consent", "submission_key"}
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name in self._meta.fields and name not in skip
        }


class RebateEstimateForm(forms.Form):
    """The estimator's questions; a GET form, so it works without JavaScript."""

    spend = forms.DecimalField(
        label=_("Estimated spend in Morocco"),
        min_value=0,
        max_digits=14,
        decimal_places=2,
        widget=forms.NumberInput(attrs={"min": 0, "step": "any", "inputmode": "decimal"}),
    )
    currency = forms.ChoiceField(label=_("Currency"), choices=Currency.choices, initial=Currency.USD)
    format = forms.ChoiceField(
        label=_("Format"), choices=Production.Kind.choices, initial=Production.Kind.FEATURE
    )
    shooting_days = forms.IntegerField(
        label=_("Shooting days in Morocco"), min_value=0, max_value=MAX_DAYS, initial=20
    )
    set_building_days = forms.IntegerField(
        label=_("Set-building days"), min_value=0, max_value=MAX_DAYS, initial=0, required=False
    )
    shoot_start = forms.DateField(
        label=_("First shooting day"),
        required=False,
        widget=DateInput(),
        validators=[validate_project_date],
        help_text=_("Gives the procedure's dates."),
    )

    def query(self) -> RebateQuery:
        data = self.cleaned_data
        return RebateQuery(
            spend=data["spend"],
            currency=data["currency"],
            format=data["format"],
            shooting_days=data["shooting_days"],
            set_building_days=data.get("set_building_days") or 0,
            shoot_start=data.get("shoot_start"),
        )

    @classmethod
    def from_query(cls, params: QueryDict) -> "RebateEstimateForm":
        """Bound when the page was asked with any of the estimator's fields, unbound otherwise."""
        return cls(params if any(name in params for name in cls.base_fields) else None)


def enquiry_initial(params: QueryDict) -> dict[str, Any]:
    """Pre-fill an enquiry from the estimator's figures, when they are valid."""
    form = RebateEstimateForm.from_query(params)
    if not form.is_bound or not form.is_valid():
        return {}
    data = form.cleaned_data
    initial: dict[str, Any] = {
        "spend_amount": data["spend"] if data["spend"] != Decimal(0) else None,
        "spend_currency": data["currency"],
        "kind": data["format"],
        "shooting_days": data["shooting_days"] or None,
        "set_building_days": data.get("set_building_days") or 0,
        "rebate_interest": True,
    }
    start: date | None = data.get("shoot_start")
    if start and start > timezone.localdate():
        initial["shoot_start"] = start
    return {key: value for key, value in initial.items() if value is not None}
