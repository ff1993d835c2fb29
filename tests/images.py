"""Real image files made with Pillow, for uploads in tests."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def image_bytes(size: tuple[int, int] = (64, 48), fmt: str = "JPEG", color: str = "#c2703d") -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, color).save(buffer, format=fmt)
    return buffer.getvalue()


def image_upload(name: str = "photo.jpg", size: tuple[int, int] = (64, 48), fmt: str = "JPEG"):
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png"}[fmt]
    return SimpleUploadedFile(name, image_bytes(size, fmt), content_type=content_type)
