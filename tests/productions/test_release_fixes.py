"""The release review's findings on enquiries: no 500s in the inbox, the workflow, permissions, duplicates."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import IntegrityError, transaction
from django.urls import reverse

from kfilms.groups import ENQUIRY_HANDLERS
from kfilms.models import PendingEmail
from productions.forms import EnquiryForm
from productions.models import Client, EnquiryStatusChange, Production, ShootEnquiry
from productions.services import TransitionRefused, enquiry_status_set, enquiry_submit, enquiry_to_production
from tests.productions.factories import ShootEnquiryFactory, enquiry_form_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:productions_shootenquiry_changelist")
CREATE = reverse("productions:enquiry-create")
THANKS = reverse("productions:enquiry-thanks")
Status = ShootEnquiry.Status


@pytest.fixture
def handler(django_user_model):
    user = django_user_model.objects.create_user("handler", password="pass-12345", is_staff=True)
    user.groups.add(Group.objects.get(name=ENQUIRY_HANDLERS))
    return user


@pytest.fixture
def handler_client(client, handler):
    client.force_login(handler)
    return client


@pytest.fixture
def handler_without_catalogue_rights(handler):
    """A handler whose group was set up without the right to add productions or clients."""
    group = Group.objects.get(name=ENQUIRY_HANDLERS)
    group.permissions.remove(
        *Permission.objects.filter(
            content_type__app_label="productions", codename__in=["add_production", "add_client"]
        )
    )
    return handler


def test_enquiry_handlers_may_make_a_production_of_a_confirmed_enquiry(handler_client):
    enquiry = ShootEnquiryFactory(status=Status.CONFIRMED, company="Desert Pictures")
    handler_client.post(CHANGELIST, {"action": "make_production", "_selected_action": [enquiry.pk]})
    production = Production.objects.get()
    assert production.client.name == "Desert Pictures"
    assert production.is_published is False


def grant(user, *codenames: str) -> None:
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="productions", codename__in=codenames)
    )


# The inbox's answers to bad addresses


@pytest.mark.parametrize("object_id", ["abc", "99999999999999999999999", "0"])
def test_an_attachment_url_with_a_bad_id_is_a_404(handler_client, object_id):
    response = handler_client.get(f"/admin/productions/shootenquiry/{object_id}/attachment/")
    assert response.status_code == 404


@pytest.mark.parametrize("month", ["99999999999999999999-1", "2026-13", "2026-1", "abc", "2026-01-01"])
def test_a_bad_shoot_month_is_not_a_500(handler_client, month):
    ShootEnquiryFactory()
    response = handler_client.get(CHANGELIST, {"shoot_month": month})
    # The admin answers an invalid lookup by sending the list back with ?e=1, as for its own filters.
    assert response.status_code == 302
    assert "e=1" in response["Location"]


def test_a_good_shoot_month_filters(handler_client):
    enquiry = ShootEnquiryFactory()
    other = ShootEnquiryFactory(shoot_start=enquiry.shoot_start.replace(year=enquiry.shoot_start.year + 1))
    other.shoot_end = other.shoot_start
    other.save()
    response = handler_client.get(CHANGELIST, {"shoot_month": enquiry.shoot_start.strftime("%Y-%m")})
    assert response.status_code == 200
    assert enquiry.reference in response.content.decode()
    assert other.reference not in response.content.decode()


# The workflow


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (Status.NEW, Status.QUOTED),
        (Status.NEW, Status.CONFIRMED),
        (Status.IN_REVIEW, Status.NEW),
        (Status.DECLINED, Status.IN_REVIEW),
        (Status.CONFIRMED, Status.WITHDRAWN),
        (Status.WITHDRAWN, Status.NEW),
    ],
)
def test_the_workflow_refuses_moves_it_does_not_allow(before, after):
    enquiry = ShootEnquiryFactory(status=before)
    with pytest.raises(TransitionRefused):
        enquiry_status_set(enquiry=enquiry, status=after, by=None)
    enquiry.refresh_from_db()
    assert enquiry.status == before
    assert not EnquiryStatusChange.objects.exists()


def test_a_status_change_is_a_save_with_signals(handler):
    from django.db.models.signals import post_save

    enquiry = ShootEnquiryFactory(status=Status.NEW)
    seen = []

    def receiver(sender, instance, update_fields, **kwargs):
        seen.append((instance.pk, instance.status, set(update_fields or ())))

    post_save.connect(receiver, sender=ShootEnquiry)
    try:
        assert enquiry_status_set(enquiry=enquiry, status=Status.IN_REVIEW, by=handler)
    finally:
        post_save.disconnect(receiver, sender=ShootEnquiry)
    assert seen == [(enquiry.pk, Status.IN_REVIEW, {"status", "updated_at"})]


def test_a_bulk_action_changes_the_rows_it_may_and_says_which_it_refused(handler_client, handler):
    movable = ShootEnquiryFactory(status=Status.IN_REVIEW)
    closed = ShootEnquiryFactory(status=Status.DECLINED)
    fresh = ShootEnquiryFactory(status=Status.NEW)
    response = handler_client.post(
        CHANGELIST,
        {"action": "mark_quoted", "_selected_action": [movable.pk, closed.pk, fresh.pk]},
        follow=True,
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "1 enquiry is now “Quoted”." in content
    assert f"{closed.reference} cannot go from “Declined” to “Quoted”." in content
    assert f"{fresh.reference} cannot go from “New” to “Quoted”." in content
    assert set(ShootEnquiry.objects.filter(status=Status.QUOTED)) == {movable}
    assert EnquiryStatusChange.objects.get().changed_by == handler


def test_the_change_form_offers_only_the_allowed_statuses(handler_client):
    enquiry = ShootEnquiryFactory(status=Status.IN_REVIEW)
    page = handler_client.get(reverse("admin:productions_shootenquiry_change", args=[enquiry.pk]))
    select = re.search(r'<select name="status".*?</select>', page.content.decode(), re.S).group(0)
    offered = set(re.findall(r'<option value="(\w+)"', select))
    assert offered == {"in_review", "quoted", "declined", "withdrawn"}


# Making a production


def test_handlers_without_add_production_get_no_action_and_no_button(
    handler_without_catalogue_rights, handler_client
):
    enquiry = ShootEnquiryFactory(status=Status.CONFIRMED)
    page = handler_client.get(CHANGELIST).content.decode()
    assert 'value="make_production"' not in page
    change = handler_client.get(reverse("admin:productions_shootenquiry_change", args=[enquiry.pk]))
    assert 'name="_make_production"' not in change.content.decode()
    assert "A user who may add productions" in change.content.decode()
    response = handler_client.post(
        CHANGELIST, {"action": "make_production", "_selected_action": [enquiry.pk]}
    )
    assert not Production.objects.exists()
    assert response.status_code in (200, 302)


def test_the_change_page_button_is_refused_without_add_production(
    handler_without_catalogue_rights, handler_client
):
    enquiry = ShootEnquiryFactory(status=Status.CONFIRMED)
    url = reverse("admin:productions_shootenquiry_change", args=[enquiry.pk])
    data = {
        "status": enquiry.status,
        "assignee": "",
        "notes-TOTAL_FORMS": "0",
        "notes-INITIAL_FORMS": "0",
        "notes-2-TOTAL_FORMS": "1",
        "notes-2-INITIAL_FORMS": "0",
        "notes-2-0-text": "",
        "status_changes-TOTAL_FORMS": "0",
        "status_changes-INITIAL_FORMS": "0",
        "_make_production": "1",
    }
    response = handler_client.post(url, data, follow=True)
    assert "may not add productions" in response.content.decode()
    assert not Production.objects.exists()


def test_a_new_client_needs_add_client(handler_without_catalogue_rights, handler_client, handler):
    grant(handler, "add_production")
    enquiry = ShootEnquiryFactory(status=Status.CONFIRMED, company="Unknown Films")
    response = handler_client.post(
        CHANGELIST, {"action": "make_production", "_selected_action": [enquiry.pk]}, follow=True
    )
    assert "may not add clients" in response.content.decode()
    assert not Production.objects.exists()
    assert not Client.objects.filter(name="Unknown Films").exists()


def test_a_long_company_name_becomes_a_client_name_that_fits():
    company = "The Very Long Name of an International Co-Production Company " * 3
    enquiry = ShootEnquiryFactory(status=Status.CONFIRMED, company=company.strip()[:160])
    production = enquiry_to_production(enquiry=enquiry, by=None)
    name = production.client.name
    assert len(name) <= Client._meta.get_field("name").max_length
    assert name.endswith("…")
    # The next production of the same company finds that client.
    again = ShootEnquiryFactory(status=Status.CONFIRMED, company=company.strip()[:160].upper())
    assert enquiry_to_production(enquiry=again, by=None).client == production.client


# Duplicate submits


def test_the_same_form_sent_three_times_is_one_enquiry_and_two_emails(client):
    page = client.get(CREATE).content.decode()
    key = re.search(r'name="submission_key" value="([^"]+)"', page).group(1)
    data = enquiry_form_data(submission_key=key)
    responses = [client.post(CREATE, data) for __ in range(3)]
    assert [r.status_code for r in responses] == [302, 302, 302]
    assert all(r["Location"] == THANKS for r in responses)
    assert ShootEnquiry.objects.count() == 1
    assert PendingEmail.objects.count() == 2
    assert client.get(THANKS).status_code == 200


def test_each_rendering_has_its_own_key(client):
    keys = {
        re.search(r'name="submission_key" value="([^"]+)"', client.get(CREATE).content.decode()).group(1)
        for __ in range(2)
    }
    assert len(keys) == 2


def test_a_key_saved_by_a_concurrent_request_redirects_to_the_thanks_page(client, monkeypatch):
    key = "k" * 43
    first = ShootEnquiryFactory(submission_key=key)

    # The other request's row appears between the view's check and the insert.
    exists = iter([False, True])
    real_filter = ShootEnquiry.objects.filter

    class Racing:
        def __init__(self, query):
            self.query = query

        def exists(self):
            return next(exists)

    def racing_filter(*args, **kwargs):
        return (
            Racing(real_filter(*args, **kwargs))
            if kwargs == {"submission_key": key}
            else real_filter(*args, **kwargs)
        )

    monkeypatch.setattr(ShootEnquiry.objects, "filter", racing_filter)
    response = client.post(CREATE, enquiry_form_data(submission_key=key))
    assert response.status_code == 302 and response["Location"] == THANKS
    assert list(ShootEnquiry.objects.all()) == [first]


def test_enquiry_submit_refuses_a_used_key_and_saves_nothing():
    ShootEnquiryFactory(submission_key="x" * 43)
    form = EnquiryForm(enquiry_form_data())
    assert form.is_valid(), form.errors
    with pytest.raises(IntegrityError), transaction.atomic():
        enquiry_submit(fields=form.enquiry_fields(), submission_key="x" * 43)
    assert ShootEnquiry.objects.count() == 1
    assert not PendingEmail.objects.exists()


def test_a_mangled_key_is_ignored_not_refused():
    form = EnquiryForm(enquiry_form_data(submission_key="<script>"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["submission_key"] is None


# HEAD


@pytest.mark.parametrize(
    "url", [reverse("productions:incentives"), reverse("productions:enquiry-create"), "/robots.txt"]
)
def test_head_is_answered(client, url):
    assert client.head(url).status_code == 200
