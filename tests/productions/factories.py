import datetime
import time
from decimal import Decimal

import factory
from django.core import signing
from django.utils import timezone

from kfilms.spam import STARTED_SALT
from productions.models import Client, Production, Role, ShootEnquiry
from productions.models.enquiries import reference_generate


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


class ShootEnquiryFactory(factory.django.DjangoModelFactory):
    """An enquiry as the public form saves it, shooting in about three months."""

    class Meta:
        model = ShootEnquiry
        skip_postgeneration_save = True

    reference = factory.LazyFunction(reference_generate)
    name = "Ana Producer"
    company = factory.Sequence(lambda n: f"Desert Pictures {n}")
    email = factory.Sequence(lambda n: f"producer{n}@example.com")
    country = "United Kingdom"
    title = factory.Sequence(lambda n: f"Sand and Stars {n}")
    kind = Production.Kind.SERIES
    logline = "A spy crosses the Sahara."
    stage = ShootEnquiry.Stage.PRE_PRODUCTION
    shoot_start = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=90))
    shoot_end = factory.LazyAttribute(lambda enquiry: enquiry.shoot_start + datetime.timedelta(days=40))
    shooting_days = 30
    set_building_days = 10
    spend_amount = Decimal(3_000_000)
    spend_currency = "USD"
    consent_at = factory.LazyFunction(timezone.now)


def enquiry_form_data(**overrides) -> dict:
    """What a producer's browser posts for a complete, valid enquiry (shown a minute ago)."""
    start = timezone.localdate() + datetime.timedelta(days=90)
    data = {
        "name": "Ana Producer",
        "company": "Desert Pictures",
        "role": "Line producer",
        "email": "ana@example.com",
        "phone": "+44 20 7946 0000",
        "country": "United Kingdom",
        "title": "Sand and Stars",
        "kind": "series",
        "logline": "A spy crosses the Sahara.",
        "format": "8 x 60' series",
        "stage": "pre_production",
        "prep_start": (start - datetime.timedelta(days=30)).isoformat(),
        "shoot_start": start.isoformat(),
        "shoot_end": (start + datetime.timedelta(days=40)).isoformat(),
        "shooting_days": "30",
        "set_building_days": "10",
        "foreign_crew_size": "40",
        "local_crew_size": "120",
        "locations": "A medina and dunes.",
        "services": ["line_production", "studio"],
        "spend_amount": "3000000",
        "spend_currency": "USD",
        "rebate_interest": "on",
        "heard_from": "recommendation",
        "consent": "on",
        "website": "",
        "started": signing.dumps(time.time() - 60, salt=STARTED_SALT),
    }
    return data | overrides
