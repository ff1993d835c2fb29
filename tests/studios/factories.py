from datetime import timedelta

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from studios.models import (
    Booking,
    CalendarFeed,
    Collection,
    CollectionCategory,
    Facility,
    FacilityPhoto,
    StudentRequest,
    Studio,
)


class StudioFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Studio
        django_get_or_create = ("slug",)

    name = "Oasis Studios Morocco"
    slug = "oasis-studios-morocco"
    location = "Ouarzazate, Morocco"
    latitude = "30.919000"
    longitude = "-6.893000"
    land_hectares = 17
    opened_year = 2015
    story = "A studio on the edge of the Sahara."


class FacilityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Facility

    studio = factory.SubFactory(StudioFactory)
    name = factory.Sequence(lambda n: f"Facility {n}")
    slug = factory.Sequence(lambda n: f"facility-{n}")
    kind = Facility.Kind.SOUND_STAGE
    status = Facility.Status.AVAILABLE
    summary = "A place to shoot."
    area = 300


class FacilityPhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FacilityPhoto

    facility = factory.SubFactory(FacilityFactory)
    image = factory.django.ImageField(width=64, height=48, color="#c2703d")
    caption = "The stage"
    alt_text = "An empty sound stage"


class CollectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Collection

    studio = factory.SubFactory(StudioFactory)
    kind = Collection.Kind.COSTUMES
    name = factory.Sequence(lambda n: f"Collection {n}")
    slug = factory.Sequence(lambda n: f"collection-{n}")


class CollectionCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CollectionCategory

    collection = factory.SubFactory(CollectionFactory)
    name = factory.Sequence(lambda n: f"Category {n}")
    item_count = 40


class BookingFactory(factory.django.DjangoModelFactory):
    """A confirmed whole-day booking of a foreign production, a month from now."""

    class Meta:
        model = Booking

    facility = factory.SubFactory(FacilityFactory)
    kind = Booking.Kind.FOREIGN_PRODUCTION
    status = Booking.Status.CONFIRMED
    start_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))
    end_date = factory.LazyAttribute(lambda booking: booking.start_date + timedelta(days=2))
    label = "Desert series, season 2"


class StudentRequestFactory(factory.django.DjangoModelFactory):
    """A submitted request of a film student, with a school letter, six weeks from now."""

    class Meta:
        model = StudentRequest
        skip_postgeneration_save = True

    student_name = "Salma Benali"
    student_email = factory.Sequence(lambda n: f"student{n}@esav.example")
    student_phone = "+212 6 12 34 56 78"
    school_name = "ESAV Marrakech"
    school_city = "Marrakech"
    school_country = "Morocco"
    programme = "BA Film Directing"
    study_year = 3
    supervisor_name = "Youssef Amrani"
    supervisor_email = "teacher@esav.example"
    project_title = factory.Sequence(lambda n: f"Dunes at dawn {n}")
    project_kind = StudentRequest.ProjectKind.GRADUATION_FILM
    synopsis = "A shepherd's daughter films her village before the dam floods it."
    crew_size = 8
    shoot_start = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=42))
    shoot_end = factory.LazyAttribute(lambda request: request.shoot_start + timedelta(days=2))
    enrolment_proof = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4\n%%EOF\n", name="letter.pdf"))
    enrolment_proof_name = "letter.pdf"

    @factory.post_generation
    def facilities(self, create, extracted, **kwargs):
        if create and extracted:
            self.facilities.set(extracted)


class CalendarFeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CalendarFeed

    name = factory.Sequence(lambda n: f"Studio office {n}")
