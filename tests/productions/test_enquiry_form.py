"""The enquiry form's rules: each bad input gets a clear message beside its field."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from productions.forms import ATTACHMENT_MAX_BYTES, EnquiryForm, enquiry_initial
from tests.productions.factories import enquiry_form_data
from tests.studios.factories import FacilityFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n%%EOF\n"


def form(files: dict | None = None, **overrides) -> EnquiryForm:
    return EnquiryForm(enquiry_form_data(**overrides), files or {})


def days_from_today(days: int) -> str:
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def test_a_complete_enquiry_is_valid():
    bound = form()
    assert bound.is_valid(), bound.errors
    assert bound.cleaned_data["services"] == ["line_production", "studio"]


def test_only_the_required_fields_are_enough():
    data = enquiry_form_data()
    for optional in [
        "role",
        "phone",
        "format",
        "prep_start",
        "set_building_days",
        "foreign_crew_size",
        "local_crew_size",
        "locations",
        "spend_amount",
        "heard_from",
    ]:
        data[optional] = ""
    del data["services"], data["rebate_interest"]
    bound = EnquiryForm(data)
    assert bound.is_valid(), bound.errors
    assert bound.enquiry_fields()["set_building_days"] == 0


@pytest.mark.parametrize(
    "field", ["name", "company", "email", "country", "title", "kind", "logline", "stage"]
)
def test_required_fields_are_asked_for(field):
    bound = form(**{field: ""})
    assert not bound.is_valid()
    assert field in bound.errors


@pytest.mark.parametrize("field", ["shoot_start", "prep_start"])
def test_dates_must_be_in_the_future(field):
    bound = form(**{field: days_from_today(0)})
    assert not bound.is_valid()
    assert bound.errors[field] == ["Please give a date in the future."]


def test_the_shoot_cannot_end_before_it_starts():
    bound = form(shoot_start=days_from_today(60), shoot_end=days_from_today(59))
    assert not bound.is_valid()
    assert bound.errors["shoot_end"] == ["The shoot cannot end before it starts."]


def test_preparation_comes_before_the_shoot():
    bound = form(
        prep_start=days_from_today(61), shoot_start=days_from_today(60), shoot_end=days_from_today(70)
    )
    assert not bound.is_valid()
    assert "prep_start" in bound.errors


def test_shooting_days_must_fit_between_the_dates():
    # 60..69 is ten calendar days: ten shooting days fit, eleven do not.
    fits = form(shoot_start=days_from_today(60), shoot_end=days_from_today(69), shooting_days="10")
    assert fits.is_valid(), fits.errors
    bound = form(shoot_start=days_from_today(60), shoot_end=days_from_today(69), shooting_days="11")
    assert not bound.is_valid()
    assert "do not fit" in bound.errors["shooting_days"][0]


@pytest.mark.parametrize("value", ["0", "-3"])
def test_at_least_one_shooting_day(value):
    assert "shooting_days" in form(shooting_days=value).errors


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("spend_amount", "-1"),
        ("set_building_days", "-1"),
        ("foreign_crew_size", "-5"),
        ("local_crew_size", "100000"),
        ("shooting_days", "5000"),
    ],
)
def test_amounts_and_counts_must_be_sensible(field, value):
    assert field in form(**{field: value}).errors


def test_a_negative_spend_says_so():
    assert form(spend_amount="-1").errors["spend_amount"] == ["The spend cannot be negative."]


@pytest.mark.parametrize("email", ["not-an-email", "ana@", "@example.com"])
def test_the_email_must_be_valid(email):
    assert "email" in form(email=email).errors


def test_consent_is_required_with_a_clear_message():
    data = enquiry_form_data()
    del data["consent"]
    bound = EnquiryForm(data)
    assert bound.errors["consent"] == ["Please accept the privacy notice so that we may answer you."]


def test_unknown_choices_are_refused():
    bound = form(kind="opera", services=["catering"], spend_currency="XYZ")
    assert {"kind", "services", "spend_currency"} <= set(bound.errors)


def test_only_published_available_facilities_can_be_chosen():
    stage = FacilityFactory(name="Stage")
    planned = FacilityFactory(name="New stage", status="planned")
    hidden = FacilityFactory(name="Hidden", is_published=False)
    assert list(EnquiryForm().fields["facilities"].queryset) == [stage]
    bound = form(facilities=[str(planned.pk), str(hidden.pk)])
    assert "facilities" in bound.errors


def test_a_pdf_attachment_is_accepted():
    bound = form(files={"attachment": SimpleUploadedFile("script.pdf", PDF, "application/pdf")})
    assert bound.is_valid(), bound.errors


def test_an_attachment_that_is_not_a_pdf_is_refused_whatever_its_name():
    fake = SimpleUploadedFile("script.pdf", b"MZ\x90\x00 an executable", "application/pdf")
    bound = form(files={"attachment": fake})
    assert not bound.is_valid()
    assert "not a PDF" in bound.errors["attachment"][0]


def test_an_attachment_over_10_mb_is_refused():
    big = SimpleUploadedFile("script.pdf", PDF + b"0" * ATTACHMENT_MAX_BYTES, "application/pdf")
    bound = form(files={"attachment": big})
    assert "limit is 10.0\xa0MB" in bound.errors["attachment"][0]


def test_a_form_with_errors_asks_for_the_file_again():
    pdf = SimpleUploadedFile("script.pdf", PDF, "application/pdf")
    bound = form(files={"attachment": pdf}, email="nope")
    assert not bound.is_valid()
    assert bound.errors["attachment"] == [
        "Please choose your file again: files are not kept when the form has errors."
    ]


def test_enquiry_fields_leave_out_the_relations_and_spam_fields():
    bound = form()
    assert bound.is_valid()
    fields = bound.enquiry_fields()
    assert not {"facilities", "attachment", "consent", "website", "started"} & set(fields)
    assert fields["title"] == "Sand and Stars"


def test_estimator_figures_prefill_the_enquiry():
    from django.http import QueryDict

    start = days_from_today(100)
    params = QueryDict(
        f"spend=2000000&currency=EUR&format=feature&shooting_days=20&set_building_days=5&shoot_start={start}"
    )
    initial = enquiry_initial(params)
    assert initial["spend_currency"] == "EUR"
    assert initial["kind"] == "feature"
    assert initial["shooting_days"] == 20
    assert initial["shoot_start"].isoformat() == start


def test_bad_estimator_figures_prefill_nothing():
    from django.http import QueryDict

    assert enquiry_initial(QueryDict("spend=lots&currency=USD&format=feature&shooting_days=2")) == {}
