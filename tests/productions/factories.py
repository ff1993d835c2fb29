import factory

from productions.models import Client, Production, Role


class ClientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Client

    name = factory.Sequence(lambda n: f"Network {n}")
    slug = factory.Sequence(lambda n: f"network-{n}")


class ProductionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Production
        # The roles hook only sets a relation; no second save is needed.
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Production {n}")
    slug = factory.Sequence(lambda n: f"production-{n}")
    kind = Production.Kind.FEATURE
    origin = Production.Origin.INTERNATIONAL
    year_start = 2019
    client = factory.SubFactory(ClientFactory)
    logline = "A story shot in Morocco."

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not create:
            return
        codes = extracted if extracted is not None else [Role.Code.LINE_PRODUCER]
        self.roles.set(Role.objects.filter(code__in=codes))
