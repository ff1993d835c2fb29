"""Private uploads: stored outside MEDIA_ROOT under random names, checked by content, shown to staff only.

Use `storage=private_storage` on a FileField, `PdfField(max_bytes=...)` in the form, and
`private_file_response(request, instance.attachment, permission="app.view_model")` in a staff view.
"""

import os
import re
import secrets

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import UploadedFile
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

PDF_MAGIC = b"%PDF-"
SAFE_EXTENSION = re.compile(r"^\.[a-z0-9]{1,8}$")


@deconstructible
class PrivateStorage(FileSystemStorage):
    """Files under settings.PRIVATE_MEDIA_ROOT, with no public URL and unguessable names."""

    # Read the setting on each use (not cached) so tests and deployments can move it.
    @property
    def base_location(self) -> str:
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def url(self, name: str | None) -> str:
        raise ValueError("Private files have no URL; serve them with private_file_response().")

    def get_available_name(self, name: str, max_length: int | None = None) -> str:
        """Keep the folder and a safe extension; replace the client's name by a random token."""
        folder, base = os.path.split(name)
        extension = os.path.splitext(base)[1].lower()
        if not SAFE_EXTENSION.match(extension):
            extension = ""
        return super().get_available_name(
            os.path.join(folder, secrets.token_urlsafe(18) + extension), max_length
        )


private_storage = PrivateStorage()


def private_storage_callable() -> PrivateStorage:
    """The private storage, for `FileField(storage=...)` so migrations refer to it by name."""
    return private_storage


def check_size(upload: UploadedFile, max_bytes: int) -> None:
    if upload.size is None or upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if upload.size > max_bytes:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s. Please attach a smaller file."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
        )


def check_pdf(upload: UploadedFile, *, max_bytes: int) -> None:
    """Refuse anything that is not a PDF by its first bytes; the name and the browser type prove nothing."""
    check_size(upload, max_bytes)
    upload.seek(0)
    head = upload.read(len(PDF_MAGIC))
    upload.seek(0)
    if head != PDF_MAGIC:
        raise ValidationError(
            _("This file is not a PDF document. Please attach a PDF (other formats are refused)."),
            code="not_pdf",
        )


class PdfField(forms.FileField):
    """A form field that accepts only a PDF of at most `max_bytes`."""

    def __init__(self, *, max_bytes: int, **kwargs) -> None:
        self.max_bytes = max_bytes
        kwargs.setdefault("widget", forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}))
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if isinstance(upload, UploadedFile):
            check_pdf(upload, max_bytes=self.max_bytes)
        return upload


def private_file_response(
    request: HttpRequest, file: FieldFile, *, permission: str, filename: str | None = None
) -> FileResponse:
    """Serve a private file as a download to an active staff member who has `permission`."""
    user = request.user
    if not (user.is_active and user.is_staff and user.has_perm(permission)):
        raise PermissionDenied
    if not file or not file.storage.exists(file.name):
        raise Http404(_("This file is no longer available."))
    response = FileResponse(
        file.open("rb"), as_attachment=True, filename=filename or os.path.basename(file.name)
    )
    # The file came from the public: never let a browser render or guess its type, nor cache it.
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
