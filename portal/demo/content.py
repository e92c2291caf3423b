"""What the demo district is made of: vocabulary, pages, settings, footer and logins.

The district, its places, schools and people are fictional. Phone numbers use
the 555-01xx range reserved for fiction; email addresses use example.org domains.
"""

from portal import roles

from .content_audiences import PARENTS, PARTNERS, STAFF
from .content_centers import CENTERS
from .content_pages import (
    ABOUT,
    BOARD_POLICY,
    CENTERS_INDEX,
    CONTACT,
    HERO_IMAGE,
    HOME,
    OFFICE_ADDRESS,
    OFFICE_EMAIL,
    OFFICE_PHONE,
)

__all__ = ["CENTERS", "CENTERS_INDEX", "HERO_IMAGE", "HOME", "PAGES"]

# In tree order: the menu lists the home page's children in this order.
PAGES = [PARENTS, STAFF, PARTNERS, ABOUT, BOARD_POLICY, CONTACT]

# slug, English name and description, Spanish slug, name and description; in display order
REGIONS = [
    (
        "north",
        "North",
        "The foothill neighborhoods north of Canyon Crest Drive.",
        "norte",
        "Norte",
        "Los vecindarios de las colinas al norte de Canyon Crest Drive.",
    ),
    (
        "south",
        "South",
        "Palm Vista and the neighborhoods south of the river.",
        "sur",
        "Sur",
        "Palm Vista y los vecindarios al sur del río.",
    ),
    (
        "east",
        "East",
        "Mesa Grande and the eastern end of the valley.",
        "este",
        "Este",
        "Mesa Grande y el extremo oriental del valle.",
    ),
    (
        "west",
        "West",
        "The coastal neighborhoods around Harbor Light.",
        "oeste",
        "Oeste",
        "Los vecindarios costeros alrededor de Harbor Light.",
    ),
    (
        "central",
        "Central",
        "Downtown and the historic neighborhoods around Mission Oak.",
        "central",
        "Central",
        "El centro de la ciudad y los barrios históricos alrededor de Mission Oak.",
    ),
]

# slug: (English name, Spanish name, Spanish slug, English, Spanish description)
AUDIENCES = {
    "parents-caregivers": (
        "Parents and caregivers",
        "Madres, padres y cuidadores",
        "madres-padres-cuidadores",
        "Parents, grandparents, foster parents and other adults who care for a student.",
        "Madres, padres, abuelos, familias de crianza y otros adultos que cuidan a un estudiante.",
    ),
    "school-staff": (
        "School staff",
        "Personal escolar",
        "personal-escolar",
        "Teachers, office staff, Community Assistants and principals.",
        "Maestros, personal de oficina, asistentes comunitarios y directores.",
    ),
    "volunteers": (
        "Volunteers",
        "Voluntarios",
        "voluntarios",
        "People who give their time at schools and district events.",
        "Personas que donan su tiempo en las escuelas y en los eventos del distrito.",
    ),
    "community-partners": (
        "Community partners",
        "Socios comunitarios",
        "socios-comunitarios",
        "Organizations that offer services and opportunities to district families.",
        "Organizaciones que ofrecen servicios y oportunidades a las familias del distrito.",
    ),
}

# code, name in English, name in the language itself; en and es are the site's languages.
LANGUAGES = [
    ("en", "English", "English"),
    ("es", "Spanish", "Español"),
    ("hy", "Armenian", "Հայերեն"),
    ("zh", "Chinese", "中文"),
    ("vi", "Vietnamese", "Tiếng Việt"),
    ("ar", "Arabic", "العربية"),
]
SITE_LANGUAGES = {"en", "es"}

# code, name, region slug, level, street address, Parent Portal focus school
SCHOOLS = [
    ("VS-N01", "Canyon View Elementary", "north", "elementary", "4800 Canyon Crest Drive", True),
    ("VS-N02", "Foothill Meadow Elementary", "north", "elementary", "215 Meadowlark Lane", False),
    ("VS-N03", "Juniper Ridge K-8", "north", "k8", "7020 Juniper Ridge Road", False),
    ("VS-N04", "Coyote Hills Middle", "north", "middle", "3900 Coyote Hills Parkway", True),
    ("VS-N05", "Sierra Vista High", "north", "high", "5600 Sierra Vista Avenue", False),
    ("VS-S01", "Palm Vista Elementary", "south", "elementary", "2301 Palm Vista Avenue", True),
    ("VS-S02", "Riverbend Elementary", "south", "elementary", "880 Riverbend Road", False),
    ("VS-S03", "Golden Poppy Elementary", "south", "elementary", "1475 Poppy Field Way", False),
    ("VS-S04", "Arroyo Seco Middle", "south", "middle", "1990 Arroyo Seco Drive", True),
    ("VS-S05", "Saguaro High", "south", "high", "3100 Saguaro Boulevard", False),
    ("VS-E01", "Mesa Grande Elementary", "east", "elementary", "950 Mesa Grande Road", True),
    ("VS-E02", "Desert Willow Elementary", "east", "elementary", "412 Desert Willow Court", False),
    ("VS-E03", "Ocotillo Middle", "east", "middle", "2750 Ocotillo Street", False),
    ("VS-E04", "Lomas Altas High", "east", "high", "6100 Lomas Altas Drive", False),
    ("VS-W01", "Quail Run Elementary", "west", "elementary", "1522 Quail Run Road", True),
    ("VS-W02", "Harbor Light Elementary", "west", "elementary", "1700 Harbor Light Way", False),
    ("VS-W03", "Bluebird Elementary", "west", "elementary", "640 Bluebird Lane", False),
    ("VS-W04", "Seabreeze K-8", "west", "k8", "2200 Seabreeze Drive", False),
    ("VS-W05", "Pacific Bluff High", "west", "high", "4450 Pacific Bluff Road", False),
    ("VS-C01", "Sunrise Elementary", "central", "elementary", "1100 Sunrise Boulevard", True),
    ("VS-C02", "Mariposa Elementary", "central", "elementary", "530 Mariposa Street", False),
    ("VS-C03", "Cielo Azul Elementary", "central", "elementary", "875 Cielo Azul Avenue", False),
    ("VS-C04", "Mission Oak Middle", "central", "middle", "402 Mission Oak Street", False),
    ("VS-C05", "Valle del Sol High", "central", "high", "1500 Valle Center Drive", False),
    ("VS-C06", "Starlight Community Day School", "central", "other", "61 Lantern Street", False),
]
SCHOOL_CITY = "Valle del Sol, CA 90000"

SITE_SETTINGS = {
    "contact_email": OFFICE_EMAIL,
    "contact_phone": OFFICE_PHONE,
    "address": OFFICE_ADDRESS,
}

SITE_TEXT = {
    "en": {
        "district_name": "Valle del Sol Unified School District",
        "office_name": "Office of Family & Community Engagement",
    },
    "es": {
        "district_name": "Distrito Escolar Unificado Valle del Sol",
        "office_name": "Oficina de Participación Familiar y Comunitaria",
    },
}

FOOTER = {
    "en": "<p>The Office of Family &amp; Community Engagement is part of Valle del Sol Unified "
    "School District. Our services are free and offered in English and Spanish; interpretation "
    "in other languages is available on request.</p>",
    "es": "<p>La Oficina de Participación Familiar y Comunitaria forma parte del Distrito "
    "Escolar Unificado Valle del Sol. Nuestros servicios son gratuitos y se ofrecen en inglés y "
    "en español; si lo solicita, hay interpretación a otros idiomas.</p>",
}

# Every demo account signs in with this password. Never load the demo on a real site.
DEMO_PASSWORD = "family-demo-2026"

# role shown in the login table, email, last name, preferred language, groups, superuser
DEMO_USERS = [
    ("Parent (English)", "parent@example.org", "Parent", "en", [], False),
    ("Parent (Spanish)", "familia@example.org", "Familia", "es", [], False),
    ("School staff", "staff@example.org", "Staff", "en", [roles.SCHOOL_STAFF], False),
    # Palm Vista Elementary's principal (school set by pathways.demo.learners).
    ("Principal", "principal@example.org", "Principal", "en", [roles.SCHOOL_LEADERS], False),
    (
        "Community partner",
        "partner@example.org",
        "Partner",
        "en",
        [roles.COMMUNITY_PARTNERS],
        False,
    ),
    (
        "Communications staff (editor)",
        "editor@example.org",
        "Editor",
        "en",
        [roles.COMMUNICATIONS_STAFF],
        False,
    ),
    (
        "Family-engagement staff (moderator)",
        "moderator@example.org",
        "Moderator",
        "es",
        [roles.FAMILY_ENGAGEMENT_STAFF],
        False,
    ),
    (
        "Volunteer services",
        "volunteers@example.org",
        "Volunteers",
        "en",
        [roles.VOLUNTEER_SERVICES],
        False,
    ),
    ("Administrator", "admin@example.org", "Admin", "en", [], True),
]

DEMO_URLS = [
    ("English site", "http://127.0.0.1:8000/en/"),
    ("Spanish site", "http://127.0.0.1:8000/es/"),
    ("Wagtail admin", "http://127.0.0.1:8000/admin/"),
]
