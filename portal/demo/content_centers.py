"""The five regional Family Engagement Centers and the district Family Resource Center."""

from .streams import call_to_action, heading, hours, page, paragraph

CITY = "Valle del Sol"

WEEKDAYS = {
    "en": [("Monday–Thursday", "8:00 a.m.–6:00 p.m."), ("Friday", "8:00 a.m.–4:30 p.m.")],
    "es": [("Lunes a jueves", "8:00 a. m.–6:00 p. m."), ("Viernes", "8:00 a. m.–4:30 p. m.")],
}
EVENINGS = {
    "en": [("Monday–Thursday", "8:00 a.m.–7:30 p.m."), ("Friday", "8:00 a.m.–4:30 p.m.")],
    "es": [("Lunes a jueves", "8:00 a. m.–7:30 p. m."), ("Viernes", "8:00 a. m.–4:30 p. m.")],
}
SATURDAY = {
    "en": [("Second Saturday of the month", "9:00 a.m.–1:00 p.m.")],
    "es": [("Segundo sábado del mes", "9:00 a. m.–1:00 p. m.")],
}

OFFERS = {
    "en": (
        "<ul><li>Parent University workshops, in person and online</li>"
        "<li>Computer classes and Parent Portal classes</li>"
        "<li>One-on-one help with enrollment, school forms and the Parent Portal</li>"
        "<li>Referrals to food, housing, health and legal-aid partners</li>"
        "<li>Volunteer applications and orientation</li>"
        "<li>Computers and a printer that families can use</li></ul>"
    ),
    "es": (
        "<ul><li>Talleres de la Universidad para Padres, en persona y en línea</li>"
        "<li>Clases de computación y del Portal para Padres</li>"
        "<li>Atención personalizada con la inscripción, los formularios escolares y el Portal "
        "para Padres</li>"
        "<li>Referencias a organizaciones de alimentos, vivienda, salud y asesoría legal</li>"
        "<li>Solicitudes y orientación para voluntarios</li>"
        "<li>Computadoras e impresora para uso de las familias</li></ul>"
    ),
}


def center_body(language, highlight):
    if language == "es":
        return [
            heading("Lo que ofrecemos"),
            paragraph(f"<p>{highlight}</p>"),
            paragraph(OFFERS["es"]),
            call_to_action(
                "Talleres gratuitos para familias",
                "Conozca lo que ofrece la Universidad para Padres, para quién y en qué idiomas.",
                "Universidad para Padres",
                page("parents"),
            ),
        ]
    return [
        heading("What we offer"),
        paragraph(f"<p>{highlight}</p>"),
        paragraph(OFFERS["en"]),
        call_to_action(
            "Free workshops for families",
            "See what Parent University offers, for whom and in which languages.",
            "Parent University",
            page("parents"),
        ),
    ]


def _center(key, region, shared, en, es):
    """A page spec for the loader; `en`/`es` hold title, slug, intro, highlight, hours..."""
    spec = {"key": key, "parent": "centers", "model": "center", "region": region}
    spec["shared"] = {"city": CITY, "is_district_center": region is None, **shared}
    for language, texts in (("en", en), ("es", es)):
        texts = dict(texts)
        spec[language] = {
            "slug": texts.pop("slug"),
            "title": texts.pop("title"),
            "intro": texts.pop("intro"),
            "hours": hours(*texts.pop("hours")),
            "body": center_body(language, texts.pop("highlight")),
            **texts,
        }
    return spec


CENTERS = [
    _center(
        "center-north",
        "north",
        {
            "street_address": "4810 Canyon Crest Drive",
            "postal_code": "90011",
            "phone": "+16195550111",
            "email": "north.center@vallesol.example.org",
        },
        en={
            "slug": "north-region",
            "title": "North Region Family Engagement Center",
            "intro": "On the Canyon View Elementary campus, serving the foothill "
            "neighborhoods of the North Region.",
            "highlight": "Our computer lab has twelve workstations, and bilingual instructors "
            "teach Parent Portal and computer basics classes on Tuesday and Thursday evenings.",
            "hours": EVENINGS["en"],
            "languages_spoken": "English, Spanish, Armenian",
            "accessibility": "Step-free entrance from the main parking lot, two accessible "
            "parking spaces, and an elevator to the computer lab.",
        },
        es={
            "slug": "region-norte",
            "title": "Centro de Participación Familiar de la Región Norte",
            "intro": "En el plantel de la Escuela Primaria Canyon View; atiende a los "
            "vecindarios de las colinas de la Región Norte.",
            "highlight": "Nuestro laboratorio tiene doce computadoras, y los instructores "
            "bilingües imparten clases del Portal para Padres y de computación básica los "
            "martes y jueves por la tarde.",
            "hours": EVENINGS["es"],
            "languages_spoken": "Inglés, español y armenio",
            "accessibility": "Entrada sin escalones desde el estacionamiento principal, dos "
            "espacios de estacionamiento accesible y elevador al laboratorio de computación.",
        },
    ),
    _center(
        "center-south",
        "south",
        {
            "street_address": "2275 Palm Vista Avenue",
            "postal_code": "90012",
            "phone": "+16195550122",
            "email": "south.center@vallesol.example.org",
        },
        en={
            "slug": "south-region",
            "title": "South Region Family Engagement Center",
            "intro": "Next to the Palm Vista community library, serving families in the South "
            "Region.",
            "highlight": "Families can bring their younger children to our play-and-learn "
            "corner during workshops, and our staff help with school enrollment in English, "
            "Spanish and Vietnamese.",
            "hours": WEEKDAYS["en"],
            "languages_spoken": "English, Spanish, Vietnamese",
            "accessibility": "Ground-floor center with automatic doors; accessible parking "
            "next to the entrance.",
        },
        es={
            "slug": "region-sur",
            "title": "Centro de Participación Familiar de la Región Sur",
            "intro": "Junto a la biblioteca comunitaria de Palm Vista; atiende a las familias "
            "de la Región Sur.",
            "highlight": "Durante los talleres, las familias pueden traer a sus hijos pequeños "
            "a nuestro rincón de juego y aprendizaje, y nuestro personal ayuda con la "
            "inscripción escolar en inglés, español y vietnamita.",
            "hours": WEEKDAYS["es"],
            "languages_spoken": "Inglés, español y vietnamita",
            "accessibility": "Centro en planta baja con puertas automáticas; estacionamiento "
            "accesible junto a la entrada.",
        },
    ),
    _center(
        "center-east",
        "east",
        {
            "street_address": "930 Mesa Grande Road",
            "postal_code": "90013",
            "phone": "+16195550133",
            "email": "east.center@vallesol.example.org",
        },
        en={
            "slug": "east-region",
            "title": "East Region Family Engagement Center",
            "intro": "In the Mesa Grande Family Center building, serving families in the East "
            "Region.",
            "highlight": "Every Wednesday morning a community partner helps families apply for "
            "health insurance and food assistance, and our Arabic-speaking family liaison is "
            "here on Mondays.",
            "hours": WEEKDAYS["en"],
            "languages_spoken": "English, Spanish, Arabic",
            "accessibility": "Accessible entrance on the east side of the building, an "
            "accessible restroom, and a bus stop in front.",
        },
        es={
            "slug": "region-este",
            "title": "Centro de Participación Familiar de la Región Este",
            "intro": "En el edificio del Centro Familiar Mesa Grande; atiende a las familias "
            "de la Región Este.",
            "highlight": "Todos los miércoles por la mañana, una organización aliada ayuda a "
            "las familias a solicitar seguro médico y asistencia alimentaria, y los lunes "
            "atiende nuestro enlace familiar de habla árabe.",
            "hours": WEEKDAYS["es"],
            "languages_spoken": "Inglés, español y árabe",
            "accessibility": "Entrada accesible en el lado este del edificio, baño accesible "
            "y parada de autobús enfrente.",
        },
    ),
    _center(
        "center-west",
        "west",
        {
            "street_address": "1540 Harbor Light Way",
            "postal_code": "90014",
            "phone": "+16195550144",
            "email": "west.center@vallesol.example.org",
        },
        en={
            "slug": "west-region",
            "title": "West Region Family Engagement Center",
            "intro": "On the Quail Run Elementary campus, serving families in the West Region.",
            "highlight": "Our Saturday sessions are popular with working parents: Parent "
            "University workshops and Parent Portal help on the second Saturday of every "
            "month.",
            "hours": WEEKDAYS["en"] + SATURDAY["en"],
            "languages_spoken": "English, Spanish, Chinese (Mandarin and Cantonese)",
            "accessibility": "Step-free entrance, a hearing loop in the workshop room, and "
            "accessible parking behind the building.",
        },
        es={
            "slug": "region-oeste",
            "title": "Centro de Participación Familiar de la Región Oeste",
            "intro": "En el plantel de la Escuela Primaria Quail Run; atiende a las familias "
            "de la Región Oeste.",
            "highlight": "Nuestras sesiones de los sábados son muy populares entre los padres "
            "que trabajan: talleres de la Universidad para Padres y ayuda con el Portal para "
            "Padres el segundo sábado de cada mes.",
            "hours": WEEKDAYS["es"] + SATURDAY["es"],
            "languages_spoken": "Inglés, español y chino (mandarín y cantonés)",
            "accessibility": "Entrada sin escalones, bucle magnético para audífonos en el "
            "salón de talleres y estacionamiento accesible detrás del edificio.",
        },
    ),
    _center(
        "center-central",
        "central",
        {
            "street_address": "310 Mission Oak Street",
            "postal_code": "90015",
            "phone": "+16195550155",
            "email": "central.center@vallesol.example.org",
        },
        en={
            "slug": "central-region",
            "title": "Central Region Family Engagement Center",
            "intro": "Downtown, a short walk from the transit center, serving families in the "
            "Central Region.",
            "highlight": "The Central center hosts the district's parent committee trainings "
            "and, with a community college partner, offers evening English classes for "
            "adults.",
            "hours": EVENINGS["en"],
            "languages_spoken": "English, Spanish",
            "accessibility": "Accessible entrance on Mission Oak Street, an elevator to the "
            "second floor, and accessible parking in the visitor lot.",
        },
        es={
            "slug": "region-central",
            "title": "Centro de Participación Familiar de la Región Central",
            "intro": "En el centro de la ciudad, a pocos pasos de la estación de transporte "
            "público; atiende a las familias de la Región Central.",
            "highlight": "El centro de la Región Central es sede de las capacitaciones de los "
            "comités de padres del distrito y, junto con un colegio comunitario, ofrece clases "
            "de inglés para adultos por la tarde.",
            "hours": EVENINGS["es"],
            "languages_spoken": "Inglés y español",
            "accessibility": "Entrada accesible por Mission Oak Street, elevador al segundo "
            "piso y estacionamiento accesible en el área de visitantes.",
        },
    ),
    _center(
        "center-district",
        None,
        {
            "street_address": "1200 Sunrise Boulevard, Suite 100",
            "postal_code": "90000",
            "phone": "+16195550166",
            "email": "resource.center@vallesol.example.org",
        },
        en={
            "slug": "family-resource-center",
            "title": "Family Resource Center",
            "intro": "At the district office, serving families from every region.",
            "highlight": "The Family Resource Center helps families from every region with "
            "school enrollment and transfers, transportation questions and referrals to "
            "community services, and hosts district-wide Parent University events.",
            "hours": WEEKDAYS["en"],
            "languages_spoken": "English and Spanish; Armenian, Chinese, Vietnamese and "
            "Arabic interpreters by appointment",
            "accessibility": "Ground floor of the district office; accessible parking and a "
            "drop-off zone at the main entrance.",
        },
        es={
            "slug": "centro-de-recursos-familiares",
            "title": "Centro de Recursos Familiares",
            "intro": "En las oficinas del distrito; atiende a familias de todas las regiones.",
            "highlight": "El Centro de Recursos Familiares ayuda a las familias de todas las "
            "regiones con la inscripción y los cambios de escuela, las preguntas sobre "
            "transporte y las referencias a servicios comunitarios, y organiza eventos de la "
            "Universidad para Padres para todo el distrito.",
            "hours": WEEKDAYS["es"],
            "languages_spoken": "Inglés y español; intérpretes de armenio, chino, vietnamita "
            "y árabe con cita previa",
            "accessibility": "Planta baja de las oficinas del distrito; estacionamiento "
            "accesible y zona para dejar pasajeros en la entrada principal.",
        },
    ),
]
