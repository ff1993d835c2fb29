"""The staff groups: created after migrate, kept in line with kfilms/groups.py, and what they allow."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from kfilms.groups import CATALOGUE_EDITORS, ENQUIRY_HANDLERS, GROUPS, groups_sync, parse_entry
from tests.admin_forms import change_form_data
from tests.studios.factories import FacilityFactory

CATALOGUE_MODELS = [
    "kfilms.company",
    "kfilms.keyfigure",
    "kfilms.teammember",
    "kfilms.partner",
    "kfilms.pressmention",
    "studios.studio",
    "studios.facility",
    "studios.facilityphoto",
    "studios.collection",
    "studios.collectioncategory",
    "productions.client",
    "productions.production",
]


def permission_names(group: Group) -> set[str]:
    return {
        f"{app_label}.{codename}"
        for app_label, codename in group.permissions.values_list("content_type__app_label", "codename")
    }


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(username="editor", password="editor-pass-123", is_staff=True)
    user.groups.add(Group.objects.get(name=CATALOGUE_EDITORS))
    return user


@pytest.mark.django_db
def test_catalogue_editors_exist_after_migrate_with_full_rights_on_the_catalogue():
    # The test database was built by migrate: the post_migrate handler made the groups.
    editors = Group.objects.get(name=CATALOGUE_EDITORS)
    expected = {
        f"{model.split('.')[0]}.{action}_{model.split('.')[1]}"
        for model in CATALOGUE_MODELS
        for action in ("add", "change", "delete", "view")
    }
    assert permission_names(editors) == expected


@pytest.mark.django_db
def test_enquiry_handlers_exist_after_migrate_and_only_read_the_catalogue():
    handlers = permission_names(Group.objects.get(name=ENQUIRY_HANDLERS))
    assert {"studios.view_facility", "productions.view_production", "productions.view_client"} <= handlers
    assert not handlers & {
        "studios.change_facility",
        "productions.change_production",
        "kfilms.view_pendingemail",
    }


@pytest.mark.django_db
def test_every_installed_model_in_the_mapping_gives_its_group_permissions():
    for name, entries in GROUPS.items():
        granted = permission_names(Group.objects.get(name=name))
        for entry in entries:
            app_label, model_name, __ = parse_entry(entry)
            if Permission.objects.filter(content_type__app_label=app_label, content_type__model=model_name):
                assert any(p.startswith(f"{app_label}.") and p.endswith(f"_{model_name}") for p in granted), (
                    entry
                )


@pytest.mark.django_db
def test_sync_is_idempotent():
    before = {group.name: permission_names(group) for group in Group.objects.all()}
    groups_sync()
    groups_sync()
    after = {group.name: permission_names(group) for group in Group.objects.all()}
    assert after == before
    assert Group.objects.filter(name=CATALOGUE_EDITORS).count() == 1


@pytest.mark.django_db
def test_sync_restores_the_mapping_after_hand_edits():
    editors = Group.objects.get(name=CATALOGUE_EDITORS)
    editors.permissions.remove(Permission.objects.get(codename="change_facility"))
    editors.permissions.add(Permission.objects.get(codename="view_pendingemail"))
    groups_sync()
    names = permission_names(editors)
    assert "studios.change_facility" in names
    assert "kfilms.view_pendingemail" not in names


@pytest.mark.django_db
def test_models_not_installed_yet_are_skipped_and_actions_can_be_limited():
    [result] = groups_sync(
        groups={"Readers": ["productions.shootenquiry_from_the_future", "kfilms.partner:view"]}
    )
    assert result.created
    assert result.skipped == ["productions.shootenquiry_from_the_future"]
    assert permission_names(Group.objects.get(name="Readers")) == {"kfilms.view_partner"}


@pytest.mark.django_db
def test_a_misspelt_action_is_an_error_not_a_silent_gap():
    with pytest.raises(ValueError, match="unknown action"):
        groups_sync(groups={"Readers": ["kfilms.partner:veiw"]})


@pytest.mark.django_db
def test_sync_groups_command_recreates_a_deleted_group():
    Group.objects.filter(name=CATALOGUE_EDITORS).delete()
    out = StringIO()
    call_command("sync_groups", stdout=out)
    assert f"{CATALOGUE_EDITORS}: created, {len(CATALOGUE_MODELS) * 4} permissions" in out.getvalue()
    assert Group.objects.get(name=CATALOGUE_EDITORS).permissions.count() == len(CATALOGUE_MODELS) * 4


@pytest.mark.django_db
def test_catalogue_editor_can_change_a_facility(client, editor):
    facility = FacilityFactory(name="Sound stage", area=300)
    client.force_login(editor)
    url = reverse("admin:studios_facility_change", args=[facility.pk])
    data = change_form_data(client, url)
    data["area"] = "320"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    facility.refresh_from_db()
    assert facility.area == 320


@pytest.mark.django_db
def test_catalogue_editor_cannot_see_the_outbox_or_users(client, editor):
    client.force_login(editor)
    index = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:studios_facility_changelist") in index
    assert reverse("admin:kfilms_pendingemail_changelist") not in index
    assert client.get(reverse("admin:kfilms_pendingemail_changelist")).status_code == 403
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
