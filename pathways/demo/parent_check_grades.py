"""Parent module: how to check grades and attendance in the Parent Portal."""

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

CHECK_GRADES = {
    "slug": t("check-grades-parent-portal", "revisar-calificaciones-portal-para-padres"),
    "title": t(
        "How to check grades and attendance in the Parent Portal",
        "Cómo revisar las calificaciones y la asistencia en el Portal para Padres",
    ),
    "intro": t(
        "The Parent Portal shows your child's grades, assignments and attendance, day by "
        "day. In ten minutes you will know where to look and what to do when something "
        "worries you.",
        "El Portal para Padres muestra las calificaciones, las tareas y la asistencia de su "
        "hijo(a), día a día. En diez minutos sabrá dónde buscar y qué hacer cuando algo le "
        "preocupe.",
    ),
    "estimated_minutes": 10,
    "topic": "technology",
    "audience": "parents",
    "objectives": [
        t(
            "Find your child's current grades and missing assignments.",
            "Encontrar las calificaciones actuales de su hijo(a) y las tareas que faltan.",
        ),
        t(
            "Read the attendance page and tell an excused absence from an unexcused one.",
            "Leer la página de asistencia y distinguir una falta justificada de una injustificada.",
        ),
        t(
            "Decide when to contact the teacher or the attendance office.",
            "Decidir cuándo comunicarse con el maestro o con la oficina de asistencia.",
        ),
    ],
    "body": [
        paragraph(
            t(
                "<p>You do not need to be good with computers to use the Parent Portal. "
                "It works on a phone, a tablet or a computer, and you can switch it to "
                "Spanish. Checking it <strong>once a week</strong> is enough to notice a "
                "problem while there is still time to fix it.</p>",
                "<p>No necesita saber mucho de computadoras para usar el Portal para Padres. "
                "Funciona en un teléfono, una tableta o una computadora, y puede cambiarlo a "
                "español. Revisarlo <strong>una vez por semana</strong> es suficiente para "
                "notar un problema cuando todavía hay tiempo de resolverlo.</p>",
            )
        ),
        steps(
            t("Check grades step by step", "Revise las calificaciones paso a paso"),
            step(
                t("Sign in", "Inicie sesión"),
                t(
                    "Open the Parent Portal app or website and sign in with your email and "
                    "password. If you have more than one child, choose the child at the top "
                    "of the screen.",
                    "Abra la aplicación o la página web del Portal para Padres e inicie sesión "
                    "con su correo electrónico y su contraseña. Si tiene más de un hijo, elija "
                    "a cuál quiere ver en la parte de arriba de la pantalla.",
                ),
            ),
            step(
                t("Open “Grades”", "Abra «Calificaciones»"),
                t(
                    "You will see one line for each class, with the teacher's name and the "
                    "current grade. The grade changes during the term as teachers add work.",
                    "Verá una línea para cada clase, con el nombre del maestro y la "
                    "calificación actual. La calificación cambia durante el período a medida "
                    "que los maestros agregan trabajos.",
                ),
            ),
            step(
                t("Look at the assignments", "Mire las tareas"),
                t(
                    "Tap a class to see each assignment. Work marked “Missing” has not been "
                    "turned in; it often explains a low grade better than any test does.",
                    "Toque una clase para ver cada tarea. Los trabajos marcados como «Faltante» "
                    "todavía no se han entregado; muchas veces explican una calificación baja "
                    "mejor "
                    "que cualquier examen.",
                ),
            ),
            step(
                t("Open “Attendance”", "Abra «Asistencia»"),
                t(
                    "Each day shows a code: present, tardy, excused absence or unexcused "
                    "absence. Tap a code to see what it means.",
                    "Cada día muestra un código: presente, llegada tarde, falta justificada o "
                    "falta "
                    "injustificada. Toque un código para ver qué significa.",
                ),
            ),
            step(
                t("Write down your questions", "Anote sus preguntas"),
                t(
                    "If something surprises you, note the class, the date and the "
                    "assignment. You will need them when you write to the teacher.",
                    "Si algo le sorprende, anote la clase, la fecha y la tarea. Estos "
                    "datos le servirán cuando le escriba al maestro.",
                ),
            ),
        ),
        tip(
            t(
                "An absence shows as unexcused until the school receives your note or call. "
                "Call the attendance office within three school days to excuse it.",
                "Una falta aparece como injustificada hasta que la escuela recibe su nota o "
                "su llamada. Llame a la oficina de asistencia dentro de tres días escolares "
                "para justificarla.",
            ),
            kind="important",
        ),
        checklist(
            t("Your weekly check", "Su revisión semanal"),
            t("I looked at the grade in every class.", "Revisé la calificación de cada clase."),
            t("I checked for missing assignments.", "Revisé si faltan tareas por entregar."),
            t(
                "I looked at this week's attendance.",
                "Revisé la asistencia de esta semana.",
            ),
            t(
                "I talked with my child about what I saw.",
                "Hablé con mi hijo(a) sobre lo que vi.",
            ),
        ),
        try_at_home(
            t("Look at the portal together", "Revisen juntos el portal"),
            t(
                "Sit with your child and open the portal together. Ask them to show you one "
                "class they are proud of and one where they need help. Listen first, then "
                "agree on one small step for the week.",
                "Siéntese con su hijo(a) y abran juntos el portal. Pídale que le muestre una "
                "clase de la que se siente orgulloso(a) y una en la que necesita ayuda. "
                "Primero escuche; después pónganse de acuerdo en un pequeño paso para la "
                "semana.",
            ),
            15,
        ),
    ],
    "quiz": quiz(
        single(
            t(
                "Your child's math grade dropped this week. Where should you look first?",
                "La calificación de matemáticas de su hijo(a) bajó esta semana. ¿Dónde debe "
                "buscar primero?",
            ),
            t(
                "The assignment list shows what changed: a missing assignment or a low test score.",
                "La lista de tareas muestra qué cambió: una tarea que falta o un examen con "
                "nota baja.",
            ),
            wrong(
                t("The attendance page", "La página de asistencia"),
                t(
                    "Attendance matters, but it does not show which work changed the grade. "
                    "Start with the assignments.",
                    "La asistencia es importante, pero no muestra qué trabajo cambió la "
                    "calificación. Empiece por las tareas.",
                ),
            ),
            wrong(
                t("The school's calendar", "El calendario de la escuela"),
                t(
                    "The calendar shows events and holidays, not your child's work.",
                    "El calendario muestra eventos y días festivos, no los trabajos de su hijo(a).",
                ),
            ),
            right(
                t("The list of assignments for that class", "La lista de tareas de esa clase"),
                t(
                    "Right. The assignments show exactly which work lowered the grade.",
                    "Correcto. Las tareas muestran exactamente qué trabajo bajó la calificación.",
                ),
            ),
        ),
        true_false(
            t(
                "An absence marked “unexcused” can never be changed.",
                "Una falta marcada como «injustificada» nunca se puede cambiar.",
            ),
            t(
                "The school changes the code when it receives your note or call in time.",
                "La escuela cambia el código cuando recibe a tiempo su nota o su llamada.",
            ),
            False,
            t(
                "Not quite. If you call or send a note within three school days, the school "
                "can excuse the absence.",
                "No exactamente. Si llama o envía una nota dentro de tres días escolares, la "
                "escuela puede justificar la falta.",
            ),
            t(
                "Right. Call the attendance office or send a note, and the code can change.",
                "Correcto. Llame a la oficina de asistencia o envíe una nota, y el código "
                "puede cambiar.",
            ),
        ),
        multiple(
            t(
                "You want to ask the teacher about a missing assignment. What should your "
                "message include?",
                "Quiere preguntarle al maestro sobre una tarea que falta. ¿Qué debe incluir "
                "su mensaje?",
            ),
            t(
                "A short message with the class, the date and the assignment is easy to answer.",
                "Un mensaje corto con la clase, la fecha y la tarea es fácil de contestar.",
            ),
            right(
                t("The name of the assignment", "El nombre de la tarea"),
                t(
                    "Yes. The teacher can find it quickly.",
                    "Sí. Así el maestro la encuentra rápido.",
                ),
            ),
            right(
                t(
                    "Your child's full name and class",
                    "El nombre completo de su hijo(a) y la clase",
                ),
                t(
                    "Yes. Teachers have many students; this avoids confusion.",
                    "Sí. Los maestros tienen muchos alumnos; así se evitan confusiones.",
                ),
            ),
            wrong(
                t("Your Parent Portal password", "Su contraseña del Portal para Padres"),
                t(
                    "Never share your password, not even with school staff.",
                    "Nunca comparta su contraseña, ni siquiera con el personal de la escuela.",
                ),
            ),
        ),
    ),
}
