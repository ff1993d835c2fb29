"""Demo data for the studio's facilities (from FACTS.md), with their photos, in three languages."""

from decimal import Decimal
from typing import Any

from kfilms.demo import Texts

from .models import Facility

BACKLOT_ZONE_NOTE = Texts(
    "Zone areas are approximate; together they make up the backlot.",
    "Les surfaces des zones sont approximatives ; ensemble, elles forment le backlot.",
    "مساحات المناطق تقريبية، ومجموعها يشكّل الديكورات الخارجية.",
)


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

ILLUSTRATION = Texts("Illustration:", "Illustration :", "رسم توضيحي:")


def drawn_photo(scene: str, caption: Texts, shows: Texts) -> tuple[str, Texts, Texts]:
    """A placeholder photo: its scene, caption and alt text (which says it is an illustration)."""
    return scene, caption, ILLUSTRATION.then(shows)


# Each facility: its fields, then its photos as (scene, caption, alt text). Zones name their set by slug;
# the zones' areas add up to the backlot's, which alone counts towards the built-set total.
FACILITIES: list[dict[str, Any]] = [
    {
        "slug": "backlot",
        "name": Texts("The backlot", "Le backlot", "الديكورات الخارجية"),
        "kind": Facility.Kind.BACKLOT,
        "area": Decimal(12400),
        "summary": Texts(
            "More than 12,000 m² of standing sets: a medina, a kasbah, an ancient city and a modern town.",
            "Plus de 12 000 m² de décors permanents : une médina, une kasbah, une cité antique et une "
            "ville moderne.",
            "أكثر من 12 ألف متر مربع من الديكورات الدائمة: مدينة عتيقة وقصبة ومدينة قديمة ومدينة حديثة.",
        ),
        "description": Texts(
            "The studio's standing sets, built to be dressed for any period from biblical times to the "
            "present day. Each zone can be booked on its own or together with the others.",
            "Les décors permanents du studio, construits pour être habillés à toutes les époques, des temps "
            "bibliques à nos jours. Chaque zone peut être réservée seule ou avec les autres.",
            "الديكورات الدائمة للاستوديو، شُيّدت لتُهيّأ لأي حقبة، من العصور التوراتية إلى يومنا هذا. "
            "ويمكن حجز كل منطقة وحدها أو مع المناطق الأخرى.",
        ),
        "water": True,
        "is_featured": True,
        "photos": [
            drawn_photo(
                "medina",
                Texts(
                    "The medina street in the late afternoon",
                    "La rue de la médina en fin d’après-midi",
                    "زقاق المدينة العتيقة في آخر الظهيرة",
                ),
                Texts(
                    "a street of sand-coloured houses with horseshoe-arched doors",
                    "une rue de maisons couleur sable aux portes en arc outrepassé",
                    "زقاق من بيوت بلون الرمل بأبواب على شكل حدوة فرس",
                ),
            ),
            drawn_photo(
                "kasbah",
                Texts("The kasbah walls", "Les murs de la kasbah", "أسوار القصبة"),
                Texts(
                    "red-earth kasbah towers with crenellations",
                    "les tours crénelées d’une kasbah en terre rouge",
                    "أبراج قصبة من الطين الأحمر بشرفات مسنّنة",
                ),
            ),
            drawn_photo(
                "ancient",
                Texts(
                    "The temple of the ancient city", "Le temple de la cité antique", "معبد المدينة القديمة"
                ),
                Texts("a columned stone temple", "un temple de pierre à colonnes", "معبد حجري ذو أعمدة"),
            ),
            drawn_photo(
                "town",
                Texts("The modern town", "La ville moderne", "المدينة الحديثة"),
                Texts(
                    "flat-roofed concrete buildings with water tanks",
                    "des immeubles en béton à toit plat avec des citernes d’eau",
                    "مبانٍ إسمنتية بسطوح مستوية عليها خزانات ماء",
                ),
            ),
        ],
    },
    {
        "slug": "backlot-medina",
        "parent": "backlot",
        "name": Texts("Medina", "Médina", "المدينة العتيقة"),
        "kind": Facility.Kind.BACKLOT,
        "look": Facility.Look.MEDINA,
        "area": Decimal(4000),
        "summary": Texts(
            "Narrow streets, arched doorways and a market square of a North African old town.",
            "Ruelles étroites, portes en arc et place du marché d’une vieille ville d’Afrique du Nord.",
            "أزقة ضيقة وأبواب مقوّسة وساحة سوق لمدينة عتيقة من شمال إفريقيا.",
        ),
        "description": Texts(
            "Streets and a small square that dress as a Moroccan or Middle Eastern old town.",
            "Des rues et une petite place qui s’habillent en vieille ville marocaine ou moyen-orientale.",
            "أزقة وساحة صغيرة تُهيّأ لتبدو مدينة عتيقة مغربية أو مشرقية.",
        ).then(BACKLOT_ZONE_NOTE),
        "water": True,
        "photos": [
            drawn_photo(
                "medina",
                Texts("Main street", "La rue principale", "الزقاق الرئيسي"),
                Texts(
                    "sand-coloured houses with arched doors along a street",
                    "des maisons couleur sable aux portes en arc le long d’une rue",
                    "بيوت بلون الرمل بأبواب مقوّسة على امتداد زقاق",
                ),
            ),
            drawn_photo(
                "medina",
                Texts("Side street with a palm", "Ruelle et palmier", "زقاق جانبي ونخلة"),
                Texts(
                    "a medina street with a palm tree",
                    "une ruelle de médina avec un palmier",
                    "زقاق في المدينة العتيقة تتوسطه نخلة",
                ),
            ),
            drawn_photo(
                "dunes",
                Texts(
                    "The view beyond the medina", "La vue au-delà de la médina", "المنظر خلف المدينة العتيقة"
                ),
                Texts(
                    "desert dunes under an evening sky",
                    "des dunes sous un ciel du soir",
                    "كثبان رملية تحت سماء المساء",
                ),
            ),
        ],
    },
    {
        "slug": "backlot-kasbah",
        "parent": "backlot",
        "name": Texts("Kasbah", "Kasbah", "القصبة"),
        "kind": Facility.Kind.BACKLOT,
        "look": Facility.Look.KASBAH,
        "area": Decimal(3200),
        "summary": Texts(
            "A fortified earthen kasbah with towers, in the style of the Drâa valley.",
            "Une kasbah fortifiée en terre, avec ses tours, dans le style de la vallée du Drâa.",
            "قصبة محصّنة من الطين بأبراجها، على طراز وادي درعة.",
        ),
        "description": Texts(
            "Towers and walls in the rammed-earth style of the south.",
            "Des tours et des murs dans le style du pisé du Sud.",
            "أبراج وأسوار على طراز البناء بالطابية في الجنوب.",
        ).then(BACKLOT_ZONE_NOTE),
        "photos": [
            drawn_photo(
                "kasbah",
                Texts("The kasbah from the east", "La kasbah vue de l’est", "القصبة من جهة الشرق"),
                Texts(
                    "red-earth kasbah towers and a palm",
                    "les tours d’une kasbah en terre rouge et un palmier",
                    "أبراج قصبة من الطين الأحمر ونخلة",
                ),
            ),
            drawn_photo(
                "kasbah",
                Texts("Towers at golden hour", "Les tours à l’heure dorée", "الأبراج في الساعة الذهبية"),
                Texts(
                    "crenellated towers in warm light",
                    "des tours crénelées dans une lumière chaude",
                    "أبراج مسنّنة في ضوء دافئ",
                ),
            ),
            drawn_photo(
                "dunes",
                Texts("The dunes behind the kasbah", "Les dunes derrière la kasbah", "الكثبان خلف القصبة"),
                Texts("rolling desert dunes", "des dunes ondulantes", "كثبان رملية متموجة"),
            ),
        ],
    },
    {
        "slug": "backlot-ancient-city",
        "parent": "backlot",
        "name": Texts("Ancient city", "Cité antique", "المدينة القديمة"),
        "kind": Facility.Kind.BACKLOT,
        "look": Facility.Look.ANCIENT_CITY,
        "area": Decimal(3000),
        "summary": Texts(
            "Temples, colonnades and city walls for biblical and classical stories.",
            "Temples, colonnades et remparts pour les récits bibliques et antiques.",
            "معابد وأروقة بأعمدة وأسوار مدينة للقصص التوراتية والكلاسيكية.",
        ),
        "description": Texts(
            "Stone-look temples and walls for stories of the ancient world.",
            "Des temples et des murs à l’aspect de pierre pour les histoires du monde antique.",
            "معابد وأسوار بمظهر حجري لقصص العالم القديم.",
        ).then(BACKLOT_ZONE_NOTE),
        "photos": [
            drawn_photo(
                "ancient",
                Texts("The temple", "Le temple", "المعبد"),
                Texts(
                    "a temple with six columns and a pediment",
                    "un temple à six colonnes et fronton",
                    "معبد بستة أعمدة وواجهة مثلثة",
                ),
            ),
            drawn_photo(
                "ancient",
                Texts("Colonnade and ruins", "Colonnade et ruines", "رواق الأعمدة والأطلال"),
                Texts(
                    "stone columns and broken pillars",
                    "des colonnes de pierre et des piliers brisés",
                    "أعمدة حجرية وركائز مكسورة",
                ),
            ),
            drawn_photo(
                "dunes",
                Texts(
                    "Desert at the city gates", "Le désert aux portes de la cité", "الصحراء عند أبواب المدينة"
                ),
                Texts("desert dunes at dusk", "des dunes au crépuscule", "كثبان رملية عند الغسق"),
            ),
        ],
    },
    {
        "slug": "backlot-modern-town",
        "parent": "backlot",
        "name": Texts("Modern town", "Ville moderne", "المدينة الحديثة"),
        "kind": Facility.Kind.BACKLOT,
        "look": Facility.Look.MIDDLE_EAST,
        "area": Decimal(2200),
        "summary": Texts(
            "Concrete blocks, rooftops and streets for a contemporary Middle Eastern town.",
            "Immeubles en béton, toits et rues pour une ville contemporaine du Moyen-Orient.",
            "عمارات إسمنتية وسطوح وشوارع لمدينة مشرقية معاصرة.",
        ),
        "description": Texts(
            "Flat-roofed buildings for contemporary stories.",
            "Des bâtiments à toit plat pour les histoires contemporaines.",
            "مبانٍ بسطوح مستوية للقصص المعاصرة.",
        ).then(BACKLOT_ZONE_NOTE),
        "photos": [
            drawn_photo(
                "town",
                Texts("Rooftops", "Les toits", "السطوح"),
                Texts(
                    "flat-roofed buildings with water tanks on the roofs",
                    "des bâtiments à toit plat avec des citernes d’eau sur les toits",
                    "مبانٍ بسطوح مستوية فوقها خزانات ماء",
                ),
            ),
            drawn_photo(
                "town",
                Texts("Main road", "L’avenue principale", "الشارع الرئيسي"),
                Texts(
                    "a row of concrete buildings under a blue sky",
                    "une rangée d’immeubles en béton sous un ciel bleu",
                    "صف من المباني الإسمنتية تحت سماء زرقاء",
                ),
            ),
        ],
    },
    {
        "slug": "sound-stage",
        "name": Texts("Sound stage", "Plateau de tournage", "استوديو التصوير"),
        "kind": Facility.Kind.SOUND_STAGE,
        "area": Decimal(300),
        "summary": Texts(
            "The studio's 300 m² sound stage, for interiors and scenes that need a controlled set.",
            "Le plateau de 300 m² du studio, pour les intérieurs et les scènes qui demandent un décor "
            "maîtrisé.",
            "استوديو التصوير بمساحة 300 متر مربع، للمشاهد الداخلية والمشاهد التي تتطلب ديكورًا متحكَّمًا فيه.",
        ),
        "description": Texts(
            "A soundproofed stage a short walk from the backlot. Dimensions, clear height and power on "
            "request.",
            "Un plateau insonorisé à quelques pas du backlot. Dimensions, hauteur libre et puissance "
            "électrique sur demande.",
            "استوديو معزول صوتيًا على بعد خطوات من الديكورات الخارجية. الأبعاد والارتفاع الحر والقدرة "
            "الكهربائية عند الطلب.",
        ),
        "soundproofed": True,
        "air_conditioned": True,
        "lighting_grid": True,
        "is_featured": True,
        "photos": [
            drawn_photo(
                "stage",
                Texts("The stage and its cyclorama", "Le plateau et son cyclo", "الاستوديو وخلفيته الدائرية"),
                Texts(
                    "a dark stage with a pale cyclorama",
                    "un plateau sombre avec un cyclo clair",
                    "استوديو معتم بخلفية دائرية فاتحة",
                ),
            ),
            drawn_photo(
                "stage",
                Texts("Lamps on the grid", "Projecteurs sur le grill", "كشافات على شبكة الإضاءة"),
                Texts(
                    "cones of light from lamps on a lighting grid",
                    "des cônes de lumière tombant des projecteurs d’un grill",
                    "مخاريط ضوء من كشافات معلقة على شبكة إضاءة",
                ),
            ),
            drawn_photo(
                "stage",
                Texts("The stage floor", "Le sol du plateau", "أرضية الاستوديو"),
                Texts(
                    "a sound stage floor under warm light",
                    "le sol d’un plateau sous une lumière chaude",
                    "أرضية استوديو تصوير تحت ضوء دافئ",
                ),
            ),
        ],
    },
    {
        "slug": "post-production-suite",
        "name": Texts("Post-production suite", "Salle de postproduction", "قاعة ما بعد الإنتاج"),
        "kind": Facility.Kind.POST_PRODUCTION,
        "summary": Texts(
            "Editing and grading rooms on site, so rushes are checked while the sets still stand.",
            "Des salles de montage et d’étalonnage sur place, pour vérifier les rushes tant que les décors "
            "sont debout.",
            "قاعات للمونتاج وتصحيح الألوان في عين المكان، لمراجعة اللقطات الخام والديكورات ما تزال قائمة.",
        ),
        "description": Texts(
            "Studio and post-production facilities on the lot.",
            "Des installations de studio et de postproduction sur le site.",
            "مرافق للاستوديو وما بعد الإنتاج داخل الموقع.",
        ),
        "air_conditioned": True,
        "photos": [
            drawn_photo(
                "post",
                Texts("The grading room", "La salle d’étalonnage", "قاعة تصحيح الألوان"),
                Texts(
                    "three monitors showing desert footage in a dark room",
                    "trois écrans montrant des images du désert dans une pièce sombre",
                    "ثلاث شاشات تعرض لقطات من الصحراء في غرفة معتمة",
                ),
            ),
            drawn_photo(
                "post",
                Texts("Editing desk", "Le poste de montage", "مكتب المونتاج"),
                Texts(
                    "an editing desk in front of screens",
                    "un bureau de montage face à des écrans",
                    "مكتب مونتاج أمام شاشات",
                ),
            ),
        ],
    },
    {
        "slug": "production-offices",
        "name": Texts("Production offices", "Bureaux de production", "مكاتب الإنتاج"),
        "kind": Facility.Kind.OFFICE,
        "summary": Texts(
            "Offices for the production team, a short walk from the sets.",
            "Des bureaux pour l’équipe de production, à quelques pas des décors.",
            "مكاتب لفريق الإنتاج على بعد خطوات من الديكورات.",
        ),
        "description": Texts(
            "Production offices for the visiting team, on the studio grounds.",
            "Des bureaux de production pour l’équipe de passage, sur le terrain du studio.",
            "مكاتب إنتاج للفريق الزائر داخل أرض الاستوديو.",
        ),
        "air_conditioned": True,
        "water": True,
        "photos": [
            drawn_photo(
                "office",
                Texts("Production office", "Bureau de production", "مكتب الإنتاج"),
                Texts(
                    "an office with a window on the desert",
                    "un bureau avec une fenêtre sur le désert",
                    "مكتب بنافذة تطل على الصحراء",
                ),
            ),
            drawn_photo(
                "office",
                Texts("The planning board", "Le tableau de planning", "لوحة التخطيط"),
                Texts(
                    "call sheets pinned to a board beside a table",
                    "des feuilles de service épinglées sur un tableau près d’une table",
                    "أوراق برنامج التصوير مثبتة على لوحة بجانب طاولة",
                ),
            ),
        ],
    },
    {
        "slug": "workshop",
        "name": Texts("Workshop", "Atelier", "الورشة"),
        "kind": Facility.Kind.WORKSHOP,
        "summary": Texts(
            "A construction workshop for building and repairing sets on the lot.",
            "Un atelier de construction pour bâtir et réparer les décors sur place.",
            "ورشة بناء لتشييد الديكورات وإصلاحها داخل الموقع.",
        ),
        "description": Texts(
            "Where flats, facades and set pieces are built and painted before going onto the backlot or "
            "the stage.",
            "C’est ici que les châssis, les façades et les éléments de décor sont construits et peints "
            "avant de rejoindre le backlot ou le plateau.",
            "هنا تُصنع الألواح والواجهات وقطع الديكور وتُطلى قبل نقلها إلى الديكورات الخارجية أو "
            "استوديو التصوير.",
        ),
        "water": True,
        "photos": [
            drawn_photo(
                "workshop",
                Texts("Flats under construction", "Châssis en construction", "ألواح ديكور قيد الصنع"),
                Texts(
                    "timber flats leaning in a workshop",
                    "des châssis en bois appuyés dans un atelier",
                    "ألواح خشبية مسنودة داخل ورشة",
                ),
            ),
            drawn_photo(
                "workshop",
                Texts("The workshop door", "La porte de l’atelier", "باب الورشة"),
                Texts(
                    "a workshop opening onto the desert",
                    "un atelier ouvert sur le désert",
                    "ورشة مفتوحة على الصحراء",
                ),
            ),
        ],
    },
    {
        "slug": "costume-and-props-store",
        "name": Texts(
            "Costume and props store", "Réserve de costumes et d’accessoires", "مخزن الأزياء والإكسسوارات"
        ),
        "kind": Facility.Kind.STORE,
        "summary": Texts(
            "The studio's stock of costumes and props, from biblical robes to market pottery.",
            "Le stock de costumes et d’accessoires du studio, des robes bibliques aux poteries de marché.",
            "مخزون الاستوديو من الأزياء والإكسسوارات، من الأثواب التوراتية إلى فخار الأسواق.",
        ),
        "description": Texts(
            "The costume and props collections are kept here, ready for fittings and dressing.",
            "Les collections de costumes et d’accessoires sont rangées ici, prêtes pour les essayages et "
            "l’habillage des décors.",
            "تُحفظ هنا مجموعات الأزياء والإكسسوارات، جاهزة للقياس وتأثيث الديكورات.",
        ),
        "photos": [
            drawn_photo(
                "costumes",
                Texts("Costume rails", "Portants de costumes", "رفوف تعليق الأزياء"),
                Texts(
                    "rails of colourful robes and garments",
                    "des portants de robes et de vêtements colorés",
                    "رفوف معلّق عليها أثواب وملابس ملوّنة",
                ),
            ),
            drawn_photo(
                "props",
                Texts("Props shelves", "Étagères d’accessoires", "رفوف الإكسسوارات"),
                Texts(
                    "shelves of pots, jars and boxes",
                    "des étagères de pots, de jarres et de boîtes",
                    "رفوف عليها قدور وجِرار وصناديق",
                ),
            ),
        ],
    },
    {
        "slug": "studio-land",
        "name": Texts("Studio land", "Terrain du studio", "أرض الاستوديو"),
        "kind": Facility.Kind.LAND,
        "area": Decimal(17),
        "summary": Texts(
            "17 hectares between the Sahara and the High Atlas, with room for bespoke sets.",
            "17 hectares entre le Sahara et le Haut Atlas, avec de la place pour des décors sur mesure.",
            "17 هكتارًا بين الصحراء والأطلس الكبير، مع متسع لديكورات حسب الطلب.",
        ),
        "description": Texts(
            "The studio grounds: open desert land around the sets, for exteriors and for building new sets.",
            "Le terrain du studio : une étendue désertique autour des décors, pour les extérieurs et la "
            "construction de nouveaux décors.",
            "أرض الاستوديو: فضاء صحراوي مفتوح حول الديكورات، للمشاهد الخارجية ولبناء ديكورات جديدة.",
        ),
        "photos": [
            drawn_photo(
                "land",
                Texts("The track into the studio", "La piste vers le studio", "المسلك المؤدي إلى الاستوديو"),
                Texts(
                    "a desert track towards the mountains",
                    "une piste dans le désert vers les montagnes",
                    "مسلك صحراوي نحو الجبال",
                ),
            ),
            drawn_photo(
                "dunes",
                Texts(
                    "Dunes at the edge of the lot", "Les dunes en bordure du site", "الكثبان عند حافة الموقع"
                ),
                Texts(
                    "dunes under a dusk sky", "des dunes sous un ciel de crépuscule", "كثبان تحت سماء الغسق"
                ),
            ),
            drawn_photo(
                "land",
                Texts("Open ground", "Terrain dégagé", "أرض مكشوفة"),
                Texts(
                    "flat desert ground with scrub",
                    "un sol désertique plat parsemé de broussailles",
                    "أرض صحراوية منبسطة تتخللها شجيرات",
                ),
            ),
        ],
    },
    {
        "slug": "new-sound-stage",
        "name": Texts("New sound stage", "Nouveau plateau de tournage", "استوديو التصوير الجديد"),
        "kind": Facility.Kind.SOUND_STAGE,
        "status": Facility.Status.PLANNED,
        "area": Decimal(1500),
        "summary": Texts(
            "A planned 1,500 m² sound stage, five times the size of the current one.",
            "Un plateau de 1 500 m² en projet, cinq fois plus grand que l’actuel.",
            "استوديو تصوير مبرمج بمساحة 1500 متر مربع، أكبر بخمس مرات من الاستوديو الحالي.",
        ),
        "description": Texts(
            "Part of the studio's expansion plans. Dates to be confirmed.",
            "Il fait partie des projets d’extension du studio. Dates à confirmer.",
            "جزء من مشاريع توسعة الاستوديو. المواعيد لم تُحدَّد بعد.",
        ),
        "photos": [
            drawn_photo(
                "construction",
                Texts(
                    "The planned stage (outline)",
                    "Le futur plateau (tracé)",
                    "الاستوديو المبرمج (مخطط)",
                ),
                Texts(
                    "a dashed outline of a large building on desert ground, with a crane",
                    "le tracé en pointillés d’un grand bâtiment sur un sol désertique, avec une grue",
                    "مخطط منقّط لمبنى كبير على أرض صحراوية، مع رافعة",
                ),
            ),
            drawn_photo(
                "construction",
                Texts("The site", "Le site", "الموقع"),
                Texts(
                    "survey stakes with orange flags on the desert",
                    "des piquets de géomètre à fanions orange dans le désert",
                    "أوتاد مسح بأعلام برتقالية في الصحراء",
                ),
            ),
        ],
    },
    {
        "slug": "expansion-land",
        "name": Texts("Expansion land", "Terrain d’extension", "أرض التوسعة"),
        "kind": Facility.Kind.LAND,
        "status": Facility.Status.PLANNED,
        "area": Decimal(25),
        "summary": Texts(
            "A further 25 hectares of land planned for the studio.",
            "25 hectares supplémentaires prévus pour le studio.",
            "25 هكتارًا إضافية مبرمجة للاستوديو.",
        ),
        "description": Texts(
            "Land for the studio's expansion: new stages and sets. Dates to be confirmed.",
            "Un terrain pour l’extension du studio : nouveaux plateaux et décors. Dates à confirmer.",
            "أرض لتوسعة الاستوديو: استوديوهات تصوير وديكورات جديدة. المواعيد لم تُحدَّد بعد.",
        ),
        "photos": [
            drawn_photo(
                "land",
                Texts("The expansion land", "Le terrain d’extension", "أرض التوسعة"),
                Texts(
                    "open desert ground towards the mountains",
                    "une étendue désertique vers les montagnes",
                    "أرض صحراوية مكشوفة نحو الجبال",
                ),
            ),
            drawn_photo(
                "dunes",
                Texts("Looking south", "Vers le sud", "نحو الجنوب"),
                Texts(
                    "dunes under the evening sky", "des dunes sous le ciel du soir", "كثبان تحت سماء المساء"
                ),
            ),
        ],
    },
    {
        "slug": "new-backlot-sets",
        "name": Texts("New standing sets", "Nouveaux décors permanents", "ديكورات دائمة جديدة"),
        "kind": Facility.Kind.BACKLOT,
        "status": Facility.Status.PLANNED,
        "summary": Texts(
            "More standing sets are planned as part of the expansion.",
            "D’autres décors permanents sont prévus dans le cadre de l’extension.",
            "ديكورات دائمة أخرى مبرمجة في إطار التوسعة.",
        ),
        "description": Texts(
            "Further sets for the backlot, part of the studio's expansion. Dates to be confirmed.",
            "De nouveaux décors pour le backlot, dans le cadre de l’extension du studio. Dates à confirmer.",
            "ديكورات إضافية للديكورات الخارجية، ضمن توسعة الاستوديو. المواعيد لم تُحدَّد بعد.",
        ),
        "photos": [
            drawn_photo(
                "construction",
                Texts(
                    "Where the new sets will stand",
                    "L’emplacement des futurs décors",
                    "موقع الديكورات المقبلة",
                ),
                Texts(
                    "a dashed outline on desert ground, with a crane",
                    "un tracé en pointillés sur un sol désertique, avec une grue",
                    "مخطط منقّط على أرض صحراوية، مع رافعة",
                ),
            ),
            drawn_photo(
                "dunes",
                Texts("The site today", "Le site aujourd’hui", "الموقع اليوم"),
                Texts("desert dunes", "des dunes", "كثبان رملية"),
            ),
        ],
    },
]
