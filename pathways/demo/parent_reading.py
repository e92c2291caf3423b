"""Parent module: how to support reading at home, in any language."""

from .builders import (
    checklist,
    multiple,
    paragraph,
    quiz,
    right,
    single,
    step,
    steps,
    t,
    tip,
    true_false,
    try_at_home,
    wrong,
)

SUPPORT_READING = {
    "slug": t("support-reading-at-home", "apoyar-la-lectura-en-casa"),
    "title": t(
        "How to support reading at home (any language counts)",
        "Cómo apoyar la lectura en casa (cualquier idioma cuenta)",
    ),
    "intro": t(
        "You do not need to read English, or even read a lot, to help your child become a "
        "strong reader. Reading, talking and telling stories in the language you know best "
        "builds the skills your child uses in every language.",
        "No necesita leer en inglés, ni siquiera leer mucho, para ayudar a su hijo(a) a ser "
        "un buen lector. Leer, platicar y contar cuentos en el idioma que usted mejor conoce "
        "desarrolla las habilidades que su hijo(a) usa en todos los idiomas.",
    ),
    "estimated_minutes": 12,
    "topic": "learning-at-home",
    "audience": "parents",
    "objectives": [
        t(
            "Explain why reading in your home language helps your child at school.",
            "Explicar por qué leer en el idioma de su casa ayuda a su hijo(a) en la escuela.",
        ),
        t(
            "Use questions and pictures to talk about a story together.",
            "Usar preguntas e imágenes para platicar juntos sobre un cuento.",
        ),
        t(
            "Set up a short daily reading time that fits your family.",
            "Establecer un rato diario de lectura que se adapte a su familia.",
        ),
    ],
    "body": [
        paragraph(
            t(
                "<p>When your child learns new words, follows a story or guesses what "
                "happens next, they build skills that <strong>carry over from one language "
                "to another</strong>. A child who loves stories in Spanish, Vietnamese or "
                "Arabic brings that love to reading in English.</p>",
                "<p>Cuando su hijo(a) aprende palabras nuevas, sigue un cuento o adivina lo "
                "que va a pasar, desarrolla habilidades que <strong>pasan de un idioma a "
                "otro</strong>. Un niño al que le encantan los cuentos en español, vietnamita "
                "o árabe lleva ese gusto a la lectura en inglés.</p>",
            )
        ),
        steps(
            t("Read together in five steps", "Lean juntos en cinco pasos"),
            step(
                t("Let your child choose", "Deje que su hijo(a) elija"),
                t(
                    "A book, a comic, a magazine: children read more when they choose.",
                    "Un libro, una historieta, una revista: los niños leen más cuando ellos "
                    "eligen.",
                ),
            ),
            step(
                t("Look at the cover", "Miren la portada"),
                t(
                    "Ask: What do you think this story is about? Why?",
                    "Pregunte: ¿De qué crees que se trata este cuento? ¿Por qué?",
                ),
            ),
            step(
                t(
                    "Read, or tell it from the pictures",
                    "Lean, o cuenten el cuento con las imágenes",
                ),
                t(
                    "Take turns reading aloud. If the book is in a language you do not "
                    "read, let your child read and you ask the questions, or tell the story "
                    "together from the pictures.",
                    "Túrnense para leer en voz alta. Si el libro está en un idioma que usted "
                    "no lee, deje que su hijo(a) lea y usted haga las preguntas, o cuenten "
                    "juntos el cuento a partir de las imágenes.",
                ),
            ),
            step(
                t("Stop and wonder", "Hagan pausas y pregúntense"),
                t(
                    "How does this character feel? What would you do? What will happen next?",
                    "¿Cómo se siente este personaje? ¿Qué harías tú? ¿Qué crees que va a pasar?",
                ),
            ),
            step(
                t("Talk about it afterwards", "Platiquen al final"),
                t(
                    "Ask your child to retell the story in their own words, in any language.",
                    "Pídale a su hijo(a) que vuelva a contar el cuento con sus propias "
                    "palabras, en cualquier idioma.",
                ),
            ),
        ),
        tip(
            t(
                "No books at home? A library card is free, and Family Engagement Centers lend "
                "children's books in English and Spanish.",
                "¿No tiene libros en casa? La tarjeta de la biblioteca es gratuita, y los "
                "Centros de Participación Familiar prestan libros infantiles en inglés y en "
                "español.",
            )
        ),
        paragraph(
            t(
                "<p>Reading is more than books. Reading a recipe while you cook, the signs "
                "on the bus, a letter from a grandparent, the words of a song, or telling "
                "the story of how your family came to Valle del Sol: all of it counts.</p>",
                "<p>Leer es mucho más que libros. Leer una receta mientras cocinan, los "
                "letreros del autobús, una carta de los abuelos, la letra de una canción, o "
                "contar la historia de cómo llegó su familia a Valle del Sol: todo "
                "cuenta.</p>",
            )
        ),
        checklist(
            t("A reading routine that works", "Una rutina de lectura que funciona"),
            t(
                "We read or tell stories for 15 to 20 minutes most days.",
                "Leemos o contamos cuentos de 15 a 20 minutos casi todos los días.",
            ),
            t(
                "We have a quiet spot with the TV off.",
                "Tenemos un lugar tranquilo, con la televisión apagada.",
            ),
            t(
                "My child sees me reading something, too.",
                "Mi hijo(a) también me ve leer algo.",
            ),
            t(
                "We talk about what we read, not only read it.",
                "Platicamos sobre lo que leemos, no solo lo leemos.",
            ),
        ),
        try_at_home(
            t("Family story night", "Noche de cuentos en familia"),
            t(
                "Tonight, tell your child a story from your own childhood. Then ask them to "
                "draw a picture of it and tell it back to you. Keep the drawings in a folder: "
                "it becomes your family's own storybook.",
                "Esta noche, cuéntele a su hijo(a) una historia de cuando usted era niño(a). "
                "Después pídale que haga un dibujo y que se la vuelva a contar. Guarden los "
                "dibujos en una carpeta: será el libro de cuentos de su familia.",
            ),
            20,
        ),
    ],
    "quiz": quiz(
        true_false(
            t(
                "Reading with my child in Spanish at home gets in the way of learning to "
                "read in English.",
                "Leer con mi hijo(a) en español en casa le estorba para aprender a leer en inglés.",
            ),
            t(
                "Reading skills carry over between languages; a strong home language "
                "supports English.",
                "Las habilidades de lectura pasan de un idioma a otro; un idioma materno "
                "fuerte apoya el inglés.",
            ),
            False,
            t(
                "Not so. Understanding stories and learning words in any language helps "
                "your child read in English too.",
                "No es así. Entender cuentos y aprender palabras en cualquier idioma también "
                "ayuda a su hijo(a) a leer en inglés.",
            ),
            t(
                "Right. Any language counts.",
                "Correcto. Cualquier idioma cuenta.",
            ),
        ),
        single(
            t(
                "Your daughter brings home a book in English, which you do not read. What "
                "can you do?",
                "Su hija trae a casa un libro en inglés, que usted no lee. ¿Qué puede hacer?",
            ),
            t(
                "You can lead the conversation about a book without reading its words.",
                "Usted puede guiar la conversación sobre un libro sin leer sus palabras.",
            ),
            wrong(
                t(
                    "Put it away: you cannot help with it",
                    "Guardarlo: usted no puede ayudar con él",
                ),
                t(
                    "You can help, even without reading English: she reads, you ask about the "
                    "story.",
                    "Sí puede ayudar, aunque no lea inglés: ella lee y usted le pregunta sobre "
                    "el cuento.",
                ),
            ),
            right(
                t(
                    "Ask her to read it to you, and ask her questions about the story in Spanish",
                    "Pedirle que se lo lea a usted y hacerle preguntas sobre el cuento en español",
                ),
                t(
                    "Right. She practices reading, and your questions build understanding.",
                    "Correcto. Ella practica la lectura y sus preguntas le ayudan a comprender.",
                ),
            ),
            wrong(
                t(
                    "Ask her to read it alone in her room",
                    "Pedirle que lo lea sola en su cuarto",
                ),
                t(
                    "Reading alone is fine sometimes, but talking together helps her more.",
                    "Leer sola está bien a veces, pero platicar juntas le ayuda más.",
                ),
            ),
        ),
        multiple(
            t(
                "Which of these help your child's reading?",
                "¿Cuáles de estas actividades ayudan a la lectura de su hijo(a)?",
            ),
            t(
                "Stories, recipes and conversation all build words and understanding.",
                "Los cuentos, las recetas y las conversaciones desarrollan el vocabulario y "
                "la comprensión.",
            ),
            right(
                t(
                    "Telling a family story at dinner",
                    "Contar una historia de la familia durante la cena",
                ),
                t(
                    "Yes. Listening to stories builds words and a sense of how stories work.",
                    "Sí. Escuchar historias desarrolla el vocabulario y el sentido de cómo "
                    "funcionan los cuentos.",
                ),
            ),
            right(
                t("Reading a recipe together", "Leer juntos una receta"),
                t(
                    "Yes. Real-life reading counts, and it has a tasty ending.",
                    "Sí. La lectura de la vida diaria cuenta, y además tiene un final sabroso.",
                ),
            ),
            wrong(
                t(
                    "Correcting every word your child misreads",
                    "Corregir cada palabra que su hijo(a) lee mal",
                ),
                t(
                    "Constant correction can make reading feel like a test. Let small "
                    "mistakes go and enjoy the story.",
                    "Corregir todo el tiempo puede hacer que leer parezca un examen. Deje "
                    "pasar los errores pequeños y disfruten el cuento.",
                ),
            ),
        ),
        single(
            t(
                "Which reading routine helps most?",
                "¿Qué rutina de lectura ayuda más?",
            ),
            t(
                "Short, frequent reading builds a habit better than one long session.",
                "Leer un rato corto con frecuencia crea un hábito mejor que una sola sesión larga.",
            ),
            right(
                t(
                    "15 to 20 minutes on most days",
                    "De 15 a 20 minutos casi todos los días",
                ),
                t(
                    "Right. A little, often, becomes a habit.",
                    "Correcto. Poco y seguido se vuelve un hábito.",
                ),
            ),
            wrong(
                t("Two hours every Sunday", "Dos horas cada domingo"),
                t(
                    "Two hours is tiring for a child, and a week is a long gap. Shorter and "
                    "more often works better.",
                    "Dos horas cansan a un niño, y una semana es mucho tiempo entre una vez y "
                    "otra. Es mejor menos tiempo y más seguido.",
                ),
            ),
            wrong(
                t(
                    "Only when there is homework to read",
                    "Solo cuando hay tarea de lectura",
                ),
                t(
                    "Reading for fun matters as much as homework reading.",
                    "Leer por gusto importa tanto como leer para la tarea.",
                ),
            ),
        ),
    ),
}
