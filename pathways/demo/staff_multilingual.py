"""Staff module: communicating in a multicultural, multilingual community (Welcoming Schools)."""

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

MULTILINGUAL = {
    "slug": t("communicating-multilingual-community", "comunicarse-en-una-comunidad-multilingue"),
    "title": t(
        "Communicating in a multicultural, multilingual community",
        "Comunicarse en una comunidad multicultural y multilingüe",
    ),
    "intro": t(
        "Families in Valle del Sol Unified speak more than forty languages. Every one of them "
        "has the right to understand and be understood at school. This lesson covers working "
        "with interpreters, writing in plain language, and getting notices translated.",
        "Las familias del Distrito Escolar Unificado Valle del Sol hablan más de cuarenta "
        "idiomas. Todas tienen derecho a entender y a ser entendidas en la escuela. Esta "
        "lección trata sobre cómo trabajar con intérpretes, escribir en lenguaje sencillo y "
        "conseguir avisos traducidos.",
    ),
    "estimated_minutes": 20,
    "topic": "welcoming-schools",
    "audience": "staff",
    "objectives": [
        t(
            "Book and work with a trained interpreter for meetings and calls.",
            "Reservar un intérprete capacitado y trabajar con él en reuniones y llamadas.",
        ),
        t(
            "Write notices in plain language that are easy to translate.",
            "Redactar avisos en lenguaje sencillo que sean fáciles de traducir.",
        ),
        t(
            "Know which documents must be professionally translated.",
            "Saber qué documentos deben ser traducidos por profesionales.",
        ),
    ],
    "body": [
        paragraph(
            t(
                "<p>Language access is not a favor: families have a legal right to "
                "information in a language they understand. It is also simply good practice. "
                "A parent who understands the message can act on it.</p>",
                "<p>El acceso lingüístico no es un favor: las familias tienen el derecho "
                "legal de recibir información en un idioma que entiendan. Además, es una "
                "buena práctica. Un padre o una madre que entiende el mensaje puede actuar "
                "en consecuencia.</p>",
            )
        ),
        steps(
            t("Working with an interpreter", "Cómo trabajar con un intérprete"),
            step(
                t("Book ahead", "Resérvelo con anticipación"),
                t(
                    "Request an interpreter through district Language Services at least three "
                    "school days before a meeting. For calls, use the telephone interpreting "
                    "line.",
                    "Solicite un intérprete a través de los Servicios Lingüísticos del distrito "
                    "por lo menos tres días escolares antes de la reunión. Para las llamadas, "
                    "use la línea de interpretación telefónica.",
                ),
            ),
            step(
                t("Brief the interpreter", "Informe al intérprete"),
                t(
                    "Take two minutes beforehand to explain the purpose of the meeting and any "
                    "terms you will use, such as “Student Study Team”.",
                    "Tome dos minutos antes de empezar para explicar el propósito de la "
                    "reunión y los términos que va a usar, como «Equipo de Estudio del "
                    "Estudiante».",
                ),
            ),
            step(
                t("Speak to the family", "Hable con la familia"),
                t(
                    "Look at the parent and speak in the first person: “How is Daniel "
                    "sleeping?”, not “Ask her how he is sleeping.”",
                    "Mire al padre o a la madre y hable en primera persona: «¿Cómo duerme "
                    "Daniel?», no «Pregúntele cómo duerme él».",
                ),
            ),
            step(
                t("Short sentences, then pause", "Frases cortas y luego una pausa"),
                t(
                    "Say one or two sentences and let the interpreter finish before you continue.",
                    "Diga una o dos frases y deje que el intérprete termine antes de continuar.",
                ),
            ),
            step(
                t("Check understanding", "Verifique que se entendió"),
                t(
                    "At the end, ask the family to say in their own words what will happen next.",
                    "Al final, pídale a la familia que diga con sus propias palabras qué va "
                    "a pasar después.",
                ),
            ),
        ),
        important(
            t(
                "Never ask a student, a sibling or another child to interpret. It puts the "
                "child in an adult role, and important information can be lost or softened.",
                "Nunca le pida a un estudiante, a un hermano o a otro niño que interprete. "
                "Eso pone al niño en un papel de adulto, y se puede perder o suavizar "
                "información importante.",
            )
        ),
        checklist(
            t("Plain language for every notice", "Lenguaje sencillo en cada aviso"),
            t(
                "The date, time and place come first.",
                "La fecha, la hora y el lugar van al principio.",
            ),
            t(
                "Sentences are short, with one idea each.",
                "Las frases son cortas, con una idea cada una.",
            ),
            t(
                "Abbreviations such as IEP or SST are spelled out and explained.",
                "Las siglas como IEP o SST se escriben completas y se explican.",
            ),
            t(
                "The notice says what the family should do and by when.",
                "El aviso dice qué debe hacer la familia y para cuándo.",
            ),
        ),
        paragraph(
            t(
                "<p>Send notices to Language Services for translation at least five school "
                "days ahead. Automatic translation tools can help with a quick, informal "
                "message, but <strong>never</strong> for discipline, special education, "
                "health or legal notices: those need a professional translator.</p>",
                "<p>Envíe los avisos a los Servicios Lingüísticos para su traducción por lo "
                "menos cinco días escolares antes. Los traductores automáticos pueden servir "
                "para un mensaje rápido e informal, pero <strong>nunca</strong> para avisos "
                "de disciplina, educación especial, salud o asuntos legales: esos necesitan "
                "un traductor profesional.</p>",
            )
        ),
        try_at_home(
            t("Try it this week: rewrite one notice", "Inténtelo esta semana: reescriba un aviso"),
            t(
                "Take one letter your school sent home recently. Rewrite it with the "
                "checklist above, then ask a colleague to read both versions. Which one could "
                "a busy parent act on in one minute?",
                "Tome una carta que su escuela haya enviado a casa hace poco. Reescríbala "
                "usando la lista de arriba y pida a un colega que lea las dos versiones. "
                "¿Con cuál podría actuar en un minuto un padre de familia ocupado?",
            ),
            25,
        ),
    ],
    "quiz": quiz(
        single(
            t(
                "A mother who speaks Vietnamese is coming to a discipline meeting tomorrow. "
                "Who should interpret?",
                "Una madre que habla vietnamita vendrá mañana a una reunión sobre "
                "disciplina. ¿Quién debe interpretar?",
            ),
            t(
                "High-stakes meetings need a trained interpreter; the telephone line covers "
                "short notice.",
                "Las reuniones importantes necesitan un intérprete capacitado; la línea "
                "telefónica cubre los casos de último momento.",
            ),
            wrong(
                t("The student's older sister", "La hermana mayor del estudiante"),
                t(
                    "Children should never interpret, least of all about a family member's "
                    "discipline.",
                    "Los niños nunca deben interpretar, y mucho menos sobre la disciplina de "
                    "un familiar.",
                ),
            ),
            right(
                t(
                    "A trained interpreter from Language Services or the telephone line",
                    "Un intérprete capacitado de los Servicios Lingüísticos o de la línea "
                    "telefónica",
                ),
                t(
                    "Right. Trained interpreters are accurate, neutral and confidential.",
                    "Correcto. Los intérpretes capacitados son precisos, neutrales y "
                    "confidenciales.",
                ),
            ),
            wrong(
                t(
                    "A teacher who studied some Vietnamese in college",
                    "Un maestro que estudió algo de vietnamita en la universidad",
                ),
                t(
                    "Some knowledge of a language is not the same as interpreter training.",
                    "Saber algo de un idioma no es lo mismo que estar capacitado como intérprete.",
                ),
            ),
        ),
        true_false(
            t(
                "When working with an interpreter, you should look at the interpreter and "
                "say “Tell her that…”.",
                "Cuando trabaja con un intérprete, debe mirar al intérprete y decir «Dígale que…».",
            ),
            t(
                "Speak directly to the family, in the first person; the interpreter is your voice.",
                "Hable directamente con la familia, en primera persona; el intérprete es su voz.",
            ),
            False,
            t(
                "Not quite. Look at the parent and speak to them directly.",
                "No exactamente. Mire al padre o a la madre y háblele directamente.",
            ),
            t(
                "Right. Speak to the family, not about them.",
                "Correcto. Hable con la familia, no acerca de ella.",
            ),
        ),
        multiple(
            t(
                "Which of these make a notice plain and easy to translate?",
                "¿Qué hace que un aviso sea sencillo y fácil de traducir?",
            ),
            t(
                "Short sentences, key facts first and no unexplained abbreviations.",
                "Frases cortas, los datos clave primero y ninguna sigla sin explicar.",
            ),
            right(
                t(
                    "Putting the date, time and place first",
                    "Poner primero la fecha, la hora y el lugar",
                ),
                t(
                    "Yes. Families find what they need at a glance.",
                    "Sí. Las familias encuentran lo que necesitan de un vistazo.",
                ),
            ),
            right(
                t("Using short sentences", "Usar frases cortas"),
                t(
                    "Yes. They are easier to read and to translate well.",
                    "Sí. Son más fáciles de leer y de traducir bien.",
                ),
            ),
            wrong(
                t(
                    "Using school abbreviations such as SST to save space",
                    "Usar siglas escolares como SST para ahorrar espacio",
                ),
                t(
                    "Most families do not know these abbreviations; spell them out and "
                    "explain them.",
                    "La mayoría de las familias no conocen estas siglas; escríbalas completas "
                    "y explíquelas.",
                ),
            ),
        ),
        single(
            t(
                "Which notice can go out with automatic translation only?",
                "¿Qué aviso se puede enviar solo con traducción automática?",
            ),
            t(
                "Automatic tools are for quick, informal messages; anything with rights or "
                "consequences needs a professional.",
                "Las herramientas automáticas son para mensajes rápidos e informales; todo lo "
                "que tenga que ver con derechos o consecuencias necesita un profesional.",
            ),
            right(
                t(
                    "A reminder that Friday is pajama day",
                    "Un recordatorio de que el viernes es día de pijamas",
                ),
                t(
                    "Right. A small error here does no harm.",
                    "Correcto. Un pequeño error aquí no causa daño.",
                ),
            ),
            wrong(
                t("A suspension letter", "Una carta de suspensión"),
                t(
                    "Discipline notices affect a family's rights: use a professional translator.",
                    "Los avisos de disciplina afectan los derechos de la familia: use un "
                    "traductor profesional.",
                ),
            ),
            wrong(
                t(
                    "An invitation to a special-education meeting",
                    "Una invitación a una reunión de educación especial",
                ),
                t(
                    "Special-education notices must be professionally translated.",
                    "Los avisos de educación especial deben ser traducidos por profesionales.",
                ),
            ),
        ),
        pass_mark=80,
        max_attempts=3,
    ),
}
