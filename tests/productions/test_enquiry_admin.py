"""The enquiry inbox in the admin, as the enquiry handlers use it, and who else may not."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.urls import reverse
from openpyxl import load_workbook

from kfilms.groups import CATALOGUE_EDITORS, ENQUIRY_HANDLERS
from productions.admin.enquiries import ShootEnquiryResource
from productions.models import EnquiryNote, EnquiryStatusChange, Production, ShootEnquiry
from tests.productions.factories import ClientFactory, ShootEnquiryFactory
from tests.studios.factories import FacilityFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:productions_shootenquiry_changelist")
EXPORT = reverse("admin:productions_shootenquiry_export")
Status = ShootEnquiry.Status


def change_url(enquiry: ShootEnquiry) -> str:
    return reverse("admin:productions_shootenquiry_change", args=[enquiry.pk])


def member_of(django_user_model, group_name: str, username: str):
    user = django_user_model.objects.create_user(username, password="pass-12345", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def handler(django_user_model):
    return member_of(django_user_model, ENQUIRY_HANDLERS, "handler")


@pytest.fixture
def handler_client(client, handler):
    client.force_login(handler)
    return client


@pytest.fixture
def maker(handler):
    """A handler who may also add productions and clients: the one who turns enquiries into productions."""
    handler.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="productions", codename__in=["add_production", "add_client"]
        )
    )
    return handler


@pytest.fixture
def maker_client(client, maker):
    client.force_login(maker)
    return client


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(member_of(django_user_model, CATALOGUE_EDITORS, "editor"))
    return client


def test_handlers_see_the_inbox(handler_client):
    enquiry = ShootEnquiryFactory(title="Dune Riders")
    response = handler_client.get(CHANGELIST)
    assert response.status_code == 200
    assert enquiry.reference in response.content.decode()
    assert "Dune Riders" in response.content.decode()


def test_catalogue_editors_do_not_see_enquiries(editor_client):
    enquiry = ShootEnquiryFactory()
    assert editor_client.get(CHANGELIST).status_code == 403
    assert editor_client.get(change_url(enquiry)).status_code == 403
    index = editor_client.get(reverse("admin:index")).content.decode()
    assert "shootenquiry" not in index
    assert "Shoot enquiries" not in index


def test_nobody_adds_an_enquiry_in_the_admin(handler_client, staff_client):
    add = reverse("admin:productions_shootenquiry_add")
    assert handler_client.get(add).status_code == 403
    assert staff_client.get(add).status_code == 403


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status__exact": "quoted"}, {"Quoted one"}),
        ({"kind__exact": "feature"}, {"Feature one"}),
        ({"country": "Brazil"}, {"Feature one"}),
        ({"rebate_interest__exact": "0"}, {"Quoted one"}),
        ({"shoot_month": "2031-05"}, {"Quoted one"}),
        ({"q": "Feature"}, {"Feature one"}),
    ],
)
def test_filters_and_search_really_filter(handler_client, params, expected):
    ShootEnquiryFactory(title="Feature one", kind="feature", country="Brazil")
    ShootEnquiryFactory(
        title="Quoted one",
        status=Status.QUOTED,
        rebate_interest=False,
        shoot_start=datetime.date(2031, 5, 10),
        shoot_end=datetime.date(2031, 6, 30),
    )
    response = handler_client.get(CHANGELIST, params)
    assert response.status_code == 200
    assert {enquiry.title for enquiry in response.context["cl"].result_list} == expected


def test_search_by_reference(handler_client):
    wanted = ShootEnquiryFactory()
    ShootEnquiryFactory()
    response = handler_client.get(CHANGELIST, {"q": wanted.reference})
    assert list(response.context["cl"].result_list) == [wanted]


def test_a_bad_shoot_month_is_not_a_500(handler_client):
    response = handler_client.get(CHANGELIST, {"shoot_month": "soon"})
    assert response.status_code in (200, 302)


def test_the_date_hierarchy_is_offered(handler_client):
    ShootEnquiryFactory()
    assert handler_client.get(CHANGELIST).context["cl"].date_hierarchy == "created_at"


@pytest.mark.parametrize("count", [2, 25])
def test_the_inbox_query_count_does_not_grow(handler_client, handler, django_assert_num_queries, count):
    for __ in range(count):
        ShootEnquiryFactory(assignee=handler)
    handler_client.get(CHANGELIST)  # warm the session and permission caches
    # Session, user, user and group permissions, the shoot months, the assignees, the counts
    # (filtered and total), the page of enquiries with their assignee, the date hierarchy's
    # range and its days, the countries.
    with django_assert_num_queries(12):
        assert handler_client.get(CHANGELIST).status_code == 200


def change_post(enquiry: ShootEnquiry, **fields) -> dict:
    """The change form as the browser posts it: status, assignee and the two inline formsets."""
    data = {
        "status": enquiry.status,
        "assignee": enquiry.assignee_id or "",
        "notes-TOTAL_FORMS": "0",
        "notes-INITIAL_FORMS": "0",
        "notes-2-TOTAL_FORMS": "1",
        "notes-2-INITIAL_FORMS": "0",
        "notes-2-0-text": "",
        "status_changes-TOTAL_FORMS": "0",
        "status_changes-INITIAL_FORMS": "0",
    }
    return data | fields


def test_the_change_page_shows_what_the_producer_sent(handler_client):
    enquiry = ShootEnquiryFactory(services=["studio"], locations="A kasbah at dawn")
    enquiry.facilities.add(FacilityFactory(name="Kasbah set"))
    content = handler_client.get(change_url(enquiry)).content.decode()
    assert "A kasbah at dawn" in content
    assert "Kasbah set" in content
    assert "Studio and sets" in content
    assert 'name="title"' not in content  # what they sent is read-only


def test_changing_the_status_records_who_and_when(handler_client, handler):
    enquiry = ShootEnquiryFactory()
    response = handler_client.post(change_url(enquiry), change_post(enquiry, status=Status.IN_REVIEW))
    assert response.status_code == 302, response.context["adminform"].form.errors
    enquiry.refresh_from_db()
    assert enquiry.status == Status.IN_REVIEW
    step = EnquiryStatusChange.objects.get(enquiry=enquiry)
    assert (step.from_status, step.to_status, step.changed_by) == ("new", "in_review", handler)


def test_assigning_and_noting_with_the_author(handler_client, handler):
    enquiry = ShootEnquiryFactory()
    post = change_post(enquiry, assignee=handler.pk, **{"notes-2-0-text": "Called them back."})
    assert handler_client.post(change_url(enquiry), post).status_code == 302
    enquiry.refresh_from_db()
    assert enquiry.assignee == handler
    note = EnquiryNote.objects.get(enquiry=enquiry)
    assert (note.text, note.author) == ("Called them back.", handler)
    assert not EnquiryStatusChange.objects.exists()  # the status did not change
    assert "Called them back." in handler_client.get(change_url(enquiry)).content.decode()


@pytest.mark.parametrize(
    ("action", "before", "status"),
    [
        ("mark_in_review", Status.NEW, Status.IN_REVIEW),
        ("mark_quoted", Status.IN_REVIEW, Status.QUOTED),
        ("mark_confirmed", Status.QUOTED, Status.CONFIRMED),
        ("mark_declined", Status.NEW, Status.DECLINED),
        ("mark_withdrawn", Status.QUOTED, Status.WITHDRAWN),
    ],
)
def test_bulk_status_actions(handler_client, handler, action, before, status):
    first, second = ShootEnquiryFactory(status=before), ShootEnquiryFactory(status=before)
    untouched = ShootEnquiryFactory(status=before)
    response = handler_client.post(
        CHANGELIST, {"action": action, "_selected_action": [first.pk, second.pk]}, follow=True
    )
    assert response.status_code == 200
    assert set(ShootEnquiry.objects.filter(status=status)) == {first, second}
    untouched.refresh_from_db()
    assert untouched.status == before
    assert EnquiryStatusChange.objects.filter(to_status=status, changed_by=handler).count() == 2


def test_turning_a_confirmed_enquiry_into_a_production(maker_client, maker):
    stage = FacilityFactory(name="Sound stage")
    enquiry = ShootEnquiryFactory(
        status=Status.CONFIRMED, title="Sand and Stars", services=["line_production", "studio"]
    )
    enquiry.facilities.add(stage)
    response = maker_client.post(CHANGELIST, {"action": "make_production", "_selected_action": [enquiry.pk]})
    production = Production.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:productions_production_change", args=[production.pk])
    enquiry.refresh_from_db()
    assert enquiry.production == production
    assert production.title == "Sand and Stars"
    assert production.kind == enquiry.kind
    assert production.year_start == enquiry.shoot_start.year
    assert production.client.name == enquiry.company
    assert not production.is_published
    assert not production.spend_is_public
    assert set(production.roles.values_list("code", flat=True)) == {"line_producer", "studio_hosting"}
    assert list(production.facilities.all()) == [stage]
    assert EnquiryNote.objects.filter(enquiry=enquiry, author=maker, text__contains="Sand and Stars").exists()


def test_an_existing_client_is_reused(maker_client):
    client = ClientFactory(name="Desert Pictures")
    enquiry = ShootEnquiryFactory(status=Status.CONFIRMED, company="desert pictures")
    maker_client.post(CHANGELIST, {"action": "make_production", "_selected_action": [enquiry.pk]})
    assert Production.objects.get().client == client


@pytest.mark.parametrize("status", [Status.NEW, Status.QUOTED, Status.DECLINED])
def test_only_confirmed_enquiries_become_productions(maker_client, status):
    enquiry = ShootEnquiryFactory(status=status)
    response = maker_client.post(
        CHANGELIST, {"action": "make_production", "_selected_action": [enquiry.pk]}, follow=True
    )
    assert response.status_code == 200
    assert "Only a confirmed enquiry can become a production." in response.content.decode()
    assert not Production.objects.exists()


def test_an_enquiry_becomes_a_production_only_once(maker_client):
    enquiry = ShootEnquiryFactory(status=Status.CONFIRMED)
    select = {"action": "make_production", "_selected_action": [enquiry.pk]}
    maker_client.post(CHANGELIST, select)
    response = maker_client.post(CHANGELIST, select, follow=True)
    assert "already the production" in response.content.decode()
    assert Production.objects.count() == 1


def test_the_change_page_button_turns_it_into_a_production(maker_client):
    enquiry = ShootEnquiryFactory(status=Status.CONFIRMED)
    page = maker_client.get(change_url(enquiry)).content.decode()
    assert 'name="_make_production"' in page
    response = maker_client.post(change_url(enquiry), change_post(enquiry, _make_production="1"))
    production = Production.objects.get()
    assert response["Location"] == reverse("admin:productions_production_change", args=[production.pk])


def export_post(*enquiries: ShootEnquiry, file_format: int) -> dict:
    """The export form after the action: the chosen format, the resource and every column ticked."""
    data = {"format": str(file_format), "resource": "0", "export_items": [e.pk for e in enquiries]}
    for name in ShootEnquiryResource().get_export_order():
        data[f"shootenquiryresource_{name}"] = "on"
    return data


def test_export_action_offers_csv_and_xlsx(handler_client):
    enquiry = ShootEnquiryFactory()
    response = handler_client.post(
        CHANGELIST, {"action": "export_admin_action", "_selected_action": [enquiry.pk]}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "csv" in content and "xlsx" in content


def test_export_csv_of_the_selection_escapes_formulae(handler_client):
    chosen = ShootEnquiryFactory(title='=HYPERLINK("http://evil.example")', services=["casting"])
    ShootEnquiryFactory(title="Not selected")
    response = handler_client.post(EXPORT, export_post(chosen, file_format=0))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode()
    assert chosen.reference in text
    assert "Not selected" not in text
    assert "Casting" in text
    assert "New" in text  # the status's label, not its code
    assert ",=HYPERLINK" not in text
    assert "'=HYPERLINK" in text


def test_export_xlsx(handler_client):
    chosen = ShootEnquiryFactory(title="+cmd|' /C calc'!A0")
    response = handler_client.post(EXPORT, export_post(chosen, file_format=1))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert chosen.reference in values
    assert not any(isinstance(value, str) and value.startswith("+cmd") for value in values)


def test_catalogue_editors_cannot_export(editor_client):
    chosen = ShootEnquiryFactory()
    assert editor_client.post(EXPORT, export_post(chosen, file_format=0)).status_code == 403


def with_attachment() -> ShootEnquiry:
    enquiry = ShootEnquiryFactory(attachment_name="script.pdf")
    enquiry.attachment.save("script.pdf", ContentFile(b"%PDF-1.7\n%%EOF\n"))
    return enquiry


def test_handlers_download_the_attachment(handler_client):
    enquiry = with_attachment()
    url = reverse("admin:productions_shootenquiry_attachment", args=[enquiry.pk])
    assert url in handler_client.get(change_url(enquiry)).content.decode()
    response = handler_client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="script.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    response.close()


def test_editors_and_anonymous_cannot_download_the_attachment(editor_client, client):
    enquiry = with_attachment()
    url = reverse("admin:productions_shootenquiry_attachment", args=[enquiry.pk])
    assert editor_client.get(url).status_code == 403
    editor_client.logout()
    assert client.get(url).status_code == 302  # to the login


def test_handlers_keep_the_rebate_rules(handler_client):
    assert handler_client.get(reverse("admin:productions_rebateprogramme_changelist")).status_code == 200
    assert handler_client.get(reverse("admin:productions_spendfigure_changelist")).status_code == 200
