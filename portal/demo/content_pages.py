"""The demo's home page and general pages (about, contact), in English and Spanish.

Each page spec names its parent by key, its slug, title and fields per language,
and its body as data (see `portal.demo.streams`). A spec whose "es" is None stays
English only on purpose, so the "not translated yet" note can be seen.
"""

from .streams import call_to_action, entry_point, faq, heading, page, paragraph

OFFICE_EMAIL = "family@vallesol.example.org"
OFFICE_PHONE = "+16195550100"
OFFICE_ADDRESS = "1200 Sunrise Boulevard, Suite 300, Valle del Sol, CA 90000"

HERO_IMAGE = "valley"

HOME = {
    "en": {
        "intro": (
            "Workshops, resources and support for every family in Valle del Sol Unified, "
            "in English and Spanish."
        ),
        "mission": (
            "<p>The Office of Family &amp; Community Engagement helps families take an active "
            "part in their children's education. We offer <b>Parent University</b> workshops, "
            "computer and Parent Portal classes, and one-on-one help at five regional Family "
            "Engagement Centers and the district Family Resource Center, and we train school "
            "staff to welcome every family as a partner.</p>"
        ),
        "hero_image_alt": (
            "Illustration of the sun rising over a green valley, with a path leading to the "
            "open door of a school."
        ),
        "centers_heading": "Family Engagement Centers near you",
        "entry_points": [
            entry_point(
                "Parents and families",
                "Free workshops, practical guides, and help with the Parent Portal, enrollment "
                "and school services.",
                page("parents"),
                "Resources for families",
            ),
            entry_point(
                "School staff",
                "Welcoming Schools training and ideas for building partnerships with the "
                "families at your school.",
                page("staff"),
                "Resources for staff",
            ),
            entry_point(
                "Community partners",
                "Offer services to families, take part in resource fairs, and work with our "
                "centers.",
                page("partners"),
                "Become a partner",
            ),
        ],
        "body": [
            call_to_action(
                "Not sure where to start?",
                "Call or visit any Family Engagement Center. Our staff speak English and "
                "Spanish, and interpreters are available for other languages.",
                "Contact us",
                page("contact"),
            ),
        ],
    },
    "es": {
        "intro": (
            "Talleres, recursos y apoyo para todas las familias del Distrito Escolar Unificado "
            "Valle del Sol, en inglés y en español."
        ),
        "mission": (
            "<p>La Oficina de Participación Familiar y Comunitaria ayuda a las familias a "
            "participar activamente en la educación de sus hijos. Ofrecemos talleres de la "
            "<b>Universidad para Padres</b>, clases de computación y del Portal para Padres, y "
            "atención personalizada en cinco Centros de Participación Familiar regionales y en "
            "el Centro de Recursos Familiares del distrito. Además, capacitamos al personal "
            "escolar para que reciba a cada familia como una aliada.</p>"
        ),
        "hero_image_alt": (
            "Ilustración del sol que sale sobre un valle verde, con un camino que lleva hasta "
            "la puerta abierta de una escuela."
        ),
        "centers_heading": "Centros de Participación Familiar cerca de usted",
        "entry_points": [
            entry_point(
                "Padres y familias",
                "Talleres gratuitos, guías prácticas y ayuda con el Portal para Padres, la "
                "inscripción y los servicios escolares.",
                page("parents"),
                "Recursos para familias",
            ),
            entry_point(
                "Personal escolar",
                "Capacitación de Escuelas Acogedoras e ideas para colaborar con las familias "
                "de su escuela.",
                page("staff"),
                "Recursos para el personal",
            ),
            entry_point(
                "Socios comunitarios",
                "Ofrezca servicios a las familias, participe en ferias de recursos y trabaje "
                "con nuestros centros.",
                page("partners"),
                "Colabore con nosotros",
            ),
        ],
        "body": [
            call_to_action(
                "¿No sabe por dónde empezar?",
                "Llame o visite cualquier Centro de Participación Familiar. Nuestro personal "
                "habla inglés y español, y hay intérpretes para otros idiomas.",
                "Contáctenos",
                page("contact"),
            ),
        ],
    },
}

CENTERS_INDEX = {
    "en": {
        "intro": (
            "Five regional centers and the district Family Resource Center: places where "
            "families get information, resources and skills, in person and online."
        ),
    },
    "es": {
        "intro": (
            "Cinco centros regionales y el Centro de Recursos Familiares del distrito: lugares "
            "donde las familias obtienen información, recursos y habilidades, en persona y en "
            "línea."
        ),
    },
}

ABOUT = {
    "key": "about",
    "parent": "home",
    "show_in_menus": True,
    "en": {
        "slug": "about",
        "title": "About us",
        "intro": (
            "We work so that every family feels welcome, communicates with its school in both "
            "directions and takes part as an equal partner."
        ),
        "body": [
            heading("What we do"),
            paragraph(
                "<p>We educate and empower parents and caregivers, train school staff to "
                "welcome families, prepare parent leaders, and process and train the volunteers "
                "who support our schools. Our work reaches every region of the district through "
                "five regional Family Engagement Centers and the district Family Resource "
                "Center.</p>"
            ),
            heading("Parent leadership"),
            paragraph(
                "<p>District parent committees give families a voice in decisions. We train "
                "their members to carry out their roles:</p><ul>"
                "<li>District Advisory Council (DAC)</li>"
                "<li>District English Learner Advisory Committee (DELAC)</li>"
                "<li>LCAP Parent Advisory Committee (LCAP PAC)</li>"
                "<li>African American Parent Council (AAPC)</li>"
                "<li>Community Advisory Committee for special education (CAC)</li>"
                "<li>Foster Youth Council (FYC)</li></ul>"
            ),
            faq(
                "How we measure our work",
                (
                    "How do you know whether families are engaged?",
                    "<p>We count how many different people attend Parent University, how many "
                    "volunteers are cleared and how many hours they give, and how many "
                    "committee members and staff complete training. We also ask parents how "
                    "confident they feel before and after each pathway.</p>",
                ),
                (
                    "Is my personal information shared?",
                    "<p>No. Reports only show totals, and any figure about fewer than ten "
                    "people is hidden so that no family can be identified.</p>",
                ),
            ),
            call_to_action(
                "Read the board policy",
                "The Board of Education's policy on family engagement guides everything we do.",
                "Read the policy",
                page("board-policy"),
            ),
        ],
    },
    "es": {
        "slug": "quienes-somos",
        "title": "Quiénes somos",
        "intro": (
            "Trabajamos para que cada familia se sienta bienvenida, se comunique con su escuela "
            "en ambos sentidos y participe como aliada en igualdad de condiciones."
        ),
        "body": [
            heading("Lo que hacemos"),
            paragraph(
                "<p>Educamos y empoderamos a madres, padres y cuidadores; capacitamos al "
                "personal escolar para recibir a las familias; preparamos a líderes de padres, "
                "y tramitamos y capacitamos a los voluntarios que apoyan a nuestras escuelas. "
                "Llegamos a todas las regiones del distrito por medio de cinco Centros de "
                "Participación Familiar regionales y del Centro de Recursos Familiares del "
                "distrito.</p>"
            ),
            heading("Liderazgo de padres"),
            paragraph(
                "<p>Los comités de padres del distrito dan voz a las familias en la toma de "
                "decisiones. Capacitamos a sus integrantes para que cumplan con su función:</p>"
                "<ul><li>Consejo Asesor del Distrito (DAC)</li>"
                "<li>Comité Asesor del Distrito para Estudiantes de Inglés (DELAC)</li>"
                "<li>Comité Asesor de Padres del LCAP (LCAP PAC)</li>"
                "<li>Consejo de Padres Afroamericanos (AAPC)</li>"
                "<li>Comité Asesor Comunitario de Educación Especial (CAC)</li>"
                "<li>Consejo de Jóvenes en Hogares de Crianza (FYC)</li></ul>"
            ),
            faq(
                "Cómo medimos nuestro trabajo",
                (
                    "¿Cómo saben si las familias participan?",
                    "<p>Contamos cuántas personas distintas asisten a la Universidad para "
                    "Padres, cuántos voluntarios reciben su autorización y cuántas horas donan, "
                    "y cuántos integrantes de comités y miembros del personal completan su "
                    "capacitación. También preguntamos a los padres qué tan seguros se sienten "
                    "antes y después de cada trayectoria.</p>",
                ),
                (
                    "¿Comparten mi información personal?",
                    "<p>No. Los informes solo muestran totales, y cualquier cifra sobre menos "
                    "de diez personas se oculta para que ninguna familia pueda ser "
                    "identificada.</p>",
                ),
            ),
            call_to_action(
                "Lea la política de la Mesa Directiva",
                "La política de la Mesa Directiva sobre la participación familiar orienta todo "
                "nuestro trabajo. Por ahora, el documento solo está disponible en inglés.",
                "Leer la política (en inglés)",
                page("board-policy"),
            ),
        ],
    },
}

# Left in English only on purpose: shows the language switcher's "not translated yet" note.
BOARD_POLICY = {
    "key": "board-policy",
    "parent": "about",
    "show_in_menus": False,
    "en": {
        "slug": "board-policy-family-engagement",
        "title": "Board policy on family engagement",
        "intro": "A summary of the Board of Education's policy on family and community engagement.",
        "body": [
            heading("Summary"),
            paragraph(
                "<p>The Board of Education recognizes that families are their children's first "
                "teachers and that lasting family engagement supports student achievement. The "
                "policy commits the district to:</p><ul>"
                "<li>communicate with families regularly, in a language they understand;</li>"
                "<li>offer families opportunities to learn how to support learning at home;</li>"
                "<li>involve parents in planning, reviewing and improving school programs;</li>"
                "<li>train staff to work with families as equal partners;</li>"
                "<li>review the family engagement plan every year with the parent "
                "committees.</li></ul>"
            ),
            paragraph("<p>A Spanish translation of this page is being prepared.</p>"),
        ],
    },
    "es": None,
}

CONTACT = {
    "key": "contact",
    "parent": "home",
    "show_in_menus": True,
    "en": {
        "slug": "contact",
        "title": "Contact us",
        "intro": (
            "Call, write or visit. We answer in English and Spanish, and we can arrange "
            "interpretation in other languages."
        ),
        "body": [
            heading("Office of Family & Community Engagement"),
            paragraph(
                "<p>1200 Sunrise Boulevard, Suite 300<br/>Valle del Sol, CA 90000</p>"
                "<p>Phone: (619) 555-0100<br/>"
                f'Email: <a href="mailto:{OFFICE_EMAIL}">{OFFICE_EMAIL}</a></p>'
                "<p>Office hours: Monday to Friday, 8:00 a.m. to 4:30 p.m.</p>"
            ),
            faq(
                "Before you call",
                (
                    "What if my question is about one school?",
                    "<p>Start with your school's office or its Community Assistant. If you "
                    "still need help, call the Family Engagement Center for your region.</p>",
                ),
                (
                    "How do I ask for an interpreter?",
                    "<p>Tell us the language you need when you call or sign up for an event. "
                    "Interpretation is free.</p>",
                ),
                (
                    "How do I report a problem with this website?",
                    f"<p>Write to {OFFICE_EMAIL} and tell us which page you were on. We read "
                    "every message.</p>",
                ),
            ),
            call_to_action(
                "Find your regional center",
                "Every region has a Family Engagement Center with workshops, computers and "
                "bilingual staff.",
                "See the centers",
                page("centers"),
            ),
        ],
    },
    "es": {
        "slug": "contacto",
        "title": "Contáctenos",
        "intro": (
            "Llame, escriba o visítenos. Respondemos en inglés y en español, y podemos "
            "conseguir interpretación en otros idiomas."
        ),
        "body": [
            heading("Oficina de Participación Familiar y Comunitaria"),
            paragraph(
                "<p>1200 Sunrise Boulevard, Suite 300<br/>Valle del Sol, CA 90000</p>"
                "<p>Teléfono: (619) 555-0100<br/>"
                f'Correo electrónico: <a href="mailto:{OFFICE_EMAIL}">{OFFICE_EMAIL}</a></p>'
                "<p>Horario de atención: de lunes a viernes, de 8:00 a. m. a 4:30 p. m.</p>"
            ),
            faq(
                "Antes de llamar",
                (
                    "¿Y si mi pregunta es sobre una sola escuela?",
                    "<p>Comience por la oficina de su escuela o su asistente comunitario. Si "
                    "todavía necesita ayuda, llame al Centro de Participación Familiar de su "
                    "región.</p>",
                ),
                (
                    "¿Cómo solicito un intérprete?",
                    "<p>Díganos qué idioma necesita cuando llame o se inscriba en un evento. "
                    "La interpretación es gratuita.</p>",
                ),
                (
                    "¿Cómo reporto un problema con este sitio web?",
                    f"<p>Escriba a {OFFICE_EMAIL} e indíquenos en qué página estaba. Leemos "
                    "todos los mensajes.</p>",
                ),
            ),
            call_to_action(
                "Encuentre su centro regional",
                "Cada región tiene un Centro de Participación Familiar con talleres, "
                "computadoras y personal bilingüe.",
                "Ver los centros",
                page("centers"),
            ),
        ],
    },
}
