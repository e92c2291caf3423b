"""Parent module: how to prepare for a parent–teacher conference."""

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

PREPARE_CONFERENCE = {
    "slug": t("prepare-parent-teacher-conference", "prepararse-conferencia-padres-maestros"),
    "title": t(
        "How to prepare for a parent–teacher conference",
        "Cómo prepararse para una conferencia de padres y maestros",
    ),
    "intro": t(
        "A conference is a short meeting, often only fifteen or twenty minutes. A little "
        "preparation helps you use that time well, ask what matters most to you, and leave "
        "with a plan.",
        "Una conferencia es una reunión corta, muchas veces de solo quince o veinte minutos. "
        "Prepararse un poco le ayuda a aprovechar ese tiempo, preguntar lo que más le importa "
        "y salir con un plan.",
    ),
    "estimated_minutes": 12,
    "topic": "school-partnership",
    "audience": "parents",
    "objectives": [
        t(
            "Prepare two or three questions before the meeting.",
            "Preparar dos o tres preguntas antes de la reunión.",
        ),
        t(
            "Share what you know about your child at home.",
            "Compartir lo que usted sabe de su hijo(a) en casa.",
        ),
        t(
            "Leave the conference with one clear next step.",
            "Salir de la conferencia con un próximo paso claro.",
        ),
    ],
    "body": [
        paragraph(
            t(
                "<p>You know your child better than anyone. The teacher knows how your "
                "child learns in class. A conference puts the two views together. "
                "<strong>You do not need to speak English or know the school system</strong> "
                "to take part: your questions and your knowledge of your child are what "
                "count.</p>",
                "<p>Usted conoce a su hijo(a) mejor que nadie. El maestro sabe cómo aprende "
                "su hijo(a) en clase. Una conferencia junta esas dos miradas. <strong>No "
                "necesita hablar inglés ni conocer el sistema escolar</strong> para "
                "participar: lo que cuenta son sus preguntas y lo que usted sabe de su "
                "hijo(a).</p>",
            )
        ),
        important(
            t(
                "Need an interpreter? Ask when you confirm the appointment, a few days "
                "before. Interpreters are free, and the school arranges them.",
                "¿Necesita un intérprete? Pídalo cuando confirme la cita, unos días antes. "
                "Los intérpretes son gratuitos y la escuela se encarga de conseguirlos.",
            )
        ),
        steps(
            t("Before, during and after", "Antes, durante y después"),
            step(
                t("Look at the Parent Portal", "Revise el Portal para Padres"),
                t(
                    "A few days before, check grades, missing work and attendance, and note "
                    "anything you want to understand.",
                    "Unos días antes, revise las calificaciones, las tareas que faltan y la "
                    "asistencia, y anote lo que quiera entender mejor.",
                ),
            ),
            step(
                t("Ask your child", "Pregúntele a su hijo(a)"),
                t(
                    "What do you like in class? What is hard? Is there anything you want me "
                    "to ask your teacher?",
                    "¿Qué te gusta de la clase? ¿Qué se te hace difícil? ¿Hay algo que "
                    "quieras que le pregunte a tu maestro?",
                ),
            ),
            step(
                t("Write your top questions", "Escriba sus preguntas principales"),
                t(
                    "Choose two or three and put the most important one first, in case time "
                    "runs short.",
                    "Elija dos o tres y ponga primero la más importante, por si el tiempo no "
                    "alcanza.",
                ),
            ),
            step(
                t("Listen and share", "Escuche y comparta"),
                t(
                    "During the meeting, ask for examples of your child's work and tell the "
                    "teacher what you see at home: strengths, worries, changes in the family.",
                    "Durante la reunión, pida ver ejemplos de los trabajos de su hijo(a) y "
                    "cuéntele al maestro lo que usted ve en casa: fortalezas, preocupaciones, "
                    "cambios en la familia.",
                ),
            ),
            step(
                t("Agree on a next step", "Acuerden un próximo paso"),
                t(
                    "Before you leave, agree on one thing you will each do, and how you will "
                    "stay in touch, for example an email in two weeks.",
                    "Antes de irse, acuerden una cosa que hará cada uno y cómo se mantendrán "
                    "en contacto, por ejemplo un correo en dos semanas.",
                ),
            ),
        ),
        paragraph(
            t(
                "<p>Questions many parents find useful:</p><ul><li>What is my child doing "
                "well?</li><li>What is one thing they need to work on?</li><li>How can I "
                "help at home, even if I cannot help with the subject?</li><li>What is the "
                "best way to reach you?</li></ul>",
                "<p>Preguntas que a muchos padres les resultan útiles:</p><ul><li>¿Qué está "
                "haciendo bien mi hijo(a)?</li><li>¿En qué necesita mejorar?</li><li>¿Cómo "
                "puedo ayudar en casa, aunque no sepa de esa materia?</li><li>¿Cuál es la "
                "mejor manera de comunicarme con usted?</li></ul>",
            )
        ),
        checklist(
            t("Bring with you", "Lleve con usted"),
            t("Your written questions", "Sus preguntas por escrito"),
            t("Something to take notes with", "Algo para tomar notas"),
            t(
                "Any letters or reports from the school you have questions about",
                "Las cartas o los reportes de la escuela sobre los que tenga preguntas",
            ),
        ),
        try_at_home(
            t("The three-question talk", "La plática de las tres preguntas"),
            t(
                "At dinner or on the way to school, ask your child: What was the best part "
                "of your week? What was hard? Who helps you when you are stuck? Their "
                "answers will give you good questions for the teacher.",
                "En la cena o camino a la escuela, pregúntele a su hijo(a): ¿Qué fue lo "
                "mejor de tu semana? ¿Qué fue difícil? ¿Quién te ayuda cuando no entiendes "
                "algo? Sus respuestas le darán buenas preguntas para el maestro.",
            ),
            10,
        ),
    ],
    "quiz": quiz(
        single(
            t(
                "When is the best time to ask for an interpreter for a conference?",
                "¿Cuál es el mejor momento para pedir un intérprete para una conferencia?",
            ),
            t(
                "Asking a few days ahead gives the school time to find an interpreter.",
                "Pedirlo con unos días de anticipación le da tiempo a la escuela para "
                "conseguir un intérprete.",
            ),
            right(
                t(
                    "When you confirm the appointment, a few days before",
                    "Cuando confirma la cita, unos días antes",
                ),
                t(
                    "Right. The school has time to arrange it.",
                    "Correcto. Así la escuela tiene tiempo para organizarlo.",
                ),
            ),
            wrong(
                t(
                    "When you arrive at the classroom",
                    "Cuando llega al salón de clases",
                ),
                t(
                    "The school will try, but an interpreter may not be free at that moment. "
                    "Ask ahead.",
                    "La escuela hará lo posible, pero quizás no haya un intérprete "
                    "disponible en ese momento. Pídalo con anticipación.",
                ),
            ),
            wrong(
                t(
                    "Never: bring your child to interpret",
                    "Nunca: llevo a mi hijo(a) para que interprete",
                ),
                t(
                    "Children should not interpret their own conference; a trained "
                    "interpreter is free and lets your child just be a child.",
                    "Los niños no deberían interpretar en su propia conferencia; un "
                    "intérprete capacitado es gratuito y permite que su hijo(a) sea "
                    "simplemente un niño.",
                ),
            ),
        ),
        true_false(
            t(
                "At a conference, what you know about your child at home matters as much as "
                "what the teacher sees in class.",
                "En una conferencia, lo que usted sabe de su hijo(a) en casa importa tanto como "
                "lo que el maestro ve en clase.",
            ),
            t(
                "A conference is a conversation: you both share and you both listen.",
                "Una conferencia es una conversación: los dos comparten y los dos escuchan.",
            ),
            True,
            t(
                "Right. Your view of your child at home is part of the conversation.",
                "Correcto. Lo que usted ve en casa forma parte de la conversación.",
            ),
            t(
                "Not so. The teacher needs what only you know: your child's strengths, "
                "worries and life at home.",
                "No es así. El maestro necesita lo que solo usted sabe: las fortalezas, las "
                "preocupaciones y la vida en casa de su hijo(a).",
            ),
        ),
        multiple(
            t(
                "Which of these are good ways to prepare?",
                "¿Cuáles de estas son buenas maneras de prepararse?",
            ),
            t(
                "Checking the portal, asking your child and writing your questions all help "
                "you use the time well.",
                "Revisar el portal, preguntarle a su hijo(a) y escribir sus preguntas le "
                "ayudan a aprovechar bien el tiempo.",
            ),
            right(
                t("Check the Parent Portal", "Revisar el Portal para Padres"),
                t(
                    "Yes. You will arrive knowing the grades and attendance.",
                    "Sí. Llegará sabiendo las calificaciones y la asistencia.",
                ),
            ),
            right(
                t(
                    "Ask your child what they would like you to ask",
                    "Preguntarle a su hijo(a) qué le gustaría que usted preguntara",
                ),
                t(
                    "Yes. Your child often knows what is hard for them.",
                    "Sí. Muchas veces su hijo(a) sabe qué se le hace difícil.",
                ),
            ),
            right(
                t(
                    "Write down your two or three main questions",
                    "Escribir sus dos o tres preguntas principales",
                ),
                t(
                    "Yes. A short list keeps the meeting on what matters to you.",
                    "Sí. Una lista corta mantiene la reunión en lo que a usted le importa.",
                ),
            ),
            wrong(
                t(
                    "Prepare a long list of twenty questions",
                    "Preparar una lista larga de veinte preguntas",
                ),
                t(
                    "There will not be time for twenty. Pick the two or three that matter "
                    "most and ask for another meeting if you need one.",
                    "No habrá tiempo para veinte. Elija las dos o tres más importantes y pida "
                    "otra reunión si la necesita.",
                ),
            ),
        ),
        single(
            t(
                "The conference is ending. What is the most useful thing to do?",
                "La conferencia está por terminar. ¿Qué es lo más útil que puede hacer?",
            ),
            t(
                "A shared next step and a way to follow up turn a conversation into a plan.",
                "Un próximo paso en común y una forma de dar seguimiento convierten una "
                "conversación en un plan.",
            ),
            wrong(
                t("Thank the teacher and leave", "Darle las gracias al maestro e irse"),
                t(
                    "Thanking is kind, but agree on a next step first.",
                    "Agradecer es amable, pero primero acuerden un próximo paso.",
                ),
            ),
            right(
                t(
                    "Agree on one next step and how you will stay in touch",
                    "Acordar un próximo paso y cómo se mantendrán en contacto",
                ),
                t(
                    "Right. Now you both know what happens next.",
                    "Correcto. Ahora los dos saben qué sigue.",
                ),
            ),
            wrong(
                t(
                    "Wait for the report card to see if things improve",
                    "Esperar la boleta de calificaciones para ver si las cosas mejoran",
                ),
                t(
                    "The report card may be weeks away. A next step now gives your child "
                    "time to improve.",
                    "La boleta puede tardar semanas. Un próximo paso ahora le da tiempo a su "
                    "hijo(a) para mejorar.",
                ),
            ),
        ),
    ),
}
