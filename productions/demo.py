"""Demo data for the productions: the clients and every production named in FACTS.md, with posters."""

from decimal import Decimal
from typing import Any

from django.core.files.base import ContentFile
from django.utils import translation

from kfilms import placeholders
from kfilms.demo import SeedReport, upsert
from studios.models import Facility

from .models import Client, Production, Role

# (slug, name, kind, country). Where the facts name no client, the well-known studio or network is used.
CLIENTS = [
    ("showtime", "Showtime", Client.Kind.NETWORK, "United States"),
    ("fox-uk", "Fox UK", Client.Kind.NETWORK, "United Kingdom"),
    ("channel-4", "Channel 4", Client.Kind.NETWORK, "United Kingdom"),
    ("apple-tv-plus", "Apple TV+", Client.Kind.STREAMER, "United States"),
    ("recordtv", "RecordTV", Client.Kind.NETWORK, "Brazil"),
    ("fox", "FOX", Client.Kind.NETWORK, "United States"),
    ("nbc", "NBC", Client.Kind.NETWORK, "United States"),
    ("columbia-pictures", "Columbia Pictures", Client.Kind.STUDIO, "United States"),
    ("warner-bros-pictures", "Warner Bros. Pictures", Client.Kind.STUDIO, "United States"),
    ("studiocanal", "StudioCanal", Client.Kind.STUDIO, "France"),
    ("every-cloud-productions", "Every Cloud Productions", Client.Kind.PRODUCER, "Australia"),
]

LINE = Role.Code.LINE_PRODUCER
PRODUCER = Role.Code.PRODUCER
SERVICES = Role.Code.PRODUCTION_SERVICES
HOSTING = Role.Code.STUDIO_HOSTING
FEATURE = Production.Kind.FEATURE
SERIES = Production.Kind.SERIES
INTERNATIONAL = Production.Origin.INTERNATIONAL
MOROCCAN = Production.Origin.MOROCCAN

# What a production has unless its entry says otherwise, so a reseed also resets what the facts leave out.
PRODUCTION_DEFAULTS: dict[str, Any] = {
    "original_title": "",
    "year_end": None,
    "seasons": "",
    "episodes": "",
    "director": "",
    "creator": "",
    "client": None,
    "description": "",
    "spend_amount": None,
    "spend_currency": "USD",
    "spend_is_public": False,
    "spend_note": "",
    "is_featured": False,
    "is_published": True,
}

# Years are release years; where the facts give no season, none is claimed.
PRODUCTIONS: list[dict[str, Any]] = [
    {
        "slug": "homeland-season-8",
        "title": "Homeland",
        "kind": SERIES,
        "origin": INTERNATIONAL,
        "year_start": 2020,
        "seasons": "8",
        "episodes": "3–5",
        "creator": "Howard Gordon and Alex Gansa",
        "client": "showtime",
        "roles": [LINE],
        "logline": "The eighth and final season of Showtime's spy thriller, with Claire Danes and "
        "Mandy Patinkin.",
        "description": "K Films worked on episodes 3 to 5 of the final season, filmed in Morocco in 2019: "
        "that year's biggest foreign production in the country.",
        "spend_amount": Decimal("27700000.00"),
        "spend_currency": "USD",
        "spend_is_public": True,
        "spend_note": "Reported figure for 2019, the biggest foreign project in Morocco that year.",
        "is_featured": True,
    },
    {
        "slug": "captain-phillips",
        "title": "Captain Phillips",
        "kind": FEATURE,
        "origin": INTERNATIONAL,
        "year_start": 2013,
        "director": "Paul Greengrass",
        "client": "columbia-pictures",
        "roles": [SERVICES],
        "logline": "Paul Greengrass's thriller about the 2009 hijacking of the Maersk Alabama, "
        "with Tom Hanks.",
        "is_featured": True,
    },
    {
        "slug": "aquaman",
        "title": "Aquaman",
        "kind": FEATURE,
        "origin": INTERNATIONAL,
        "year_start": 2018,
        "director": "James Wan",
        "client": "warner-bros-pictures",
        "roles": [SERVICES],
        "logline": "James Wan's DC superhero adventure, with Jason Momoa as the heir to Atlantis.",
    },
    {
        "slug": "prison-break",
        "title": "Prison Break",
        "kind": SERIES,
        "origin": INTERNATIONAL,
        "year_start": 2017,
        "creator": "Paul Scheuring",
        "client": "fox",
        "roles": [LINE],
        "logline": "The return of the prison-escape drama, with Wentworth Miller and Dominic Purcell.",
    },
    {
        "slug": "blindspot",
        "title": "Blindspot",
        "kind": SERIES,
        "origin": INTERNATIONAL,
        "year_start": 2017,
        "creator": "Martin Gero",
        "client": "nbc",
        "roles": [SERVICES],
        "logline": "A woman found in Times Square with no memory and her body covered in tattoos, "
        "and the FBI team that decodes them.",
    },
    {
        "slug": "our-kind-of-traitor",
        "title": "Our Kind of Traitor",
        "kind": FEATURE,
        "origin": INTERNATIONAL,
        "year_start": 2016,
        "director": "Susanna White",
        "client": "studiocanal",
        "roles": [LINE],
        "logline": "Susanna White's adaptation of John le Carré's novel, with Ewan McGregor and "
        "Stellan Skarsgård.",
    },
    {
        "slug": "deep-state",
        "title": "Deep State",
        "kind": SERIES,
        "origin": INTERNATIONAL,
        "year_start": 2018,
        "year_end": 2019,
        "seasons": "1–2",
        "creator": "Matthew Parkhill and Simon Maxwell",
        "client": "fox-uk",
        "roles": [LINE],
        "logline": "An espionage thriller about a former agent pulled back into the field.",
        "description": "K Films worked on the first two seasons of the series for Fox UK.",
        "is_featured": True,
    },
    {
        "slug": "baghdad-central",
        "title": "Baghdad Central",
        "kind": SERIES,
        "origin": INTERNATIONAL,
        "year_start": 2020,
        "creator": "Stephen Butchard",
        "client": "channel-4",
        "roles": [LINE],
        "logline": "A crime drama set in Baghdad in 2003, adapted from Elliott Colla's novel.",
        "is_featured": True,
    },
    {
        "slug": "ray-james",
        "title": "Ray James",
        "kind": SERIES,
        "origin": INTERNATIONAL,
        "year_start": 2021,
        "creator": "Simon Kinberg and David Weil",
        "client": "apple-tv-plus",
        "roles": [LINE],
        "logline": "A science-fiction series for Apple, created by Simon Kinberg and David Weil.",
    },
    {
        "slug": "the-narrow-frame-of-midnight",
        "title": "The Narrow Frame of Midnight",
        "original_title": "Itar El-Layl",
        "kind": FEATURE,
        "origin": MOROCCAN,
        "year_start": 2014,
        "director": "Tala Hadid",
        "roles": [PRODUCER],
        "logline": "Tala Hadid's drama of a writer searching for his missing brother across Morocco.",
        "is_featured": True,
    },
    {
        "slug": "l-insoumise",
        "title": "L'Insoumise",
        "kind": FEATURE,
        "origin": MOROCCAN,
        "year_start": 2016,
        "director": "Jawad Rhalib",
        "roles": [PRODUCER],
        "logline": "Jawad Rhalib's drama of a young Moroccan woman who refuses to give in.",
    },
    {
        "slug": "le-regard",
        "title": "Le Regard",
        "kind": FEATURE,
        "origin": MOROCCAN,
        "year_start": 2005,
        "director": "Nour-Eddine Lakhmari",
        "roles": [PRODUCER],
        "logline": "Nour-Eddine Lakhmari's drama of a French photographer who returns to Morocco and "
        "faces his memories.",
    },
    {
        "slug": "the-last-planet",
        "title": "The Last Planet",
        "kind": FEATURE,
        "origin": INTERNATIONAL,
        "year_start": 2019,
        "director": "Terrence Malick",
        "roles": [HOSTING],
        "logline": "Terrence Malick's feature, filmed in part on the studio's sets.",
        "description": "Hosted at Oasis Studios Morocco; line produced in Morocco by Kasbah Films.",
        "facilities": ["backlot-ancient-city", "backlot-kasbah"],
    },
    {
        "slug": "alad-2",
        "title": "Alad'2",
        "kind": FEATURE,
        "origin": INTERNATIONAL,
        "year_start": 2018,
        "director": "Lionel Steketee",
        "roles": [HOSTING],
        "logline": "The French comedy sequel with Kev Adams, filmed in part at Oasis Studios Morocco.",
        "facilities": ["backlot-medina", "backlot-kasbah"],
    },
    {
        "slug": "jezabel",
        "title": "Jezabel",
        "kind": SERIES,
        "origin": INTERNATIONAL,
        "year_start": 2019,
        "client": "recordtv",
        "roles": [HOSTING],
        "logline": "RecordTV's biblical drama about the Phoenician princess who became queen of Israel.",
        "facilities": ["backlot-ancient-city", "sound-stage"],
        "is_featured": True,
    },
    {
        "slug": "miss-fisher-and-the-crypt-of-tears",
        "title": "Miss Fisher and the Crypt of Tears",
        "kind": FEATURE,
        "origin": INTERNATIONAL,
        "year_start": 2020,
        "director": "Tony Tilse",
        "client": "every-cloud-productions",
        "roles": [HOSTING],
        "logline": "The 1920s lady detective Phryne Fisher on an adventure that takes her to the desert.",
        "facilities": ["backlot-medina", "sound-stage"],
        "is_featured": True,
    },
]


def _poster(production: Production) -> ContentFile:
    """A title card with the title, years and kind (in English: a picture is not translated)."""
    with translation.override("en"):
        kind = str(production.get_kind_display())
    return placeholders.poster(
        production.slug, production.title, production.years, kind, subtitle=production.original_title
    )


def seed(report: SeedReport) -> None:
    """The clients and networks, then every production with its roles, facilities and poster."""
    clients = {
        slug: upsert(report, Client, {"slug": slug}, {"name": name, "kind": kind, "country": country})
        for slug, name, kind, country in CLIENTS
    }
    # The roles are a fixed list made by a migration; get_or_create only guards a database without it.
    roles = {code: Role.objects.get_or_create(code=code)[0] for code in Role.Code.values}
    facilities = {facility.slug: facility for facility in Facility.objects.all()}
    for spec in PRODUCTIONS:
        values = {
            **PRODUCTION_DEFAULTS,
            **{key: spec[key] for key in spec if key not in {"slug", "roles", "facilities"}},
        }
        upsert(
            report,
            Production,
            {"slug": spec["slug"]},
            {**values, "client": clients.get(values["client"])},
            m2m={
                "roles": [roles[code] for code in spec["roles"]],
                "facilities": [facilities[slug] for slug in spec.get("facilities", [])],
            },
            pictures={"poster": (f"{spec['slug']}.jpg", _poster)},
        )
