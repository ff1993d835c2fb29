from .catalogue import Collection, CollectionCategory, Facility, FacilityPhoto, FacilityQuerySet, Studio

__all__ = ["Collection", "CollectionCategory", "Facility", "FacilityPhoto", "FacilityQuerySet", "Studio"]
