"""Bookings follow what they serve: deleting a production or an enquiry frees its facilities."""

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model

from .models.bookings import SERVED_MODEL_NAMES, Booking


def cancel_bookings_of_deleted(sender: type[Model], instance: Model, **kwargs: Any) -> None:
    """Cancel the bookings serving a deleted object; kept, not deleted, so the studio's history stays."""
    meta = sender._meta
    if (meta.app_label, meta.model_name) not in SERVED_MODEL_NAMES:
        return
    served_type = ContentType.objects.get_for_model(sender, for_concrete_model=False)
    Booking.objects.filter(served_type=served_type, served_id=instance.pk).cancel()
