"""Private uploads: where they are stored, what is accepted, and who may download them."""

from pathlib import Path

import pytest
from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.fields.files import FieldFile, FileField
from django.http import Http404
from django.test import RequestFactory

from kfilms.uploads import PdfField, PrivateStorage, check_pdf, private_file_response, private_storage

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
MB = 1024 * 1024


def upload(content: bytes = PDF, name: str = "script.pdf", content_type: str = "application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


class AttachmentForm(forms.Form):
    attachment = PdfField(max_bytes=MB, required=False)


def test_private_storage_is_outside_media_root(settings):
    name = private_storage.save("enquiries/script.pdf", ContentFile(PDF))
    path = Path(private_storage.path(name))
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT))
    assert path.read_bytes() == PDF


def test_private_storage_replaces_the_client_file_name_by_a_random_one():
    first = private_storage.save("enquiries/My Script.PDF", ContentFile(PDF))
    second = private_storage.save("enquiries/My Script.PDF", ContentFile(PDF))
    assert first.startswith("enquiries/") and first.endswith(".pdf")
    assert "Script" not in first
    assert first != second
    assert len(Path(first).stem) >= 20


def test_private_storage_drops_an_odd_extension():
    name = private_storage.save("x/evil.php%00.html?x", ContentFile(PDF))
    assert Path(name).suffix == ""


def test_private_files_have_no_url():
    with pytest.raises(ValueError):
        private_storage.url("enquiries/a.pdf")


def test_check_pdf_accepts_a_pdf_whatever_its_name():
    renamed = upload(name="renamed.bin", content_type="application/octet-stream")
    assert check_pdf(renamed, max_bytes=MB) is None
    assert renamed.tell() == 0  # left ready to be saved from its first byte


@pytest.mark.parametrize(
    "content",
    [
        b"<html><script>alert(1)</script></html>",
        b"\x89PNG\r\n\x1a\n" + b"0" * 20,
        b"PK\x03\x04 a zip or docx",
        b" %PDF-1.4 shifted",
    ],
)
def test_check_pdf_refuses_other_content_even_named_pdf(content):
    with pytest.raises(ValidationError) as refused:
        check_pdf(upload(content), max_bytes=MB)
    assert refused.value.code == "not_pdf"
    assert "not a PDF" in refused.value.messages[0]


def test_check_pdf_size_limit_boundaries():
    at_limit = PDF + b"0" * (MB - len(PDF))
    check_pdf(upload(at_limit), max_bytes=MB)
    with pytest.raises(ValidationError) as refused:
        check_pdf(upload(at_limit + b"0"), max_bytes=MB)
    assert refused.value.code == "too_large"
    assert "1.0\xa0MB" in refused.value.messages[0]


def test_check_pdf_refuses_an_empty_file():
    with pytest.raises(ValidationError) as refused:
        check_pdf(upload(b""), max_bytes=MB)
    assert refused.value.code == "empty"


def test_check_pdf_leaves_the_file_at_its_start():
    file = upload()
    check_pdf(file, max_bytes=MB)
    assert file.read() == PDF


def test_pdf_field_in_a_form_gives_a_message_beside_the_field():
    bound = AttachmentForm(data={}, files={"attachment": upload(b"GIF89a...", name="x.pdf")})
    assert not bound.is_valid()
    assert "not a PDF" in bound.errors["attachment"][0]
    assert 'accept="application/pdf,.pdf"' in str(AttachmentForm()["attachment"])


def test_pdf_field_accepts_a_pdf_and_an_empty_optional_field():
    assert AttachmentForm(data={}, files={"attachment": upload()}).is_valid()
    assert AttachmentForm(data={}, files={}).is_valid()


@pytest.fixture
def stored_file() -> FieldFile:
    name = private_storage.save("enquiries/script.pdf", ContentFile(PDF))
    field = FileField(storage=private_storage)
    field.name = "attachment"
    return FieldFile(instance=None, field=field, name=name)


def request_by(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


@pytest.mark.django_db
def test_staff_with_the_permission_downloads_it_as_an_attachment(django_user_model, stored_file):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("handler", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_user"))
    response = private_file_response(
        request_by(user), stored_file, permission="auth.view_user", filename="script.pdf"
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert 'filename="script.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content) == PDF
    response.close()


@pytest.mark.django_db
@pytest.mark.parametrize("is_staff", [True, False])
def test_users_without_the_permission_are_refused(django_user_model, stored_file, is_staff):
    user = django_user_model.objects.create_user("someone", is_staff=is_staff)
    with pytest.raises(PermissionDenied):
        private_file_response(request_by(user), stored_file, permission="auth.view_user")


@pytest.mark.django_db
def test_anonymous_is_refused(stored_file):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        private_file_response(request_by(AnonymousUser()), stored_file, permission="auth.view_user")


@pytest.mark.django_db
def test_a_missing_file_is_a_404(django_user_model, stored_file):
    user = django_user_model.objects.create_superuser("boss", password="x")
    private_storage.delete(stored_file.name)
    with pytest.raises(Http404):
        private_file_response(request_by(user), stored_file, permission="auth.view_user")


def test_private_files_go_through_the_configured_storage(settings, tmp_path):
    from django.core.files.storage import InMemoryStorage, storages

    from kfilms.uploads import private_storage_callable

    assert isinstance(private_storage_callable(), PrivateStorage)
    settings.STORAGES = settings.STORAGES | {
        "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"}
    }
    assert isinstance(storages["private"], InMemoryStorage)
    name = private_storage.save("letters/a.pdf", ContentFile(PDF))
    assert storages["private"].exists(name)
    assert not (Path(settings.PRIVATE_MEDIA_ROOT) / name).exists()


def test_thumbnail_keys_live_in_the_cache_every_process_shares(settings):
    assert settings.THUMBNAIL_CACHE == "shared"
