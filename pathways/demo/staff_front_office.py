"""Staff module: welcoming front-office practice (Welcoming Schools)."""

from .builders import (
    checklist,
    important,
    multiple,
    paragraph,
    quiz,
    right,
    single,
    step,
    steps,
    t,
    true_false,
    try_at_home,
    wrong,
)

FRONT_OFFICE = {
    "slug": t("welcoming-front-office", "una-oficina-de-recepcion-acogedora"),
    "title": t("Welcoming front-office practice", "Una oficina de recepción acogedora"),
    "intro": t(
        "For many families, the front office is the school. The first minute at the counter "
        "tells a parent whether they are welcome. Small habits make the difference: a "
        "greeting, an honest wait time, a private word, a sign they can read.",
        "Para muchas familias, la oficina de recepción es la escuela. El primer minuto en el "
        "mostrador le dice a un padre o a una madre si es bienvenido(a). Pequeños hábitos marcan "
        "la diferencia: un saludo, un tiempo de espera honesto, una conversación en privado, "
        "un letrero que puedan leer.",
    ),
    "estimated_minutes": 15,
    "topic": "welcoming-schools",
    "audience": "staff",
    "objectives": [
        t(
            "Greet every visitor promptly, even when you are busy.",
            "Saludar pronto a cada visitante, aunque esté ocupado(a).",
        ),
        t(
            "Keep waits short, and explain them when they are not.",
            "Mantener cortas las esperas y explicarlas cuando no lo son.",
        ),
        t(
            "Protect family and student privacy at the counter.",
            "Proteger la privacidad de las familias y los estudiantes en el mostrador.",
        ),
    ],
    "body": [
        steps(
            t("The first minute", "El primer minuto"),
            step(
                t("Acknowledge right away", "Reconozca su llegada de inmediato"),
                t(
                    "Within a few seconds, look up and smile, even if you are on the phone: "
                    "a nod and “I'll be right with you” tell the visitor they have been seen.",
                    "En pocos segundos, levante la vista y sonría, aunque esté al teléfono: "
                    "un gesto y un «Enseguida le atiendo» le dicen al visitante que lo han "
                    "visto.",
                ),
            ),
            step(
                t("Greet and offer help", "Salude y ofrezca ayuda"),
                t(
                    "“Good morning, welcome to our school. How can I help you?”",
                    "«Buenos días, bienvenido(a) a nuestra escuela. ¿En qué le puedo ayudar?»",
                ),
            ),
            step(
                t("Find the family's language", "Averigüe el idioma de la familia"),
                t(
                    "Use the “I speak…” language card at the counter, then call a bilingual "
                    "colleague or the telephone interpreting line.",
                    "Use la tarjeta de idiomas «Yo hablo…» del mostrador y después llame a un "
                    "colega bilingüe o a la línea de interpretación telefónica.",
                ),
            ),
            step(
                t("Be honest about waits", "Sea honesto(a) sobre la espera"),
                t(
                    "If the visitor must wait, say for whom and for about how long, offer a "
                    "seat, and check back if it runs longer.",
                    "Si el visitante tiene que esperar, dígale a quién espera y más o menos "
                    "cuánto tiempo, ofrézcale un asiento y vuelva a avisarle si la espera se "
                    "alarga.",
                ),
            ),
            step(
                t("Close the visit", "Cierre la visita"),
                t(
                    "Before they leave, ask: “Did you get everything you needed today?”",
                    "Antes de que se vaya, pregunte: «¿Obtuvo todo lo que necesitaba hoy?»",
                ),
            ),
        ),
        important(
            t(
                "Never discuss a student's grades, attendance, discipline or health where "
                "others can hear. Offer a private room or a quiet corner, and never say "
                "another student's name.",
                "Nunca hable de las calificaciones, la asistencia, la disciplina o la salud "
                "de un estudiante donde otros puedan oír. Ofrezca una sala privada o un "
                "rincón tranquilo, y nunca mencione el nombre de otro estudiante.",
            )
        ),
        paragraph(
            t(
                "<p>Signs speak before you do. A welcoming entrance has:</p><ul><li>signs "
                "in English and Spanish (and your school's other main languages) from the "
                "gate to the office;</li><li>office hours and the visitor check-in steps "
                "posted at the door;</li><li>a few chairs, and something for young children "
                "to look at while they wait.</li></ul>",
                "<p>Los letreros hablan antes que usted. Una entrada acogedora tiene:</p>"
                "<ul><li>letreros en inglés y en español (y en los otros idiomas principales "
                "de su escuela) desde la reja hasta la oficina;</li><li>el horario de la "
                "oficina y los pasos para registrar visitantes a la vista en la puerta;</li>"
                "<li>algunas sillas y algo que los niños pequeños puedan mirar mientras "
                "esperan.</li></ul>",
            )
        ),
        checklist(
            t("Walk in like a visitor", "Entre como si fuera un visitante"),
            t(
                "I could find the office from the street without asking.",
                "Pude encontrar la oficina desde la calle sin preguntar.",
            ),
            t(
                "The signs I passed were in the languages our families speak.",
                "Los letreros que vi estaban en los idiomas que hablan nuestras familias.",
            ),
            t(
                "There was a place to sit and information for families to take.",
                "Había un lugar para sentarse e información que las familias podían llevarse.",
            ),
            t(
                "Nothing private about a student was visible on the counter or screens.",
                "No había nada privado de ningún estudiante a la vista en el mostrador ni "
                "en las pantallas.",
            ),
        ),
        try_at_home(
            t(
                "Try it this week: the visitor walk",
                "Inténtelo esta semana: el recorrido del visitante",
            ),
            t(
                "With a colleague, walk from the school gate to the front office as if it "
                "were your first visit, using the checklist above. Choose one thing to fix "
                "this month, and one to ask your principal about.",
                "Con un colega, camine desde la reja de la escuela hasta la oficina como si "
                "fuera su primera visita, usando la lista de arriba. Elija una cosa para "
                "mejorar este mes y otra para consultarla con su director.",
            ),
            15,
        ),
    ],
    "quiz": quiz(
        single(
            t(
                "You are on a phone call when a parent walks up to the counter. What do you do?",
                "Está en una llamada cuando un padre de familia se acerca al mostrador. ¿Qué hace?",
            ),
            t(
                "A quick acknowledgment costs nothing and tells the visitor they are seen.",
                "Reconocer su llegada no cuesta nada y le dice al visitante que lo han visto.",
            ),
            wrong(
                t(
                    "Finish the call first, then look up",
                    "Termino la llamada y después levanto la vista",
                ),
                t(
                    "The parent may feel ignored. Look up and acknowledge them first.",
                    "El padre se puede sentir ignorado. Primero levante la vista y reconozca "
                    "su llegada.",
                ),
            ),
            right(
                t(
                    "Look up, smile and signal that you will be right with them",
                    "Levanto la vista, sonrío y le indico que enseguida le atiendo",
                ),
                t(
                    "Right. They know they have been seen, and you can finish the call.",
                    "Correcto. Sabe que lo vieron, y usted puede terminar la llamada.",
                ),
            ),
            wrong(
                t(
                    "Hang up on the caller to help the parent",
                    "Le cuelgo a la persona que llamó para atender al padre",
                ),
                t(
                    "The caller matters too. Acknowledge the visitor and finish the call politely.",
                    "La persona que llamó también importa. Reconozca al visitante y termine "
                    "la llamada con cortesía.",
                ),
            ),
        ),
        true_false(
            t(
                "It is fine to discuss a student's suspension at the counter if you speak quietly.",
                "Está bien hablar de la suspensión de un estudiante en el mostrador si habla "
                "en voz baja.",
            ),
            t(
                "Private matters belong in a private space; others in the lobby can still hear.",
                "Los asuntos privados se tratan en un espacio privado; otras personas en la "
                "sala de espera pueden oír de todos modos.",
            ),
            False,
            t(
                "Not so. Offer a private room, even for a short conversation.",
                "No es así. Ofrezca una sala privada, aunque sea para una conversación corta.",
            ),
            t(
                "Right. Move the conversation somewhere private.",
                "Correcto. Lleve la conversación a un lugar privado.",
            ),
        ),
        multiple(
            t(
                "A parent will have to wait twenty minutes for the counselor. What should you do?",
                "Un padre de familia tendrá que esperar veinte minutos al consejero. ¿Qué "
                "debe hacer?",
            ),
            t(
                "Honest information and a comfortable wait show respect for the family's time.",
                "La información honesta y una espera cómoda muestran respeto por el tiempo "
                "de la familia.",
            ),
            right(
                t(
                    "Tell them about how long the wait will be",
                    "Decirle más o menos cuánto durará la espera",
                ),
                t(
                    "Yes. They can decide whether to wait or come back.",
                    "Sí. Así puede decidir si espera o regresa después.",
                ),
            ),
            right(
                t("Offer a seat", "Ofrecerle un asiento"),
                t("Yes. A small courtesy that counts.", "Sí. Una pequeña cortesía que cuenta."),
            ),
            wrong(
                t(
                    "Say “It won't be long” so they do not leave",
                    "Decirle «No tardará» para que no se vaya",
                ),
                t(
                    "If the wait is long, a vague promise breaks trust. Be honest.",
                    "Si la espera es larga, una promesa vaga rompe la confianza. Sea honesto(a).",
                ),
            ),
        ),
        pass_mark=80,
        max_attempts=3,
        shuffle=True,
    ),
}
