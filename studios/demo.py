"""Demo data for Oasis Studios Morocco: the studio, every facility in FACTS.md, photos and collections."""

from decimal import Decimal
from typing import Any

from kfilms import placeholders
from kfilms.demo import SeedReport, Texts, upsert

from .demo_facilities import FACILITIES, FACILITY_DEFAULTS
from .models import Collection, CollectionCategory, Facility, FacilityPhoto, Studio

STUDIO_STORY = Texts(
    """\
K Films opened Oasis Studios Morocco in 2015 (some sources date its founding to 2012) on 17 hectares at \
the edge of the Sahara, between the desert and the High Atlas, about 20 minutes from Ouarzazate. It was \
conceived as a "mini Skywalker Ranch": one place where a production finds standing sets, a sound stage, \
post-production, offices, workshops and a stock of costumes and props.

The built sets cover more than 12,000 m², from a medina and a kasbah to an ancient city. Productions \
from the United States, France, Brazil and Australia have shot here. Students of film schools and \
universities may use the studio, its costumes and its props for their own projects, free of charge.""",
    """\
K Films a ouvert Oasis Studios Morocco en 2015 (certaines sources datent sa fondation de 2012) sur \
17 hectares aux portes du Sahara, entre le désert et le Haut Atlas, à une vingtaine de minutes de \
Ouarzazate. Il a été pensé comme un « mini Skywalker Ranch » : un lieu unique où une production trouve \
des décors permanents, un plateau, la postproduction, des bureaux, des ateliers et un stock de costumes \
et d’accessoires.

Les décors construits couvrent plus de 12 000 m², d’une médina et d’une kasbah à une cité antique. Des \
productions venues des États-Unis, de France, du Brésil et d’Australie y ont tourné. Les étudiants des \
écoles de cinéma et des universités peuvent utiliser gratuitement le studio, ses costumes et ses \
accessoires pour leurs propres projets.""",
    """\
افتتحت K Films استوديوهات Oasis Studios Morocco سنة 2015 (وتؤرخ بعض المصادر تأسيسها بسنة 2012) على \
مساحة 17 هكتارًا عند تخوم الصحراء، بين الصحراء والأطلس الكبير، على بعد نحو 20 دقيقة من ورزازات. وقد \
صُمّمت لتكون «سكاي ووكر رانش مصغّرًا»: مكانًا واحدًا يجد فيه الإنتاج ديكورات دائمة واستوديو تصوير \
وخدمات ما بعد الإنتاج ومكاتب وورشات ومخزونًا من الأزياء والإكسسوارات.

تمتد الديكورات المبنية على أكثر من 12 ألف متر مربع، من مدينة عتيقة وقصبة إلى مدينة قديمة. وقد صوّرت \
هنا إنتاجات من الولايات المتحدة وفرنسا والبرازيل وأستراليا. ويمكن لطلبة مدارس السينما والجامعات \
استعمال الاستوديو وأزيائه وإكسسواراته في مشاريعهم الخاصة مجانًا.""",
)

STUDIO_EXPANSION = Texts(
    """\
The studio plans to grow by a further 25 hectares of land, with a new sound stage of 1,500 m² and more \
standing sets. Dates are to be confirmed.""",
    """\
Le studio prévoit de s’agrandir de 25 hectares supplémentaires, avec un nouveau plateau de 1 500 m² et \
de nouveaux décors permanents. Les dates restent à confirmer.""",
    """\
يعتزم الاستوديو التوسع بمساحة إضافية قدرها 25 هكتارًا، مع استوديو تصوير جديد بمساحة 1500 متر مربع \
وديكورات دائمة أخرى. المواعيد لم تُحدَّد بعد.""",
)

INDICATIVE_COUNTS = Texts(
    "Item counts are indicative; ask us for the current inventory.",
    "Les quantités sont indicatives ; demandez-nous l’inventaire à jour.",
    "الأعداد تقريبية؛ اطلبوا منا الجرد المحيَّن.",
)

COLLECTIONS: list[dict[str, Any]] = [
    {
        "slug": "costume-stock",
        "kind": Collection.Kind.COSTUMES,
        "name": Texts("Costume stock", "Stock de costumes", "مخزون الأزياء"),
        "description": Texts(
            "Costumes for productions and students, from the ancient world to today.",
            "Des costumes pour les productions et les étudiants, de l’Antiquité à nos jours.",
            "أزياء للإنتاجات والطلبة، من العالم القديم إلى اليوم.",
        ),
        "scene": "costumes",
        "photo_alt": Texts(
            "Illustration: rails of colourful robes and garments",
            "Illustration : des portants de robes et de vêtements colorés",
            "رسم توضيحي: رفوف معلّق عليها أثواب وملابس ملوّنة",
        ),
        "categories": [
            (
                Texts(
                    "Biblical and ancient world",
                    "Monde biblique et antique",
                    "العالم التوراتي والقديم",
                ),
                1200,
            ),
            (
                Texts(
                    "Moroccan and North African traditional dress",
                    "Tenues traditionnelles marocaines et nord-africaines",
                    "الألبسة التقليدية المغربية والمغاربية",
                ),
                800,
            ),
            (
                Texts(
                    "Contemporary Middle Eastern",
                    "Moyen-Orient contemporain",
                    "الشرق الأوسط المعاصر",
                ),
                600,
            ),
            (
                Texts(
                    "Military and police uniforms",
                    "Uniformes militaires et de police",
                    "الأزياء العسكرية وأزياء الشرطة",
                ),
                350,
            ),
            (
                Texts(
                    "European period costume",
                    "Costumes d’époque européens",
                    "أزياء أوروبية تاريخية",
                ),
                300,
            ),
        ],
    },
    {
        "slug": "props-stock",
        "kind": Collection.Kind.PROPS,
        "name": Texts("Props stock", "Stock d’accessoires", "مخزون الإكسسوارات"),
        "description": Texts(
            "Props and set dressing for markets, homes, palaces and battlefields.",
            "Des accessoires et de quoi habiller les décors de marchés, de maisons, de palais et de champs "
            "de bataille.",
            "إكسسوارات ولوازم تأثيث لديكورات الأسواق والبيوت والقصور وساحات المعارك.",
        ),
        "scene": "props",
        "photo_alt": Texts(
            "Illustration: shelves of pots, jars and boxes",
            "Illustration : des étagères de pots, de jarres et de boîtes",
            "رسم توضيحي: رفوف عليها قدور وجِرار وصناديق",
        ),
        "categories": [
            (
                Texts(
                    "Pottery, baskets and market goods",
                    "Poteries, paniers et marchandises de souk",
                    "الفخار والسلال وبضائع الأسواق",
                ),
                900,
            ),
            (Texts("Furniture and rugs", "Mobilier et tapis", "الأثاث والزرابي"), 450),
            (Texts("Lanterns and lighting", "Lanternes et éclairage", "الفوانيس والإنارة"), 250),
            (
                Texts(
                    "Replica weapons and armour",
                    "Répliques d’armes et d’armures",
                    "نسخ مقلّدة من الأسلحة والدروع",
                ),
                300,
            ),
            (
                Texts(
                    "Carts, chariots and saddlery",
                    "Charrettes, chars et sellerie",
                    "العربات والمركبات الحربية والسروج",
                ),
                40,
            ),
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
            "tagline": Texts(
                "A film studio between the Sahara and the High Atlas",
                "Un studio de cinéma entre le Sahara et le Haut Atlas",
                "استوديو سينمائي بين الصحراء والأطلس الكبير",
            ),
            "location": Texts("Near Ouarzazate, Morocco", "Près de Ouarzazate, Maroc", "قرب ورزازات، المغرب"),
            "access": Texts(
                "About 20 minutes from Ouarzazate",
                "À une vingtaine de minutes de Ouarzazate",
                "على بعد نحو 20 دقيقة من ورزازات",
            ),
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
                # The note on the counts is the same for every collection, in each language.
                "description": spec["description"].then(INDICATIVE_COUNTS),
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
                {"collection": collection, "name": name.en},
                {"name": name, "item_count": count, "order": position},
            )
