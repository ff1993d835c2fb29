"""French and Arabic for the rebate rules and spend note that migration 0004 seeded.

A column is filled only while it is empty and its English is still the seeded one: a rule staff
have rewritten, or already translated, is left as they made it.
"""

from datetime import date

from django.db import migrations

NBSP = "\N{NO-BREAK SPACE}"

ELIGIBLE_SPEND = (
    """Moroccan crew and services
Vehicle rental and fuel, on invoice
Hotels, on invoice
Office rental and telecoms
Equipment rental: camera, grip, lighting
Post-production done in Morocco
Flights on the national carrier""",
    f"""Équipes et prestataires marocains
Location de véhicules et carburant, sur facture
Hôtels, sur facture
Location de bureaux et télécommunications
Location de matériel{NBSP}: caméra, machinerie, éclairage
Postproduction réalisée au Maroc
Vols sur la compagnie nationale""",
    """الطواقم والخدمات المغربية
كراء السيارات والوقود، بفاتورة
الفنادق، بفاتورة
كراء المكاتب والاتصالات
كراء المعدات: الكاميرات ومعدات التثبيت والتحريك والإضاءة
أعمال ما بعد الإنتاج المنجزة في المغرب
الرحلات الجوية على متن الناقل الوطني""",
)

EXCLUDED_SPEND = (
    """Flights on other airlines
Anything paid in cash
Taxes
For a co-production, anything but the foreign share""",
    """Vols sur d’autres compagnies aériennes
Tout paiement en espèces
Les taxes
Pour une coproduction, tout ce qui ne relève pas de la part étrangère""",
    """الرحلات الجوية على متن شركات طيران أخرى
كل ما يُدفع نقدًا
الضرائب
في الإنتاج المشترك، كل ما يخرج عن الحصة الأجنبية""",
)

CONDITIONS = (
    """Apply before the shoot, through an approved Moroccan executive producer
The credit “This film has benefited from production support from the Kingdom of Morocco”
A copy of the finished work for the CCM""",
    f"""Déposer la demande avant le tournage, par l’intermédiaire d’un producteur exécutif marocain agréé
La mention «{NBSP}Ce film a bénéficié du soutien à la production du Royaume du Maroc{NBSP}» au générique
Une copie de l’œuvre achevée pour le CCM""",
    """تقديم الطلب قبل التصوير عن طريق منتج منفّذ مغربي معتمد
إدراج عبارة «استفاد هذا الفيلم من دعم الإنتاج من المملكة المغربية» في جينيريك العمل
نسخة من العمل المنجز لفائدة المركز السينمائي المغربي""",
)

ENVELOPE_NOTE = (
    "Around $11M in 2019, the last figure reported.",
    f"Environ 11{NBSP}M{NBSP}US$ en 2019, dernier chiffre publié.",
    "حوالي 11 مليون دولار سنة 2019، وهو آخر رقم منشور.",
)

# Each programme by the first day of its period: field -> (English as seeded, French, Arabic).
PROGRAMMES = {
    date(2018, 2, 1): {
        "name": ("Cash rebate at 20%", f"Remboursement de 20{NBSP}%", "استرداد نقدي بنسبة 20%"),
        "legal_basis": ("2018 order", "Arrêté de 2018", "قرار 2018"),
        "cap_note": (
            "18M MAD per project in the 2018 order.",
            f"18{NBSP}M{NBSP}MAD par projet selon l’arrêté de 2018.",
            "18 مليون درهم لكل مشروع حسب قرار 2018.",
        ),
    },
    date(2022, 3, 3): {
        "name": ("Cash rebate at 30%", f"Remboursement de 30{NBSP}%", "استرداد نقدي بنسبة 30%"),
        "legal_basis": (
            "Decree 2.22.67, approved 3 March 2022",
            "Décret 2.22.67, adopté le 3 mars 2022",
            "المرسوم رقم 2.22.67، المصادق عليه في 3 مارس 2022",
        ),
        "cap_note": (
            "Sources disagree: 18M MAD in the 2018 order, 90M MAD or no cap in others.",
            f"Les sources divergent{NBSP}: 18{NBSP}M{NBSP}MAD selon l’arrêté de 2018, 90{NBSP}M{NBSP}MAD "
            "ou aucun plafond selon d’autres.",
            "تختلف المصادر: 18 مليون درهم حسب قرار 2018، و90 مليون درهم أو دون سقف حسب مصادر أخرى.",
        ),
    },
}
SHARED = {
    "envelope_note": ENVELOPE_NOTE,
    "eligible_spend": ELIGIBLE_SPEND,
    "excluded_spend": EXCLUDED_SPEND,
    "conditions": CONDITIONS,
}
SPEND_NOTES = {2019: ("Up to the end of November", "Jusqu’à fin novembre", "حتى نهاية نوفمبر")}


def fill(queryset, field: str, texts: tuple[str, str, str]) -> None:
    """Write the French and Arabic of a field where they are empty and the English is as seeded."""
    english, french, arabic = texts
    rows = queryset.filter(**{f"{field}_en": english})
    for language, text in (("fr", french), ("ar", arabic)):
        column = f"{field}_{language}"
        rows.filter(**{f"{column}__isnull": True}).update(**{column: text})
        rows.filter(**{column: ""}).update(**{column: text})


def translate(apps, schema_editor) -> None:
    RebateProgramme = apps.get_model("productions", "RebateProgramme")
    SpendFigure = apps.get_model("productions", "SpendFigure")
    for valid_from, fields in PROGRAMMES.items():
        programme = RebateProgramme.objects.filter(valid_from=valid_from)
        for field, texts in (fields | SHARED).items():
            fill(programme, field, texts)
    for year, texts in SPEND_NOTES.items():
        fill(SpendFigure.objects.filter(year=year), "note", texts)


class Migration(migrations.Migration):
    dependencies = [("productions", "0007_language_choices")]

    operations = [migrations.RunPython(translate, migrations.RunPython.noop)]
