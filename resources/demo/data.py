"""Demo directory: community resources for Valle del Sol families, in English and Spanish."""

CATEGORIES = [
    {
        "slug": {"en": "food", "es": "alimentos"},
        "name": {"en": "Food", "es": "Alimentos"},
        "description": {
            "en": (
                "Free groceries, fresh produce, and help signing up for food benefits like "
                "CalFresh."
            ),
            "es": (
                "Despensas gratuitas, frutas y verduras frescas, y ayuda para solicitar beneficios "
                "de alimentos como CalFresh."
            ),
        },
    },
    {
        "slug": {"en": "housing", "es": "vivienda"},
        "name": {"en": "Housing", "es": "Vivienda"},
        "description": {
            "en": (
                "Help paying rent, finding a safe place to live, and knowing your rights as a "
                "renter."
            ),
            "es": (
                "Ayuda para pagar la renta, encontrar un lugar seguro donde vivir y conocer sus "
                "derechos como inquilino."
            ),
        },
    },
    {
        "slug": {"en": "health", "es": "salud"},
        "name": {"en": "Health", "es": "Salud"},
        "description": {
            "en": (
                "Low-cost medical and dental care, help getting health insurance, and support for "
                "healthy pregnancies and babies."
            ),
            "es": (
                "Atención médica y dental a bajo costo, ayuda para obtener seguro médico y apoyo "
                "para embarazos y bebés sanos."
            ),
        },
    },
    {
        "slug": {"en": "legal-help", "es": "ayuda-legal"},
        "name": {"en": "Legal help", "es": "Ayuda legal"},
        "description": {
            "en": (
                "Free or low-cost advice about housing, family, and immigration questions, and "
                "information about your rights."
            ),
            "es": (
                "Orientación gratuita o de bajo costo sobre vivienda, asuntos familiares e "
                "inmigración, e información sobre sus derechos."
            ),
        },
    },
    {
        "slug": {"en": "adult-education-and-jobs", "es": "educacion-y-empleo"},
        "name": {"en": "Adult education and jobs", "es": "Educación y empleo"},
        "description": {
            "en": (
                "Finish high school, train for a new career, start college, or get help finding "
                "work."
            ),
            "es": (
                "Termine la preparatoria, prepárese para una nueva carrera, empiece la universidad "
                "o reciba ayuda para encontrar trabajo."
            ),
        },
    },
    {
        "slug": {"en": "english-classes", "es": "clases-de-ingles"},
        "name": {"en": "English classes", "es": "Clases de inglés"},
        "description": {
            "en": (
                "Classes and conversation groups for adults who want to learn or practice English."
            ),
            "es": (
                "Clases y grupos de conversación para adultos que quieren aprender o practicar "
                "inglés."
            ),
        },
    },
    {
        "slug": {"en": "technology", "es": "tecnologia"},
        "name": {"en": "Technology", "es": "Tecnología"},
        "description": {
            "en": (
                "Low-cost internet and computers, free Wi-Fi, and classes on everyday computer "
                "skills."
            ),
            "es": (
                "Internet y computadoras a bajo costo, Wi-Fi gratis y clases para aprender a usar "
                "la computadora en el día a día."
            ),
        },
    },
    {
        "slug": {"en": "children-and-teens", "es": "ninos-y-jovenes"},
        "name": {"en": "Children and teens", "es": "Niños y jóvenes"},
        "description": {
            "en": (
                "After-school programs, early learning, sports, and activities that help kids and "
                "teens grow."
            ),
            "es": (
                "Programas después de clases, aprendizaje temprano, deportes y actividades para "
                "que niños y jóvenes crezcan y aprendan."
            ),
        },
    },
    {
        "slug": {"en": "family-support", "es": "apoyo-familiar"},
        "name": {"en": "Family support", "es": "Apoyo familiar"},
        "description": {
            "en": (
                "Counseling, parenting classes, baby supplies, and someone to talk to in a crisis."
            ),
            "es": (
                "Consejería, clases para padres, artículos para bebé y alguien con quien hablar en "
                "momentos difíciles."
            ),
        },
    },
]

ORGANIZATIONS = [
    {
        "slug": {"en": "valle-food-bank", "es": "banco-de-alimentos-valle"},
        "name": {"en": "Valle del Sol Food Bank", "es": "Banco de Alimentos de Valle del Sol"},
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "A neighborhood food bank sharing free groceries and fresh produce with families "
                "all over Valle del Sol. No one is turned away."
            ),
            "es": (
                "Un banco de alimentos comunitario que reparte despensas y productos frescos "
                "gratis a familias de todo Valle del Sol. Nadie se queda sin ayuda."
            ),
        },
        "phone": "+1 818 555 0101",
        "email": "info@valle-food-bank.example.org",
        "website": "https://valle-food-bank.example.org/",
        "partner_contact": {
            "first_name": "Ana",
            "last_name": "Reyes",
            "email": "ana.reyes@valle-food-bank.example.org",
            "language": "es",
        },
        "locations": [
            {
                "key": "main",
                "name": {"en": "Main warehouse", "es": "Bodega principal"},
                "street_address": "2140 Orchard Park Avenue",
                "city": "Valle del Sol",
                "postal_code": "90012",
                "region": "south",
                "center": None,
                "phone": "",
                "transportation": {
                    "en": "Bus 12 stops at Orchard Park Avenue and 3rd Street, one block away.",
                    "es": "El autobús 12 para en Orchard Park Avenue y la calle 3, a una cuadra.",
                },
                "accessibility": {
                    "en": "Step-free entrance and accessible parking by the front door.",
                    "es": (
                        "Entrada sin escalones y estacionamiento accesible junto a la puerta "
                        "principal."
                    ),
                },
                "hours": [["MO,TU,WE,TH,FR", "09:00", "17:00"], ["SA", "08:00", "12:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-27",
                        {"en": "Thanksgiving holiday", "es": "Feriado de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                ],
                "special_hours": [
                    [
                        "2026-11-25",
                        "09:00",
                        "13:00",
                        {
                            "en": "Closes early before Thanksgiving",
                            "es": "Cierra temprano antes del Día de Acción de Gracias",
                        },
                    ],
                ],
            },
            {
                "key": "eastside",
                "name": {
                    "en": "Eastside pantry at Mesa Community Hall",
                    "es": "Despensa del Este en el Salón Comunitario Mesa",
                },
                "street_address": "415 Arroyo Seco Street",
                "city": "Valle del Sol",
                "postal_code": "90013",
                "region": "east",
                "center": None,
                "phone": "+1 818 555 0121",
                "transportation": {
                    "en": "Bus 7 stops on Arroyo Seco Street, right in front.",
                    "es": "El autobús 7 para en Arroyo Seco Street, justo enfrente.",
                },
                "accessibility": {
                    "en": "Ramp at the side entrance. Volunteers can help carry bags to your car.",
                    "es": (
                        "Rampa en la entrada lateral. Los voluntarios pueden ayudarle a llevar las "
                        "bolsas a su carro."
                    ),
                },
                "hours": [["TH", "15:00", "18:00"], ["SA", "09:00", "12:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-26",
                        {"en": "Thanksgiving", "es": "Día de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                ],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {"en": "weekly-food-pantry", "es": "despensa-semanal"},
                "name": {"en": "Weekly food pantry", "es": "Despensa semanal"},
                "description": {
                    "en": (
                        "Pick up a free bag of groceries, fresh fruit, and vegetables once a week. "
                        "Bring your own bags if you can."
                    ),
                    "es": (
                        "Recoja cada semana una bolsa gratis con abarrotes, frutas y verduras "
                        "frescas. Si puede, traiga sus propias bolsas."
                    ),
                },
                "categories": ["food"],
                "audiences": ["parents", "families"],
                "eligibility": {
                    "en": "Open to any family living in Valle del Sol.",
                    "es": "Para cualquier familia que viva en Valle del Sol.",
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": (
                        "Just come during pantry hours. On your first visit we’ll ask for your "
                        "name and address."
                    ),
                    "es": (
                        "Solo venga en el horario de la despensa. En su primera visita le "
                        "pediremos su nombre y dirección."
                    ),
                },
                "documents": {
                    "en": ["Proof of address (a bill or letter is fine)"],
                    "es": ["Comprobante de domicilio (sirve un recibo o una carta)"],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["main"],
                "online": False,
                "hours": [["TU", "15:00", "18:00"], ["SA", "08:00", "11:00"]],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 20,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {
                    "en": "eastside-fresh-produce-market",
                    "es": "mercado-de-productos-frescos-del-este",
                },
                "name": {
                    "en": "Eastside fresh produce market",
                    "es": "Mercado de productos frescos del Este",
                },
                "description": {
                    "en": (
                        "Free fruit, vegetables, milk, and eggs, set up like a farmers market so "
                        "you can choose what your family likes."
                    ),
                    "es": (
                        "Frutas, verduras, leche y huevos gratis, en un mercado donde usted escoge "
                        "lo que más le gusta a su familia."
                    ),
                },
                "categories": ["food"],
                "audiences": ["families"],
                "eligibility": {
                    "en": "Open to everyone. No questions asked.",
                    "es": "Abierto a todos, sin preguntas.",
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Walk in. Lines are shortest in the last hour.",
                    "es": "Solo llegue. La fila es más corta en la última hora.",
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "vi"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["eastside"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 210,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "calfresh-application-help", "es": "ayuda-para-solicitar-calfresh"},
                "name": {"en": "CalFresh application help", "es": "Ayuda para solicitar CalFresh"},
                "description": {
                    "en": (
                        "Our team helps you apply for CalFresh, which puts money for groceries on "
                        "an EBT card every month. We can help in person or over the phone."
                    ),
                    "es": (
                        "Nuestro equipo le ayuda a solicitar CalFresh, un beneficio que deposita "
                        "dinero para comida en una tarjeta EBT cada mes. Le atendemos en persona o "
                        "por teléfono."
                    ),
                },
                "categories": ["food", "family-support"],
                "audiences": ["parents", "families"],
                "eligibility": {
                    "en": "Based on household size and income. Many working families qualify.",
                    "es": (
                        "Depende del tamaño y los ingresos de su hogar. Muchas familias que "
                        "trabajan califican."
                    ),
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Call to make an appointment, or drop in on a weekday.",
                    "es": "Llame para hacer una cita o venga sin cita entre semana.",
                },
                "documents": {
                    "en": ["Photo ID", "Recent pay stubs", "Proof of address"],
                    "es": [
                        "Identificación con foto",
                        "Talones de pago recientes",
                        "Comprobante de domicilio",
                    ],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "ar"],
                "interpretation": {
                    "en": "Phone interpreters for other languages.",
                    "es": "Intérpretes por teléfono para otros idiomas.",
                },
                "locations": ["main"],
                "online": True,
                "hours": [],
                "phone": "+1 818 555 0141",
                "email": "calfresh@valle-food-bank.example.org",
                "url": "",
                "verified_days_ago": 45,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [
            {
                "slug": {
                    "en": "family-volunteer-saturdays",
                    "es": "sabados-de-voluntariado-en-familia",
                },
                "title": {
                    "en": "Family volunteer Saturdays",
                    "es": "Sábados de voluntariado en familia",
                },
                "kind": "volunteering",
                "description": {
                    "en": (
                        "Sort and pack food together as a family on Saturday mornings. Teens can "
                        "earn community service hours."
                    ),
                    "es": (
                        "Clasifiquen y empaquen alimentos en familia los sábados por la mañana. "
                        "Los jóvenes pueden sumar horas de servicio comunitario."
                    ),
                },
                "eligibility": {
                    "en": "Ages 12 and up. Volunteers under 16 come with a parent or guardian.",
                    "es": (
                        "Desde los 12 años. Los menores de 16 deben venir con su mamá, papá o "
                        "tutor."
                    ),
                },
                "application_process": {
                    "en": "Sign up for a shift on our website.",
                    "es": "Inscríbase para un turno en nuestro sitio web.",
                },
                "starts_in_days": None,
                "ends_in_days": None,
                "deadline_in_days": None,
                "expires_in_days": 120,
                "cost": "free",
                "url": "https://valle-food-bank.example.org/volunteer/",
            },
        ],
    },
    {
        "slug": {"en": "sol-community-health-center", "es": "centro-de-salud-comunitario-sol"},
        "name": {"en": "Sol Community Health Center", "es": "Centro de Salud Comunitario Sol"},
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "A nonprofit clinic with medical and dental care for the whole family, with or "
                "without insurance. What you pay depends on what you can afford."
            ),
            "es": (
                "Clínica sin fines de lucro con atención médica y dental para toda la familia, "
                "tenga o no seguro médico. Lo que usted paga depende de sus posibilidades."
            ),
        },
        "phone": "+1 818 555 0102",
        "email": "info@sol-health.example.org",
        "website": "https://sol-health.example.org/",
        "partner_contact": {
            "first_name": "Daniel",
            "last_name": "Kim",
            "email": "daniel.kim@sol-health.example.org",
            "language": "en",
        },
        "locations": [
            {
                "key": "clinic",
                "name": {"en": "Main clinic", "es": "Clínica principal"},
                "street_address": "725 Mission Oak Street",
                "city": "Valle del Sol",
                "postal_code": "90015",
                "region": "central",
                "center": None,
                "phone": "+1 818 555 0122",
                "transportation": {
                    "en": "Buses 4 and 12 stop at Mission Oak Street and 7th Street.",
                    "es": "Los autobuses 4 y 12 paran en Mission Oak Street y la calle 7.",
                },
                "accessibility": {
                    "en": "Step-free entrance, elevator, and accessible restrooms.",
                    "es": "Entrada sin escalones, elevador y baños accesibles.",
                },
                "hours": [["MO,TU,WE,TH,FR", "08:00", "18:00"], ["SA", "09:00", "13:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-26",
                        {"en": "Thanksgiving", "es": "Día de Acción de Gracias"},
                    ],
                    ["2026-12-25", "2026-12-25", {"en": "Christmas Day", "es": "Navidad"}],
                    ["2027-01-01", "2027-01-01", {"en": "New Year’s Day", "es": "Año Nuevo"}],
                ],
                "special_hours": [],
            },
            {
                "key": "north-center",
                "name": {
                    "en": "Office hours at the North Region Family Engagement Center",
                    "es": "Atención en el Centro de Participación Familiar de la Región Norte",
                },
                "street_address": "4810 Canyon Crest Drive",
                "city": "Valle del Sol",
                "postal_code": "90011",
                "region": "north",
                "center": "north-region",
                "phone": "",
                "transportation": {
                    "en": "Bus 9 stops at Canyon Crest Drive and Ridge Road.",
                    "es": "El autobús 9 para en Canyon Crest Drive y Ridge Road.",
                },
                "accessibility": {
                    "en": "Accessible parking and a ramp at the main entrance.",
                    "es": "Estacionamiento accesible y rampa en la entrada principal.",
                },
                "hours": [["WE", "09:00", "13:00"]],
                "closures": [
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                    [
                        "2027-01-18",
                        "2027-01-18",
                        {"en": "Martin Luther King Jr. Day", "es": "Día de Martin Luther King Jr."},
                    ],
                ],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {"en": "family-medical-care", "es": "atencion-medica-familiar"},
                "name": {"en": "Family medical care", "es": "Atención médica familiar"},
                "description": {
                    "en": (
                        "Checkups, sick visits, vaccines, and care for ongoing conditions like "
                        "diabetes and asthma, for children and adults."
                    ),
                    "es": (
                        "Chequeos, consultas por enfermedad, vacunas y control de enfermedades "
                        "como la diabetes y el asma, para niños y adultos."
                    ),
                },
                "categories": ["health"],
                "audiences": ["children", "teens", "parents", "families"],
                "eligibility": {
                    "en": (
                        "Everyone is welcome, with or without insurance, whatever their "
                        "immigration status."
                    ),
                    "es": (
                        "Todos son bienvenidos, con o sin seguro médico y sin importar su "
                        "situación migratoria."
                    ),
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": (
                        "Call to make an appointment. Same-day visits are often available for sick "
                        "children."
                    ),
                    "es": (
                        "Llame para hacer una cita. Muchas veces hay citas el mismo día para niños "
                        "enfermos."
                    ),
                },
                "documents": {
                    "en": [
                        "Insurance card, if you have one",
                        "Proof of income, for the sliding scale",
                    ],
                    "es": [
                        "Tarjeta del seguro médico, si tiene",
                        "Comprobante de ingresos, para la tarifa según ingresos",
                    ],
                },
                "cost": "sliding_scale",
                "fees": {
                    "en": "Visits start at $20 without insurance, based on family income.",
                    "es": (
                        "Las consultas empiezan en $20 sin seguro, según los ingresos de la "
                        "familia."
                    ),
                },
                "languages": ["en", "es", "hy", "vi"],
                "interpretation": {
                    "en": "Free interpreters in any language, in person or by video.",
                    "es": "Intérpretes gratis en cualquier idioma, en persona o por video.",
                },
                "locations": ["clinic"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 30,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "childrens-dental-care", "es": "atencion-dental-para-ninos"},
                "name": {"en": "Children’s dental care", "es": "Atención dental para niños"},
                "description": {
                    "en": (
                        "Cleanings, fluoride, sealants, and fillings for kids, in a friendly and "
                        "gentle setting."
                    ),
                    "es": (
                        "Limpiezas, flúor, selladores y empastes para niños, en un ambiente amable "
                        "y tranquilo."
                    ),
                },
                "categories": ["health", "children-and-teens"],
                "audiences": ["children", "teens"],
                "eligibility": {
                    "en": "Children ages 1 to 18.",
                    "es": "Niños y jóvenes de 1 a 18 años.",
                },
                "minimum_age": 1,
                "maximum_age": 18,
                "application_process": {
                    "en": "Call the dental line to book a visit.",
                    "es": "Llame a la línea dental para hacer una cita.",
                },
                "documents": {
                    "en": ["Insurance card (Medi-Cal or other), if you have one"],
                    "es": ["Tarjeta del seguro (Medi-Cal u otro), si tiene"],
                },
                "cost": "sliding_scale",
                "fees": {
                    "en": "Free with Medi-Cal; otherwise based on family income.",
                    "es": "Gratis con Medi-Cal; si no, según los ingresos de la familia.",
                },
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["clinic"],
                "online": False,
                "hours": [],
                "phone": "+1 818 555 0142",
                "email": "",
                "url": "",
                "verified_days_ago": 60,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {
                    "en": "health-insurance-sign-up-help",
                    "es": "ayuda-para-inscribirse-en-seguro-medico",
                },
                "name": {
                    "en": "Health insurance sign-up help",
                    "es": "Ayuda para inscribirse en un seguro médico",
                },
                "description": {
                    "en": (
                        "Free help applying for or renewing Medi-Cal and Covered California, at "
                        "the clinic, at the North Region center, or by phone."
                    ),
                    "es": (
                        "Ayuda gratuita para solicitar o renovar Medi-Cal y Covered California, en "
                        "la clínica, en el centro de la Región Norte o por teléfono."
                    ),
                },
                "categories": ["health"],
                "audiences": ["parents", "families"],
                "eligibility": {"en": "", "es": ""},
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Drop in, or call to set up a time that works for you.",
                    "es": "Venga sin cita o llame para apartar un horario que le convenga.",
                },
                "documents": {
                    "en": [
                        "Photo ID",
                        "Proof of income",
                        "Social Security numbers, for anyone who has one",
                    ],
                    "es": [
                        "Identificación con foto",
                        "Comprobante de ingresos",
                        "Número de Seguro Social de quienes lo tengan",
                    ],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "ar", "hy"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["clinic", "north-center"],
                "online": True,
                "hours": [],
                "phone": "+1 818 555 0143",
                "email": "",
                "url": "",
                "verified_days_ago": 15,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [],
    },
    {
        "slug": {"en": "valle-legal-aid-society", "es": "sociedad-de-asistencia-legal-valle"},
        "name": {
            "en": "Valle del Sol Legal Aid Society",
            "es": "Sociedad de Asistencia Legal de Valle del Sol",
        },
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "Free legal help for families with low income facing housing, family, or public "
                "benefits problems."
            ),
            "es": (
                "Ayuda legal gratuita para familias de bajos ingresos con problemas de vivienda, "
                "asuntos familiares o beneficios públicos."
            ),
        },
        "phone": "+1 818 555 0103",
        "email": "info@valle-legal-aid.example.org",
        "website": "https://valle-legal-aid.example.org/",
        "partner_contact": {
            "first_name": "Marisol",
            "last_name": "Gutierrez",
            "email": "marisol.gutierrez@valle-legal-aid.example.org",
            "language": "es",
        },
        "locations": [
            {
                "key": "office",
                "name": {"en": "Main office", "es": "Oficina principal"},
                "street_address": "1725 Harbor Light Way, Suite 200",
                "city": "Valle del Sol",
                "postal_code": "90014",
                "region": "west",
                "center": None,
                "phone": "",
                "transportation": {
                    "en": "Bus 3 stops in front of the building.",
                    "es": "El autobús 3 para frente al edificio.",
                },
                "accessibility": {
                    "en": "Elevator to the second floor and an accessible restroom.",
                    "es": "Elevador al segundo piso y baño accesible.",
                },
                "hours": [["MO,TU,WE,TH", "09:00", "17:00"], ["FR", "09:00", "13:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-27",
                        {"en": "Thanksgiving holiday", "es": "Feriado de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                    [
                        "2027-03-31",
                        "2027-03-31",
                        {"en": "César Chávez Day", "es": "Día de César Chávez"},
                    ],
                ],
                "special_hours": [],
            },
            {
                "key": "family-resource-center",
                "name": {
                    "en": "Saturday clinic at the Family Resource Center",
                    "es": "Clínica de los sábados en el Centro de Recursos Familiares",
                },
                "street_address": "1200 Sunrise Boulevard",
                "city": "Valle del Sol",
                "postal_code": "90016",
                "region": "central",
                "center": "family-resource-center",
                "phone": "",
                "transportation": {
                    "en": "Buses 4 and 9 stop on Sunrise Boulevard.",
                    "es": "Los autobuses 4 y 9 paran en Sunrise Boulevard.",
                },
                "accessibility": {
                    "en": "Step-free entrance and accessible parking.",
                    "es": "Entrada sin escalones y estacionamiento accesible.",
                },
                "hours": [["SA", "09:00", "13:00"]],
                "closures": [
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                ],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {"en": "tenant-legal-help", "es": "ayuda-legal-para-inquilinos"},
                "name": {"en": "Tenant legal help", "es": "Ayuda legal para inquilinos"},
                "description": {
                    "en": (
                        "Got an eviction notice, a big rent increase, or repairs that never get "
                        "done? A lawyer can explain your rights and may be able to represent you "
                        "in court."
                    ),
                    "es": (
                        "¿Recibió un aviso de desalojo, un aumento grande de renta o no le hacen "
                        "las reparaciones? Un abogado le explica sus derechos y puede "
                        "representarle en la corte."
                    ),
                },
                "categories": ["legal-help", "housing"],
                "audiences": ["parents", "families"],
                "eligibility": {
                    "en": "Renters in Valle del Sol with low or moderate income.",
                    "es": "Inquilinos de Valle del Sol con ingresos bajos o moderados.",
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": (
                        "Call or walk in. If you received court papers, come right away: some "
                        "deadlines are only 10 days."
                    ),
                    "es": (
                        "Llame o venga sin cita. Si recibió papeles de la corte, venga de "
                        "inmediato: algunos plazos son de solo 10 días."
                    ),
                },
                "documents": {
                    "en": [
                        "Any notices or court papers you received",
                        "Your lease, if you have one",
                    ],
                    "es": [
                        "Cualquier aviso o papel de la corte que haya recibido",
                        "Su contrato de renta, si tiene",
                    ],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "zh"],
                "interpretation": {
                    "en": "Interpreters available for any language.",
                    "es": "Contamos con intérpretes para cualquier idioma.",
                },
                "locations": ["office"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 25,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "family-law-clinic", "es": "clinica-de-derecho-familiar"},
                "name": {"en": "Family law clinic", "es": "Clínica de derecho familiar"},
                "description": {
                    "en": (
                        "Meet with a volunteer lawyer about custody, child support, divorce, or "
                        "restraining orders, and get help filling out court forms."
                    ),
                    "es": (
                        "Reúnase con un abogado voluntario sobre custodia, manutención, divorcio u "
                        "órdenes de restricción, y reciba ayuda para llenar los formularios de la "
                        "corte."
                    ),
                },
                "categories": ["legal-help", "family-support"],
                "audiences": ["parents"],
                "eligibility": {
                    "en": (
                        "Parents and caregivers with low income. Survivors of domestic violence "
                        "are seen first."
                    ),
                    "es": (
                        "Padres y cuidadores de bajos ingresos. Las personas sobrevivientes de "
                        "violencia doméstica reciben atención primero."
                    ),
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": (
                        "First come, first served. Arrive early: spots are usually full by 10 a.m."
                    ),
                    "es": (
                        "Se atiende por orden de llegada. Llegue temprano: los lugares suelen "
                        "llenarse antes de las 10 a. m."
                    ),
                },
                "documents": {
                    "en": ["Photo ID", "Any court papers about your case"],
                    "es": ["Identificación con foto", "Cualquier papel de la corte sobre su caso"],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["family-resource-center"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 250,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "legal-help-line", "es": "linea-de-ayuda-legal"},
                "name": {"en": "Legal help line", "es": "Línea de ayuda legal"},
                "description": {
                    "en": (
                        "Call for free advice about a legal problem. If you need more help, we’ll "
                        "connect you with a lawyer or the right agency."
                    ),
                    "es": (
                        "Llame para recibir orientación legal gratuita. Si necesita más ayuda, le "
                        "conectamos con un abogado o con la agencia adecuada."
                    ),
                },
                "categories": ["legal-help"],
                "audiences": ["parents", "families"],
                "eligibility": {"en": "", "es": ""},
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": (
                        "Call during line hours. After hours, leave a message and we’ll call you "
                        "back within 2 business days."
                    ),
                    "es": (
                        "Llame en el horario de la línea. Si llama fuera de horario, deje un "
                        "mensaje y le regresamos la llamada en 2 días hábiles."
                    ),
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "zh", "vi"],
                "interpretation": {
                    "en": "Phone interpreters for any language.",
                    "es": "Intérpretes por teléfono para cualquier idioma.",
                },
                "locations": [],
                "online": True,
                "hours": [["MO,TU,WE,TH,FR", "09:00", "16:00"]],
                "phone": "+1 818 555 0144",
                "email": "",
                "url": "",
                "verified_days_ago": 10,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [],
    },
    {
        "slug": {"en": "open-door-housing-partners", "es": "open-door-socios-por-la-vivienda"},
        "name": {"en": "Open Door Housing Partners", "es": "Open Door: Socios por la Vivienda"},
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "Helps families keep a stable home with rental assistance, housing counseling, and "
                "help finding affordable apartments."
            ),
            "es": (
                "Ayuda a las familias a mantener un hogar estable con asistencia para la renta, "
                "asesoría de vivienda y apoyo para encontrar departamentos económicos."
            ),
        },
        "phone": "+1 818 555 0104",
        "email": "info@open-door-housing.example.org",
        "website": "https://open-door-housing.example.org/",
        "partner_contact": {
            "first_name": "Kevin",
            "last_name": "Tran",
            "email": "kevin.tran@open-door-housing.example.org",
            "language": "en",
        },
        "locations": [
            {
                "key": "office",
                "name": {"en": "Housing office", "es": "Oficina de vivienda"},
                "street_address": "5120 Canyon Crest Drive",
                "city": "Valle del Sol",
                "postal_code": "90011",
                "region": "north",
                "center": None,
                "phone": "",
                "transportation": {
                    "en": "Bus 9 stops at Canyon Crest Drive and Alder Street.",
                    "es": "El autobús 9 para en Canyon Crest Drive y Alder Street.",
                },
                "accessibility": {
                    "en": "Ground-floor office with a step-free entrance.",
                    "es": "Oficina en planta baja con entrada sin escalones.",
                },
                "hours": [["MO,TU,WE,TH,FR", "09:00", "17:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-27",
                        {"en": "Thanksgiving holiday", "es": "Feriado de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                    [
                        "2027-02-15",
                        "2027-02-15",
                        {"en": "Presidents’ Day", "es": "Día de los Presidentes"},
                    ],
                ],
                "special_hours": [
                    [
                        "2026-12-23",
                        "09:00",
                        "12:00",
                        {
                            "en": "Closes early for the holidays",
                            "es": "Cierra temprano por las fiestas",
                        },
                    ],
                ],
            },
        ],
        "services": [
            {
                "slug": {
                    "en": "emergency-rental-assistance",
                    "es": "asistencia-de-emergencia-para-la-renta",
                },
                "name": {
                    "en": "Emergency rental assistance",
                    "es": "Asistencia de emergencia para la renta",
                },
                "description": {
                    "en": (
                        "One-time help with back rent or a move-in deposit for families at risk of "
                        "losing their home."
                    ),
                    "es": (
                        "Ayuda única para pagar renta atrasada o el depósito de mudanza, para "
                        "familias en riesgo de perder su hogar."
                    ),
                },
                "categories": ["housing"],
                "audiences": ["families"],
                "eligibility": {
                    "en": (
                        "Valle del Sol renters earning up to 80% of the area median income who "
                        "have a past-due rent notice."
                    ),
                    "es": (
                        "Inquilinos de Valle del Sol con ingresos de hasta el 80% del ingreso "
                        "medio de la zona y con un aviso de renta atrasada."
                    ),
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": (
                        "Fill out the short online pre-application or call us. A case manager will "
                        "follow up within a week."
                    ),
                    "es": (
                        "Llene la presolicitud en línea o llámenos. Una persona encargada de su "
                        "caso se comunicará con usted en una semana."
                    ),
                },
                "documents": {
                    "en": [
                        "Photo ID",
                        "Lease or rental agreement",
                        "Past-due rent notice",
                        "Proof of income",
                    ],
                    "es": [
                        "Identificación con foto",
                        "Contrato de renta",
                        "Aviso de renta atrasada",
                        "Comprobante de ingresos",
                    ],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "vi"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["office"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 12,
                "status": "temporarily closed",
                "alert": {
                    "en": (
                        "This year’s funds have run out. Applications reopen in January; call us "
                        "for other options in the meantime."
                    ),
                    "es": (
                        "Los fondos de este año se agotaron. Las solicitudes se abren de nuevo en "
                        "enero; mientras tanto, llámenos para conocer otras opciones."
                    ),
                },
            },
            {
                "slug": {"en": "housing-counseling", "es": "asesoria-de-vivienda"},
                "name": {"en": "Housing counseling", "es": "Asesoría de vivienda"},
                "description": {
                    "en": (
                        "One-on-one help to find an affordable apartment, get on housing "
                        "waitlists, and make a plan for rent and utility bills."
                    ),
                    "es": (
                        "Apoyo personalizado para encontrar un departamento económico, anotarse en "
                        "listas de espera de vivienda y hacer un plan para pagar la renta y los "
                        "servicios."
                    ),
                },
                "categories": ["housing", "family-support"],
                "audiences": ["parents", "families"],
                "eligibility": {"en": "", "es": ""},
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Call to book a 45-minute appointment.",
                    "es": "Llame para hacer una cita de 45 minutos.",
                },
                "documents": {
                    "en": ["Photo ID", "Proof of income"],
                    "es": ["Identificación con foto", "Comprobante de ingresos"],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["office"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 320,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [],
    },
    {
        "slug": {"en": "valle-del-sol-public-library", "es": "biblioteca-publica-de-valle-del-sol"},
        "name": {"en": "Valle del Sol Public Library", "es": "Biblioteca Pública de Valle del Sol"},
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "Free books, computers, Wi-Fi, and programs for all ages at the Central Library "
                "and the West Branch. A library card is free for anyone who lives or works in "
                "Valle del Sol."
            ),
            "es": (
                "Libros, computadoras, Wi-Fi y actividades gratis para todas las edades en la "
                "Biblioteca Central y la Sucursal Oeste. La credencial es gratis para quien vive o "
                "trabaja en Valle del Sol."
            ),
        },
        "phone": "+1 818 555 0105",
        "email": "askus@valle-library.example.org",
        "website": "https://valle-library.example.org/",
        "partner_contact": {
            "first_name": "Helen",
            "last_name": "Park",
            "email": "helen.park@valle-library.example.org",
            "language": "en",
        },
        "locations": [
            {
                "key": "central",
                "name": {"en": "Central Library", "es": "Biblioteca Central"},
                "street_address": "455 Mission Oak Street",
                "city": "Valle del Sol",
                "postal_code": "90015",
                "region": "central",
                "center": None,
                "phone": "+1 818 555 0123",
                "transportation": {
                    "en": "Buses 4 and 12 stop across the street. Bike racks at the entrance.",
                    "es": (
                        "Los autobuses 4 y 12 paran enfrente. Hay estacionamiento para bicicletas "
                        "en la entrada."
                    ),
                },
                "accessibility": {
                    "en": (
                        "Step-free entrance, elevators, accessible computers, and large-print "
                        "books."
                    ),
                    "es": (
                        "Entrada sin escalones, elevadores, computadoras accesibles y libros en "
                        "letra grande."
                    ),
                },
                "hours": [
                    ["MO,TU,WE,TH", "10:00", "20:00"],
                    ["FR,SA", "10:00", "18:00"],
                    ["SU", "13:00", "17:00"],
                ],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-26",
                        {"en": "Thanksgiving", "es": "Día de Acción de Gracias"},
                    ],
                    ["2026-12-24", "2026-12-25", {"en": "Christmas", "es": "Navidad"}],
                    [
                        "2027-01-18",
                        "2027-01-18",
                        {"en": "Martin Luther King Jr. Day", "es": "Día de Martin Luther King Jr."},
                    ],
                ],
                "special_hours": [],
            },
            {
                "key": "west",
                "name": {"en": "West Branch", "es": "Sucursal Oeste"},
                "street_address": "1610 Harbor Light Way",
                "city": "Valle del Sol",
                "postal_code": "90014",
                "region": "west",
                "center": None,
                "phone": "+1 818 555 0124",
                "transportation": {
                    "en": "Bus 3 stops at the corner of Harbor Light Way and Bay Street.",
                    "es": "El autobús 3 para en la esquina de Harbor Light Way y Bay Street.",
                },
                "accessibility": {
                    "en": "Ramp at the main entrance; the children’s area is on the ground floor.",
                    "es": "Rampa en la entrada principal; el área infantil está en la planta baja.",
                },
                "hours": [["TU,WE,TH,FR,SA", "10:00", "18:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-27",
                        {"en": "Thanksgiving holiday", "es": "Feriado de Acción de Gracias"},
                    ],
                    ["2026-12-25", "2026-12-25", {"en": "Christmas Day", "es": "Navidad"}],
                    ["2027-05-31", "2027-05-31", {"en": "Memorial Day", "es": "Día de los Caídos"}],
                ],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {"en": "computers-wifi-and-hotspots", "es": "computadoras-wifi-y-hotspots"},
                "name": {
                    "en": "Computers, Wi-Fi, and hotspot lending",
                    "es": "Computadoras, Wi-Fi y préstamo de hotspots",
                },
                "description": {
                    "en": (
                        "Use a computer or free Wi-Fi, print school forms, and borrow a Wi-Fi "
                        "hotspot to take home for three weeks."
                    ),
                    "es": (
                        "Use una computadora o el Wi-Fi gratis, imprima formularios de la escuela "
                        "y llévese a casa un hotspot de Wi-Fi prestado por tres semanas."
                    ),
                },
                "categories": ["technology"],
                "audiences": ["children", "teens", "parents", "families"],
                "eligibility": {
                    "en": "Hotspots need a library card in good standing.",
                    "es": (
                        "Para los hotspots se necesita una credencial de la biblioteca sin adeudos."
                    ),
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Ask at the front desk. You can get a library card on the spot.",
                    "es": "Pregunte en el mostrador. Puede sacar su credencial ahí mismo.",
                },
                "documents": {
                    "en": ["Photo ID and proof of address, for a library card"],
                    "es": [
                        "Identificación con foto y comprobante de domicilio, para la credencial",
                    ],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "hy", "zh"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["central", "west"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 40,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "english-conversation-club", "es": "club-de-conversacion-en-ingles"},
                "name": {"en": "English conversation club", "es": "Club de conversación en inglés"},
                "description": {
                    "en": (
                        "Practice everyday English in a relaxed, friendly group led by volunteers. "
                        "All levels are welcome."
                    ),
                    "es": (
                        "Practique el inglés de todos los días en un grupo relajado y amistoso, "
                        "dirigido por voluntarios. Todos los niveles son bienvenidos."
                    ),
                },
                "categories": ["english-classes"],
                "audiences": ["parents"],
                "eligibility": {"en": "Adults 18 and older.", "es": "Adultos de 18 años o más."},
                "minimum_age": 18,
                "maximum_age": None,
                "application_process": {
                    "en": "Just drop in. No sign-up needed.",
                    "es": "Solo venga. No hace falta inscribirse.",
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["central"],
                "online": False,
                "hours": [["TH", "18:00", "19:30"], ["SA", "10:30", "12:00"]],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 75,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "homework-help", "es": "ayuda-con-las-tareas"},
                "name": {"en": "Homework help", "es": "Ayuda con las tareas"},
                "description": {
                    "en": (
                        "Free drop-in tutoring with volunteers who help with reading, math, and "
                        "science."
                    ),
                    "es": (
                        "Tutoría gratis y sin cita con voluntarios que ayudan en lectura, "
                        "matemáticas y ciencias."
                    ),
                },
                "categories": ["children-and-teens"],
                "audiences": ["children", "teens"],
                "eligibility": {
                    "en": "Students in grades 1 to 12.",
                    "es": "Estudiantes de 1.º a 12.º grado.",
                },
                "minimum_age": 6,
                "maximum_age": 18,
                "application_process": {
                    "en": (
                        "Drop in after school. Children under 10 need a grown-up in the building."
                    ),
                    "es": (
                        "Venga después de clases. Los menores de 10 años deben estar con un adulto "
                        "dentro de la biblioteca."
                    ),
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["central", "west"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 50,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "bilingual-story-time", "es": "hora-del-cuento-bilingue"},
                "name": {"en": "Bilingual story time", "es": "Hora del cuento bilingüe"},
                "description": {
                    "en": (
                        "Stories, songs, and rhymes in English and Spanish for babies, toddlers, "
                        "preschoolers, and their grown-ups."
                    ),
                    "es": (
                        "Cuentos, canciones y rimas en inglés y español para bebés, niños pequeños "
                        "y preescolares, junto con sus papás o cuidadores."
                    ),
                },
                "categories": ["children-and-teens"],
                "audiences": ["children", "parents"],
                "eligibility": {
                    "en": "Children 0 to 5 with a parent or caregiver.",
                    "es": "Niños de 0 a 5 años con su mamá, papá o cuidador.",
                },
                "minimum_age": 0,
                "maximum_age": 5,
                "application_process": {
                    "en": "Drop in. Come a few minutes early to get a name tag.",
                    "es": (
                        "Venga sin cita. Llegue unos minutos antes para recibir su etiqueta con "
                        "nombre."
                    ),
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["west"],
                "online": False,
                "hours": [["WE", "10:30", "11:15"], ["SA", "11:00", "11:45"]],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 200,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [
            {
                "slug": {"en": "summer-reading-challenge", "es": "reto-de-lectura-de-verano"},
                "title": {"en": "Summer Reading Challenge", "es": "Reto de Lectura de Verano"},
                "kind": "enrichment",
                "description": {
                    "en": (
                        "Read all summer, log your minutes, and earn prizes and a free book to "
                        "keep."
                    ),
                    "es": (
                        "Lea todo el verano, anote sus minutos y gane premios y un libro gratis "
                        "para quedárselo."
                    ),
                },
                "eligibility": {
                    "en": "Children and teens up to age 18.",
                    "es": "Niños y jóvenes de hasta 18 años.",
                },
                "application_process": {
                    "en": "Sign up at any library or online.",
                    "es": "Inscríbase en cualquier biblioteca o en línea.",
                },
                "starts_in_days": -70,
                "ends_in_days": -10,
                "deadline_in_days": -30,
                "expires_in_days": -10,
                "cost": "free",
                "url": "https://valle-library.example.org/summer-reading/",
            },
        ],
    },
    {
        "slug": {"en": "valle-del-sol-adult-school", "es": "escuela-para-adultos-de-valle-del-sol"},
        "name": {"en": "Valle del Sol Adult School", "es": "Escuela para Adultos de Valle del Sol"},
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "Affordable classes for adults: English, high school diploma and equivalency, and "
                "short career training, with morning and evening schedules."
            ),
            "es": (
                "Clases económicas para adultos: inglés, diploma de preparatoria o equivalente y "
                "capacitación laboral corta, con horarios de mañana y de noche."
            ),
        },
        "phone": "+1 818 555 0106",
        "email": "info@valle-adult-school.example.org",
        "website": "https://valle-adult-school.example.org/",
        "partner_contact": {
            "first_name": "Luis",
            "last_name": "Hernandez",
            "email": "luis.hernandez@valle-adult-school.example.org",
            "language": "es",
        },
        "locations": [
            {
                "key": "campus",
                "name": {"en": "Main campus", "es": "Plantel principal"},
                "street_address": "1890 Harbor Light Way",
                "city": "Valle del Sol",
                "postal_code": "90014",
                "region": "west",
                "center": None,
                "phone": "+1 818 555 0125",
                "transportation": {
                    "en": "Bus 3 stops at the campus entrance. Free parking in Lot B.",
                    "es": (
                        "El autobús 3 para en la entrada del plantel. Estacionamiento gratis en el "
                        "lote B."
                    ),
                },
                "accessibility": {
                    "en": "All classrooms are on the ground floor; accessible parking in Lot B.",
                    "es": (
                        "Todos los salones están en la planta baja; estacionamiento accesible en "
                        "el lote B."
                    ),
                },
                "hours": [["MO,TU,WE,TH", "08:00", "21:00"], ["FR", "08:00", "15:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-27",
                        {"en": "Thanksgiving holiday", "es": "Feriado de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                    [
                        "2027-02-15",
                        "2027-02-15",
                        {"en": "Presidents’ Day", "es": "Día de los Presidentes"},
                    ],
                ],
                "special_hours": [],
            },
            {
                "key": "south-center",
                "name": {
                    "en": "Evening classes at the South Region Family Engagement Center",
                    "es": (
                        "Clases nocturnas en el Centro de Participación Familiar de la Región Sur"
                    ),
                },
                "street_address": "2275 Palm Vista Avenue",
                "city": "Valle del Sol",
                "postal_code": "90012",
                "region": "south",
                "center": "south-region",
                "phone": "",
                "transportation": {
                    "en": "Bus 12 stops on Palm Vista Avenue.",
                    "es": "El autobús 12 para en Palm Vista Avenue.",
                },
                "accessibility": {
                    "en": "Step-free entrance and accessible restrooms.",
                    "es": "Entrada sin escalones y baños accesibles.",
                },
                "hours": [["MO,WE", "17:30", "20:30"]],
                "closures": [
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                    [
                        "2027-01-18",
                        "2027-01-18",
                        {"en": "Martin Luther King Jr. Day", "es": "Día de Martin Luther King Jr."},
                    ],
                ],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {"en": "esl-classes", "es": "clases-de-ingles-como-segundo-idioma"},
                "name": {
                    "en": "English as a Second Language (ESL) classes",
                    "es": "Clases de inglés como segundo idioma (ESL)",
                },
                "description": {
                    "en": (
                        "Learn to speak, read, and write English in classes for every level. Many "
                        "parents take the evening class at the South Region center."
                    ),
                    "es": (
                        "Aprenda a hablar, leer y escribir en inglés en clases para todos los "
                        "niveles. Muchos padres toman la clase de la noche en el centro de la "
                        "Región Sur."
                    ),
                },
                "categories": ["english-classes", "adult-education-and-jobs"],
                "audiences": ["parents"],
                "eligibility": {"en": "Adults 18 and older.", "es": "Adultos de 18 años o más."},
                "minimum_age": 18,
                "maximum_age": None,
                "application_process": {
                    "en": "Come to a registration day for a short placement test.",
                    "es": "Venga a un día de inscripción para hacer un examen corto de ubicación.",
                },
                "documents": {
                    "en": ["Photo ID (from any country)"],
                    "es": ["Identificación con foto (de cualquier país)"],
                },
                "cost": "low_cost",
                "fees": {
                    "en": "$25 per term, books included.",
                    "es": "$25 por periodo, libros incluidos.",
                },
                "languages": ["en", "es", "zh", "vi", "ar"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["campus", "south-center"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 35,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {
                    "en": "high-school-diploma-and-equivalency",
                    "es": "diploma-de-preparatoria-y-equivalencia",
                },
                "name": {
                    "en": "High school diploma and equivalency (GED/HiSET)",
                    "es": "Diploma de preparatoria y examen equivalente (GED/HiSET)",
                },
                "description": {
                    "en": (
                        "Finish your high school diploma or get ready for the GED or HiSET test at "
                        "your own pace, with teachers who cheer you on."
                    ),
                    "es": (
                        "Termine su diploma de preparatoria o prepárese para el examen GED o HiSET "
                        "a su propio ritmo, con maestros que le apoyan."
                    ),
                },
                "categories": ["adult-education-and-jobs"],
                "audiences": ["parents"],
                "eligibility": {
                    "en": "Adults 18 and older without a high school diploma.",
                    "es": "Adultos de 18 años o más sin diploma de preparatoria.",
                },
                "minimum_age": 18,
                "maximum_age": None,
                "application_process": {
                    "en": "Come to an orientation any Monday at 9 a.m. or 6 p.m.",
                    "es": "Asista a una orientación cualquier lunes a las 9 a. m. o a las 6 p. m.",
                },
                "documents": {
                    "en": ["Photo ID", "School transcripts, if you have them"],
                    "es": ["Identificación con foto", "Certificados de estudios, si los tiene"],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["campus"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 90,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {
                    "en": "medical-assistant-training",
                    "es": "capacitacion-para-asistente-medico",
                },
                "name": {
                    "en": "Medical assistant training",
                    "es": "Capacitación para asistente médico",
                },
                "description": {
                    "en": (
                        "A 9-month certificate program, with a clinic internship, that prepares "
                        "you to work in doctors’ offices and clinics."
                    ),
                    "es": (
                        "Programa de certificado de 9 meses, con prácticas en una clínica, que le "
                        "prepara para trabajar en consultorios y clínicas."
                    ),
                },
                "categories": ["adult-education-and-jobs"],
                "audiences": ["parents"],
                "eligibility": {
                    "en": "Adults 18 and older with a high school diploma or equivalent.",
                    "es": "Adultos de 18 años o más con diploma de preparatoria o equivalente.",
                },
                "minimum_age": 18,
                "maximum_age": None,
                "application_process": {
                    "en": (
                        "Attend an information session, then fill out an application and have a "
                        "short interview."
                    ),
                    "es": (
                        "Asista a una sesión informativa; después llene una solicitud y tenga una "
                        "entrevista corta."
                    ),
                },
                "documents": {
                    "en": ["Photo ID", "High school diploma or equivalent"],
                    "es": ["Identificación con foto", "Diploma de preparatoria o equivalente"],
                },
                "cost": "fee",
                "fees": {
                    "en": (
                        "$1,200 for the full program. Payment plans and financial aid are "
                        "available."
                    ),
                    "es": "$1,200 por el programa completo. Hay planes de pago y ayuda financiera.",
                },
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["campus"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 140,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [
            {
                "slug": {"en": "spring-term-registration", "es": "inscripciones-de-primavera"},
                "title": {
                    "en": "Spring registration: ESL and high school equivalency",
                    "es": "Inscripciones de primavera: inglés y preparatoria",
                },
                "kind": "adult_education",
                "description": {
                    "en": (
                        "Save your seat in spring classes. Morning, evening, and family-center "
                        "classes are available."
                    ),
                    "es": (
                        "Aparte su lugar en las clases de primavera. Hay clases de mañana, de "
                        "noche y en los centros familiares."
                    ),
                },
                "eligibility": {"en": "Adults 18 and older.", "es": "Adultos de 18 años o más."},
                "application_process": {
                    "en": "Come to registration day with a photo ID.",
                    "es": "Venga al día de inscripción con una identificación con foto.",
                },
                "starts_in_days": 28,
                "ends_in_days": 150,
                "deadline_in_days": 21,
                "expires_in_days": 21,
                "cost": "low_cost",
                "url": "https://valle-adult-school.example.org/register/",
            },
            {
                "slug": {
                    "en": "pharmacy-technician-training",
                    "es": "capacitacion-tecnico-de-farmacia",
                },
                "title": {
                    "en": "Pharmacy technician training",
                    "es": "Capacitación para técnico de farmacia",
                },
                "kind": "workforce",
                "description": {
                    "en": (
                        "A 6-month evening program that prepares you for the state pharmacy "
                        "technician license, with hands-on practice at a local pharmacy."
                    ),
                    "es": (
                        "Programa nocturno de 6 meses que le prepara para la licencia estatal de "
                        "técnico de farmacia, con práctica en una farmacia local."
                    ),
                },
                "eligibility": {
                    "en": "Adults 18 and older with a high school diploma or equivalent.",
                    "es": "Adultos de 18 años o más con diploma de preparatoria o equivalente.",
                },
                "application_process": {
                    "en": "Attend an information session, then apply online.",
                    "es": "Asista a una sesión informativa y luego presente su solicitud en línea.",
                },
                "starts_in_days": 45,
                "ends_in_days": 225,
                "deadline_in_days": 30,
                "expires_in_days": 30,
                "cost": "fee",
                "url": "https://valle-adult-school.example.org/pharmacy-tech/",
            },
        ],
    },
    {
        "slug": {"en": "sunrise-college-outreach", "es": "alcance-comunitario-sunrise-college"},
        "name": {
            "en": "Sunrise Community College Outreach Office",
            "es": "Oficina de Alcance Comunitario de Sunrise Community College",
        },
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "Helps students and parents take the first step toward college, from applications "
                "and financial aid to free college classes for high schoolers."
            ),
            "es": (
                "Ayuda a estudiantes y padres a dar el primer paso hacia la universidad: "
                "solicitudes, ayuda financiera y clases universitarias gratis para estudiantes de "
                "preparatoria."
            ),
        },
        "phone": "+1 818 555 0107",
        "email": "outreach@sunrise-college.example.org",
        "website": "https://sunrise-college.example.org/",
        "partner_contact": {
            "first_name": "Jasmine",
            "last_name": "Ortiz",
            "email": "jasmine.ortiz@sunrise-college.example.org",
            "language": "en",
        },
        "locations": [
            {
                "key": "outreach",
                "name": {
                    "en": "Outreach office, Student Services Building",
                    "es": "Oficina de alcance, edificio de Servicios Estudiantiles",
                },
                "street_address": "2600 Sunrise Boulevard",
                "city": "Valle del Sol",
                "postal_code": "90016",
                "region": "central",
                "center": None,
                "phone": "",
                "transportation": {
                    "en": "Buses 4 and 9 stop at the college’s main gate.",
                    "es": "Los autobuses 4 y 9 paran en la entrada principal de la universidad.",
                },
                "accessibility": {
                    "en": "Step-free entrance, elevator, and accessible parking in Lot A.",
                    "es": (
                        "Entrada sin escalones, elevador y estacionamiento accesible en el lote A."
                    ),
                },
                "hours": [["MO,TU,WE,TH", "08:30", "18:00"], ["FR", "08:30", "16:30"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-27",
                        {"en": "Thanksgiving holiday", "es": "Feriado de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                    [
                        "2027-03-31",
                        "2027-03-31",
                        {"en": "César Chávez Day", "es": "Día de César Chávez"},
                    ],
                ],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {
                    "en": "college-and-financial-aid-help",
                    "es": "ayuda-con-universidad-y-ayuda-financiera",
                },
                "name": {
                    "en": "College application and financial aid help",
                    "es": "Ayuda con solicitudes universitarias y ayuda financiera",
                },
                "description": {
                    "en": (
                        "One-on-one help with college applications, the FAFSA or California Dream "
                        "Act Application, and scholarships, in person or by video call."
                    ),
                    "es": (
                        "Ayuda personalizada con solicitudes universitarias, la FAFSA o la "
                        "solicitud del California Dream Act y becas, en persona o por "
                        "videollamada."
                    ),
                },
                "categories": ["adult-education-and-jobs", "children-and-teens"],
                "audiences": ["teens", "parents"],
                "eligibility": {
                    "en": "High school seniors, adults going back to school, and their families.",
                    "es": (
                        "Estudiantes del último año de preparatoria, adultos que regresan a "
                        "estudiar y sus familias."
                    ),
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Book an appointment online or drop in during office hours.",
                    "es": "Haga una cita en línea o venga sin cita en horario de oficina.",
                },
                "documents": {
                    "en": [
                        "Tax return or other income information",
                        "Social Security number, if you have one",
                    ],
                    "es": [
                        "Declaración de impuestos u otra información de ingresos",
                        "Número de Seguro Social, si tiene",
                    ],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["outreach"],
                "online": True,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "https://sunrise-college.example.org/financial-aid/",
                "verified_days_ago": 55,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "dual-enrollment", "es": "clases-universitarias-en-la-preparatoria"},
                "name": {
                    "en": "Dual enrollment for high school students",
                    "es": "Clases universitarias para estudiantes de preparatoria",
                },
                "description": {
                    "en": (
                        "High school students can take free college classes and earn credit toward "
                        "a degree before they graduate."
                    ),
                    "es": (
                        "Los estudiantes de preparatoria pueden tomar clases universitarias gratis "
                        "y obtener créditos para un título antes de graduarse."
                    ),
                },
                "categories": ["children-and-teens", "adult-education-and-jobs"],
                "audiences": ["teens"],
                "eligibility": {
                    "en": "Students in grades 9 to 12 with a counselor’s approval.",
                    "es": "Estudiantes de 9.º a 12.º grado con la aprobación de su consejero.",
                },
                "minimum_age": 14,
                "maximum_age": 18,
                "application_process": {
                    "en": (
                        "Talk with your school counselor, then apply online and turn in a signed "
                        "parent consent form."
                    ),
                    "es": (
                        "Hable con el consejero de su escuela; después presente la solicitud en "
                        "línea y entregue el permiso firmado por sus padres."
                    ),
                },
                "documents": {
                    "en": ["Parent consent form", "Counselor approval form"],
                    "es": [
                        "Formulario de permiso de los padres",
                        "Formulario de aprobación del consejero",
                    ],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["outreach"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 400,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [
            {
                "slug": {
                    "en": "cash-for-college-family-night",
                    "es": "noche-familiar-de-ayuda-financiera",
                },
                "title": {
                    "en": "Cash for College family night",
                    "es": "Noche familiar de ayuda financiera",
                },
                "kind": "college_career",
                "description": {
                    "en": (
                        "Seniors and parents fill out the FAFSA or Dream Act application together, "
                        "with experts on hand to answer questions."
                    ),
                    "es": (
                        "Estudiantes del último año y sus padres llenan juntos la FAFSA o la "
                        "solicitud del Dream Act, con expertos para resolver dudas."
                    ),
                },
                "eligibility": {
                    "en": "High school seniors and their parents.",
                    "es": "Estudiantes del último año de preparatoria y sus padres.",
                },
                "application_process": {
                    "en": "Register online and bring your tax information.",
                    "es": "Regístrese en línea y traiga su información de impuestos.",
                },
                "starts_in_days": -20,
                "ends_in_days": -20,
                "deadline_in_days": -27,
                "expires_in_days": -19,
                "cost": "free",
                "url": "https://sunrise-college.example.org/cash-for-college/",
            },
            {
                "slug": {"en": "summer-bridge", "es": "programa-puente-de-verano"},
                "title": {
                    "en": "Summer Bridge for new college students",
                    "es": "Programa puente de verano para nuevos universitarios",
                },
                "kind": "college_career",
                "description": {
                    "en": (
                        "A free 4-week program to get ready for college classes, meet counselors, "
                        "and earn 3 units before fall."
                    ),
                    "es": (
                        "Programa gratuito de 4 semanas para prepararse para las clases, conocer a "
                        "los consejeros y ganar 3 unidades antes del otoño."
                    ),
                },
                "eligibility": {
                    "en": "Graduating seniors who have applied to Sunrise Community College.",
                    "es": (
                        "Estudiantes que se gradúan y que ya solicitaron ingreso a Sunrise "
                        "Community College."
                    ),
                },
                "application_process": {
                    "en": "Apply online before the deadline.",
                    "es": "Presente su solicitud en línea antes de la fecha límite.",
                },
                "starts_in_days": 150,
                "ends_in_days": 178,
                "deadline_in_days": 90,
                "expires_in_days": 90,
                "cost": "free",
                "url": "https://sunrise-college.example.org/summer-bridge/",
            },
        ],
    },
    {
        "slug": {
            "en": "sol-youth-and-family-association",
            "es": "asociacion-juvenil-y-familiar-sol",
        },
        "name": {"en": "Sol Youth & Family Association", "es": "Asociación Juvenil y Familiar Sol"},
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "A community center with swim lessons, sports, leadership programs, and summer "
                "camp for kids and teens."
            ),
            "es": (
                "Un centro comunitario con clases de natación, deportes, programas de liderazgo y "
                "campamento de verano para niños y jóvenes."
            ),
        },
        "phone": "+1 818 555 0108",
        "email": "hello@sol-youth.example.org",
        "website": "https://sol-youth.example.org/",
        "partner_contact": {
            "first_name": "Carlos",
            "last_name": "Mendoza",
            "email": "carlos.mendoza@sol-youth.example.org",
            "language": "es",
        },
        "locations": [
            {
                "key": "center",
                "name": {
                    "en": "Canyon Crest community center",
                    "es": "Centro comunitario Canyon Crest",
                },
                "street_address": "4975 Canyon Crest Drive",
                "city": "Valle del Sol",
                "postal_code": "90011",
                "region": "north",
                "center": None,
                "phone": "+1 818 555 0126",
                "transportation": {
                    "en": "Bus 9 stops out front. Large free parking lot.",
                    "es": "El autobús 9 para enfrente. Amplio estacionamiento gratuito.",
                },
                "accessibility": {
                    "en": "Step-free entrance, pool lift, and accessible locker rooms.",
                    "es": (
                        "Entrada sin escalones, elevador para la alberca y vestidores accesibles."
                    ),
                },
                "hours": [["MO,TU,WE,TH,FR", "06:00", "21:00"], ["SA,SU", "08:00", "18:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-26",
                        {"en": "Thanksgiving", "es": "Día de Acción de Gracias"},
                    ],
                    ["2026-12-25", "2026-12-25", {"en": "Christmas Day", "es": "Navidad"}],
                    ["2027-01-01", "2027-01-01", {"en": "New Year’s Day", "es": "Año Nuevo"}],
                ],
                "special_hours": [
                    ["2026-12-24", "06:00", "14:00", {"en": "Christmas Eve", "es": "Nochebuena"}],
                ],
            },
        ],
        "services": [
            {
                "slug": {"en": "swim-lessons", "es": "clases-de-natacion"},
                "name": {"en": "Swim lessons", "es": "Clases de natación"},
                "description": {
                    "en": (
                        "Small-group swim lessons for kids, from first splash to confident "
                        "swimmer, taught by certified instructors."
                    ),
                    "es": (
                        "Clases de natación en grupos pequeños para niños, desde principiantes "
                        "hasta nadadores seguros, con instructores certificados."
                    ),
                },
                "categories": ["children-and-teens"],
                "audiences": ["children", "teens"],
                "eligibility": {"en": "Ages 3 to 17.", "es": "De 3 a 17 años."},
                "minimum_age": 3,
                "maximum_age": 17,
                "application_process": {
                    "en": "Register online or at the front desk. New sessions start every 6 weeks.",
                    "es": (
                        "Inscríbase en línea o en la recepción. Cada 6 semanas empieza una nueva "
                        "sesión."
                    ),
                },
                "documents": {"en": [], "es": []},
                "cost": "fee",
                "fees": {
                    "en": (
                        "$60 per 6-week session. Scholarships are available for families who need "
                        "them."
                    ),
                    "es": (
                        "$60 por sesión de 6 semanas. Hay becas para las familias que las "
                        "necesiten."
                    ),
                },
                "languages": ["en"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["center"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 100,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "teen-leadership-club", "es": "club-de-liderazgo-juvenil"},
                "name": {"en": "Teen leadership club", "es": "Club de liderazgo juvenil"},
                "description": {
                    "en": (
                        "Teens plan community projects, build public-speaking skills, and earn "
                        "service hours with caring mentors."
                    ),
                    "es": (
                        "Los jóvenes planean proyectos comunitarios, aprenden a hablar en público "
                        "y suman horas de servicio con el apoyo de mentores."
                    ),
                },
                "categories": ["children-and-teens"],
                "audiences": ["teens"],
                "eligibility": {"en": "Ages 13 to 18.", "es": "De 13 a 18 años."},
                "minimum_age": 13,
                "maximum_age": 18,
                "application_process": {
                    "en": "Fill out a short online form and a staff member will call you.",
                    "es": "Llene un formulario corto en línea y un miembro del equipo le llamará.",
                },
                "documents": {
                    "en": ["Signed parent permission form"],
                    "es": ["Permiso firmado por el padre, la madre o el tutor"],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["center"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": None,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [
            {
                "slug": {"en": "summer-day-camp", "es": "campamento-de-verano"},
                "title": {"en": "Summer day camp", "es": "Campamento de verano"},
                "kind": "enrichment",
                "description": {
                    "en": (
                        "Weekly day camp with swimming, sports, art, and field trips. Pick the "
                        "weeks that work for your family."
                    ),
                    "es": (
                        "Campamento semanal con natación, deportes, arte y paseos. Elija las "
                        "semanas que le convengan a su familia."
                    ),
                },
                "eligibility": {"en": "Children ages 5 to 12.", "es": "Niños de 5 a 12 años."},
                "application_process": {
                    "en": "Register online; you can ask for a scholarship on the same form.",
                    "es": "Inscríbase en línea; en el mismo formulario puede pedir una beca.",
                },
                "starts_in_days": 160,
                "ends_in_days": 215,
                "deadline_in_days": 60,
                "expires_in_days": 60,
                "cost": "sliding_scale",
                "url": "https://sol-youth.example.org/summer-camp/",
            },
        ],
    },
    {
        "slug": {"en": "horizon-kids-club", "es": "club-infantil-horizonte"},
        "name": {"en": "Horizon Kids Club", "es": "Club Infantil Horizonte"},
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "A safe, fun place after school for kids and teens, with homework time, sports, "
                "art, and a hot meal."
            ),
            "es": (
                "Un lugar seguro y divertido después de clases para niños y jóvenes, con tiempo "
                "para la tarea, deportes, arte y una comida caliente."
            ),
        },
        "phone": "+1 818 555 0109",
        "email": "info@horizon-kids.example.org",
        "website": "https://horizon-kids.example.org/",
        "partner_contact": {
            "first_name": "Tanya",
            "last_name": "Brooks",
            "email": "tanya.brooks@horizon-kids.example.org",
            "language": "en",
        },
        "locations": [
            {
                "key": "clubhouse",
                "name": {"en": "Palm Vista clubhouse", "es": "Club Palm Vista"},
                "street_address": "2410 Palm Vista Avenue",
                "city": "Valle del Sol",
                "postal_code": "90012",
                "region": "south",
                "center": None,
                "phone": "+1 818 555 0127",
                "transportation": {
                    "en": (
                        "Bus 12 stops at Palm Vista and Cedar. Staff walk kids over from three "
                        "nearby schools."
                    ),
                    "es": (
                        "El autobús 12 para en Palm Vista y Cedar. El personal acompaña a pie a "
                        "los niños desde tres escuelas cercanas."
                    ),
                },
                "accessibility": {
                    "en": "Step-free building and accessible restrooms.",
                    "es": "Edificio sin escalones y baños accesibles.",
                },
                "hours": [["MO,TU,WE,TH,FR", "14:00", "21:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-27",
                        {"en": "Thanksgiving holiday", "es": "Feriado de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                ],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {"en": "after-school-program", "es": "programa-despues-de-clases"},
                "name": {"en": "After-school program", "es": "Programa después de clases"},
                "description": {
                    "en": (
                        "Kids get homework help, a healthy snack and dinner, sports, and art every "
                        "school day until 7 p.m."
                    ),
                    "es": (
                        "Los niños reciben ayuda con la tarea, un refrigerio saludable y cena, "
                        "deportes y arte cada día de clases hasta las 7 p. m."
                    ),
                },
                "categories": ["children-and-teens"],
                "audiences": ["children"],
                "eligibility": {"en": "Ages 6 to 12.", "es": "De 6 a 12 años."},
                "minimum_age": 6,
                "maximum_age": 12,
                "application_process": {
                    "en": "Fill out a membership form at the clubhouse or online.",
                    "es": "Llene un formulario de inscripción en el club o en línea.",
                },
                "documents": {
                    "en": ["Child’s immunization record", "Emergency contact information"],
                    "es": ["Cartilla de vacunación del niño", "Datos de contacto para emergencias"],
                },
                "cost": "low_cost",
                "fees": {
                    "en": "$25 per school year. No child is turned away for not being able to pay.",
                    "es": "$25 por año escolar. Ningún niño se queda fuera por no poder pagar.",
                },
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["clubhouse"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 28,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "teen-center-nights", "es": "noches-del-centro-juvenil"},
                "name": {"en": "Teen center nights", "es": "Noches del centro juvenil"},
                "description": {
                    "en": (
                        "Teens hang out, play games, get tutoring, and make music and video "
                        "projects in a space just for them."
                    ),
                    "es": (
                        "Los jóvenes conviven, juegan, reciben tutoría y crean proyectos de música "
                        "y video en un espacio hecho para ellos."
                    ),
                },
                "categories": ["children-and-teens"],
                "audiences": ["teens"],
                "eligibility": {"en": "Ages 13 to 18.", "es": "De 13 a 18 años."},
                "minimum_age": 13,
                "maximum_age": 18,
                "application_process": {
                    "en": "Drop in and sign a membership form on your first visit.",
                    "es": (
                        "Venga sin cita y firme un formulario de inscripción en su primera visita."
                    ),
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["clubhouse"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 230,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [
            {
                "slug": {"en": "robotics-and-coding-club", "es": "club-de-robotica-y-programacion"},
                "title": {
                    "en": "Robotics and coding club",
                    "es": "Club de robótica y programación",
                },
                "kind": "enrichment",
                "description": {
                    "en": (
                        "Kids build and program robots as a team and show them off at a spring "
                        "showcase."
                    ),
                    "es": (
                        "Los niños construyen y programan robots en equipo y los presentan en una "
                        "exhibición de primavera."
                    ),
                },
                "eligibility": {
                    "en": "Club members ages 9 to 14.",
                    "es": "Miembros del club de 9 a 14 años.",
                },
                "application_process": {
                    "en": "Sign up at the front desk. Space is limited to 20 kids.",
                    "es": "Inscríbase en la recepción. El cupo es de 20 niños.",
                },
                "starts_in_days": -45,
                "ends_in_days": 40,
                "deadline_in_days": -50,
                "expires_in_days": -14,
                "cost": "free",
                "url": "https://horizon-kids.example.org/robotics/",
            },
        ],
    },
    {
        "slug": {
            "en": "puente-family-counseling-center",
            "es": "centro-de-consejeria-familiar-puente",
        },
        "name": {
            "en": "Puente Family Counseling Center",
            "es": "Centro de Consejería Familiar Puente",
        },
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "Caring, confidential counseling and parenting support for children, teens, and "
                "parents, in English, Spanish, and Armenian."
            ),
            "es": (
                "Consejería confidencial y apoyo en la crianza para niños, jóvenes y padres, en "
                "inglés, español y armenio."
            ),
        },
        "phone": "+1 818 555 0110",
        "email": "care@puente-counseling.example.org",
        "website": "https://puente-counseling.example.org/",
        "partner_contact": {
            "first_name": "Sofia",
            "last_name": "Navarro",
            "email": "sofia.navarro@puente-counseling.example.org",
            "language": "es",
        },
        "locations": [
            {
                "key": "office",
                "name": {"en": "Counseling office", "es": "Oficina de consejería"},
                "street_address": "1125 Mesa Grande Road",
                "city": "Valle del Sol",
                "postal_code": "90013",
                "region": "east",
                "center": None,
                "phone": "",
                "transportation": {
                    "en": "Bus 7 stops at Mesa Grande Road and Pine Street.",
                    "es": "El autobús 7 para en Mesa Grande Road y Pine Street.",
                },
                "accessibility": {
                    "en": "Elevator, accessible restrooms, and a quiet waiting room.",
                    "es": "Elevador, baños accesibles y una sala de espera tranquila.",
                },
                "hours": [["MO,TU,WE,TH", "09:00", "20:00"], ["FR", "09:00", "17:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-27",
                        {"en": "Thanksgiving holiday", "es": "Feriado de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                ],
                "special_hours": [],
            },
            {
                "key": "east-center",
                "name": {
                    "en": "Counseling at the East Region Family Engagement Center",
                    "es": "Consejería en el Centro de Participación Familiar de la Región Este",
                },
                "street_address": "930 Mesa Grande Road",
                "city": "Valle del Sol",
                "postal_code": "90013",
                "region": "east",
                "center": "east-region",
                "phone": "",
                "transportation": {
                    "en": "Bus 7 stops in front of the center.",
                    "es": "El autobús 7 para frente al centro.",
                },
                "accessibility": {
                    "en": "Step-free entrance and a private meeting room.",
                    "es": "Entrada sin escalones y una sala privada para reuniones.",
                },
                "hours": [["TU,TH", "09:00", "14:00"]],
                "closures": [
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                    [
                        "2027-01-18",
                        "2027-01-18",
                        {"en": "Martin Luther King Jr. Day", "es": "Día de Martin Luther King Jr."},
                    ],
                ],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {
                    "en": "counseling-for-children-and-families",
                    "es": "consejeria-para-ninos-y-familias",
                },
                "name": {
                    "en": "Counseling for children and families",
                    "es": "Consejería para niños y familias",
                },
                "description": {
                    "en": (
                        "Short-term counseling for stress, anxiety, grief, behavior, and family "
                        "changes, for kids, teens, and parents."
                    ),
                    "es": (
                        "Consejería a corto plazo para el estrés, la ansiedad, el duelo, la "
                        "conducta y los cambios en la familia, para niños, jóvenes y padres."
                    ),
                },
                "categories": ["family-support", "health"],
                "audiences": ["children", "teens", "parents", "families"],
                "eligibility": {"en": "", "es": ""},
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": (
                        "Call for a free 20-minute phone screening. Your first visit will be "
                        "within two weeks."
                    ),
                    "es": (
                        "Llame para una evaluación telefónica gratuita de 20 minutos. Su primera "
                        "cita será dentro de dos semanas."
                    ),
                },
                "documents": {
                    "en": [
                        "Insurance card, if you have one",
                        "Proof of income, for the sliding scale",
                    ],
                    "es": [
                        "Tarjeta del seguro médico, si tiene",
                        "Comprobante de ingresos, para la tarifa según ingresos",
                    ],
                },
                "cost": "sliding_scale",
                "fees": {
                    "en": "$0 to $40 per session, based on income. Medi-Cal accepted.",
                    "es": "De $0 a $40 por sesión, según sus ingresos. Se acepta Medi-Cal.",
                },
                "languages": ["en", "es", "hy"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["office", "east-center"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 65,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "parenting-classes", "es": "clases-para-padres"},
                "name": {
                    "en": "Parenting classes in Spanish",
                    "es": "Clases para padres en español",
                },
                "description": {
                    "en": (
                        "A free 8-week class in Spanish on positive discipline, routines, and "
                        "talking with your kids. Childcare and snacks included."
                    ),
                    "es": (
                        "Clase gratuita de 8 semanas en español sobre disciplina positiva, rutinas "
                        "y cómo hablar con sus hijos. Incluye cuidado de niños y refrigerios."
                    ),
                },
                "categories": ["family-support"],
                "audiences": ["parents"],
                "eligibility": {
                    "en": "Parents and caregivers of children ages 2 to 17.",
                    "es": "Padres y cuidadores de niños de 2 a 17 años.",
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Call to sign up. A new group starts every two months.",
                    "es": "Llame para inscribirse. Cada dos meses empieza un grupo nuevo.",
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["office"],
                "online": False,
                "hours": [["TU", "18:00", "20:00"]],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 190,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "family-support-line", "es": "linea-de-apoyo-familiar"},
                "name": {"en": "Family support line", "es": "Línea de apoyo familiar"},
                "description": {
                    "en": (
                        "Talk with a counselor by phone when you feel overwhelmed or your family "
                        "is going through a crisis. In an emergency, call 911 or 988."
                    ),
                    "es": (
                        "Hable por teléfono con un consejero cuando se sienta agobiado o su "
                        "familia pase por una crisis. En una emergencia, llame al 911 o al 988."
                    ),
                },
                "categories": ["family-support"],
                "audiences": ["teens", "parents", "families"],
                "eligibility": {"en": "", "es": ""},
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Just call. No appointment or insurance needed.",
                    "es": "Solo llame. No necesita cita ni seguro médico.",
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "hy", "zh", "vi", "ar"],
                "interpretation": {
                    "en": "Phone interpreters for any other language.",
                    "es": "Intérpretes por teléfono para cualquier otro idioma.",
                },
                "locations": [],
                "online": True,
                "hours": [["MO,TU,WE,TH,FR,SA,SU", "08:00", "22:00"]],
                "phone": "+1 818 555 0145",
                "email": "",
                "url": "",
                "verified_days_ago": 5,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [],
    },
    {
        "slug": {
            "en": "little-sprouts-early-learning-center",
            "es": "centro-de-aprendizaje-pequenos-brotes",
        },
        "name": {
            "en": "Little Sprouts Early Learning Center",
            "es": "Centro de Aprendizaje Temprano Pequeños Brotes",
        },
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "A parent-child center for families with children from birth to age 5, with "
                "playgroups, developmental screenings, and tips for getting ready for "
                "kindergarten."
            ),
            "es": (
                "Un centro para padres e hijos desde el nacimiento hasta los 5 años, con grupos de "
                "juego, evaluaciones del desarrollo y consejos para prepararse para el kínder."
            ),
        },
        "phone": "+1 818 555 0111",
        "email": "hello@little-sprouts.example.org",
        "website": "https://little-sprouts.example.org/",
        "partner_contact": {
            "first_name": "Emily",
            "last_name": "Nguyen",
            "email": "emily.nguyen@little-sprouts.example.org",
            "language": "en",
        },
        "locations": [
            {
                "key": "center",
                "name": {
                    "en": "Harbor Light early learning center",
                    "es": "Centro de aprendizaje temprano Harbor Light",
                },
                "street_address": "1475 Harbor Light Way",
                "city": "Valle del Sol",
                "postal_code": "90014",
                "region": "west",
                "center": None,
                "phone": "",
                "transportation": {
                    "en": "Bus 3 stops half a block away. Stroller parking inside.",
                    "es": "El autobús 3 para a media cuadra. Hay lugar para carriolas adentro.",
                },
                "accessibility": {
                    "en": (
                        "Step-free entrance, wide doors for strollers, and a family restroom with "
                        "a changing table."
                    ),
                    "es": (
                        "Entrada sin escalones, puertas amplias para carriolas y baño familiar con "
                        "cambiador."
                    ),
                },
                "hours": [["MO,TU,WE,TH,FR", "08:30", "16:30"]],
                "closures": [
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                ],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {
                    "en": "parent-and-child-playgroups",
                    "es": "grupos-de-juego-para-padres-e-hijos",
                },
                "name": {
                    "en": "Parent and child playgroups",
                    "es": "Grupos de juego para padres e hijos",
                },
                "description": {
                    "en": (
                        "Play, sing, and learn together with other families while a teacher shares "
                        "ideas to help your child grow."
                    ),
                    "es": (
                        "Jueguen, canten y aprendan junto con otras familias mientras una maestra "
                        "comparte ideas para apoyar el desarrollo de su hijo."
                    ),
                },
                "categories": ["children-and-teens", "family-support"],
                "audiences": ["children", "parents"],
                "eligibility": {
                    "en": "Children 0 to 5 with a parent or caregiver.",
                    "es": "Niños de 0 a 5 años con su mamá, papá o cuidador.",
                },
                "minimum_age": 0,
                "maximum_age": 5,
                "application_process": {
                    "en": "Call or stop by to sign up. Groups are sorted by age.",
                    "es": "Llame o pase a inscribirse. Los grupos se forman por edades.",
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["center"],
                "online": False,
                "hours": [["TU,TH", "09:30", "11:00"]],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 42,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "developmental-screenings", "es": "evaluaciones-del-desarrollo"},
                "name": {
                    "en": "Free developmental screenings",
                    "es": "Evaluaciones del desarrollo gratuitas",
                },
                "description": {
                    "en": (
                        "A quick, play-based check of your child’s speech, movement, and social "
                        "skills, with next steps and referrals if needed."
                    ),
                    "es": (
                        "Una revisión rápida, a través del juego, del habla, el movimiento y las "
                        "habilidades sociales de su hijo, con recomendaciones y referencias si "
                        "hacen falta."
                    ),
                },
                "categories": ["health", "children-and-teens"],
                "audiences": ["children", "parents"],
                "eligibility": {"en": "Children 0 to 5.", "es": "Niños de 0 a 5 años."},
                "minimum_age": 0,
                "maximum_age": 5,
                "application_process": {
                    "en": "Call to book a 1-hour appointment.",
                    "es": "Llame para hacer una cita de 1 hora.",
                },
                "documents": {
                    "en": ["Your child’s health records, if you have them"],
                    "es": ["Registros médicos de su hijo, si los tiene"],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "vi"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["center"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 110,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [],
    },
    {
        "slug": {"en": "conecta-valle", "es": "conecta-valle"},
        "name": {"en": "Conecta Valle", "es": "Conecta Valle"},
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "A nonprofit helping families get online with low-cost internet, affordable "
                "computers, and friendly tech classes."
            ),
            "es": (
                "Organización sin fines de lucro que ayuda a las familias a conectarse con "
                "internet económico, computadoras accesibles y clases de tecnología sin "
                "complicaciones."
            ),
        },
        "phone": "+1 818 555 0112",
        "email": "hola@conecta-valle.example.org",
        "website": "https://conecta-valle.example.org/",
        "partner_contact": {
            "first_name": "Ricardo",
            "last_name": "Salazar",
            "email": "ricardo.salazar@conecta-valle.example.org",
            "language": "es",
        },
        "locations": [
            {
                "key": "hub",
                "name": {"en": "Tech hub", "es": "Centro tecnológico"},
                "street_address": "2980 Palm Vista Avenue",
                "city": "Valle del Sol",
                "postal_code": "90012",
                "region": "south",
                "center": None,
                "phone": "+1 818 555 0128",
                "transportation": {
                    "en": "Bus 12 stops at Palm Vista Avenue and 30th Street.",
                    "es": "El autobús 12 para en Palm Vista Avenue y la calle 30.",
                },
                "accessibility": {
                    "en": "Step-free entrance, adjustable desks, and large-screen computers.",
                    "es": (
                        "Entrada sin escalones, escritorios ajustables y computadoras con pantalla "
                        "grande."
                    ),
                },
                "hours": [["TU,WE,TH,FR", "10:00", "18:00"], ["SA", "10:00", "14:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-28",
                        {"en": "Thanksgiving holiday", "es": "Feriado de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                ],
                "special_hours": [],
            },
            {
                "key": "central-center",
                "name": {
                    "en": "Classes at the Central Region Family Engagement Center",
                    "es": "Clases en el Centro de Participación Familiar de la Región Central",
                },
                "street_address": "310 Mission Oak Street",
                "city": "Valle del Sol",
                "postal_code": "90015",
                "region": "central",
                "center": "central-region",
                "phone": "",
                "transportation": {
                    "en": "Buses 4 and 12 stop on Mission Oak Street.",
                    "es": "Los autobuses 4 y 12 paran en Mission Oak Street.",
                },
                "accessibility": {
                    "en": "Step-free entrance and an elevator to the computer lab.",
                    "es": "Entrada sin escalones y elevador al laboratorio de computación.",
                },
                "hours": [["MO,WE", "09:00", "12:00"]],
                "closures": [],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {
                    "en": "low-cost-home-internet-sign-up",
                    "es": "inscripcion-en-internet-economico",
                },
                "name": {
                    "en": "Low-cost home internet sign-up",
                    "es": "Inscripción en internet económico para el hogar",
                },
                "description": {
                    "en": (
                        "We help you find and sign up for home internet plans from $10 to $30 a "
                        "month, including discounts for families in school meal programs."
                    ),
                    "es": (
                        "Le ayudamos a encontrar e inscribirse en planes de internet para el hogar "
                        "de $10 a $30 al mes, con descuentos para familias que reciben comidas "
                        "escolares."
                    ),
                },
                "categories": ["technology"],
                "audiences": ["parents", "families"],
                "eligibility": {
                    "en": (
                        "Families with a child in a Valle del Sol school, or who receive CalFresh, "
                        "Medi-Cal, or WIC."
                    ),
                    "es": (
                        "Familias con un hijo en una escuela de Valle del Sol o que reciben "
                        "CalFresh, Medi-Cal o WIC."
                    ),
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": (
                        "Call our help line or come to the tech hub. Sign-up takes about 20 "
                        "minutes."
                    ),
                    "es": (
                        "Llame a nuestra línea de ayuda o venga al centro tecnológico. La "
                        "inscripción toma unos 20 minutos."
                    ),
                },
                "documents": {
                    "en": [
                        "Photo ID",
                        "Proof of a benefit program (for example, a CalFresh letter)",
                    ],
                    "es": [
                        "Identificación con foto",
                        (
                            "Comprobante de un programa de beneficios (por ejemplo, una carta de "
                            "CalFresh)"
                        ),
                    ],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "zh"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["hub"],
                "online": True,
                "hours": [],
                "phone": "+1 818 555 0146",
                "email": "",
                "url": "",
                "verified_days_ago": 18,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {
                    "en": "refurbished-laptops",
                    "es": "computadoras-portatiles-reacondicionadas",
                },
                "name": {
                    "en": "Refurbished laptops for families",
                    "es": "Computadoras portátiles reacondicionadas para familias",
                },
                "description": {
                    "en": (
                        "Buy a refurbished laptop with Windows, a charger, and a year of free tech "
                        "support."
                    ),
                    "es": (
                        "Compre una computadora portátil reacondicionada con Windows, cargador y "
                        "un año de soporte técnico gratis."
                    ),
                },
                "categories": ["technology"],
                "audiences": ["families"],
                "eligibility": {
                    "en": "One per household, for families with low income.",
                    "es": "Una por hogar, para familias de bajos ingresos.",
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Join the waitlist online. We’ll text you when your laptop is ready.",
                    "es": (
                        "Anótese en la lista de espera en línea. Le enviaremos un mensaje de texto "
                        "cuando su computadora esté lista."
                    ),
                },
                "documents": {
                    "en": ["Photo ID", "Proof of income or of a benefit program"],
                    "es": [
                        "Identificación con foto",
                        "Comprobante de ingresos o de un programa de beneficios",
                    ],
                },
                "cost": "low_cost",
                "fees": {"en": "$50 per laptop.", "es": "$50 por computadora."},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["hub"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": None,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {
                    "en": "computer-skills-for-parents",
                    "es": "computacion-basica-para-padres",
                },
                "name": {
                    "en": "Computer skills for parents",
                    "es": "Computación básica para padres",
                },
                "description": {
                    "en": (
                        "Small, friendly classes on email, staying safe online, and using the "
                        "district’s parent portal to check grades and attendance."
                    ),
                    "es": (
                        "Clases pequeñas y amenas sobre correo electrónico, seguridad en internet "
                        "y cómo usar el portal para padres del distrito para ver calificaciones y "
                        "asistencia."
                    ),
                },
                "categories": ["technology", "adult-education-and-jobs"],
                "audiences": ["parents"],
                "eligibility": {"en": "", "es": ""},
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Call or sign up at the Central Region center. Classes last 4 weeks.",
                    "es": (
                        "Llame o inscríbase en el centro de la Región Central. Las clases duran 4 "
                        "semanas."
                    ),
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["central-center", "hub"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 195,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [],
    },
    {
        "slug": {"en": "valle-del-sol-career-center", "es": "centro-de-empleo-de-valle-del-sol"},
        "name": {"en": "Valle del Sol Career Center", "es": "Centro de Empleo de Valle del Sol"},
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "A free public job center with job listings, resume help, interview practice, and "
                "paid training for young adults."
            ),
            "es": (
                "Centro de empleo público y gratuito con ofertas de trabajo, ayuda con el "
                "currículum, práctica para entrevistas y capacitación pagada para jóvenes."
            ),
        },
        "phone": "+1 818 555 0113",
        "email": "jobs@valle-careers.example.org",
        "website": "https://valle-careers.example.org/",
        "partner_contact": {
            "first_name": "Omar",
            "last_name": "Haddad",
            "email": "omar.haddad@valle-careers.example.org",
            "language": "en",
        },
        "locations": [
            {
                "key": "center",
                "name": {"en": "Career center", "es": "Centro de empleo"},
                "street_address": "2055 Palm Vista Avenue",
                "city": "Valle del Sol",
                "postal_code": "90012",
                "region": "south",
                "center": None,
                "phone": "",
                "transportation": {
                    "en": "Bus 12 stops at the door. Free parking behind the building.",
                    "es": (
                        "El autobús 12 para en la puerta. Estacionamiento gratis detrás del "
                        "edificio."
                    ),
                },
                "accessibility": {
                    "en": (
                        "Step-free entrance, accessible computer stations, and screen-reader "
                        "software."
                    ),
                    "es": (
                        "Entrada sin escalones, computadoras accesibles y programas lectores de "
                        "pantalla."
                    ),
                },
                "hours": [["MO,TU,WE,TH,FR", "08:00", "17:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-27",
                        {"en": "Thanksgiving holiday", "es": "Feriado de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                    ["2027-05-31", "2027-05-31", {"en": "Memorial Day", "es": "Día de los Caídos"}],
                ],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {"en": "job-search-and-resume-help", "es": "ayuda-para-buscar-empleo"},
                "name": {
                    "en": "Job search and resume help",
                    "es": "Ayuda para buscar empleo y hacer su currículum",
                },
                "description": {
                    "en": (
                        "Meet with a career coach to write your resume, practice interviews, and "
                        "find jobs that fit your schedule as a parent."
                    ),
                    "es": (
                        "Reúnase con un asesor de empleo para preparar su currículum, practicar "
                        "entrevistas y encontrar trabajos que se ajusten a su horario de mamá o "
                        "papá."
                    ),
                },
                "categories": ["adult-education-and-jobs"],
                "audiences": ["parents"],
                "eligibility": {
                    "en": "Adults 18 and older who can work in the U.S.",
                    "es": "Adultos de 18 años o más con permiso para trabajar en EE. UU.",
                },
                "minimum_age": 18,
                "maximum_age": None,
                "application_process": {
                    "en": "Walk in for your first visit, or book online.",
                    "es": "Venga sin cita la primera vez o haga una cita en línea.",
                },
                "documents": {
                    "en": ["Photo ID", "Your resume, if you have one"],
                    "es": ["Identificación con foto", "Su currículum, si tiene"],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "ar"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["center"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 22,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {
                    "en": "paid-job-training-for-young-adults",
                    "es": "capacitacion-pagada-para-jovenes",
                },
                "name": {
                    "en": "Paid job training for young adults",
                    "es": "Capacitación laboral pagada para jóvenes",
                },
                "description": {
                    "en": (
                        "Young people earn a paycheck while training in fields like healthcare, "
                        "retail, and construction, with a mentor every step of the way."
                    ),
                    "es": (
                        "Los jóvenes reciben un sueldo mientras se capacitan en áreas como salud, "
                        "comercio y construcción, con un mentor que los acompaña en todo momento."
                    ),
                },
                "categories": ["adult-education-and-jobs", "children-and-teens"],
                "audiences": ["teens"],
                "eligibility": {
                    "en": "Ages 16 to 24, in school or looking for work.",
                    "es": "Jóvenes de 16 a 24 años que estudian o buscan trabajo.",
                },
                "minimum_age": 16,
                "maximum_age": 24,
                "application_process": {
                    "en": "Come to an orientation, held every Tuesday at 3 p.m.",
                    "es": "Asista a una orientación, todos los martes a las 3 p. m.",
                },
                "documents": {
                    "en": ["Photo ID", "Social Security card or work permit"],
                    "es": [
                        "Identificación con foto",
                        "Tarjeta de Seguro Social o permiso de trabajo",
                    ],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["center"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 70,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [
            {
                "slug": {"en": "youth-summer-jobs", "es": "empleos-de-verano-para-jovenes"},
                "title": {
                    "en": "Youth summer jobs program",
                    "es": "Programa de empleos de verano para jóvenes",
                },
                "kind": "workforce",
                "description": {
                    "en": (
                        "Six weeks of paid summer work at local businesses, parks, and nonprofits, "
                        "plus job-readiness workshops."
                    ),
                    "es": (
                        "Seis semanas de trabajo pagado en verano en negocios locales, parques y "
                        "organizaciones, además de talleres de preparación laboral."
                    ),
                },
                "eligibility": {
                    "en": "Ages 16 to 21 who live in Valle del Sol.",
                    "es": "Jóvenes de 16 a 21 años que viven en Valle del Sol.",
                },
                "application_process": {
                    "en": "Apply online and attend one orientation.",
                    "es": "Presente su solicitud en línea y asista a una orientación.",
                },
                "starts_in_days": 170,
                "ends_in_days": 212,
                "deadline_in_days": 80,
                "expires_in_days": 80,
                "cost": "free",
                "url": "https://valle-careers.example.org/summer-jobs/",
            },
        ],
    },
    {
        "slug": {"en": "voces-unidas", "es": "voces-unidas"},
        "name": {"en": "Voces Unidas Community Alliance", "es": "Alianza Comunitaria Voces Unidas"},
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "A community organization standing with immigrant families through citizenship "
                "classes, know-your-rights workshops, and trusted immigration legal help."
            ),
            "es": (
                "Organización comunitaria que acompaña a familias inmigrantes con clases de "
                "ciudadanía, talleres sobre sus derechos y ayuda legal de inmigración confiable."
            ),
        },
        "phone": "+1 818 555 0114",
        "email": "info@voces-unidas.example.org",
        "website": "https://voces-unidas.example.org/",
        "partner_contact": {
            "first_name": "Rosa",
            "last_name": "Medina",
            "email": "rosa.medina@voces-unidas.example.org",
            "language": "es",
        },
        "locations": [
            {
                "key": "office",
                "name": {"en": "Community office", "es": "Oficina comunitaria"},
                "street_address": "5310 Canyon Crest Drive",
                "city": "Valle del Sol",
                "postal_code": "90011",
                "region": "north",
                "center": None,
                "phone": "",
                "transportation": {
                    "en": "Bus 9 stops at Canyon Crest Drive and Olive Street.",
                    "es": "El autobús 9 para en Canyon Crest Drive y Olive Street.",
                },
                "accessibility": {
                    "en": "Step-free entrance and an accessible restroom.",
                    "es": "Entrada sin escalones y baño accesible.",
                },
                "hours": [["MO,TU,WE,TH,FR", "10:00", "18:00"], ["SA", "09:00", "13:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-26",
                        {"en": "Thanksgiving", "es": "Día de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                    [
                        "2027-03-31",
                        "2027-03-31",
                        {"en": "César Chávez Day", "es": "Día de César Chávez"},
                    ],
                ],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {"en": "citizenship-classes", "es": "clases-de-ciudadania"},
                "name": {"en": "Citizenship classes", "es": "Clases de ciudadanía"},
                "description": {
                    "en": (
                        "Get ready for the U.S. citizenship interview and test, with civics "
                        "lessons and English practice, in a supportive group."
                    ),
                    "es": (
                        "Prepárese para la entrevista y el examen de ciudadanía estadounidense, "
                        "con lecciones de educación cívica y práctica de inglés, en un grupo de "
                        "apoyo."
                    ),
                },
                "categories": ["legal-help", "english-classes"],
                "audiences": ["parents"],
                "eligibility": {
                    "en": "Permanent residents who may be eligible to apply for citizenship.",
                    "es": (
                        "Residentes permanentes que podrían calificar para solicitar la ciudadanía."
                    ),
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Call to register. A new 10-week class starts every season.",
                    "es": (
                        "Llame para inscribirse. Cada temporada empieza una clase nueva de 10 "
                        "semanas."
                    ),
                },
                "documents": {
                    "en": ["Permanent resident card (green card)"],
                    "es": ["Tarjeta de residente permanente (green card)"],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "vi"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["office"],
                "online": False,
                "hours": [["TU,TH", "18:00", "20:00"]],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 33,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {"en": "know-your-rights-workshops", "es": "talleres-conozca-sus-derechos"},
                "name": {
                    "en": "Know-your-rights workshops",
                    "es": "Talleres “Conozca sus derechos”",
                },
                "description": {
                    "en": (
                        "Learn what to do if immigration agents come to your home or workplace, "
                        "and how to make a family safety plan. Workshops are in Spanish."
                    ),
                    "es": (
                        "Aprenda qué hacer si agentes de inmigración llegan a su casa o a su "
                        "trabajo, y cómo preparar un plan de seguridad familiar. Los talleres son "
                        "en español."
                    ),
                },
                "categories": ["legal-help", "family-support"],
                "audiences": ["parents", "families"],
                "eligibility": {"en": "Open to everyone.", "es": "Abierto a todos."},
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": (
                        "Drop in on Saturday mornings. Schools can also ask us to lead a workshop."
                    ),
                    "es": (
                        "Venga los sábados por la mañana. Las escuelas también pueden pedirnos un "
                        "taller."
                    ),
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["office"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 14,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {
                    "en": "immigration-legal-consultations",
                    "es": "consultas-legales-de-inmigracion",
                },
                "name": {
                    "en": "Immigration legal consultations",
                    "es": "Consultas legales de inmigración",
                },
                "description": {
                    "en": (
                        "Meet with an accredited representative about DACA renewals, work permits, "
                        "family petitions, and citizenship applications."
                    ),
                    "es": (
                        "Reúnase con un representante acreditado sobre renovaciones de DACA, "
                        "permisos de trabajo, peticiones familiares y solicitudes de ciudadanía."
                    ),
                },
                "categories": ["legal-help"],
                "audiences": ["parents", "families"],
                "eligibility": {"en": "", "es": ""},
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": (
                        "Call to book a consultation. Beware of “notarios”: only lawyers and "
                        "accredited representatives may give immigration legal advice."
                    ),
                    "es": (
                        "Llame para hacer una cita. Cuidado con los “notarios”: solo los abogados "
                        "y representantes acreditados pueden darle asesoría legal de inmigración."
                    ),
                },
                "documents": {
                    "en": ["Photo ID", "Any immigration papers you have"],
                    "es": ["Identificación con foto", "Todos los papeles de inmigración que tenga"],
                },
                "cost": "low_cost",
                "fees": {
                    "en": (
                        "$40 per consultation; government filing fees are separate. Fee waivers "
                        "are available."
                    ),
                    "es": (
                        "$40 por consulta; las cuotas del gobierno se pagan aparte. Se puede pedir "
                        "exención de pago."
                    ),
                },
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["office"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 150,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [
            {
                "slug": {"en": "become-a-community-promoter", "es": "sea-promotor-comunitario"},
                "title": {
                    "en": "Become a community promoter (promotor/a)",
                    "es": "Sea promotor o promotora comunitaria",
                },
                "kind": "volunteering",
                "description": {
                    "en": (
                        "Get trained to share know-your-rights and health information with "
                        "neighbors and at school events. A small stipend is offered."
                    ),
                    "es": (
                        "Reciba capacitación para compartir información sobre derechos y salud con "
                        "sus vecinos y en eventos escolares. Se ofrece un pequeño apoyo económico."
                    ),
                },
                "eligibility": {
                    "en": "Adults 18 and older who speak Spanish or another community language.",
                    "es": (
                        "Adultos de 18 años o más que hablen español u otro idioma de la comunidad."
                    ),
                },
                "application_process": {
                    "en": "Fill out a short interest form. Training starts next month.",
                    "es": (
                        "Llene un breve formulario de interés. La capacitación empieza el próximo "
                        "mes."
                    ),
                },
                "starts_in_days": 30,
                "ends_in_days": 120,
                "deadline_in_days": 20,
                "expires_in_days": 20,
                "cost": "free",
                "url": "https://voces-unidas.example.org/promotores/",
            },
        ],
    },
    {
        "slug": {
            "en": "pasitos-baby-and-family-nutrition",
            "es": "pasitos-nutricion-para-bebes-y-familias",
        },
        "name": {
            "en": "Pasitos Baby & Family Nutrition Program",
            "es": "Programa Pasitos de Nutrición para Bebés y Familias",
        },
        "alternate_name": {"en": "", "es": ""},
        "description": {
            "en": (
                "Free diapers, healthy food benefits, and breastfeeding support for pregnant "
                "women, new parents, and children under 5."
            ),
            "es": (
                "Pañales gratis, beneficios de alimentos saludables y apoyo en la lactancia para "
                "embarazadas, padres primerizos y niños menores de 5 años."
            ),
        },
        "phone": "+1 818 555 0115",
        "email": "hola@pasitos.example.org",
        "website": "https://pasitos.example.org/",
        "partner_contact": {
            "first_name": "Gabriela",
            "last_name": "Ruiz",
            "email": "gabriela.ruiz@pasitos.example.org",
            "language": "es",
        },
        "locations": [
            {
                "key": "main",
                "name": {"en": "Nutrition office", "es": "Oficina de nutrición"},
                "street_address": "1420 Sunrise Boulevard",
                "city": "Valle del Sol",
                "postal_code": "90016",
                "region": "central",
                "center": None,
                "phone": "+1 818 555 0129",
                "transportation": {
                    "en": "Buses 4 and 9 stop on Sunrise Boulevard.",
                    "es": "Los autobuses 4 y 9 paran en Sunrise Boulevard.",
                },
                "accessibility": {
                    "en": "Step-free entrance, stroller parking, and a private room for nursing.",
                    "es": (
                        "Entrada sin escalones, lugar para carriolas y un cuarto privado para "
                        "amamantar."
                    ),
                },
                "hours": [["MO,TU,WE,TH,FR", "08:00", "17:00"], ["SA", "08:00", "12:00"]],
                "closures": [
                    [
                        "2026-11-26",
                        "2026-11-26",
                        {"en": "Thanksgiving", "es": "Día de Acción de Gracias"},
                    ],
                    [
                        "2026-12-24",
                        "2027-01-01",
                        {"en": "Winter holidays", "es": "Vacaciones de invierno"},
                    ],
                    ["2027-05-31", "2027-05-31", {"en": "Memorial Day", "es": "Día de los Caídos"}],
                ],
                "special_hours": [],
            },
            {
                "key": "east",
                "name": {"en": "East satellite office", "es": "Oficina satélite del Este"},
                "street_address": "1010 Mesa Grande Road",
                "city": "Valle del Sol",
                "postal_code": "90013",
                "region": "east",
                "center": None,
                "phone": "",
                "transportation": {
                    "en": "Bus 7 stops in front.",
                    "es": "El autobús 7 para enfrente.",
                },
                "accessibility": {
                    "en": "Ground-floor office with a step-free entrance.",
                    "es": "Oficina en planta baja con entrada sin escalones.",
                },
                "hours": [["TU,TH", "09:00", "16:00"]],
                "closures": [],
                "special_hours": [],
            },
        ],
        "services": [
            {
                "slug": {"en": "monthly-diapers-and-wipes", "es": "panales-y-toallitas-cada-mes"},
                "name": {"en": "Monthly diapers and wipes", "es": "Pañales y toallitas cada mes"},
                "description": {
                    "en": (
                        "Pick up a free monthly supply of diapers and wipes for each baby or "
                        "toddler in your home."
                    ),
                    "es": (
                        "Recoja cada mes pañales y toallitas gratis para cada bebé o niño pequeño "
                        "de su hogar."
                    ),
                },
                "categories": ["family-support"],
                "audiences": ["children", "parents"],
                "eligibility": {
                    "en": "Valle del Sol families with children up to age 3.",
                    "es": "Familias de Valle del Sol con niños de hasta 3 años.",
                },
                "minimum_age": 0,
                "maximum_age": 3,
                "application_process": {
                    "en": "Register once at either office, then pick up once a month.",
                    "es": (
                        "Regístrese una vez en cualquiera de las oficinas y luego recoja una vez "
                        "al mes."
                    ),
                },
                "documents": {
                    "en": ["Proof of address", "Child’s birth certificate or medical record"],
                    "es": [
                        "Comprobante de domicilio",
                        "Acta de nacimiento o registro médico del niño",
                    ],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["main", "east"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 8,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {
                    "en": "healthy-food-for-moms-and-young-children",
                    "es": "alimentos-saludables-para-mamas-y-ninos",
                },
                "name": {
                    "en": "Healthy food benefits for moms and young children",
                    "es": "Alimentos saludables para mamás y niños pequeños",
                },
                "description": {
                    "en": (
                        "Monthly benefits for healthy foods like milk, fruit, vegetables, and "
                        "whole grains, plus nutrition tips from friendly counselors."
                    ),
                    "es": (
                        "Beneficios mensuales para alimentos saludables como leche, frutas, "
                        "verduras y granos integrales, además de consejos de nutrición."
                    ),
                },
                "categories": ["food", "health"],
                "audiences": ["children", "parents"],
                "eligibility": {
                    "en": (
                        "Pregnant women, new moms, and children under 5 in families with low or "
                        "moderate income. Dads, grandparents, and foster parents can apply for "
                        "their children too."
                    ),
                    "es": (
                        "Embarazadas, mamás recientes y niños menores de 5 años de familias con "
                        "ingresos bajos o moderados. Papás, abuelos y padres de crianza también "
                        "pueden inscribir a los niños."
                    ),
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Call or drop in to set up your first appointment.",
                    "es": "Llame o venga sin cita para programar su primera consulta.",
                },
                "documents": {
                    "en": ["Photo ID", "Proof of address", "Proof of income or a Medi-Cal card"],
                    "es": [
                        "Identificación con foto",
                        "Comprobante de domicilio",
                        "Comprobante de ingresos o tarjeta de Medi-Cal",
                    ],
                },
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["en", "es", "zh", "ar"],
                "interpretation": {
                    "en": "Phone interpreters for any language.",
                    "es": "Intérpretes por teléfono para cualquier idioma.",
                },
                "locations": ["main", "east"],
                "online": False,
                "hours": [],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 27,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
            {
                "slug": {
                    "en": "breastfeeding-support-circle",
                    "es": "circulo-de-apoyo-para-la-lactancia",
                },
                "name": {
                    "en": "Breastfeeding support circle",
                    "es": "Círculo de apoyo para la lactancia",
                },
                "description": {
                    "en": (
                        "A relaxed weekly group in Spanish where moms share tips and get help from "
                        "a lactation counselor. Babies welcome!"
                    ),
                    "es": (
                        "Un grupo semanal y relajado en español donde las mamás comparten consejos "
                        "y reciben ayuda de una consejera en lactancia. ¡Los bebés son "
                        "bienvenidos!"
                    ),
                },
                "categories": ["health", "family-support"],
                "audiences": ["parents"],
                "eligibility": {
                    "en": "Pregnant women and breastfeeding moms.",
                    "es": "Embarazadas y mamás que amamantan.",
                },
                "minimum_age": None,
                "maximum_age": None,
                "application_process": {
                    "en": "Drop in. No registration needed.",
                    "es": "Venga sin cita. No hace falta inscribirse.",
                },
                "documents": {"en": [], "es": []},
                "cost": "free",
                "fees": {"en": "", "es": ""},
                "languages": ["es"],
                "interpretation": {"en": "", "es": ""},
                "locations": ["main"],
                "online": False,
                "hours": [["TH", "10:00", "11:30"]],
                "phone": "",
                "email": "",
                "url": "",
                "verified_days_ago": 95,
                "status": "active",
                "alert": {"en": "", "es": ""},
            },
        ],
        "opportunities": [],
    },
]
