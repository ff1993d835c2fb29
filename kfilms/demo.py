"""Demo data for the company (from FACTS.md), and the upsert helpers every app's demo seeding shares."""

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

from django.core.files.base import ContentFile
from django.db import models

from . import placeholders
from .models import Company, KeyFigure, Partner

M = TypeVar("M", bound=models.Model)
# A picture to attach: the file name to save it under, and how to draw it from the row (only called
# when the row has no file yet).
Picture = tuple[str, Callable[[Any], ContentFile]]


class Texts(NamedTuple):
    """One text of the demo data in the site's three languages."""

    en: str
    fr: str
    ar: str

    def then(self, other: "Texts") -> "Texts":
        """This text followed by another, in each language."""
        return Texts(*(f"{first} {second}" for first, second in zip(self, other, strict=True)))


def french_spacing(text: str) -> str:
    """French typography: no-break spaces before : ; ? ! », after «, in 12 000 and before a unit."""
    text = re.sub(r" ([:;?!»])", "\N{NO-BREAK SPACE}\\1", text)
    text = text.replace("« ", "«\N{NO-BREAK SPACE}")
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\N{NARROW NO-BREAK SPACE}", text)
    return re.sub(r"(?<=\d) (?=m²|ha\b|%)", "\N{NO-BREAK SPACE}", text)


def by_language(values: dict[str, Any]) -> dict[str, Any]:
    """Spread each Texts value over its field's language columns (name_en, name_fr, name_ar)."""
    spread = {}
    for name, value in values.items():
        if isinstance(value, Texts):
            spread |= {f"{name}_en": value.en, f"{name}_fr": french_spacing(value.fr), f"{name}_ar": value.ar}
        else:
            spread[name] = value
    return spread


@dataclass
class SeedReport:
    """What a seeding run did, per model: rows created, updated and unchanged, and pictures drawn."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, model: type[models.Model], outcome: str) -> None:
        self.counts.setdefault(model._meta.label, Counter())[outcome] += 1

    def lines(self) -> list[str]:
        lines = []
        for label, counts in self.counts.items():
            line = (
                f"{label}: {counts['created']} created, {counts['updated']} updated, "
                f"{counts['unchanged']} unchanged"
            )
            if counts["pictures"]:
                line += f", {counts['pictures']} pictures drawn"
            if counts["skipped"]:
                line += f", {counts['skipped']} skipped (they would clash with rows staff entered)"
            lines.append(line)
        return lines


def _same(obj: models.Model, name: str, value: Any) -> bool:
    model_field = obj._meta.get_field(name)
    if model_field.many_to_one or model_field.one_to_one:
        # Compare ids, so an unchanged foreign key costs no query.
        return getattr(obj, model_field.attname) == (value.pk if value is not None else None)
    return getattr(obj, name) == value


def _attach_picture(obj: models.Model, name: str, picture: Picture, report: SeedReport) -> bool:
    """Give an image field a file when it has none on disk; True when the field changed."""
    file = getattr(obj, name)
    if file.name and file.storage.exists(file.name):
        return False
    filename, draw = picture
    target = file.field.generate_filename(obj, filename)
    if file.storage.exists(target):
        # Drawn by an earlier run whose rows are gone (a reset database): reuse, never duplicate.
        setattr(obj, name, target)
    else:
        file.save(filename, draw(obj), save=False)
        report.add(type(obj), "pictures")
    return True


def upsert(
    report: SeedReport,
    model: type[M],
    lookup: dict[str, Any],
    values: dict[str, Any] | None = None,
    *,
    m2m: dict[str, Iterable[models.Model]] | None = None,
    pictures: dict[str, Picture] | None = None,
) -> M:
    """Create or update the row found by its natural key, writing only what differs from the facts.

    A Texts value fills the field in every language; lookups and plain strings are English.
    """
    values = by_language(values or {})
    obj = model.objects.filter(**lookup).order_by("pk").first()
    created = obj is None
    if obj is None:
        obj = model(**lookup)
    changed = [name for name, value in values.items() if not _same(obj, name, value)]
    for name in changed:
        setattr(obj, name, values[name])
    changed += [
        name for name, picture in (pictures or {}).items() if _attach_picture(obj, name, picture, report)
    ]
    if created or changed:
        obj.full_clean()
        obj.save()
    related_changed = False
    for name, related in (m2m or {}).items():
        manager = getattr(obj, name)
        wanted = list(related)
        if created or set(manager.values_list("pk", flat=True)) != {item.pk for item in wanted}:
            manager.set(wanted)
            related_changed = True
    report.add(model, "created" if created else "updated" if changed or related_changed else "unchanged")
    return obj


COMPANY_STORY = Texts(
    """\
K Films is a Moroccan production-services company, founded in 1998 by Khadija Alami. It brings foreign \
feature films and television series to Morocco and runs them on the ground: crews, locations, permits, \
logistics and budgets, as line producer, producer or executive producer.

For more than two decades the company has worked on more than 50 international productions, from \
Hollywood features to long-running American and British series, alongside Moroccan films. In 2015 it \
opened its own studio near Ouarzazate, Oasis Studios Morocco, so that a production can find sets, a \
sound stage, offices and workshops in one place.""",
    """\
K Films est une société marocaine de services de production, fondée en 1998 par Khadija Alami. Elle \
accueille au Maroc des longs métrages et des séries télévisées étrangers et les mène sur le terrain : \
équipes, lieux de tournage, autorisations, logistique et budgets, comme producteur exécutif, producteur \
ou producteur délégué.

En plus de vingt ans, la société a travaillé sur plus de 50 productions internationales, des longs \
métrages hollywoodiens aux grandes séries américaines et britanniques, aux côtés de films marocains. En \
2015, elle a ouvert son propre studio près de Ouarzazate, Oasis Studios Morocco, pour qu’une production \
trouve au même endroit des décors, un plateau, des bureaux et des ateliers.""",
    """\
K Films شركة مغربية لخدمات الإنتاج، أسستها خديجة العلمي سنة 1998. تستقبل في المغرب أفلامًا طويلة \
ومسلسلات تلفزيونية أجنبية وتتولى تسييرها ميدانيًا: الطواقم، ومواقع التصوير، والرخص، واللوجستيك، \
والميزانيات، بصفتها منتجًا منفّذًا أو منتجًا أو منتجًا تنفيذيًا.

على مدى أكثر من عقدين، عملت الشركة على أكثر من 50 إنتاجًا دوليًا، من أفلام هوليوود الطويلة إلى \
المسلسلات الأمريكية والبريطانية الطويلة، إلى جانب أفلام مغربية. وفي سنة 2015 افتتحت استوديو خاصًا بها \
قرب ورزازات، Oasis Studios Morocco، ليجد الإنتاج في مكان واحد الديكورات واستوديو التصوير والمكاتب \
والورشات.""",
)

COMPANY_VALUES = Texts(
    """\
Organisation
Anticipation
Punctuality
Never leaving anything to chance""",
    """\
Organisation
Anticipation
Ponctualité
Ne jamais rien laisser au hasard""",
    """\
التنظيم
الاستباق
احترام المواعيد
عدم ترك أي شيء للصدفة""",
)

CEO_BIO = Texts(
    """\
Khadija Alami (also known as Khadija Alami Laaroussi) studied economics in Lille, France. She came to \
film production in 1993, after meeting the producer Rick McCallum, and founded K Films five years later.

She has line-produced, produced or executive-produced more than 50 international productions. In 2017 \
she joined the Academy of Motion Picture Arts and Sciences, the first Moroccan woman to become a member.""",
    """\
Khadija Alami (également connue sous le nom de Khadija Alami Laaroussi) a étudié l’économie à Lille, en \
France. Elle est venue à la production de films en 1993, après sa rencontre avec le producteur Rick \
McCallum, et a fondé K Films cinq ans plus tard.

Elle a été productrice exécutive, productrice ou productrice déléguée de plus de 50 productions \
internationales. En 2017, elle est entrée à l’Academy of Motion Picture Arts and Sciences, l’académie \
des Oscars : elle est la première Marocaine à en devenir membre.""",
    """\
درست خديجة العلمي (المعروفة أيضًا باسم خديجة العلمي العروسي) الاقتصاد في مدينة ليل بفرنسا. دخلت مجال \
الإنتاج السينمائي سنة 1993 بعد لقائها بالمنتج ريك ماكالوم، وأسست K Films بعد ذلك بخمس سنوات.

عملت منتجةً منفّذةً أو منتجةً أو منتجةً تنفيذيةً لأكثر من 50 إنتاجًا دوليًا. وفي سنة 2017 انضمت إلى \
أكاديمية فنون وعلوم الصور المتحركة، مانحة جوائز الأوسكار، فكانت أول امرأة مغربية تنال عضويتها.""",
)

KEY_FIGURES = [
    ("50+", Texts("international productions", "productions internationales", "إنتاجًا دوليًا")),
    ("1998", Texts("company founded", "création de la société", "سنة تأسيس الشركة")),
    (
        "2017",
        Texts(
            "joined the Academy of Motion Picture Arts and Sciences",
            "entrée à l’Academy of Motion Picture Arts and Sciences",
            "الانضمام إلى أكاديمية فنون وعلوم الصور المتحركة",
        ),
    ),
]

# (name, monogram, kind, published, url, description). Peers are kept unpublished: the facts name
# them as fellow line producers, not partners, so staff decide whether to show them.
PARTNERS = [
    (
        "Centre Cinématographique Marocain",
        "CCM",
        Partner.Kind.INSTITUTION,
        True,
        "https://www.ccm.ma",
        Texts(
            "Morocco's film centre: shooting authorisations and the cash rebate for foreign productions.",
            "Le centre du cinéma marocain : autorisations de tournage et remboursement (cash rebate) pour "
            "les productions étrangères.",
            "المركز السينمائي المغربي: رخص التصوير والاسترداد النقدي لفائدة الإنتاجات الأجنبية.",
        ),
    ),
    (
        "Academy of Motion Picture Arts and Sciences",
        "AMPAS",
        Partner.Kind.INSTITUTION,
        True,
        "https://www.oscars.org",
        Texts(
            "Khadija Alami has been a member since 2017, the first Moroccan woman to join.",
            "Khadija Alami en est membre depuis 2017, première Marocaine à y entrer.",
            "خديجة العلمي عضو فيها منذ 2017، وهي أول امرأة مغربية تنضم إليها.",
        ),
    ),
    (
        "Kasbah Films",
        "KF",
        Partner.Kind.PARTNER,
        True,
        "",
        Texts(
            "Moroccan line producer (Karim Debbagh); line produced Terrence Malick's The Last Planet, "
            "shot in part at Oasis Studios.",
            "Producteur exécutif marocain (Karim Debbagh) ; a assuré la production exécutive de The Last "
            "Planet de Terrence Malick, tourné en partie à Oasis Studios.",
            "منتج منفّذ مغربي (كريم الدباغ)؛ تولى الإنتاج المنفّذ لفيلم The Last Planet لتيرنس ماليك، "
            "الذي صُوّر جزء منه في Oasis Studios.",
        ),
    ),
    (
        "Zak Productions",
        "ZP",
        Partner.Kind.PARTNER,
        False,
        "",
        Texts(
            "A fellow Moroccan line producer for foreign shoots, run by Zakaria Alaoui.",
            "Un autre producteur exécutif marocain de tournages étrangers, dirigé par Zakaria Alaoui.",
            "منتج منفّذ مغربي آخر للتصويرات الأجنبية، يديره زكرياء العلوي.",
        ),
    ),
    (
        "Dune Films",
        "DF",
        Partner.Kind.PARTNER,
        False,
        "",
        Texts(
            "A fellow Moroccan line producer for foreign shoots, run by Jimmy Abounouom.",
            "Un autre producteur exécutif marocain de tournages étrangers, dirigé par Jimmy Abounouom.",
            "منتج منفّذ مغربي آخر للتصويرات الأجنبية، يديره جيمي أبو نعوم.",
        ),
    ),
]


def seed(report: SeedReport) -> None:
    """The company profile, its key figures and its partners."""
    # An empty lookup finds the one company profile whatever its name, so a rename is updated, not doubled.
    company = upsert(
        report,
        Company,
        {},
        {
            "name": "K Films",
            "tagline": Texts(
                "Production services in Morocco since 1998",
                "Services de production au Maroc depuis 1998",
                "خدمات الإنتاج في المغرب منذ 1998",
            ),
            "founded_year": 1998,
            "story": COMPANY_STORY,
            "values": COMPANY_VALUES,
            "ceo_name": "Khadija Alami",
            "ceo_title": Texts(
                "Founder and CEO", "Fondatrice et directrice générale", "المؤسِّسة والمديرة العامة"
            ),
            "ceo_bio": CEO_BIO,
            "ceo_photo_alt": Texts(
                "Placeholder portrait: the silhouette of a woman against a warm background",
                "Portrait provisoire : la silhouette d’une femme sur un fond chaud",
                "صورة مؤقتة: ظلّ امرأة على خلفية بألوان دافئة",
            ),
        },
        pictures={"ceo_photo": ("khadija-alami.jpg", lambda company: placeholders.portrait("khadija-alami"))},
    )
    for order, (value, label) in enumerate(KEY_FIGURES):
        upsert(
            report,
            KeyFigure,
            {"company": company, "label": label.en},
            {"value": value, "label": label, "order": order},
        )
    for order, (name, monogram, kind, published, url, description) in enumerate(PARTNERS):
        upsert(
            report,
            Partner,
            {"name": name},
            {"kind": kind, "is_published": published, "url": url, "description": description, "order": order},
            pictures={
                "logo": (
                    f"{monogram.lower()}.jpg",
                    lambda partner, m=monogram: placeholders.logo(partner.name, m),
                )
            },
        )
