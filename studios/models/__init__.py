from .bookings import Booking, BookingQuerySet, CalendarFeed
from .catalogue import (
    Collection,
    CollectionCategory,
    Facility,
    FacilityPhoto,
    FacilityPhotoQuerySet,
    FacilityQuerySet,
    Studio,
)
from .requests import StudentRequest

__all__ = [
    "Booking",
    "BookingQuerySet",
    "CalendarFeed",
    "Collection",
    "CollectionCategory",
    "Facility",
    "FacilityPhoto",
    "FacilityPhotoQuerySet",
    "FacilityQuerySet",
    "Studio",
    "StudentRequest",
]
