"""Demo data for the company (from FACTS.md), and the upsert helpers every app's demo seeding shares."""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.core.files.base import ContentFile
from django.db import models

from . import placeholders
from .models import Company, KeyFigure, Partner

M = TypeVar("M", bound=models.Model)
# A picture to attach: the file name to save it under, and how to draw it from the row (only called
# when the row has no file yet).
Picture = tuple[str, Callable[[Any], ContentFile]]


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
    """Create or update the row found by its natural key, writing only what differs from the facts."""
    values = values or {}
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


COMPANY_STORY = """\
K Films is a Moroccan production-services company, founded in 1998 by Khadija Alami. It brings foreign \
feature films and television series to Morocco and runs them on the ground: crews, locations, permits, \
logistics and budgets, as line producer, producer or executive producer.

For more than two decades the company has worked on more than 50 international productions, from \
Hollywood features to long-running American and British series, alongside Moroccan films. In 2015 it \
opened its own studio near Ouarzazate, Oasis Studios Morocco, so that a production can find sets, a \
sound stage, offices and workshops in one place."""

COMPANY_VALUES = """\
Organisation
Anticipation
Punctuality
Never leaving anything to chance"""

CEO_BIO = """\
Khadija Alami (also known as Khadija Alami Laaroussi) studied economics in Lille, France. She came to \
film production in 1993, after meeting the producer Rick McCallum, and founded K Films five years later.

She has line-produced, produced or executive-produced more than 50 international productions. In 2017 \
she joined the Academy of Motion Picture Arts and Sciences, the first Moroccan woman to become a member."""

KEY_FIGURES = [
    ("50+", "international productions"),
    ("1998", "company founded"),
    ("2017", "joined the Academy of Motion Picture Arts and Sciences"),
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
        "Morocco's film centre: shooting authorisations and the cash rebate for foreign productions.",
    ),
    (
        "Academy of Motion Picture Arts and Sciences",
        "AMPAS",
        Partner.Kind.INSTITUTION,
        True,
        "https://www.oscars.org",
        "Khadija Alami has been a member since 2017, the first Moroccan woman to join.",
    ),
    (
        "Kasbah Films",
        "KF",
        Partner.Kind.PARTNER,
        True,
        "",
        "Moroccan line producer (Karim Debbagh); line produced Terrence Malick's The Last Planet, "
        "shot in part at Oasis Studios.",
    ),
    (
        "Zak Productions",
        "ZP",
        Partner.Kind.PARTNER,
        False,
        "",
        "A fellow Moroccan line producer for foreign shoots, run by Zakaria Alaoui.",
    ),
    (
        "Dune Films",
        "DF",
        Partner.Kind.PARTNER,
        False,
        "",
        "A fellow Moroccan line producer for foreign shoots, run by Jimmy Abounouom.",
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
            "tagline": "Production services in Morocco since 1998",
            "founded_year": 1998,
            "story": COMPANY_STORY,
            "values": COMPANY_VALUES,
            "ceo_name": "Khadija Alami",
            "ceo_title": "Founder and CEO",
            "ceo_bio": CEO_BIO,
            "ceo_photo_alt": "Placeholder portrait: the silhouette of a woman against a warm background",
        },
        pictures={"ceo_photo": ("khadija-alami.jpg", lambda company: placeholders.portrait("khadija-alami"))},
    )
    for order, (value, label) in enumerate(KEY_FIGURES):
        upsert(report, KeyFigure, {"company": company, "label": label}, {"value": value, "order": order})
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
