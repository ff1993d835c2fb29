"""Demo data for the productions: the clients and every production named in FACTS.md, with posters."""

from decimal import Decimal
from typing import Any

from django.core.files.base import ContentFile
from django.utils import translation

from kfilms import placeholders
from kfilms.demo import SeedReport, Texts, upsert
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
    "description": Texts("", "", ""),
    "spend_amount": None,
    "spend_currency": "USD",
    "spend_is_public": False,
    "spend_note": Texts("", "", ""),
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
        "logline": Texts(
            "The eighth and final season of Showtime's spy thriller, with Claire Danes and Mandy Patinkin.",
            "La huitième et dernière saison du thriller d’espionnage de Showtime, avec Claire Danes et "
            "Mandy Patinkin.",
            "الموسم الثامن والأخير من مسلسل التجسس والتشويق لشبكة Showtime، من بطولة كلير دينز "
            "وماندي باتينكين.",
        ),
        "description": Texts(
            "K Films worked on episodes 3 to 5 of the final season, filmed in Morocco in 2019: that year's "
            "biggest foreign production in the country.",
            "K Films a travaillé sur les épisodes 3 à 5 de la dernière saison, tournés au Maroc en 2019 : "
            "la plus grande production étrangère du pays cette année-là.",
            "عملت K Films على الحلقات من 3 إلى 5 من الموسم الأخير، التي صُوّرت في المغرب سنة 2019، فكانت "
            "أكبر إنتاج أجنبي في البلاد تلك السنة.",
        ),
        "spend_amount": Decimal("27700000.00"),
        "spend_currency": "USD",
        "spend_is_public": True,
        "spend_note": Texts(
            "Reported figure for 2019, the biggest foreign project in Morocco that year.",
            "Chiffre rapporté pour 2019, le plus gros projet étranger au Maroc cette année-là.",
            "رقم منشور عن سنة 2019، أكبرُ مشروع أجنبي في المغرب تلك السنة.",
        ),
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
        "logline": Texts(
            "Paul Greengrass's thriller about the 2009 hijacking of the Maersk Alabama, with Tom Hanks.",
            "Le thriller de Paul Greengrass sur le détournement du Maersk Alabama en 2009, avec Tom Hanks.",
            "فيلم التشويق لبول غرينغراس عن اختطاف سفينة ميرسك ألاباما سنة 2009، من بطولة توم هانكس.",
        ),
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
        "logline": Texts(
            "James Wan's DC superhero adventure, with Jason Momoa as the heir to Atlantis.",
            "L’aventure de super-héros DC signée James Wan, avec Jason Momoa en héritier de l’Atlantide.",
            "مغامرة أبطال DC الخارقين للمخرج جيمس وان، مع جيسون موموا في دور وريث أطلانتس.",
        ),
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
        "logline": Texts(
            "The return of the prison-escape drama, with Wentworth Miller and Dominic Purcell.",
            "Le retour de la série d’évasion, avec Wentworth Miller et Dominic Purcell.",
            "عودة مسلسل الهروب من السجن، من بطولة وينتوورث ميلر ودومينيك بورسيل.",
        ),
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
        "logline": Texts(
            "A woman found in Times Square with no memory and her body covered in tattoos, and the FBI "
            "team that decodes them.",
            "Une femme retrouvée à Times Square sans mémoire, le corps couvert de tatouages, et l’équipe "
            "du FBI qui les déchiffre.",
            "امرأة يُعثر عليها في تايمز سكوير فاقدةً للذاكرة وجسدها مغطّى بالوشوم، وفريق مكتب التحقيقات "
            "الفيدرالي الذي يفكّ رموزها.",
        ),
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
        "logline": Texts(
            "Susanna White's adaptation of John le Carré's novel, with Ewan McGregor and Stellan Skarsgård.",
            "L’adaptation par Susanna White du roman de John le Carré, avec Ewan McGregor et Stellan "
            "Skarsgård.",
            "اقتباس سوزانا وايت لرواية جون لو كاريه، من بطولة إيوان ماكغريغور وستيلان سكارسغارد.",
        ),
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
        "logline": Texts(
            "An espionage thriller about a former agent pulled back into the field.",
            "Un thriller d’espionnage sur un ancien agent rappelé sur le terrain.",
            "مسلسل تجسس وتشويق عن عميل سابق يُستدعى من جديد إلى الميدان.",
        ),
        "description": Texts(
            "K Films worked on the first two seasons of the series for Fox UK.",
            "K Films a travaillé sur les deux premières saisons de la série pour Fox UK.",
            "عملت K Films على الموسمين الأول والثاني من المسلسل لفائدة Fox UK.",
        ),
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
        "logline": Texts(
            "A crime drama set in Baghdad in 2003, adapted from Elliott Colla's novel.",
            "Un polar qui se déroule à Bagdad en 2003, adapté du roman d’Elliott Colla.",
            "دراما بوليسية تدور أحداثها في بغداد سنة 2003، مقتبسة من رواية إليوت كولا.",
        ),
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
        "logline": Texts(
            "A science-fiction series for Apple, created by Simon Kinberg and David Weil.",
            "Une série de science-fiction pour Apple, créée par Simon Kinberg et David Weil.",
            "مسلسل خيال علمي لفائدة Apple، من ابتكار سايمون كينبرغ وديفيد ويل.",
        ),
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
        "logline": Texts(
            "Tala Hadid's drama of a writer searching for his missing brother across Morocco.",
            "Le drame de Tala Hadid sur un écrivain qui cherche son frère disparu à travers le Maroc.",
            "دراما تالا حديد عن كاتب يبحث عن أخيه المفقود عبر ربوع المغرب.",
        ),
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
        "logline": Texts(
            "Jawad Rhalib's drama of a young Moroccan woman who refuses to give in.",
            "Le drame de Jawad Rhalib sur une jeune Marocaine qui refuse de se soumettre.",
            "دراما جواد غالب عن شابة مغربية ترفض الخضوع.",
        ),
    },
    {
        "slug": "le-regard",
        "title": "Le Regard",
        "kind": FEATURE,
        "origin": MOROCCAN,
        "year_start": 2005,
        "director": "Nour-Eddine Lakhmari",
        "roles": [PRODUCER],
        "logline": Texts(
            "Nour-Eddine Lakhmari's drama of a French photographer who returns to Morocco and faces his "
            "memories.",
            "Le drame de Nour-Eddine Lakhmari sur un photographe français qui revient au Maroc et affronte "
            "ses souvenirs.",
            "دراما نور الدين لخماري عن مصوّر فرنسي يعود إلى المغرب ويواجه ذكرياته.",
        ),
    },
    {
        "slug": "the-last-planet",
        "title": "The Last Planet",
        "kind": FEATURE,
        "origin": INTERNATIONAL,
        "year_start": 2019,
        "director": "Terrence Malick",
        "roles": [HOSTING],
        "logline": Texts(
            "Terrence Malick's feature, filmed in part on the studio's sets.",
            "Le long métrage de Terrence Malick, tourné en partie dans les décors du studio.",
            "الفيلم الطويل لتيرنس ماليك، الذي صُوّر جزء منه في ديكورات الاستوديو.",
        ),
        "description": Texts(
            "Hosted at Oasis Studios Morocco; line produced in Morocco by Kasbah Films.",
            "Accueilli à Oasis Studios Morocco ; production exécutive au Maroc assurée par Kasbah Films.",
            "استضافته Oasis Studios Morocco، وتولّت Kasbah Films إنتاجه المنفّذ في المغرب.",
        ),
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
        "logline": Texts(
            "The French comedy sequel with Kev Adams, filmed in part at Oasis Studios Morocco.",
            "La suite de la comédie française avec Kev Adams, tournée en partie à Oasis Studios Morocco.",
            "الجزء الثاني من الكوميديا الفرنسية من بطولة كيف آدامز، صُوّر جزء منه في Oasis Studios Morocco.",
        ),
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
        "logline": Texts(
            "RecordTV's biblical drama about the Phoenician princess who became queen of Israel.",
            "La fresque biblique de RecordTV sur la princesse phénicienne devenue reine d’Israël.",
            "دراما توراتية لقناة RecordTV عن الأميرة الفينيقية التي صارت ملكة على إسرائيل.",
        ),
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
        "logline": Texts(
            "The 1920s lady detective Phryne Fisher on an adventure that takes her to the desert.",
            "Phryne Fisher, détective des années 1920, dans une aventure qui la mène jusqu’au désert.",
            "المحقّقة فراين فيشر، من عشرينيات القرن الماضي، في مغامرة تقودها إلى الصحراء.",
        ),
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
