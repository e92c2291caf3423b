"""Parent module: how to make a plan when your child is struggling."""

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

MAKE_A_PLAN = {
    "slug": t(
        "make-a-plan-when-your-child-is-struggling",
        "hacer-un-plan-cuando-su-hijo-tiene-dificultades",
    ),
    "title": t(
        "How to make a plan when your child is struggling",
        "Cómo hacer un plan cuando su hijo(a) tiene dificultades",
    ),
    "intro": t(
        "Falling grades, missed school, a change in mood: when something is not going well, "
        "you do not have to wait for the school to call you. This lesson shows who to ask, "
        "what to ask for, and how to make sure the plan happens.",
        "Calificaciones que bajan, faltas a la escuela, un cambio de ánimo: cuando algo no va "
        "bien, no tiene que esperar a que la escuela le llame. Esta lección le muestra a "
        "quién preguntar, qué pedir y cómo asegurarse de que el plan se cumpla.",
    ),
    "estimated_minutes": 15,
    "topic": "advocacy",
    "audience": "parents",
    "objectives": [
        t(
            "Know which school staff can help with different kinds of problems.",
            "Saber qué personal de la escuela puede ayudar con distintos tipos de problemas.",
        ),
        t(
            "Ask for a meeting and a written plan with clear next steps.",
            "Pedir una reunión y un plan por escrito con próximos pasos claros.",
        ),
        t(
            "Follow up, and know who to turn to if nothing changes.",
            "Dar seguimiento y saber a quién acudir si nada cambia.",
        ),
    ],
    "body": [
        paragraph(
            t(
                "<p>Every school has people whose job is to help:</p><ul><li><strong>The "
                "teacher</strong>: schoolwork and how your child is doing in class.</li>"
                "<li><strong>The school counselor</strong>: feelings, friendships, "
                "attendance, and for older students, classes and college.</li><li><strong>The "
                "principal or assistant principal</strong>: safety, discipline, and problems "
                "that are not getting solved.</li><li><strong>Your Family Engagement "
                "Center</strong>: help finding the right person and an interpreter.</li>"
                "</ul>",
                "<p>Cada escuela tiene personas cuyo trabajo es ayudar:</p><ul><li><strong>El "
                "maestro o la maestra</strong>: las tareas y cómo le va a su hijo(a) en "
                "clase.</li><li><strong>El consejero escolar</strong>: sentimientos, "
                "amistades, asistencia y, para los estudiantes mayores, clases y "
                "universidad.</li><li><strong>El director o el subdirector</strong>: "
                "seguridad, disciplina y problemas que no se están resolviendo.</li>"
                "<li><strong>Su Centro de Participación Familiar</strong>: ayuda para "
                "encontrar a la persona indicada y un intérprete.</li></ul>",
            )
        ),
        steps(
            t("Make a plan in five steps", "Haga un plan en cinco pasos"),
            step(
                t("Write down what you see", "Anote lo que observa"),
                t(
                    "What has changed, since when, and any examples: grades in the portal, "
                    "notes from school, what your child tells you.",
                    "Qué ha cambiado, desde cuándo y algunos ejemplos: calificaciones del "
                    "portal, notas de la escuela, lo que su hijo(a) le cuenta.",
                ),
            ),
            step(
                t("Start with the teacher", "Empiece con el maestro"),
                t(
                    "Ask for a call or meeting. The teacher often knows the first thing to try.",
                    "Pida una llamada o una reunión. Muchas veces el maestro sabe qué "
                    "intentar primero.",
                ),
            ),
            step(
                t(
                    "Ask for a team meeting if needed",
                    "Pida una reunión con el equipo si hace falta",
                ),
                t(
                    "If the problem continues, ask for a Student Study Team meeting: the "
                    "teacher, the counselor and you, together, looking for solutions.",
                    "Si el problema continúa, pida una reunión del Equipo de Estudio del "
                    "Estudiante: el maestro, el consejero y usted, juntos, buscando "
                    "soluciones.",
                ),
            ),
            step(
                t("Agree on a written plan", "Acuerden un plan por escrito"),
                t(
                    "A good plan says what will be done, who will do it, and when you will "
                    "meet again to see if it is working. Ask for a copy in Spanish.",
                    "Un buen plan dice qué se va a hacer, quién lo va a hacer y cuándo se "
                    "volverán a reunir para ver si funciona. Pida una copia en español.",
                ),
            ),
            step(
                t("Follow up", "Dé seguimiento"),
                t(
                    "On the agreed date, ask what has changed. If nothing has, talk to the "
                    "principal, or ask your Family Engagement Center to help you.",
                    "En la fecha acordada, pregunte qué ha cambiado. Si nada ha cambiado, "
                    "hable con el director o pídale ayuda a su Centro de Participación "
                    "Familiar.",
                ),
            ),
        ),
        important(
            t(
                "If you think your child may have a disability that affects learning, you "
                "can ask in writing for an evaluation for special education. Date your "
                "letter, keep a copy, and give it to the principal. The school must answer "
                "you in writing within a set time.",
                "Si usted cree que su hijo(a) puede tener una discapacidad que afecta su "
                "aprendizaje, puede pedir por escrito una evaluación de educación especial. "
                "Ponga la fecha en su carta, guarde una copia y entréguela al director. La "
                "escuela debe responderle por escrito dentro de un plazo establecido.",
            )
        ),
        checklist(
            t("Questions to ask at the meeting", "Preguntas para hacer en la reunión"),
            t("What do you see in class?", "¿Qué observa usted en clase?"),
            t(
                "What help can the school offer, and when does it start?",
                "¿Qué ayuda puede ofrecer la escuela y cuándo empieza?",
            ),
            t("What can we do at home?", "¿Qué podemos hacer en casa?"),
            t(
                "When will we meet again to check on progress?",
                "¿Cuándo nos volveremos a reunir para revisar el progreso?",
            ),
        ),
        try_at_home(
            t("Ask your child what would help", "Pregúntele a su hijo(a) qué le ayudaría"),
            t(
                "Choose a calm moment and ask: What is the hardest part of school right now? "
                "What would make it a little easier? Write down the answer and bring it to "
                "the meeting: your child's voice belongs in the plan.",
                "Elija un momento tranquilo y pregunte: ¿Qué es lo más difícil de la escuela "
                "ahora? ¿Qué lo haría un poco más fácil? Anote la respuesta y llévela a la "
                "reunión: la voz de su hijo(a) también forma parte del plan.",
            ),
            10,
        ),
    ],
    "quiz": quiz(
        single(
            t(
                "Your child's grades have dropped in one class. Who is usually the best "
                "person to talk to first?",
                "Las calificaciones de su hijo(a) bajaron en una clase. ¿Con quién conviene "
                "hablar primero, por lo general?",
            ),
            t(
                "The teacher sees your child's work every day and can suggest the first steps.",
                "El maestro ve el trabajo de su hijo(a) todos los días y puede sugerir los "
                "primeros pasos.",
            ),
            right(
                t("The teacher of that class", "El maestro de esa clase"),
                t(
                    "Right. Start where the problem is.",
                    "Correcto. Empiece donde está el problema.",
                ),
            ),
            wrong(
                t("The district superintendent", "El superintendente del distrito"),
                t(
                    "The superintendent leads the whole district; start at the school, with "
                    "the teacher.",
                    "El superintendente dirige todo el distrito; empiece en la escuela, con "
                    "el maestro.",
                ),
            ),
            wrong(
                t("Another parent in the class", "Otro padre de familia de la clase"),
                t(
                    "Other parents can support you, but they cannot change the plan for "
                    "your child.",
                    "Otros padres pueden apoyarle, pero no pueden cambiar el plan para su hijo(a).",
                ),
            ),
        ),
        multiple(
            t(
                "What should a good plan include?",
                "¿Qué debe incluir un buen plan?",
            ),
            t(
                "What will happen, who does it, and when you will check on it.",
                "Qué se va a hacer, quién lo hace y cuándo se va a revisar.",
            ),
            right(
                t("What help will be given", "Qué ayuda se va a dar"),
                t("Yes. Everyone knows what to do.", "Sí. Así todos saben qué hacer."),
            ),
            right(
                t("A date to meet again", "Una fecha para volver a reunirse"),
                t(
                    "Yes. A follow-up date makes sure the plan is checked.",
                    "Sí. Una fecha de seguimiento asegura que el plan se revise.",
                ),
            ),
            wrong(
                t(
                    "“Your child needs to try harder”",
                    "«Su hijo(a) tiene que esforzarse más»",
                ),
                t(
                    "That is not a plan: it does not say what will change or who will help.",
                    "Eso no es un plan: no dice qué va a cambiar ni quién va a ayudar.",
                ),
            ),
        ),
        true_false(
            t(
                "You can ask the school for a meeting at any time, without waiting for the "
                "school to suggest one.",
                "Usted puede pedirle a la escuela una reunión en cualquier momento, sin "
                "esperar a que la escuela la proponga.",
            ),
            t(
                "Families can ask for a meeting whenever they are worried.",
                "Las familias pueden pedir una reunión siempre que estén preocupadas.",
            ),
            True,
            t(
                "Right. You do not have to wait.",
                "Correcto. No tiene que esperar.",
            ),
            t(
                "Not so. You can ask for a meeting whenever you are worried.",
                "No es así. Puede pedir una reunión siempre que esté preocupado(a).",
            ),
        ),
        single(
            t(
                "You want to ask for a special-education evaluation. What is the best way?",
                "Quiere pedir una evaluación de educación especial. ¿Cuál es la mejor manera?",
            ),
            t(
                "A dated written request starts the timeline and leaves a record.",
                "Una solicitud por escrito y con fecha pone en marcha los plazos y deja "
                "constancia.",
            ),
            wrong(
                t(
                    "Mention it to the teacher at pick-up time",
                    "Comentárselo al maestro a la hora de la salida",
                ),
                t(
                    "A quick comment can be forgotten. Put the request in writing.",
                    "Un comentario rápido se puede olvidar. Haga la solicitud por escrito.",
                ),
            ),
            right(
                t(
                    "Write a dated letter, keep a copy, and give it to the principal",
                    "Escribir una carta con fecha, guardar una copia y entregársela al director",
                ),
                t(
                    "Right. The school must answer a written request in writing.",
                    "Correcto. La escuela debe responder por escrito a una solicitud por escrito.",
                ),
            ),
            wrong(
                t(
                    "Wait until the end of the school year",
                    "Esperar hasta el final del año escolar",
                ),
                t(
                    "Waiting loses months of help. Ask as soon as you are concerned.",
                    "Esperar hace perder meses de ayuda. Pídala en cuanto surja la preocupación.",
                ),
            ),
        ),
    ),
}
