"""The three "ways in" pages (families, school staff, community partners), EN and ES."""

from .streams import call_to_action, faq, heading, image, page, paragraph

PARENTS = {
    "key": "parents",
    "parent": "home",
    "show_in_menus": True,
    "audiences": ["parents-caregivers"],
    "en": {
        "slug": "parents-and-families",
        "title": "Parents and families",
        "intro": (
            "Free workshops, classes and one-on-one help so you can support your child's "
            "learning at home and at school."
        ),
        "body": [
            heading("Parent University"),
            paragraph(
                "<p>Parent University offers free workshops for parents and caregivers at every "
                "Family Engagement Center and online. Topics include supporting reading and "
                "math at home, understanding report cards, social-emotional growth, getting "
                "ready for college and careers, and speaking up for your child.</p>"
                "<p>Workshops are offered in English and Spanish. Childcare and interpretation "
                "in other languages are available when you sign up ahead of time.</p>"
            ),
            image(
                "book",
                "Illustration of an open book under a rising sun, with a pencil beside it.",
                "Parent University workshops show simple ways to read together at home.",
            ),
            heading("The Parent Portal"),
            paragraph(
                "<p>The Parent Portal lets you check your child's grades, attendance and "
                "assignments from a phone or a computer. If you do not have an account yet, "
                "bring a photo ID to any Family Engagement Center and our staff will help you "
                "set it up and show you how to use it.</p><ul>"
                "<li>See grades and missing assignments</li>"
                "<li>Report an absence</li>"
                "<li>Update your phone number and email address</li>"
                "<li>Send a message to your child's teacher</li></ul>"
            ),
            faq(
                "Questions families ask",
                (
                    "Do the workshops cost anything?",
                    "<p>No. All Parent University workshops and computer classes are free for "
                    "the families of Valle del Sol Unified students.</p>",
                ),
                (
                    "I don't speak English. Can I still take part?",
                    "<p>Yes. Every workshop is offered in Spanish, and we can arrange an "
                    "interpreter for Armenian, Chinese, Vietnamese or Arabic if you ask at "
                    "least three school days ahead.</p>",
                ),
                (
                    "How do I become a school volunteer?",
                    "<p>Fill out a volunteer application at your school office or at a Family "
                    "Engagement Center. Volunteers who work with students regularly also need "
                    "a TB test, fingerprinting and a short orientation. We will guide you "
                    "through each step.</p>",
                ),
                (
                    "Who can help me find food, housing or health services?",
                    "<p>The Community Assistant at your school, or any Family Engagement "
                    "Center, can put you in touch with community partners near you.</p>",
                ),
            ),
            call_to_action(
                "Find a Family Engagement Center",
                "Visit the center in your region for workshops, computer access and "
                "one-on-one help.",
                "See the centers",
                page("centers"),
            ),
        ],
    },
    "es": {
        "slug": "padres-y-familias",
        "title": "Padres y familias",
        "intro": (
            "Talleres, clases y atención personalizada, todo gratis, para que usted pueda "
            "apoyar el aprendizaje de su hijo en casa y en la escuela."
        ),
        "body": [
            heading("Universidad para Padres"),
            paragraph(
                "<p>La Universidad para Padres ofrece talleres gratuitos para madres, padres y "
                "cuidadores en todos los Centros de Participación Familiar y en línea. Los temas "
                "incluyen cómo apoyar la lectura y las matemáticas en casa, cómo entender la "
                "boleta de calificaciones, el desarrollo socioemocional, la preparación para la "
                "universidad y el trabajo, y cómo defender los intereses de su hijo.</p>"
                "<p>Los talleres se ofrecen en inglés y en español. Si se inscribe con "
                "anticipación, puede pedir cuidado de niños e interpretación a otros "
                "idiomas.</p>"
            ),
            image(
                "book",
                "Ilustración de un libro abierto bajo un sol naciente, con un lápiz al lado.",
                "En los talleres de la Universidad para Padres aprenderá formas sencillas de "
                "leer en familia.",
            ),
            heading("El Portal para Padres"),
            paragraph(
                "<p>El Portal para Padres le permite consultar las calificaciones, la asistencia "
                "y las tareas de su hijo desde el teléfono o la computadora. Si todavía no tiene "
                "una cuenta, traiga una identificación con foto a cualquier Centro de "
                "Participación Familiar y nuestro personal le ayudará a crearla y a usarla.</p>"
                "<ul><li>Ver calificaciones y tareas pendientes</li>"
                "<li>Reportar una ausencia</li>"
                "<li>Actualizar su número de teléfono y su correo electrónico</li>"
                "<li>Enviar un mensaje al maestro de su hijo</li></ul>"
            ),
            faq(
                "Preguntas frecuentes de las familias",
                (
                    "¿Los talleres tienen algún costo?",
                    "<p>No. Todos los talleres de la Universidad para Padres y las clases de "
                    "computación son gratuitos para las familias de los estudiantes del "
                    "distrito.</p>",
                ),
                (
                    "No hablo inglés. ¿Puedo participar?",
                    "<p>Sí. Todos los talleres se ofrecen en español, y podemos conseguir un "
                    "intérprete de armenio, chino, vietnamita o árabe si lo solicita con al "
                    "menos tres días escolares de anticipación.</p>",
                ),
                (
                    "¿Cómo puedo ser voluntario en la escuela?",
                    "<p>Llene una solicitud de voluntario en la oficina de su escuela o en un "
                    "Centro de Participación Familiar. Los voluntarios que trabajan con "
                    "estudiantes de forma regular también necesitan una prueba de "
                    "tuberculosis, la toma de huellas digitales y una breve orientación. Le "
                    "acompañaremos en cada paso.</p>",
                ),
                (
                    "¿Quién me puede ayudar a encontrar alimentos, vivienda o servicios de salud?",
                    "<p>El asistente comunitario de su escuela, o cualquier Centro de "
                    "Participación Familiar, puede ponerle en contacto con organizaciones "
                    "comunitarias cercanas.</p>",
                ),
            ),
            call_to_action(
                "Encuentre un Centro de Participación Familiar",
                "Visite el centro de su región para asistir a talleres, usar las computadoras "
                "y recibir atención personalizada.",
                "Ver los centros",
                page("centers"),
            ),
        ],
    },
}

STAFF = {
    "key": "staff",
    "parent": "home",
    "show_in_menus": True,
    "audiences": ["school-staff"],
    "en": {
        "slug": "school-staff",
        "title": "School staff",
        "intro": (
            "Professional development and practical tools for building strong partnerships "
            "with every family at your school."
        ),
        "body": [
            heading("Welcoming Schools"),
            paragraph(
                "<p>Welcoming Schools is the district's professional development series on the "
                "value of family partnerships. Short sessions, at staff meetings or online, "
                "cover how to greet and guide visitors, how to communicate with families in "
                "their home language, and how to plan events that families want to "
                "attend.</p>"
            ),
            image(
                "door",
                "Illustration of an open classroom door next to a sign that reads “Welcome” "
                "and “Bienvenidos”.",
            ),
            heading("Community Assistants"),
            paragraph(
                "<p>Every school has a Community Assistant who gives at least four hours a week "
                "of family support: answering questions, connecting families with resources and "
                "partners, and recording referrals so that the office can follow up. Community "
                "Assistants are trained each fall and meet every month with their regional "
                "center.</p>"
            ),
            faq(
                "Questions from staff",
                (
                    "How do I request an interpreter for a parent conference?",
                    "<p>Send the request to your regional Family Engagement Center at least "
                    "three school days before the meeting. Interpretation by phone is "
                    "available the same day for urgent matters.</p>",
                ),
                (
                    "Can the office help us plan a family event?",
                    "<p>Yes. Center staff can help you plan a workshop or a family night, "
                    "promote it in both languages, and record attendance electronically "
                    "instead of on paper sign-in sheets.</p>",
                ),
                (
                    "Where is my Welcoming Schools training recorded?",
                    "<p>Your completion is recorded when you finish a session on this portal; "
                    "your principal sees the totals for your school.</p>",
                ),
            ),
            call_to_action(
                "Bring a workshop to your school",
                "Ask your regional center to schedule a Parent University workshop or a "
                "Welcoming Schools session at your site.",
                "Contact the office",
                page("contact"),
            ),
        ],
    },
    "es": {
        "slug": "personal-escolar",
        "title": "Personal escolar",
        "intro": (
            "Desarrollo profesional y herramientas prácticas para colaborar de verdad con "
            "todas las familias de su escuela."
        ),
        "body": [
            heading("Escuelas Acogedoras"),
            paragraph(
                "<p>Escuelas Acogedoras es la serie de desarrollo profesional del distrito sobre "
                "el valor de colaborar con las familias. En sesiones cortas, durante las "
                "reuniones de personal o en línea, se aborda cómo recibir y orientar a los "
                "visitantes, cómo comunicarse con las familias en su idioma y cómo planear "
                "eventos a los que las familias quieran asistir.</p>"
            ),
            image(
                "door",
                "Ilustración de la puerta abierta de un salón de clases junto a un letrero que "
                "dice «Welcome» y «Bienvenidos».",
            ),
            heading("Asistentes comunitarios"),
            paragraph(
                "<p>Cada escuela cuenta con un asistente comunitario que dedica al menos cuatro "
                "horas a la semana a apoyar a las familias: responde sus preguntas, las pone en "
                "contacto con recursos y organizaciones aliadas, y registra las referencias "
                "para que la oficina pueda darles seguimiento. Los asistentes comunitarios "
                "reciben capacitación cada otoño y se reúnen cada mes con su centro "
                "regional.</p>"
            ),
            faq(
                "Preguntas del personal",
                (
                    "¿Cómo solicito un intérprete para una conferencia con padres?",
                    "<p>Envíe la solicitud a su Centro de Participación Familiar regional al "
                    "menos tres días escolares antes de la reunión. Para asuntos urgentes, hay "
                    "interpretación telefónica el mismo día.</p>",
                ),
                (
                    "¿La oficina nos puede ayudar a organizar un evento para familias?",
                    "<p>Sí. El personal del centro puede ayudarle a planear un taller o una "
                    "noche familiar, a promoverlo en ambos idiomas y a registrar la asistencia "
                    "de forma electrónica en lugar de usar hojas de firmas en papel.</p>",
                ),
                (
                    "¿Dónde queda registrada mi capacitación de Escuelas Acogedoras?",
                    "<p>Su participación queda registrada cuando termina una sesión en este "
                    "portal; su director o directora ve los totales de su escuela.</p>",
                ),
            ),
            call_to_action(
                "Lleve un taller a su escuela",
                "Pida a su centro regional que programe un taller de la Universidad para Padres "
                "o una sesión de Escuelas Acogedoras en su plantel.",
                "Comuníquese con la oficina",
                page("contact"),
            ),
        ],
    },
}

PARTNERS = {
    "key": "partners",
    "parent": "home",
    "show_in_menus": True,
    "audiences": ["community-partners"],
    "en": {
        "slug": "community-partners",
        "title": "Community partners",
        "intro": (
            "Nonprofits, colleges, clinics and businesses that help Valle del Sol families thrive."
        ),
        "body": [
            heading("Why partner with us"),
            paragraph(
                "<p>Our Family Engagement Centers welcome thousands of families every year. "
                "Partners offer services at the centers, lead Parent University workshops, "
                "take part in resource fairs and receive referrals from the Community "
                "Assistants at every school.</p>"
            ),
            image(
                "homes",
                "Illustration of three houses and a school joined by a winding path.",
            ),
            heading("How it works"),
            paragraph(
                "<ol><li>Create an account on this portal and tell us about your "
                "organization.</li><li>Our staff review your information and contact you "
                "within two weeks.</li><li>Once you are approved, you can list your services "
                "and opportunities; every change is reviewed before it is published.</li></ol>"
            ),
            faq(
                "Questions from partners",
                (
                    "Does it cost anything to become a partner?",
                    "<p>No. Partnership is free. We ask partners to offer their services to "
                    "district families at no cost or at a reduced cost.</p>",
                ),
                (
                    "Do partners need a background check?",
                    "<p>Partners who work directly with students follow the same clearance "
                    "steps as Level 2 volunteers. Partners who work only with adults do "
                    "not.</p>",
                ),
                (
                    "Can we share flyers with families?",
                    "<p>Yes. Approved partners can publish their services on this portal in "
                    "English and Spanish and bring printed materials to resource fairs.</p>",
                ),
            ),
            call_to_action(
                "Become a community partner",
                "Tell us about your organization and the families you serve.",
                "Get in touch",
                page("contact"),
            ),
        ],
    },
    "es": {
        "slug": "socios-comunitarios",
        "title": "Socios comunitarios",
        "intro": (
            "Organizaciones sin fines de lucro, colegios comunitarios, clínicas y negocios que "
            "ayudan a las familias de Valle del Sol a salir adelante."
        ),
        "body": [
            heading("Por qué colaborar con nosotros"),
            paragraph(
                "<p>Nuestros Centros de Participación Familiar reciben a miles de familias cada "
                "año. Las organizaciones aliadas ofrecen servicios en los centros, imparten "
                "talleres de la Universidad para Padres, participan en ferias de recursos y "
                "reciben referencias de los asistentes comunitarios de todas las escuelas.</p>"
            ),
            image(
                "homes",
                "Ilustración de tres casas y una escuela unidas por un camino sinuoso.",
            ),
            heading("Cómo funciona"),
            paragraph(
                "<ol><li>Cree una cuenta en este portal y cuéntenos sobre su "
                "organización.</li><li>Nuestro personal revisa la información y se comunica "
                "con usted en un plazo de dos semanas.</li><li>Una vez aprobada, su "
                "organización puede publicar sus servicios y oportunidades; cada cambio se "
                "revisa antes de publicarse.</li></ol>"
            ),
            faq(
                "Preguntas de las organizaciones",
                (
                    "¿Cuesta algo colaborar con el distrito?",
                    "<p>No. La colaboración es gratuita. Pedimos a las organizaciones que "
                    "ofrezcan sus servicios a las familias del distrito sin costo o a un precio "
                    "reducido.</p>",
                ),
                (
                    "¿Las organizaciones necesitan una verificación de antecedentes?",
                    "<p>Quienes trabajan directamente con estudiantes siguen los mismos pasos de "
                    "autorización que los voluntarios de Nivel 2. Quienes trabajan solo con "
                    "adultos no la necesitan.</p>",
                ),
                (
                    "¿Podemos compartir volantes con las familias?",
                    "<p>Sí. Las organizaciones aprobadas pueden publicar sus servicios en este "
                    "portal en inglés y en español, y llevar materiales impresos a las ferias "
                    "de recursos.</p>",
                ),
            ),
            call_to_action(
                "Colabore con nosotros",
                "Cuéntenos sobre su organización y las familias a las que atiende.",
                "Póngase en contacto",
                page("contact"),
            ),
        ],
    },
}
