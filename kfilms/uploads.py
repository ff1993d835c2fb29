"""Private uploads: stored outside MEDIA_ROOT under random names, checked by content, shown to staff only.

Use `storage=private_storage_callable` on a FileField (it is STORAGES["private"]),
`PdfField(max_bytes=...)` in the form, and
`private_file_response(request, instance.attachment, permission="app.view_model")` in a staff view.
`DocumentField(max_bytes=...)` accepts a PDF, JPEG or PNG: images are opened under a pixel
limit, verified and re-encoded, and a file with data appended after its end is refused.
"""

import os
import re
import secrets
import warnings
from io import BytesIO

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, SuspiciousFileOperation, ValidationError
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

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


class _ConfiguredPrivateStorage:
    """storages["private"], looked up on each use so that settings (and tests) can swap it."""

    def __getattr__(self, name: str):
        return getattr(storages["private"], name)


# For code that saves or reads private files itself (not through a FileField).
private_storage = _ConfiguredPrivateStorage()


def private_storage_callable() -> Storage:
    """The configured private storage, for `FileField(storage=...)` so migrations refer to it by name."""
    return storages["private"]


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


# Documents that may be a PDF or an image (students' school letters): type by content,
# nothing appended after the file's end, images decoded under a pixel limit and re-encoded.

JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
PDF_END = b"%%EOF"
# Our own ceiling, checked right after Image.open reads the header and well under Pillow's
# default, so that a small file announcing a huge canvas is refused before it is decoded.
MAX_IMAGE_PIXELS = 40_000_000
DOCUMENT_KINDS = {"pdf": "application/pdf", "jpeg": "image/jpeg", "png": "image/png"}
PILLOW_FORMATS = {"jpeg": "JPEG", "png": "PNG"}
# What may follow a file's last byte without being "appended data": padding some tools add.
PADDING = b" \t\r\n\x00\x0c"

DOCUMENT_MESSAGES = {
    "unknown_type": _("This file is not a PDF, JPEG or PNG (we check its content, not its name)."),
    "svg": _("SVG images are not accepted. Please attach a PDF, a JPEG or a PNG."),
    "appended": _(
        "This file carries extra data after its end, which we refuse for safety. "
        "Please export it again (print it to PDF, or save it as a new JPEG or PNG)."
    ),
    "too_many_pixels": _(
        "This image is too large: more than %(limit)s million pixels. Please send a smaller scan or photo."
    ),
    "broken_image": _("This image is damaged or incomplete. Please export it again."),
    "broken_pdf": _("This PDF is incomplete (it has no end marker). Please export it again."),
}


def sniff_document(head: bytes) -> str | None:
    """'pdf', 'jpeg', 'png' or 'svg' from a file's first bytes; None for anything else."""
    if head.startswith(PDF_MAGIC):
        return "pdf"
    if head.startswith(JPEG_MAGIC):
        return "jpeg"
    if head.startswith(PNG_MAGIC):
        return "png"
    text = head.lstrip(b"\xef\xbb\xbf" + PADDING).lower()
    if text.startswith(b"<svg") or (text.startswith((b"<?xml", b"<!doctype svg")) and b"<svg" in text):
        return "svg"
    return None


def _png_end(data: bytes) -> int | None:
    """Where the IEND chunk ends, walking the chunks by their lengths."""
    position = len(PNG_MAGIC)
    while position + 12 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        position += 12 + length
        if kind == b"IEND":
            return position if position <= len(data) else None
    return None


def _jpeg_end(data: bytes) -> int | None:
    """Where the EOI marker ends, walking the segments and skipping entropy-coded data."""
    position, size = 2, len(data)
    while position + 1 < size:
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte before a marker
            position += 1
        elif marker == 0xD9:
            return position + 2
        elif 0xD0 <= marker <= 0xD7 or marker == 0x01:
            position += 2
        else:
            if position + 4 > size:
                return None
            length = int.from_bytes(data[position + 2 : position + 4], "big")
            if length < 2:
                return None
            position += 2 + length
            if marker == 0xDA:
                position = _jpeg_scan_end(data, position)
    return None


def _jpeg_scan_end(data: bytes, position: int) -> int:
    """The next real marker after a scan's data (0xFF00 is a stuffed byte, 0xFFD0-D7 restarts)."""
    while True:
        position = data.find(b"\xff", position)
        if position < 0 or position + 1 >= len(data):
            return len(data)
        following = data[position + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            position += 2
        else:
            return position


def _pdf_end(data: bytes) -> int | None:
    end = data.rfind(PDF_END)
    return None if end < 0 else end + len(PDF_END)


def check_nothing_appended(data: bytes, kind: str) -> None:
    """Refuse a file with anything but padding after its format's end marker."""
    end = {"pdf": _pdf_end, "jpeg": _jpeg_end, "png": _png_end}[kind](data)
    if end is None or data[end:].strip(PADDING):
        code = "appended" if end is not None else "broken_pdf" if kind == "pdf" else "broken_image"
        raise ValidationError(DOCUMENT_MESSAGES[code], code=code)


def reencode_image(data: bytes, kind: str) -> bytes:
    """Open under the pixel limit, verify, decode and save again: only pixels survive, no metadata."""
    pillow_format = PILLOW_FORMATS[kind]
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice it; here that is a refusal too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(BytesIO(data), formats=[pillow_format]) as image:
                pixels = image.width * image.height
                if pixels > MAX_IMAGE_PIXELS:
                    raise Image.DecompressionBombError(pixels)
                image.verify()
            with Image.open(BytesIO(data), formats=[pillow_format]) as image:
                image.load()
                upright = ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            DOCUMENT_MESSAGES["too_many_pixels"],
            code="too_many_pixels",
            params={"limit": MAX_IMAGE_PIXELS // 1_000_000},
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
        raise ValidationError(DOCUMENT_MESSAGES["broken_image"], code="broken_image") from error
    output = BytesIO()
    if kind == "jpeg":
        if upright.mode not in ("RGB", "L"):
            upright = upright.convert("RGB")
        upright.save(output, format="JPEG", quality=90)
    else:
        if upright.mode not in ("1", "L", "LA", "P", "RGB", "RGBA"):
            upright = upright.convert("RGBA")
        upright.save(output, format="PNG", optimize=True)
    return output.getvalue()


def check_document(upload: UploadedFile, *, max_bytes: int, kinds: tuple[str, ...]) -> SimpleUploadedFile:
    """The file as it will be kept (images re-encoded), named by its real type; refused otherwise."""
    check_size(upload, max_bytes)
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    kind = sniff_document(data[:1024])
    if kind == "svg":
        raise ValidationError(DOCUMENT_MESSAGES["svg"], code="svg")
    if kind not in kinds:
        raise ValidationError(DOCUMENT_MESSAGES["unknown_type"], code="unknown_type")
    check_nothing_appended(data, kind)
    if kind in PILLOW_FORMATS:
        data = reencode_image(data, kind)
    extension = "jpg" if kind == "jpeg" else kind
    return SimpleUploadedFile(
        f"{_safe_stem(upload.name)}.{extension}", data, content_type=DOCUMENT_KINDS[kind]
    )


def _safe_stem(name: str | None) -> str:
    """The client's file name without folder or extension, reduced to safe characters."""
    try:
        stem = os.path.splitext(get_valid_filename(os.path.basename(name or "")))[0]
    except SuspiciousFileOperation:
        stem = ""
    return stem[:80] or "document"


class DocumentField(forms.FileField):
    """A form field for a PDF, JPEG or PNG of at most `max_bytes`, checked and cleaned as above."""

    def __init__(self, *, max_bytes: int, kinds: tuple[str, ...] = ("pdf", "jpeg", "png"), **kwargs) -> None:
        self.max_bytes = max_bytes
        self.kinds = kinds
        accept = ",".join([DOCUMENT_KINDS[kind] for kind in kinds] + [f".{kind}" for kind in kinds])
        kwargs.setdefault(
            "widget", forms.ClearableFileInput(attrs={"accept": accept.replace(".jpeg", ".jpg,.jpeg")})
        )
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if isinstance(upload, UploadedFile):
            return check_document(upload, max_bytes=self.max_bytes, kinds=self.kinds)
        return upload
