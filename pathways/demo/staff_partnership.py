"""Staff module: the value of family partnership (Welcoming Schools)."""

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

FAMILY_PARTNERSHIP = {
    "slug": t("value-of-family-partnership", "el-valor-de-colaborar-con-las-familias"),
    "title": t("The value of family partnership", "El valor de colaborar con las familias"),
    "intro": t(
        "When families and schools work as partners, students come to school more often, "
        "do better in class and feel they belong. This lesson explains what partnership "
        "means day to day, and why it is everyone's job, not only the teacher's.",
        "Cuando las familias y las escuelas trabajan como socios, los estudiantes asisten "
        "más a clases, les va mejor y sienten que pertenecen a la escuela. Esta lección "
        "explica qué significa colaborar en el día a día y por qué es tarea de todos, no "
        "solo de los maestros.",
    ),
    "estimated_minutes": 15,
    "topic": "welcoming-schools",
    "audience": "staff",
    "objectives": [
        t(
            "Explain how family partnership supports attendance and learning.",
            "Explicar cómo la colaboración con las familias favorece la asistencia y el "
            "aprendizaje.",
        ),
        t(
            "Tell family involvement apart from family engagement.",
            "Distinguir entre la participación de las familias y la colaboración con ellas.",
        ),
        t(
            "Recognize the ways families support learning that the school does not see.",
            "Reconocer las maneras, muchas veces invisibles para la escuela, en que las familias "
            "apoyan el aprendizaje.",
        ),
    ],
    "body": [
        paragraph(
            t(
                "<p>Years of research agree: what matters most is not how many parents come "
                "to events, but whether families and staff share information about the "
                "child's learning and act on it together. Partnership works for every "
                "family, whatever their income, schooling or language.</p>",
                "<p>Años de investigación coinciden: lo que más importa no es cuántos padres "
                "asisten a los eventos, sino que las familias y el personal compartan "
                "información sobre el aprendizaje del niño y actúen juntos. La colaboración "
                "funciona con todas las familias, sin importar sus ingresos, su escolaridad "
                "o su idioma.</p>",
            )
        ),
        paragraph(
            t(
                "<p><strong>Involvement</strong> is the school deciding and asking families "
                "to help: bake sales, volunteering, signing forms. <strong>Engagement</strong> "
                "is the school and families deciding together, with the conversation centered "
                "on the child's learning.</p>",
                "<p>La <strong>participación</strong> es cuando la escuela decide y les pide "
                "ayuda a las familias: ventas de comida, voluntariado, firmar formularios. "
                "La <strong>colaboración</strong> es cuando la escuela y las familias "
                "deciden juntas, con la conversación centrada en el aprendizaje del "
                "niño.</p>",
            )
        ),
        steps(
            t("A partnership mindset, every day", "Una mentalidad de colaboración, cada día"),
            step(
                t("Assume good intentions", "Suponga buenas intenciones"),
                t(
                    "Every family wants their child to do well, even when they cannot come "
                    "to school.",
                    "Todas las familias quieren que a su hijo(a) le vaya bien, aunque no "
                    "puedan venir a la escuela.",
                ),
            ),
            step(
                t("Share good news first", "Comparta primero las buenas noticias"),
                t(
                    "A positive call early in the year builds the trust you will need if a "
                    "problem comes later.",
                    "Una llamada positiva al inicio del año crea la confianza que necesitará "
                    "si más adelante surge un problema.",
                ),
            ),
            step(
                t("Ask what families know", "Pregunte lo que saben las familias"),
                t(
                    "“What helps your child learn at home? What should I know about them?”",
                    "«¿Qué le ayuda a su hijo(a) a aprender en casa? ¿Qué debería saber yo "
                    "sobre él o ella?»",
                ),
            ),
            step(
                t("Link each contact to learning", "Relacione cada contacto con el aprendizaje"),
                t(
                    "Give one concrete idea a family can use at home this week.",
                    "Dé una idea concreta que la familia pueda usar en casa esta semana.",
                ),
            ),
        ),
        tip(
            t(
                "A family you rarely see may be working two jobs, caring for relatives or "
                "unsure they are welcome. Reach out in their language and at a time that "
                "works for them before you decide they are not interested.",
                "Una familia que casi nunca ve puede tener dos trabajos, cuidar a otros "
                "familiares o no estar segura de que es bienvenida. Comuníquese en su idioma "
                "y a una hora que le convenga antes de decidir que no le interesa.",
            )
        ),
        checklist(
            t("This month, at your school", "Este mes, en su escuela"),
            t(
                "I made a positive contact with each family I work with.",
                "Tuve un contacto positivo con cada familia con la que trabajo.",
            ),
            t(
                "I know how each family prefers to be contacted, and in which language.",
                "Sé cómo prefiere cada familia que me comunique con ella, y en qué idioma.",
            ),
            t(
                "I asked at least one family what they know about their child.",
                "Le pregunté a por lo menos una familia lo que sabe de su hijo(a).",
            ),
        ),
        try_at_home(
            t(
                "Try it this week: two good-news calls",
                "Inténtelo esta semana: dos llamadas con buenas noticias",
            ),
            t(
                "Call two families you have not spoken with yet and share one specific thing "
                "their child did well. Book an interpreter if you need one. Notice how the "
                "next conversation with those families feels.",
                "Llame a dos familias con las que todavía no ha hablado y cuénteles algo "
                "concreto que su hijo(a) hizo bien. Reserve un intérprete si lo necesita. "
                "Observe cómo se siente la siguiente conversación con esas familias.",
            ),
            20,
        ),
    ],
    "quiz": quiz(
        single(
            t(
                "Which of these is an example of family engagement rather than involvement?",
                "¿Cuál de estos es un ejemplo de colaboración con las familias y no solo de "
                "participación?",
            ),
            t(
                "Engagement means deciding together, with the focus on the child's learning.",
                "Colaborar significa decidir juntos, con el enfoque en el aprendizaje del niño.",
            ),
            wrong(
                t(
                    "Asking families to sell tickets for the school fair",
                    "Pedirles a las familias que vendan boletos para la feria escolar",
                ),
                t(
                    "Helpful, but the school decided alone and it is not about learning.",
                    "Es útil, pero la escuela decidió sola y no tiene que ver con el aprendizaje.",
                ),
            ),
            right(
                t(
                    "Setting a reading goal together with a parent and checking on it in a month",
                    "Fijar una meta de lectura junto con un padre de familia y revisarla en un mes",
                ),
                t(
                    "Right. It is shared, it is about learning, and it has a follow-up.",
                    "Correcto. Es una decisión compartida, se trata del aprendizaje y tiene "
                    "seguimiento.",
                ),
            ),
            wrong(
                t(
                    "Sending home a permission slip to sign",
                    "Enviar a casa un permiso para firmar",
                ),
                t(
                    "That is one-way paperwork, not a partnership.",
                    "Eso es un trámite en una sola dirección, no una colaboración.",
                ),
            ),
        ),
        true_false(
            t(
                "Families can support their child's learning even if they seldom come to the "
                "school.",
                "Las familias pueden apoyar el aprendizaje de su hijo(a) aunque casi nunca "
                "vengan a la escuela.",
            ),
            t(
                "Much of what families do, such as routines, talk and encouragement, happens at "
                "home, where the school does not see it.",
                "Mucho de lo que hacen las familias, como las rutinas, las conversaciones y "
                "el ánimo, ocurre en casa, donde la escuela no lo ve.",
            ),
            True,
            t(
                "Right. Attendance at events is only one, small sign of engagement.",
                "Correcto. Asistir a los eventos es solo una señal, y pequeña, de colaboración.",
            ),
            t(
                "Not so. Many families support learning at home in ways the school never sees.",
                "No es así. Muchas familias apoyan el aprendizaje en casa de maneras que la "
                "escuela nunca ve.",
            ),
        ),
        multiple(
            t(
                "Which practices build partnership?",
                "¿Qué prácticas fortalecen la colaboración?",
            ),
            t(
                "Trust grows from positive contact, listening, and ideas families can use.",
                "La confianza crece con el contacto positivo, la escucha y las ideas que las "
                "familias pueden usar.",
            ),
            right(
                t(
                    "A positive phone call early in the year",
                    "Una llamada positiva al inicio del año",
                ),
                t(
                    "Yes. Families hear from you before there is a problem.",
                    "Sí. Las familias saben de usted antes de que haya un problema.",
                ),
            ),
            right(
                t(
                    "Asking families what helps their child learn",
                    "Preguntar a las familias qué le ayuda a su hijo(a) a aprender",
                ),
                t(
                    "Yes. Families are experts on their own children.",
                    "Sí. Las familias son expertas en sus propios hijos.",
                ),
            ),
            wrong(
                t(
                    "Contacting families only when there is a problem",
                    "Comunicarse con las familias solo cuando hay un problema",
                ),
                t(
                    "If every call is bad news, families learn to dread them.",
                    "Si todas las llamadas traen malas noticias, las familias aprenden a temerles.",
                ),
            ),
        ),
        pass_mark=80,
        max_attempts=3,
        shuffle=True,
    ),
}
