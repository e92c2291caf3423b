"""Parent module: how to talk to your child's teacher (email, notes, calls, interpreters)."""

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

TALK_TO_TEACHER = {
    "slug": t("talk-to-your-childs-teacher", "hablar-con-el-maestro-de-su-hijo"),
    "title": t(
        "How to talk to your child's teacher",
        "Cómo hablar con el maestro o la maestra de su hijo(a)",
    ),
    "intro": t(
        "Teachers want to hear from families. An email, a note in the backpack or a phone "
        "call can solve a small problem before it grows. Here is how to choose the way, what "
        "to say, and how to get an interpreter.",
        "Los maestros quieren saber de las familias. Un correo electrónico, una nota en la "
        "mochila o una llamada pueden resolver un problema pequeño antes de que crezca. Aquí "
        "verá cómo elegir el medio, qué decir y cómo conseguir un intérprete.",
    ),
    "estimated_minutes": 10,
    "topic": "school-partnership",
    "audience": "parents",
    "objectives": [
        t(
            "Choose the best way to reach the teacher for your question.",
            "Elegir la mejor manera de comunicarse con el maestro según su pregunta.",
        ),
        t(
            "Write a short, clear message that is easy to answer.",
            "Escribir un mensaje corto y claro que sea fácil de contestar.",
        ),
        t(
            "Ask for a free interpreter for calls and meetings.",
            "Pedir un intérprete gratuito para llamadas y reuniones.",
        ),
    ],
    "body": [
        paragraph(
            t(
                "<p>There is no wrong way to reach out, but some ways fit some questions "
                "better:</p><ul><li><strong>Email or the portal's messages</strong> for "
                "questions about homework, grades or dates.</li><li><strong>A note</strong> "
                "in your child's folder if you do not use email.</li><li><strong>A phone "
                "call or a meeting</strong> for worries about behavior, friendships or "
                "anything personal.</li></ul><p>Most teachers answer within two school "
                "days.</p>",
                "<p>No hay una manera equivocada de comunicarse, pero algunas sirven mejor "
                "para ciertas preguntas:</p><ul><li><strong>El correo electrónico o los "
                "mensajes del portal</strong> para preguntas sobre tareas, calificaciones o "
                "fechas.</li><li><strong>Una nota</strong> en la carpeta de su hijo(a) si no "
                "usa el correo electrónico.</li><li><strong>Una llamada o una "
                "reunión</strong> para preocupaciones sobre conducta, amistades o algo "
                "personal.</li></ul><p>La mayoría de los maestros contestan en un plazo de "
                "dos días escolares.</p>",
            )
        ),
        steps(
            t(
                "Write a message the teacher can answer",
                "Escriba un mensaje que el maestro pueda contestar",
            ),
            step(
                t("Say who you are", "Diga quién es usted"),
                t(
                    "Give your name and your child's full name and class.",
                    "Escriba su nombre y el nombre completo y la clase de su hijo(a).",
                ),
            ),
            step(
                t("Name one concern", "Mencione una sola preocupación"),
                t(
                    "Keep to one topic per message: “Sofía says she does not understand "
                    "fractions.”",
                    "Hable de un solo tema por mensaje: «Sofía dice que no entiende las "
                    "fracciones».",
                ),
            ),
            step(
                t("Ask for what you need", "Pida lo que necesita"),
                t(
                    "“Could you tell me how I can help at home?” or “Could we talk by phone "
                    "this week?”",
                    "«¿Me podría decir cómo puedo ayudarla en casa?» o «¿Podríamos hablar "
                    "por teléfono esta semana?».",
                ),
            ),
            step(
                t("Say how to reach you", "Diga cómo comunicarse con usted"),
                t(
                    "Give your phone number, the best time to call, and your language: "
                    "“Please call me with a Spanish interpreter.”",
                    "Escriba su número de teléfono, la mejor hora para llamarle y su idioma: "
                    "«Por favor llámeme con un intérprete de español».",
                ),
            ),
        ),
        important(
            t(
                "You have the right to an interpreter, free of charge, for meetings and "
                "calls with the school. Ask the office or write “I need a Spanish "
                "interpreter” in your note. Please do not ask your child to interpret.",
                "Usted tiene derecho a un intérprete, sin costo, para las reuniones y "
                "llamadas con la escuela. Pídalo en la oficina o escriba «Necesito un "
                "intérprete de español» en su nota. Por favor no le pida a su hijo(a) que "
                "interprete.",
            )
        ),
        checklist(
            t("Before you send it", "Antes de enviarlo"),
            t(
                "My child's full name and class are in the message.",
                "El mensaje incluye el nombre completo y la clase de mi hijo(a).",
            ),
            t("I wrote about one topic.", "Escribí sobre un solo tema."),
            t("I said what I would like to happen.", "Dije qué me gustaría que pasara."),
            t(
                "I said how and when to reach me, and in which language.",
                "Dije cómo y cuándo comunicarse conmigo, y en qué idioma.",
            ),
        ),
        try_at_home(
            t("Send a hello", "Envíe un saludo"),
            t(
                "Write a short, friendly message to one of your child's teachers with "
                "nothing to complain about: introduce yourself, share one thing your child "
                "enjoys, and say how to reach you. Starting on a good note makes the next "
                "conversation easier.",
                "Escríbale un mensaje corto y amable a uno de los maestros de su hijo(a) "
                "sin ninguna queja: preséntese, cuéntele algo que a su hijo(a) le guste y "
                "dígale cómo comunicarse con usted. Empezar con buen pie facilita la "
                "siguiente conversación.",
            ),
            10,
        ),
    ],
    "quiz": quiz(
        single(
            t(
                "Your son seems sad and says other children leave him out at recess. What is "
                "the best first step?",
                "Su hijo se ve triste y dice que otros niños no lo dejan jugar con ellos en el "
                "recreo. "
                "¿Cuál es el mejor primer paso?",
            ),
            t(
                "Personal worries are best talked about by phone or in person, where you can "
                "listen to each other.",
                "Las preocupaciones personales se hablan mejor por teléfono o en persona, "
                "donde pueden escucharse mutuamente.",
            ),
            wrong(
                t(
                    "Wait for the next parent–teacher conference",
                    "Esperar a la próxima conferencia de padres y maestros",
                ),
                t(
                    "That could be months away. The teacher would want to know now.",
                    "Podrían faltar meses. El maestro querría saberlo ahora.",
                ),
            ),
            wrong(
                t(
                    "Post about it in the parents' group chat",
                    "Publicarlo en el chat de grupo de los padres",
                ),
                t(
                    "A group chat cannot fix it and may hurt other children. Talk to the "
                    "teacher directly.",
                    "Un chat de grupo no lo resuelve y puede lastimar a otros niños. Hable "
                    "directamente con el maestro.",
                ),
            ),
            right(
                t(
                    "Ask the teacher for a phone call or a short meeting",
                    "Pedirle al maestro una llamada o una reunión corta",
                ),
                t(
                    "Right. A conversation fits a personal worry better than a quick email.",
                    "Correcto. Para una preocupación personal, una conversación funciona "
                    "mejor que un correo rápido.",
                ),
            ),
        ),
        true_false(
            t(
                "Families have the right to a free interpreter for meetings and calls with "
                "the school.",
                "Las familias tienen derecho a un intérprete gratuito para las reuniones y "
                "las llamadas con la escuela.",
            ),
            t(
                "The school provides interpreters at no cost to families; just ask.",
                "La escuela ofrece intérpretes sin costo para las familias; solo tiene que "
                "pedirlo.",
            ),
            True,
            t(
                "Right. It is free, and it is your right.",
                "Correcto. Es gratuito y es su derecho.",
            ),
            t(
                "Not so. Interpreters are free for families: ask the office or write it in "
                "your note.",
                "No es así. Los intérpretes son gratuitos para las familias: pídalo en la "
                "oficina o escríbalo en su nota.",
            ),
        ),
        multiple(
            t(
                "Which of these belong in a short message to the teacher?",
                "¿Cuáles de estos elementos deben ir en un mensaje corto al maestro?",
            ),
            t(
                "Who you are, one clear concern, what you would like, and how to reach you.",
                "Quién es usted, una preocupación clara, qué le gustaría y cómo comunicarse "
                "con usted.",
            ),
            right(
                t(
                    "Your child's full name and class",
                    "El nombre completo y la clase de su hijo(a)",
                ),
                t(
                    "Yes. The teacher knows right away who you mean.",
                    "Sí. Así el maestro sabe de inmediato de quién se trata.",
                ),
            ),
            right(
                t(
                    "The language you would like to talk in",
                    "El idioma en que le gustaría hablar",
                ),
                t(
                    "Yes. The school can plan an interpreter for the call.",
                    "Sí. La escuela puede conseguir un intérprete para la llamada.",
                ),
            ),
            wrong(
                t(
                    "Every worry you have had since the start of the year",
                    "Todas las preocupaciones que ha tenido desde el inicio del año",
                ),
                t(
                    "A long list is hard to answer. Start with one topic; ask for a meeting "
                    "for the rest.",
                    "Una lista larga es difícil de contestar. Empiece con un tema y pida una "
                    "reunión para lo demás.",
                ),
            ),
        ),
    ),
}
