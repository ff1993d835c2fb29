import factory

from studios.models import Collection, CollectionCategory, Facility, FacilityPhoto, Studio


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
