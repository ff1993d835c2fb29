"""The school letter: a PDF, JPEG or PNG checked by content; bad files refused with a clear reason."""

import zipfile
from io import BytesIO

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from kfilms.uploads import MAX_IMAGE_PIXELS, DocumentField
from tests.images import image_bytes

MB = 1024 * 1024
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


class LetterForm(forms.Form):
    letter = DocumentField(max_bytes=5 * MB)


def submit(content: bytes, name: str = "letter.pdf", content_type: str = "application/pdf") -> LetterForm:
    form = LetterForm(files={"letter": SimpleUploadedFile(name, content, content_type=content_type)})
    form.is_valid()
    return form


def error_codes(form: LetterForm) -> list[str]:
    return [error.code for error in form.errors.as_data().get("letter", [])]


def zip_bytes() -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.txt", "hidden")
    return buffer.getvalue()


def bomb_png(width: int, height: int) -> bytes:
    """A tiny file that announces a huge canvas: one-bit pixels compress to almost nothing."""
    buffer = BytesIO()
    Image.new("1", (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_pdf_is_kept_as_sent():
    form = submit(PDF)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["letter"].read() == PDF
    assert form.cleaned_data["letter"].name == "letter.pdf"


def test_a_jpeg_is_re_encoded_without_its_metadata_and_named_by_its_type():
    original = BytesIO()
    exif = Image.Exif()
    exif[0x010E] = "secret GPS notes"  # ImageDescription
    Image.new("RGB", (120, 80), "#7a3b1d").save(original, format="JPEG", exif=exif)
    form = submit(original.getvalue(), name="scan.pdf", content_type="application/pdf")
    assert form.is_valid(), form.errors
    kept = form.cleaned_data["letter"]
    assert kept.name == "scan.jpg"
    assert kept.content_type == "image/jpeg"
    data = kept.read()
    assert data != original.getvalue()
    assert b"secret GPS notes" not in data
    with Image.open(BytesIO(data)) as image:
        assert image.size == (120, 80)


def test_a_png_is_accepted():
    form = submit(image_bytes(fmt="PNG"), name="letter.png", content_type="image/png")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["letter"].name == "letter.png"


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (image_bytes() + zip_bytes(), "letter.jpg"),
        (image_bytes(fmt="PNG") + b"<?php system($_GET['c']); ?>", "letter.png"),
        (PDF + b"<html><script>alert(1)</script></html>", "letter.pdf"),
    ],
    ids=["jpeg+zip", "png+php", "pdf+html"],
)
def test_a_file_with_something_appended_is_refused(content, name):
    form = submit(content, name=name)
    assert error_codes(form) == ["appended"]
    assert "extra data after its end" in str(form.errors["letter"])


@pytest.mark.parametrize(
    "content", [SVG, b"  <svg xmlns='http://www.w3.org/2000/svg'/>"], ids=["xml", "bare"]
)
def test_an_svg_is_refused_by_name(content):
    form = submit(content, name="letter.png", content_type="image/png")
    assert error_codes(form) == ["svg"]
    assert "SVG images are not accepted" in str(form.errors["letter"])


def test_a_decompression_bomb_past_pillows_own_limit_is_refused():
    form = submit(bomb_png(12_000, 12_000), name="letter.png", content_type="image/png")
    assert error_codes(form) == ["too_many_pixels"]


def test_an_image_over_our_pixel_limit_is_refused_before_decoding():
    width = 8_000
    height = MAX_IMAGE_PIXELS // width + 1
    form = submit(bomb_png(width, height), name="letter.png", content_type="image/png")
    assert error_codes(form) == ["too_many_pixels"]
    assert "40 million pixels" in str(form.errors["letter"])


def test_a_truncated_image_is_refused():
    form = submit(image_bytes(size=(400, 300))[:-200], name="letter.jpg", content_type="image/jpeg")
    assert error_codes(form) == ["broken_image"]


def test_a_pdf_without_its_end_is_refused():
    form = submit(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    assert error_codes(form) == ["broken_pdf"]


@pytest.mark.parametrize(
    "content",
    [b"MZ\x90\x00 a program", b"GIF89a\x01\x00\x01\x00", b"<html><body>hi</body></html>"],
    ids=["exe", "gif", "html"],
)
def test_other_types_are_refused_whatever_their_name(content):
    form = submit(content, name="letter.pdf")
    assert error_codes(form) == ["unknown_type"]


def test_a_file_over_the_size_limit_is_refused():
    form = submit(PDF + b" " * (5 * MB))
    assert error_codes(form) == ["too_large"]
