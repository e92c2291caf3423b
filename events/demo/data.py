"""What the demo calendar holds, in English and Spanish: topics, events and the people who come.

Plain data. Dates are not written here: each event says on which weekday it falls and
how many weeks after the start of the school year (September) its first date is; the
loader turns that into dates of the school year the demo is loaded in. Places are
named by slug (centers, from ``portal.demo``) or found by flag (the focus schools).
Names are combined at random from the lists below, so they belong to nobody in
particular; emails use example.org and phones the 555-01xx range kept for fiction.
"""

from datetime import time

from events.kinds import AttendanceMode, Committee, EventLanguage, Program, Repeat

SEED = 20260901
MON, TUE, WED, THU, FRI, SAT = range(6)

INDEX = {
    "en": {
        "title": "Events",
        "slug": "events",
        "intro": (
            "Free workshops, classes and trainings for families across the district, in English "
            "and Spanish. Many offer childcare, a light meal and interpretation."
        ),
    },
    "es": {
        "title": "Eventos",
        "slug": "eventos",
        "intro": (
            "Talleres, clases y capacitaciones gratuitas para las familias de todo el distrito, "
            "en inglés y en español. Muchos ofrecen cuidado de niños, algo de comer e "
            "interpretación."
        ),
    },
}

# English slug, English name, Spanish slug, Spanish name; in display order
TOPICS = [
    ("learning-at-home", "Learning at home", "aprendizaje-en-casa", "Aprendizaje en casa"),
    ("parenting", "Parenting and routines", "crianza-y-rutinas", "Crianza y rutinas"),
    (
        "social-emotional",
        "Social and emotional growth",
        "desarrollo-socioemocional",
        "Desarrollo socioemocional",
    ),
    (
        "technology",
        "Technology and the Parent Portal",
        "tecnologia-y-portal",
        "Tecnología y el Portal para Padres",
    ),
    ("leadership", "Advocacy and leadership", "liderazgo", "Liderazgo y participación"),
    ("college-career", "College and career", "universidad-y-carreras", "Universidad y carreras"),
]


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def paragraph(html):
    return {"type": "paragraph", "value": html}


#: "What to expect", by program: every event of a program shares it.
BODIES = {
    Program.PARENT_UNIVERSITY: {
        "en": [
            heading("What to expect"),
            paragraph(
                "<p>Every session has its own topic, led by district staff and community "
                "partners. There is time for questions, for practice and for talking with other "
                "families.</p><ul><li>Free, for parents, grandparents and caregivers</li>"
                "<li>Come to one session or to all of them</li>"
                "<li>Walk-ins are welcome while seats last; registering saves you a seat</li></ul>"
            ),
        ],
        "es": [
            heading("Qué esperar"),
            paragraph(
                "<p>Cada sesión tiene su propio tema y la dirigen personal del distrito y "
                "organizaciones de la comunidad. Hay tiempo para preguntas, para practicar y para "
                "conversar con otras familias.</p><ul><li>Gratis, para madres, padres, abuelos y "
                "cuidadores</li><li>Venga a una sesión o a todas</li><li>Puede llegar sin "
                "inscribirse si hay lugar; inscribirse le asegura un asiento</li></ul>"
            ),
        ],
    },
    Program.PARENT_PORTAL: {
        "en": [
            heading("What to expect"),
            paragraph(
                "<p>Bring your phone or use one of the lab's computers. Staff help you sign in, "
                "find your child's grades, attendance and assignments, and turn on alerts.</p>"
                "<ul><li>Bring your Parent Portal letter or your child's student ID number if you "
                "have it</li><li>Forgot your password? We reset it with you</li></ul>"
            ),
        ],
        "es": [
            heading("Qué esperar"),
            paragraph(
                "<p>Traiga su teléfono o use una de las computadoras del laboratorio. El personal "
                "le ayuda a entrar, encontrar las calificaciones, la asistencia y las tareas de su "
                "hijo y activar las alertas.</p><ul><li>Traiga la carta del Portal para Padres o "
                "el número de estudiante de su hijo si lo tiene</li><li>¿Olvidó su contraseña? "
                "La cambiamos juntos</li></ul>"
            ),
        ],
    },
    Program.COMMITTEE_TRAINING: {
        "en": [
            heading("Who it is for"),
            paragraph(
                "<p>Elected members and alternates of the committee, and parents thinking of "
                "running. Each session covers one part of the role: how meetings work under the "
                "Brown Act, the bylaws, reading the district's plans and budget, and reporting "
                "back to your school.</p>"
            ),
        ],
        "es": [
            heading("Para quién es"),
            paragraph(
                "<p>Miembros electos y suplentes del comité, y padres que piensan postularse. "
                "Cada sesión trata una parte del cargo: cómo funcionan las reuniones según la Ley "
                "Brown, los estatutos, cómo leer los planes y el presupuesto del distrito y cómo "
                "informar a su escuela.</p>"
            ),
        ],
    },
    "online": {
        "en": [
            heading("How to join"),
            paragraph(
                "<p>We email you the link when you register. Join from a phone or a computer; "
                "you can keep your camera off. Ask questions in the chat, in English or "
                "Spanish.</p>"
            ),
        ],
        "es": [
            heading("Cómo participar"),
            paragraph(
                "<p>Le enviamos el enlace por correo cuando se inscribe. Participe desde un "
                "teléfono o una computadora; puede dejar la cámara apagada. Haga sus preguntas en "
                "el chat, en inglés o en español.</p>"
            ),
        ],
    },
}

#: Parent University: one weekly series at every Family Engagement Center (by center slug).
PARENT_UNIVERSITY = [
    {
        "center": "north-region",
        "topic": "learning-at-home",
        "weekday": TUE,
        "hours": (time(18, 0), time(19, 30)),
        "language": EventLanguage.BILINGUAL,
        "childcare": True,
        "food": True,
        "place": ("Community room", "Salón comunitario"),
        "en": {
            "title": "Parent University: Supporting learning at home",
            "slug": "parent-university-north",
            "intro": (
                "Tuesday evenings at the North Region center: reading together, homework "
                "routines, math games and talking with teachers."
            ),
        },
        "es": {
            "title": "Universidad para Padres: Cómo apoyar el aprendizaje en casa",
            "slug": "universidad-para-padres-norte",
            "intro": (
                "Los martes por la tarde en el centro de la Región Norte: leer juntos, rutinas "
                "para la tarea, juegos de matemáticas y cómo hablar con los maestros."
            ),
        },
    },
    {
        "center": "south-region",
        "topic": "parenting",
        "weekday": WED,
        "hours": (time(9, 30), time(11, 0)),
        "language": EventLanguage.SPANISH,
        "interpretation": "English",
        "childcare": True,
        "food": False,
        "place": ("Family room", "Sala de familias"),
        "en": {
            "title": "Parent University: Positive discipline and routines",
            "slug": "parent-university-south",
            "intro": (
                "Wednesday mornings at the South Region center, in Spanish with English "
                "interpretation: calm routines, screen time, sleep and setting limits with love."
            ),
        },
        "es": {
            "title": "Universidad para Padres: Disciplina positiva y rutinas",
            "slug": "universidad-para-padres-sur",
            "intro": (
                "Los miércoles por la mañana en el centro de la Región Sur, en español: rutinas "
                "tranquilas, tiempo de pantalla, el sueño y cómo poner límites con cariño."
            ),
        },
    },
    {
        "center": "east-region",
        "topic": "social-emotional",
        "weekday": THU,
        "hours": (time(17, 30), time(19, 0)),
        "language": EventLanguage.ENGLISH,
        "interpretation": "Spanish, Vietnamese",
        "childcare": True,
        "food": True,
        "place": ("Room 4", "Salón 4"),
        "en": {
            "title": "Parent University: Feelings, friendships and school",
            "slug": "parent-university-east",
            "intro": (
                "Thursday evenings at the East Region center: helping children name their "
                "feelings, make friends, handle bullying and cope with stress."
            ),
        },
        "es": {
            "title": "Universidad para Padres: Emociones, amistades y escuela",
            "slug": "universidad-para-padres-este",
            "intro": (
                "Los jueves por la tarde en el centro de la Región Este: cómo ayudar a los niños "
                "a nombrar lo que sienten, hacer amigos, enfrentar el acoso y manejar el estrés."
            ),
        },
    },
    {
        "center": "west-region",
        "topic": "technology",
        "weekday": MON,
        "hours": (time(18, 0), time(19, 30)),
        "language": EventLanguage.BILINGUAL,
        "childcare": False,
        "food": True,
        "place": ("Computer lab", "Laboratorio de computación"),
        "en": {
            "title": "Parent University: Families and technology",
            "slug": "parent-university-west",
            "intro": (
                "Monday evenings at the West Region center: school apps, email, online safety, "
                "and healthy screen habits for the whole family."
            ),
        },
        "es": {
            "title": "Universidad para Padres: Las familias y la tecnología",
            "slug": "universidad-para-padres-oeste",
            "intro": (
                "Los lunes por la tarde en el centro de la Región Oeste: aplicaciones de la "
                "escuela, correo electrónico, seguridad en internet y buenos hábitos con las "
                "pantallas para toda la familia."
            ),
        },
    },
    {
        "center": "central-region",
        "topic": "leadership",
        "weekday": SAT,
        "hours": (time(10, 0), time(11, 30)),
        "language": EventLanguage.BILINGUAL,
        "childcare": True,
        "food": True,
        "place": ("Multipurpose room", "Salón de usos múltiples"),
        "en": {
            "title": "Parent University: Speaking up for your child",
            "slug": "parent-university-central",
            "intro": (
                "Saturday mornings at the Central Region center: your rights as a parent, "
                "parent-teacher conferences, school site councils and how to be heard."
            ),
        },
        "es": {
            "title": "Universidad para Padres: Cómo abogar por su hijo",
            "slug": "universidad-para-padres-central",
            "intro": (
                "Los sábados por la mañana en el centro de la Región Central: sus derechos como "
                "padre o madre, las conferencias con los maestros, el consejo escolar y cómo "
                "hacerse escuchar."
            ),
        },
    },
    {
        "center": "family-resource-center",
        "topic": "college-career",
        "weekday": THU,
        "hours": (time(10, 0), time(11, 30)),
        "language": EventLanguage.BILINGUAL,
        "childcare": True,
        "food": False,
        "place": ("Training room", "Sala de capacitación"),
        "en": {
            "title": "Parent University: Planning for college and careers",
            "slug": "parent-university-family-resource-center",
            "intro": (
                "Thursday mornings at the Family Resource Center: graduation requirements, "
                "A–G courses, career pathways and paying for college."
            ),
        },
        "es": {
            "title": "Universidad para Padres: Preparación para la universidad y las carreras",
            "slug": "universidad-para-padres-centro-de-recursos",
            "intro": (
                "Los jueves por la mañana en el Centro de Recursos Familiares: requisitos de "
                "graduación, cursos A–G, trayectorias profesionales y cómo pagar la universidad."
            ),
        },
    },
]

#: Parent Portal classes: one a month at each focus school (``School.is_focus_school``),
#: on the second week's weekday given here, in the order of the schools' codes.
PARENT_PORTAL = {
    "weekdays": [TUE, WED, THU, MON, TUE, WED, THU],
    "nth": 2,
    "hours": (time(17, 30), time(19, 0)),
    "capacity": 15,
    "place": ("Computer lab", "Laboratorio de computación"),
    "en": {
        "title": "Parent Portal class at {school}",
        "slug": "parent-portal-class-{school}",
        "intro": (
            "A hands-on class in the school's computer lab: sign in to the Parent Portal, check "
            "grades and attendance, message teachers and turn on alerts."
        ),
    },
    "es": {
        "title": "Clase del Portal para Padres en {school}",
        "slug": "clase-portal-para-padres-{school}",
        "intro": (
            "Una clase práctica en el laboratorio de computación de la escuela: entre al Portal "
            "para Padres, revise calificaciones y asistencia, escriba a los maestros y active las "
            "alertas."
        ),
    },
}

#: Trainings for the district parent committees' members.
COMMITTEE_TRAININGS = [
    {
        "committee": Committee.DAC,
        "center": "central-region",
        "weekday": TUE,
        "nth": 2,
        "repeat": Repeat.MONTHLY,
        "hours": (time(18, 0), time(20, 0)),
        "language": EventLanguage.ENGLISH,
        "interpretation": "Spanish",
        "capacity": 40,
        "place": ("Board room", "Sala de juntas"),
        "en": {
            "title": "DAC member training",
            "slug": "dac-member-training",
            "intro": (
                "Monthly training for District Advisory Council members: the council's role, "
                "running meetings, and reading the district's plans."
            ),
        },
        "es": {
            "title": "Capacitación para miembros del DAC",
            "slug": "capacitacion-miembros-dac",
            "intro": (
                "Capacitación mensual para los miembros del Consejo Asesor del Distrito: el papel "
                "del consejo, cómo llevar las reuniones y cómo leer los planes del distrito."
            ),
        },
    },
    {
        "committee": Committee.DELAC,
        "center": "family-resource-center",
        "weekday": WED,
        "nth": 3,
        "repeat": Repeat.MONTHLY,
        "hours": (time(9, 0), time(11, 0)),
        "language": EventLanguage.SPANISH,
        "interpretation": "English",
        "capacity": 40,
        "place": ("Training room", "Sala de capacitación"),
        "en": {
            "title": "DELAC member training",
            "slug": "delac-member-training",
            "intro": (
                "Monthly training, in Spanish, for District English Learner Advisory Committee "
                "members: reclassification, the English learner master plan and the ELPAC."
            ),
        },
        "es": {
            "title": "Capacitación para miembros del DELAC",
            "slug": "capacitacion-miembros-delac",
            "intro": (
                "Capacitación mensual, en español, para los miembros del Comité Asesor del "
                "Distrito para Aprendices de Inglés: la reclasificación, el plan maestro y el "
                "examen ELPAC."
            ),
        },
    },
    {
        "committee": Committee.LCAP_PAC,
        "center": "central-region",
        "weekday": THU,
        "week": 9,
        "repeat": Repeat.BIWEEKLY,
        "sessions": 6,
        "hours": (time(17, 30), time(19, 30)),
        "language": EventLanguage.BILINGUAL,
        "mode": AttendanceMode.MIXED,
        "capacity": 35,
        "place": ("Board room", "Sala de juntas"),
        "en": {
            "title": "LCAP PAC training: the plan and the budget",
            "slug": "lcap-pac-training",
            "intro": (
                "Six sessions for LCAP Parent Advisory Committee members, in person or online: "
                "the Local Control and Accountability Plan, its goals, and where the money goes."
            ),
        },
        "es": {
            "title": "Capacitación del LCAP PAC: el plan y el presupuesto",
            "slug": "capacitacion-lcap-pac",
            "intro": (
                "Seis sesiones para los miembros del Comité Asesor de Padres del LCAP, en persona "
                "o en línea: el Plan de Control Local y Rendición de Cuentas, sus metas y en qué "
                "se gasta el dinero."
            ),
        },
    },
    {
        "committee": Committee.CAC,
        "center": "family-resource-center",
        "weekday": SAT,
        "week": 6,
        "repeat": Repeat.ONCE,
        "hours": (time(9, 0), time(12, 0)),
        "language": EventLanguage.BILINGUAL,
        "capacity": 30,
        "place": ("Training room", "Sala de capacitación"),
        "en": {
            "title": "CAC orientation: special education and your rights",
            "slug": "cac-orientation",
            "intro": (
                "A Saturday morning orientation for Community Advisory Committee members: IEPs, "
                "parents' rights in special education, and the committee's work."
            ),
        },
        "es": {
            "title": "Orientación del CAC: la educación especial y sus derechos",
            "slug": "orientacion-cac",
            "intro": (
                "Una orientación el sábado por la mañana para los miembros del Comité Asesor "
                "Comunitario: el IEP, los derechos de los padres en la educación especial y el "
                "trabajo del comité."
            ),
        },
    },
]

#: Online workshops (Parent University, on video).
ONLINE = [
    {
        "topic": "learning-at-home",
        "weekday": TUE,
        "week": 10,
        "repeat": Repeat.ONCE,
        "hours": (time(18, 30), time(19, 30)),
        "language": EventLanguage.BILINGUAL,
        "capacity": 100,
        "url": "https://meet.example.org/vds-family/report-cards",
        "en": {
            "title": "Online: Understanding your child's report card",
            "slug": "online-report-cards",
            "intro": (
                "One hour on video, just before fall conferences: what each mark means, "
                "standards-based grading, and questions to ask the teacher."
            ),
        },
        "es": {
            "title": "En línea: Cómo entender la boleta de calificaciones",
            "slug": "en-linea-boleta-de-calificaciones",
            "intro": (
                "Una hora por video, justo antes de las conferencias de otoño: qué significa "
                "cada calificación, la evaluación por estándares y qué preguntar al maestro."
            ),
        },
    },
    {
        "topic": "technology",
        "weekday": THU,
        "nth": 1,
        "repeat": Repeat.MONTHLY,
        "hours": (time(19, 0), time(20, 0)),
        "language": EventLanguage.ENGLISH,
        "interpretation": "Spanish",
        "capacity": 100,
        "url": "https://meet.example.org/vds-family/online-safety",
        "en": {
            "title": "Online: Keeping kids safe online",
            "slug": "online-internet-safety",
            "intro": (
                "A monthly evening session on video: parental controls, social media, gaming "
                "and what to do when something goes wrong."
            ),
        },
        "es": {
            "title": "En línea: Cómo proteger a los niños en internet",
            "slug": "en-linea-seguridad-en-internet",
            "intro": (
                "Una sesión mensual por video, en inglés con interpretación al español: "
                "controles parentales, redes sociales, videojuegos y qué hacer si algo sale mal."
            ),
        },
    },
    {
        "topic": "college-career",
        "weekday": WED,
        "week": 19,
        "repeat": Repeat.ONCE,
        "hours": (time(18, 0), time(19, 30)),
        "language": EventLanguage.BILINGUAL,
        "capacity": 150,
        "url": "https://meet.example.org/vds-family/financial-aid",
        "en": {
            "title": "Online: Paying for college, FAFSA and the California Dream Act",
            "slug": "online-financial-aid",
            "intro": (
                "For families of juniors and seniors: which application is yours, the documents "
                "you need, deadlines, and how to get one-on-one help."
            ),
        },
        "es": {
            "title": "En línea: Cómo pagar la universidad, la FAFSA y el California Dream Act",
            "slug": "en-linea-ayuda-financiera",
            "intro": (
                "Para familias de estudiantes de 11.º y 12.º grado: qué solicitud le corresponde, "
                "los documentos que necesita, las fechas límite y cómo recibir ayuda personal."
            ),
        },
    },
]

# -- the people who come ----------------------------------------------------------------

#: How many demo parents come to events, and how many of them have an account.
PEOPLE = 120
#: Fictional phone numbers: these area codes, exchange 555, lines 0100-0199.
AREA_CODES = ("559", "661")


def words(text):
    return tuple(text.split())


EN_FIRST = words(
    "Olivia Marcus Aisha Daniel Mei Tuan Anahit Karim Priya Jordan Emily Samuel Grace Hannah "
    "Noah Leila Omar Linh Arman Destiny Tyrone Keisha Ethan Sophia Chloe Isaac Fatima Yusuf "
    "Rachel Kevin Brianna Lusine Wei Minh Thao Andre Nicole Jasmine Caleb Ruth"
)
EN_LAST = words(
    "Johnson Nguyen Patel Kim Williams Sargsyan Chen Tran Haddad Okafor Brown Davis Miller "
    "Wilson Thompson Robinson Walker Lee Park Hakobyan Mansour Singh Harris Clark Lewis Baker "
    "Mitchell Carter Pham Huang Begay Osei Murphy"
)
ES_FIRST = words(
    "María José Guadalupe Juan Rosa Carlos Ana Luis Verónica Miguel Alejandra Jorge Leticia "
    "Francisco Claudia Ricardo Yesenia Arturo Marisol Fernando Gabriela Javier Lorena Raúl "
    "Elena Sergio Patricia Héctor Adriana Manuel Silvia Óscar Beatriz Rubén Norma Maribel"
)
ES_LAST = words(
    "García Hernández López Martínez González Rodríguez Pérez Sánchez Ramírez Flores Torres "
    "Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ramos Ruiz Mendoza Vargas "
    "Castillo Jiménez Romero Herrera Medina Aguilar Castro Soto Delgado Estrada Salazar"
)

#: Parent leaders: how many demo parents sit on each committee that is trained.
COMMITTEE_MEMBERS = {
    Committee.DAC: 11,
    Committee.DELAC: 12,
    Committee.LCAP_PAC: 10,
    Committee.CAC: 9,
}

#: School breaks: no workshops then (the loader cancels those dates). Dates are worked out
#: for the school year: Thanksgiving week, winter break, and the week of César Chávez Day.
BREAKS = {
    "thanksgiving": "Thanksgiving break · Receso de Acción de Gracias",
    "winter": "Winter break · Vacaciones de invierno",
    "spring": "Spring break · Vacaciones de primavera",
}
