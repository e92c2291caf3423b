"""The demo self-efficacy survey for parents, written for this portal.

Twelve statements, six per subscale, rated on how true they are for the parent
today. Two statements are worded negatively ("I find it hard to…") and are
reverse-scored, so that a higher score always means more confidence. The scale
asks "how true", not "how confident", so that the negative statements read
naturally too.
"""

from .builders import t


def _item(subscale, en, es, reverse=False):
    return {"text": t(en, es), "subscale": subscale, "reverse": reverse}


INSTRUMENT = {
    "name": t("How confident do I feel?", "¿Qué tan seguro(a) me siento?"),
    "intro": t(
        "Read each sentence and choose how true it is for you today. There are no right or "
        "wrong answers, and your child's teacher does not see your answers. The district uses "
        "them, "
        "without names, to learn whether these lessons help families.",
        "Lea cada frase y elija qué tan cierta es para usted hoy. No hay respuestas buenas ni "
        "malas, y el maestro de su hijo(a) no ve sus respuestas. El distrito las usa, sin "
        "nombres, para saber si estas lecciones ayudan a las familias.",
    ),
    "scale_low": 1,
    "scale_high": 5,
    "scale_labels": [
        t("Not at all true", "Nada cierto"),
        t("A little true", "Un poco cierto"),
        t("Somewhat true", "Más o menos cierto"),
        t("Mostly true", "Bastante cierto"),
        t("Completely true", "Totalmente cierto"),
    ],
    "subscales": [
        {
            "key": "learning",
            "label": t(
                "Confidence helping my child learn",
                "Seguridad para ayudar a mi hijo(a) a aprender",
            ),
        },
        {
            "key": "school",
            "label": t(
                "Confidence working with my child's school",
                "Seguridad para trabajar con la escuela de mi hijo(a)",
            ),
        },
    ],
    "items": [
        _item(
            "learning",
            "I can help my child keep a regular time and place for homework.",
            "Puedo ayudar a mi hijo(a) a tener una hora y un lugar fijos para hacer la tarea.",
        ),
        _item(
            "school",
            "I can find my child's grades and attendance in the Parent Portal.",
            "Puedo encontrar las calificaciones y la asistencia de mi hijo(a) en el Portal "
            "para Padres.",
        ),
        _item(
            "learning",
            "I can read, tell stories or talk about books with my child in the language we "
            "speak at home.",
            "Puedo leer, contar cuentos o platicar de libros con mi hijo(a) en el idioma que "
            "hablamos en casa.",
        ),
        _item(
            "school",
            "I can contact my child's teacher when I have a question or a worry.",
            "Puedo comunicarme con el maestro o la maestra de mi hijo(a) cuando tengo una "
            "pregunta o una preocupación.",
        ),
        _item(
            "learning",
            "I find it hard to help my child with schoolwork when I do not know the subject.",
            "Me cuesta ayudar a mi hijo(a) con las tareas cuando no conozco el tema.",
            reverse=True,
        ),
        _item(
            "school",
            "I can ask the school for an interpreter when I need one.",
            "Puedo pedirle a la escuela un intérprete cuando lo necesito.",
        ),
        _item(
            "learning",
            "I notice when my child is having trouble at school, even if they do not tell me.",
            "Me doy cuenta cuando mi hijo(a) tiene dificultades en la escuela, aunque no me "
            "lo diga.",
        ),
        _item(
            "school",
            "I can prepare my own questions before a parent–teacher conference.",
            "Puedo preparar mis propias preguntas antes de una conferencia de padres y maestros.",
        ),
        _item(
            "learning",
            "I can encourage my child to keep trying when something is difficult.",
            "Puedo animar a mi hijo(a) a seguir intentando cuando algo le resulta difícil.",
        ),
        _item(
            "school",
            "I find it hard to say what I think when I talk with school staff.",
            "Me cuesta decir lo que pienso cuando hablo con el personal de la escuela.",
            reverse=True,
        ),
        _item(
            "learning",
            "I know where to find extra help for my child, such as tutoring or the library.",
            "Sé dónde encontrar ayuda adicional para mi hijo(a), como tutorías o la biblioteca.",
        ),
        _item(
            "school",
            "I can ask the school for a meeting and a plan when my child is struggling.",
            "Puedo pedirle a la escuela una reunión y un plan cuando mi hijo(a) tiene "
            "dificultades.",
        ),
    ],
}
