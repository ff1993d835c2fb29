"""The back office: every registered model's pages, the branding, the company profile and the outbox."""

import importlib
from pathlib import Path

import factory
import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db.models import Model
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from kfilms.models import PendingEmail
from kfilms.outbox import STALE_CLAIM
from tests.admin_forms import change_form_data
from tests.images import image_upload
from tests.kfilms.factories import CompanyFactory, PendingEmailFactory

REGISTERED = sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)
MODEL_IDS = [model._meta.label for model, __ in REGISTERED]
AUTOCOMPLETE_FIELDS = [
    (model, field_name) for model, model_admin in REGISTERED for field_name in model_admin.autocomplete_fields
]


def _project_factories() -> dict[type[Model], type[factory.django.DjangoModelFactory]]:
    """Every model factory in tests/*/factories.py, by the model it makes."""
    found = {}
    for path in sorted(Path(__file__).parent.parent.glob("*/factories.py")):
        module = importlib.import_module(f"tests.{path.parent.name}.factories")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, factory.django.DjangoModelFactory)
                and value._meta.model is not None
            ):
                found.setdefault(value._meta.model, value)
    return found


def make_instance(model: type[Model], user) -> Model:
    """One saved row of the model, from its factory (Django's own models are made here)."""
    if model._meta.label == "auth.User":
        return user
    if model is Group:
        return Group.objects.create(name="Testers")
    factories = _project_factories()
    if model in factories:
        return factories[model].create()
    # Rows a data migration made (rules seeded from public sources) serve as well.
    existing = model._default_manager.order_by("pk").first()
    if existing is None:
        pytest.fail(
            f"No factory for {model._meta.label}: add one to tests/{model._meta.app_label}/factories.py "
            "so its admin pages are tested."
        )
    return existing


def admin_url(model: type[Model], view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "model_admin"), REGISTERED, ids=MODEL_IDS)
class TestEveryRegisteredModel:
    def test_changelist_and_search_load(self, staff_client, staff_user, model, model_admin):
        make_instance(model, staff_user)
        assert staff_client.get(admin_url(model, "changelist")).status_code == 200
        # A wrong name in search_fields only fails when someone searches.
        assert staff_client.get(admin_url(model, "changelist"), {"q": "a"}).status_code == 200

    def test_add_page_loads_unless_adding_is_refused(self, staff_client, staff_user, model, model_admin):
        request = RequestFactory().get("/")
        request.user = staff_user
        response = staff_client.get(admin_url(model, "add"))
        assert response.status_code == (200 if model_admin.has_add_permission(request) else 403)

    def test_change_page_loads(self, staff_client, staff_user, model, model_admin):
        instance = make_instance(model, staff_user)
        response = staff_client.get(admin_url(model, "change", instance.pk))
        assert response.status_code == 200
        assert response.context["original"] == instance

    def test_anonymous_is_sent_to_the_login(self, client, model, model_admin):
        login = reverse("admin:login")
        # The login check comes before the row is looked up: any id will do.
        for url in (admin_url(model, "changelist"), admin_url(model, "add"), admin_url(model, "change", 1)):
            response = client.get(url)
            assert response.status_code == 302
            assert response["Location"].startswith(f"{login}?next=")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "field_name"),
    AUTOCOMPLETE_FIELDS,
    ids=[f"{model._meta.label}.{field_name}" for model, field_name in AUTOCOMPLETE_FIELDS],
)
def test_autocomplete_fields_find_their_rows(staff_client, staff_user, model, field_name):
    target = make_instance(model._meta.get_field(field_name).remote_field.model, staff_user)
    response = staff_client.get(
        reverse("admin:autocomplete"),
        {"app_label": model._meta.app_label, "model_name": model._meta.model_name, "field_name": field_name},
    )
    assert response.status_code == 200
    assert str(target.pk) in [item["id"] for item in response.json()["results"]]


def test_the_catalogue_models_are_registered():
    labels = set(MODEL_IDS)
    expected = {
        "kfilms.Company",
        "kfilms.TeamMember",
        "kfilms.Partner",
        "kfilms.PressMention",
        "kfilms.PendingEmail",
        "studios.Studio",
        "studios.Facility",
        "studios.Collection",
        "productions.Client",
        "productions.Production",
    }
    assert expected <= labels


@pytest.mark.django_db
def test_admin_is_branded_and_links_to_the_site(staff_client):
    response = staff_client.get(reverse("admin:index"))
    content = response.content.decode()
    assert "<title>Catalogue and enquiries | K Films back office</title>" in content
    assert "K Films back office</a>" in content
    assert "css/admin.css" in content
    assert f'href="{reverse("kfilms:home")}">View site</a>' in content


@pytest.mark.django_db
def test_login_page_is_branded(client):
    response = client.get(reverse("admin:login"))
    assert "K Films back office" in response.content.decode()
    assert "css/admin.css" in response.content.decode()


@pytest.mark.django_db
def test_company_profile_cannot_be_added_twice(staff_client):
    assert staff_client.get(reverse("admin:kfilms_company_add")).status_code == 200
    company = CompanyFactory()
    assert staff_client.get(reverse("admin:kfilms_company_add")).status_code == 403
    changelist = staff_client.get(reverse("admin:kfilms_company_changelist")).content.decode()
    assert reverse("admin:kfilms_company_add") not in changelist
    assert reverse("admin:kfilms_company_change", args=[company.pk]) in changelist


@pytest.mark.django_db
def test_company_key_figures_are_edited_inline(staff_client):
    company = CompanyFactory()
    response = staff_client.get(reverse("admin:kfilms_company_change", args=[company.pk]))
    assert [inline.formset.prefix for inline in response.context["inline_admin_formsets"]] == ["key_figures"]


@pytest.mark.django_db
def test_ceo_photo_needs_alt_text(staff_client):
    company = CompanyFactory()
    url = reverse("admin:kfilms_company_change", args=[company.pk])
    data = change_form_data(staff_client, url)
    data["ceo_photo"] = image_upload("ceo.jpg")
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert "Describe the photo for people who cannot see it." in response.content.decode()
    company.refresh_from_db()
    assert not company.ceo_photo


class BrokenBackend(BaseEmailBackend):
    """An SMTP server that refuses every message."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("SMTP server down")


def retry(client, emails: list[PendingEmail]):
    return client.post(
        reverse("admin:kfilms_pendingemail_changelist"),
        {"action": "retry", "_selected_action": [email.pk for email in emails]},
        follow=True,
    )


@pytest.mark.django_db
def test_retry_sends_pending_emails_and_never_resends_a_sent_one(staff_client):
    pending = PendingEmailFactory(attempts=1, last_error="ConnectionRefusedError")
    sent = PendingEmailFactory(status=PendingEmail.Status.SENT, attempts=1)

    response = retry(staff_client, [pending, sent])

    assert [message.subject for message in mail.outbox] == [pending.subject]
    pending.refresh_from_db()
    assert pending.status == PendingEmail.Status.SENT
    assert pending.attempts == 2
    messages = [str(message) for message in response.context["messages"]]
    assert messages == ["1 email sent.", "1 email was skipped: already sent or being sent."]


@pytest.mark.django_db
def test_retry_that_fails_keeps_the_email_pending_and_says_so(staff_client, settings):
    settings.EMAIL_BACKEND = "tests.kfilms.test_admin.BrokenBackend"
    email = PendingEmailFactory()

    response = retry(staff_client, [email])

    email.refresh_from_db()
    assert email.status == PendingEmail.Status.PENDING
    assert email.attempts == 1
    assert "SMTP server down" in email.last_error
    messages = [str(message) for message in response.context["messages"]]
    assert messages == ["1 email could not be sent and stays pending; see its last error."]


@pytest.mark.django_db
def test_retry_frees_a_send_that_died_but_not_one_in_progress(staff_client):
    stale = PendingEmailFactory(
        status=PendingEmail.Status.SENDING, claimed_at=timezone.now() - STALE_CLAIM * 2
    )
    in_progress = PendingEmailFactory(status=PendingEmail.Status.SENDING, claimed_at=timezone.now())

    retry(staff_client, [stale, in_progress])

    assert [message.subject for message in mail.outbox] == [stale.subject]
    in_progress.refresh_from_db()
    assert in_progress.status == PendingEmail.Status.SENDING


@pytest.mark.django_db
def test_outbox_is_read_only(staff_client):
    email = PendingEmailFactory()
    url = reverse("admin:kfilms_pendingemail_change", args=[email.pk])
    page = staff_client.get(url).content.decode()
    assert email.subject in page
    assert 'name="_save"' not in page
    assert staff_client.post(url, {"subject": "Changed"}).status_code == 403
    assert staff_client.get(reverse("admin:kfilms_pendingemail_delete", args=[email.pk])).status_code == 403
    email.refresh_from_db()
    assert email.subject != "Changed"
