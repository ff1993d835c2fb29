"""The rebate rules and foreign spend figures as public sources report them (see FACTS.md).

They are real rules, not demo data, so every database gets them; staff correct them in the admin.
Existing rows are left alone, so running this on a database where staff edited them changes nothing.
"""

from datetime import date
from decimal import Decimal

from django.db import migrations

FORMATS = ["feature", "series", "mini_series", "tv_film", "documentary"]

ELIGIBLE_SPEND = """Moroccan crew and services
Vehicle rental and fuel, on invoice
Hotels, on invoice
Office rental and telecoms
Equipment rental: camera, grip, lighting
Post-production done in Morocco
Flights on the national carrier"""

EXCLUDED_SPEND = """Flights on other airlines
Anything paid in cash
Taxes
For a co-production, anything but the foreign share"""

CONDITIONS = """Apply before the shoot, through an approved Moroccan executive producer
The credit “This film has benefited from production support from the Kingdom of Morocco”
A copy of the finished work for the CCM"""

SOURCES = (
    "Public sources, several of them secondary. The Centre Cinématographique Marocain's own terms "
    "prevail. Exchange rates are indicative, entered by staff."
)

PROGRAMMES = [
    {
        "name": "Cash rebate at 20%",
        "legal_basis": "2018 order",
        "valid_from": date(2018, 2, 1),
        "valid_until": date(2022, 3, 2),
        "rate_percent": Decimal(20),
        "cap_mad": Decimal(18_000_000),
        "cap_note": "18M MAD per project in the 2018 order.",
    },
    {
        "name": "Cash rebate at 30%",
        "legal_basis": "Decree 2.22.67, approved 3 March 2022",
        "valid_from": date(2022, 3, 3),
        "valid_until": None,
        "rate_percent": Decimal(30),
        "cap_mad": None,
        "cap_note": "Sources disagree: 18M MAD in the 2018 order, 90M MAD or no cap in others.",
    },
]

RATES = {"USD": Decimal("9.2500"), "EUR": Decimal("10.7000"), "GBP": Decimal("12.1500")}
RATES_SET_ON = date(2025, 11, 1)

SPEND = [
    {"year": 2017, "amount_musd": Decimal(32)},
    {"year": 2018, "amount_musd": Decimal(50)},
    {
        "year": 2019,
        "amount_musd": Decimal(80),
        "features_musd": Decimal(27),
        "series_musd": Decimal(50),
        "note": "Up to the end of November",
    },
]


def seed(apps, schema_editor):
    RebateProgramme = apps.get_model("productions", "RebateProgramme")
    ExchangeRate = apps.get_model("productions", "ExchangeRate")
    SpendFigure = apps.get_model("productions", "SpendFigure")
    if not RebateProgramme.objects.exists():
        for fields in PROGRAMMES:
            programme = RebateProgramme.objects.create(
                **fields,
                min_spend_mad=Decimal(10_000_000),
                min_days=18,
                eligible_formats=FORMATS,
                envelope_year=2019,
                envelope_mad=Decimal(105_000_000),
                envelope_note="Around $11M in 2019, the last figure reported.",
                committed_mad=Decimal(0),
                eligible_spend=ELIGIBLE_SPEND,
                excluded_spend=EXCLUDED_SPEND,
                conditions=CONDITIONS,
                sources=SOURCES,
            )
            for currency, rate in RATES.items():
                ExchangeRate.objects.create(
                    programme=programme, currency=currency, mad_per_unit=rate, set_on=RATES_SET_ON
                )
    for fields in SPEND:
        defaults = {key: value for key, value in fields.items() if key != "year"}
        SpendFigure.objects.get_or_create(
            year=fields["year"], defaults=defaults | {"source": "Centre Cinématographique Marocain (CCM)"}
        )


class Migration(migrations.Migration):
    dependencies = [("productions", "0003_enquiries_and_rebate_rules")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
