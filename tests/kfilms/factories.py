import factory

from kfilms.models import Company, KeyFigure, Partner, PendingEmail, PressMention, TeamMember


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company

    name = "K Films"
    founded_year = 1998
    story = "A Moroccan production-services company."
    values = "Organisation\nAnticipation\nPunctuality"
    ceo_name = "Khadija Alami"
    ceo_title = "Founder and CEO"
    ceo_bio = "Studied economics in Lille."


class KeyFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KeyFigure

    company = factory.SubFactory(CompanyFactory)
    value = "50+"
    label = "international productions"


class TeamMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TeamMember

    name = factory.Sequence(lambda n: f"Team member {n}")
    role = "Production coordinator"


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Partner {n}")


class PressMentionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PressMention

    outlet = "Variety"
    title = factory.Sequence(lambda n: f"Article {n}")
    date = factory.Faker("date_between", start_date="-5y", end_date="today")


class PendingEmailFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PendingEmail

    to = factory.LazyFunction(lambda: ["producer@example.com"])
    subject = factory.Sequence(lambda n: f"Your enquiry {n}")
    body = "Thank you for your enquiry."
