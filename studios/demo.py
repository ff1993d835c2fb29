"""Demo data for Oasis Studios Morocco: the studio, every facility in FACTS.md, photos and collections."""

from decimal import Decimal
from typing import Any

from kfilms import placeholders
from kfilms.demo import SeedReport, upsert

from .models import Collection, CollectionCategory, Facility, FacilityPhoto, Studio

STUDIO_STORY = """\
K Films opened Oasis Studios Morocco in 2015 (some sources date its founding to 2012) on 17 hectares at \
the edge of the Sahara, between the desert and the High Atlas, about 20 minutes from Ouarzazate. It was \
conceived as a "mini Skywalker Ranch": one place where a production finds standing sets, a sound stage, \
post-production, offices, workshops and a stock of costumes and props.

The built sets cover more than 12,000 m², from a medina and a kasbah to an ancient city. Productions \
from the United States, France, Brazil and Australia have shot here. Students of film schools and \
universities may use the studio, its costumes and its props for their own projects, free of charge."""

STUDIO_EXPANSION = """\
The studio plans to grow by a further 25 hectares of land, with a new sound stage of 1,500 m² and more \
standing sets. Dates are to be confirmed."""

BACKLOT_ZONE_NOTE = "Zone areas are approximate; together they make up the backlot."

# What a facility has unless its entry says otherwise, so a reseed also resets what the facts leave out.
FACILITY_DEFAULTS: dict[str, Any] = {
    "status": Facility.Status.AVAILABLE,
    "expected_year": None,
    "look": "",
    "area": None,
    "length_m": None,
    "width_m": None,
    "clear_height_m": None,
    "power_kva": None,
    "soundproofed": False,
    "air_conditioned": False,
    "water": False,
    "lighting_grid": False,
    "is_published": True,
    "is_featured": False,
}

# Each facility: its fields, then its photos as (scene, caption, alt text). Zones name their set by slug;
# the zones' areas add up to the backlot's, which alone counts towards the built-set total.
FACILITIES: list[dict[str, Any]] = [
    {
        "slug": "backlot",
        "name": "The backlot",
        "kind": Facility.Kind.BACKLOT,
        "area": Decimal(12400),
        "summary": "More than 12,000 m² of standing sets: a medina, a kasbah, an ancient city and a "
        "modern town.",
        "description": "The studio's standing sets, built to be dressed for any period from biblical times "
        "to the present day. Each zone can be booked on its own or together with the others.",
        "water": True,
        "is_featured": True,
        "photos": [
            (
                "medina",
                "The medina street in the late afternoon",
                "Illustration: a street of sand-coloured houses with horseshoe-arched doors",
            ),
            ("kasbah", "The kasbah walls", "Illustration: red-earth kasbah towers with crenellations"),
            ("ancient", "The temple of the ancient city", "Illustration: a columned stone temple"),
            ("town", "The modern town", "Illustration: flat-roofed concrete buildings with water tanks"),
        ],
    },
    {
        "slug": "backlot-medina",
        "parent": "backlot",
        "name": "Medina",
        "kind": Facility.Kind.BACKLOT,
        "look": Facility.Look.MEDINA,
        "area": Decimal(4000),
        "summary": "Narrow streets, arched doorways and a market square of a North African old town.",
        "description": f"Streets and a small square that dress as a Moroccan or Middle Eastern old town. "
        f"{BACKLOT_ZONE_NOTE}",
        "water": True,
        "photos": [
            ("medina", "Main street", "Illustration: sand-coloured houses with arched doors along a street"),
            ("medina", "Side street with a palm", "Illustration: a medina street with a palm tree"),
            ("dunes", "The view beyond the medina", "Illustration: desert dunes under an evening sky"),
        ],
    },
    {
        "slug": "backlot-kasbah",
        "parent": "backlot",
        "name": "Kasbah",
        "kind": Facility.Kind.BACKLOT,
        "look": Facility.Look.KASBAH,
        "area": Decimal(3200),
        "summary": "A fortified earthen kasbah with towers, in the style of the Drâa valley.",
        "description": f"Towers and walls in the rammed-earth style of the south. {BACKLOT_ZONE_NOTE}",
        "photos": [
            ("kasbah", "The kasbah from the east", "Illustration: red-earth kasbah towers and a palm"),
            ("kasbah", "Towers at golden hour", "Illustration: crenellated towers in warm light"),
            ("dunes", "The dunes behind the kasbah", "Illustration: rolling desert dunes"),
        ],
    },
    {
        "slug": "backlot-ancient-city",
        "parent": "backlot",
        "name": "Ancient city",
        "kind": Facility.Kind.BACKLOT,
        "look": Facility.Look.ANCIENT_CITY,
        "area": Decimal(3000),
        "summary": "Temples, colonnades and city walls for biblical and classical stories.",
        "description": f"Stone-look temples and walls for stories of the ancient world. {BACKLOT_ZONE_NOTE}",
        "photos": [
            ("ancient", "The temple", "Illustration: a temple with six columns and a pediment"),
            ("ancient", "Colonnade and ruins", "Illustration: stone columns and broken pillars"),
            ("dunes", "Desert at the city gates", "Illustration: desert dunes at dusk"),
        ],
    },
    {
        "slug": "backlot-modern-town",
        "parent": "backlot",
        "name": "Modern town",
        "kind": Facility.Kind.BACKLOT,
        "look": Facility.Look.MIDDLE_EAST,
        "area": Decimal(2200),
        "summary": "Concrete blocks, rooftops and streets for a contemporary Middle Eastern town.",
        "description": f"Flat-roofed buildings for contemporary stories. {BACKLOT_ZONE_NOTE}",
        "photos": [
            ("town", "Rooftops", "Illustration: flat-roofed buildings with water tanks on the roofs"),
            ("town", "Main road", "Illustration: a row of concrete buildings under a blue sky"),
        ],
    },
    {
        "slug": "sound-stage",
        "name": "Sound stage",
        "kind": Facility.Kind.SOUND_STAGE,
        "area": Decimal(300),
        "summary": "The studio's 300 m² sound stage, for interiors and scenes that need a controlled set.",
        "description": "A soundproofed stage a short walk from the backlot. Dimensions, clear height "
        "and power on request.",
        "soundproofed": True,
        "air_conditioned": True,
        "lighting_grid": True,
        "is_featured": True,
        "photos": [
            ("stage", "The stage and its cyclorama", "Illustration: a dark stage with a pale cyclorama"),
            ("stage", "Lamps on the grid", "Illustration: cones of light from lamps on a lighting grid"),
            ("stage", "The stage floor", "Illustration: a sound stage floor under warm light"),
        ],
    },
    {
        "slug": "post-production-suite",
        "name": "Post-production suite",
        "kind": Facility.Kind.POST_PRODUCTION,
        "summary": "Editing and grading rooms on site, so rushes are checked while the sets still stand.",
        "description": "Studio and post-production facilities on the lot.",
        "air_conditioned": True,
        "photos": [
            (
                "post",
                "The grading room",
                "Illustration: three monitors showing desert footage in a dark room",
            ),
            ("post", "Editing desk", "Illustration: an editing desk in front of screens"),
        ],
    },
    {
        "slug": "production-offices",
        "name": "Production offices",
        "kind": Facility.Kind.OFFICE,
        "summary": "Offices for the production team, a short walk from the sets.",
        "description": "Production offices for the visiting team, on the studio grounds.",
        "air_conditioned": True,
        "water": True,
        "photos": [
            ("office", "Production office", "Illustration: an office with a window on the desert"),
            ("office", "The planning board", "Illustration: call sheets pinned to a board beside a table"),
        ],
    },
    {
        "slug": "workshop",
        "name": "Workshop",
        "kind": Facility.Kind.WORKSHOP,
        "summary": "A construction workshop for building and repairing sets on the lot.",
        "description": "Where flats, facades and set pieces are built and painted before going onto the "
        "backlot or the stage.",
        "water": True,
        "photos": [
            ("workshop", "Flats under construction", "Illustration: timber flats leaning in a workshop"),
            ("workshop", "The workshop door", "Illustration: a workshop opening onto the desert"),
        ],
    },
    {
        "slug": "costume-and-props-store",
        "name": "Costume and props store",
        "kind": Facility.Kind.STORE,
        "summary": "The studio's stock of costumes and props, from biblical robes to market pottery.",
        "description": "The costume and props collections are kept here, ready for fittings and dressing.",
        "photos": [
            ("costumes", "Costume rails", "Illustration: rails of colourful robes and garments"),
            ("props", "Props shelves", "Illustration: shelves of pots, jars and boxes"),
        ],
    },
    {
        "slug": "studio-land",
        "name": "Studio land",
        "kind": Facility.Kind.LAND,
        "area": Decimal(17),
        "summary": "17 hectares between the Sahara and the High Atlas, with room for bespoke sets.",
        "description": "The studio grounds: open desert land around the sets, for exteriors and for "
        "building new sets.",
        "photos": [
            ("land", "The track into the studio", "Illustration: a desert track towards the mountains"),
            ("dunes", "Dunes at the edge of the lot", "Illustration: dunes under a dusk sky"),
            ("land", "Open ground", "Illustration: flat desert ground with scrub"),
        ],
    },
    {
        "slug": "new-sound-stage",
        "name": "New sound stage",
        "kind": Facility.Kind.SOUND_STAGE,
        "status": Facility.Status.PLANNED,
        "area": Decimal(1500),
        "summary": "A planned 1,500 m² sound stage, five times the size of the current one.",
        "description": "Part of the studio's expansion plans. Dates to be confirmed.",
        "photos": [
            (
                "construction",
                "The planned stage (outline)",
                "Illustration: a dashed outline of a large building on desert ground, with a crane",
            ),
            ("construction", "The site", "Illustration: survey stakes with orange flags on the desert"),
        ],
    },
    {
        "slug": "expansion-land",
        "name": "Expansion land",
        "kind": Facility.Kind.LAND,
        "status": Facility.Status.PLANNED,
        "area": Decimal(25),
        "summary": "A further 25 hectares of land planned for the studio.",
        "description": "Land for the studio's expansion: new stages and sets. Dates to be confirmed.",
        "photos": [
            ("land", "The expansion land", "Illustration: open desert ground towards the mountains"),
            ("dunes", "Looking south", "Illustration: dunes under the evening sky"),
        ],
    },
    {
        "slug": "new-backlot-sets",
        "name": "New standing sets",
        "kind": Facility.Kind.BACKLOT,
        "status": Facility.Status.PLANNED,
        "summary": "More standing sets are planned as part of the expansion.",
        "description": "Further sets for the backlot, part of the studio's expansion. Dates to be confirmed.",
        "photos": [
            (
                "construction",
                "Where the new sets will stand",
                "Illustration: a dashed outline on desert ground, with a crane",
            ),
            ("dunes", "The site today", "Illustration: desert dunes"),
        ],
    },
]

COLLECTIONS: list[dict[str, Any]] = [
    {
        "slug": "costume-stock",
        "kind": Collection.Kind.COSTUMES,
        "name": "Costume stock",
        "description": "Costumes for productions and students, from the ancient world to today. "
        "Item counts are indicative; ask us for the current inventory.",
        "scene": "costumes",
        "photo_alt": "Illustration: rails of colourful robes and garments",
        "categories": [
            ("Biblical and ancient world", 1200),
            ("Moroccan and North African traditional dress", 800),
            ("Contemporary Middle Eastern", 600),
            ("Military and police uniforms", 350),
            ("European period costume", 300),
        ],
    },
    {
        "slug": "props-stock",
        "kind": Collection.Kind.PROPS,
        "name": "Props stock",
        "description": "Props and set dressing for markets, homes, palaces and battlefields. "
        "Item counts are indicative; ask us for the current inventory.",
        "scene": "props",
        "photo_alt": "Illustration: shelves of pots, jars and boxes",
        "categories": [
            ("Pottery, baskets and market goods", 900),
            ("Furniture and rugs", 450),
            ("Lanterns and lighting", 250),
            ("Replica weapons and armour", 300),
            ("Carts, chariots and saddlery", 40),
        ],
    },
]


def seed(report: SeedReport) -> None:
    """The studio, its facilities with their photos, and the costume and props collections."""
    studio = upsert(
        report,
        Studio,
        {"slug": "oasis-studios-morocco"},
        {
            "name": "Oasis Studios Morocco",
            "tagline": "A film studio between the Sahara and the High Atlas",
            "location": "Near Ouarzazate, Morocco",
            "access": "About 20 minutes from Ouarzazate",
            # Approximate: the coordinates of the Ouarzazate area, not a surveyed point.
            "latitude": Decimal("30.920000"),
            "longitude": Decimal("-6.890000"),
            "land_hectares": Decimal(17),
            "opened_year": 2015,
            "story": STUDIO_STORY,
            "expansion": STUDIO_EXPANSION,
        },
    )
    facilities: dict[str, Facility] = {}
    for order, spec in enumerate(FACILITIES):
        values = {
            **FACILITY_DEFAULTS,
            **{key: spec[key] for key in spec if key not in {"slug", "parent", "photos"}},
        }
        facility = upsert(
            report,
            Facility,
            {"slug": spec["slug"]},
            {
                **values,
                "studio": studio,
                "parent": facilities.get(spec.get("parent", "")),
                "order": order * 10,
            },
        )
        facilities[facility.slug] = facility
        for position, (scene, caption, alt_text) in enumerate(spec["photos"]):
            key = f"{facility.slug}-{position + 1}"
            upsert(
                report,
                FacilityPhoto,
                {"facility": facility, "order": position},
                {"caption": caption, "alt_text": alt_text},
                pictures={"image": (f"{key}.jpg", lambda photo, k=key, s=scene: placeholders.photo(k, s))},
            )
    for order, spec in enumerate(COLLECTIONS):
        collection = upsert(
            report,
            Collection,
            {"slug": spec["slug"]},
            {
                "studio": studio,
                "kind": spec["kind"],
                "name": spec["name"],
                "description": spec["description"],
                "photo_alt": spec["photo_alt"],
                "order": order,
            },
            pictures={
                "photo": (
                    f"{spec['slug']}.jpg",
                    lambda collection, s=spec: placeholders.photo(collection.slug, s["scene"]),
                )
            },
        )
        for position, (name, count) in enumerate(spec["categories"]):
            upsert(
                report,
                CollectionCategory,
                {"collection": collection, "name": name},
                {"item_count": count, "order": position},
            )
