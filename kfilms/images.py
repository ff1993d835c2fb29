"""Renditions for link previews (Open Graph), shared by every public page that has a photo."""

import logging

from django.db.models.fields.files import ImageFieldFile
from django.http import HttpRequest
from sorl.thumbnail import get_thumbnail
from sorl.thumbnail.images import ImageFile

logger = logging.getLogger(__name__)

# The size link previews on social sites use.
OG_GEOMETRY = "1200x630"


def og_rendition(
    image: ImageFieldFile | None, geometry: str = OG_GEOMETRY, crop: str = "center"
) -> ImageFile | None:
    """A rendition of the image for link previews, or None when there is no image or it cannot be read."""
    if not image:
        return None
    try:
        rendition = get_thumbnail(image, geometry, crop=crop)
    except Exception:
        # An unreadable upload must not break the page; staff find it in the logs.
        logger.exception("No Open Graph rendition for %s", image.name)
        return None
    if rendition.size is None:
        # sorl answers an upload gone from storage with a rendition that has no file and no size.
        logger.error("No Open Graph rendition for %s: the upload is missing", image.name)
        return None
    return rendition


def og_image_url(
    request: HttpRequest, image: ImageFieldFile | None, geometry: str = OG_GEOMETRY, crop: str = "center"
) -> str:
    """An absolute link to the rendition for link previews, or "" when there is none."""
    rendition = og_rendition(image, geometry, crop)
    return request.build_absolute_uri(rendition.url) if rendition else ""
