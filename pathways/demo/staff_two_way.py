"""Staff module: two-way communication with families (Welcoming Schools)."""

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

TWO_WAY = {
    "slug": t(
        "two-way-communication-with-families", "comunicacion-en-dos-sentidos-con-las-familias"
    ),
    "title": t(
        "Two-way communication with families",
        "Comunicación en dos sentidos con las familias",
    ),
    "intro": t(
        "Newsletters and robocalls tell families things. Two-way communication also asks, "
        "listens and answers back. This lesson shows how to run a listening session and how "
        "to close the loop so families see that their voice changed something.",
        "Los boletines y las llamadas automáticas dan información a las familias. La "
        "comunicación en dos sentidos además pregunta, escucha y responde. Esta lección "
        "muestra cómo realizar una sesión para escuchar a las familias y cómo cerrar el "
        "ciclo para que vean que su opinión cambió algo.",
    ),
    "estimated_minutes": 20,
    "topic": "welcoming-schools",
    "audience": "staff",
    "objectives": [
        t(
            "Tell one-way from two-way communication.",
            "Distinguir la comunicación en un sentido de la comunicación en dos sentidos.",
        ),
        t(
            "Plan and run a listening session with families.",
            "Planear y realizar una sesión para escuchar a las familias.",
        ),
        t(
            "Report back to families on what you heard and what changed.",
            "Informar a las familias lo que se escuchó y lo que cambió.",
        ),
    ],
    "body": [
        paragraph(
            t(
                "<p>One-way communication is necessary: families need dates, rules and "
                "reminders. But it cannot tell you what families think, what worries them, "
                "or why a program is not working. For that you need to <strong>ask and "
                "listen</strong>, in the family's language, and then show that you "
                "listened.</p>",
                "<p>La comunicación en un sentido es necesaria: las familias necesitan "
                "fechas, reglas y recordatorios. Pero no le dice lo que piensan las "
                "familias, lo que les preocupa ni por qué un programa no funciona. Para eso "
                "hay que <strong>preguntar y escuchar</strong>, en el idioma de la familia, "
                "y después demostrar que se escuchó.</p>",
            )
        ),
        steps(
            t("Run a listening session", "Cómo realizar una sesión para escuchar a las familias"),
            step(
                t("Ask families when and where", "Pregunte a las familias cuándo y dónde"),
                t(
                    "Offer two times, such as a morning after drop-off and an early evening, "
                    "and consider meeting at a Family Engagement Center or a library.",
                    "Ofrezca dos horarios, por ejemplo, en la mañana después de la entrada y "
                    "al final de la tarde, y considere reunirse en un Centro de Participación "
                    "Familiar o en una biblioteca.",
                ),
            ),
            step(
                t("Remove the barriers", "Quite los obstáculos"),
                t(
                    "Provide interpreters, childcare and a snack, and say so on the invitation.",
                    "Ofrezca intérpretes, cuidado de niños y algo de comer, y menciónelo en "
                    "la invitación.",
                ),
            ),
            step(
                t("Ask two or three open questions", "Haga dos o tres preguntas abiertas"),
                t(
                    "“What is working well for your child this year? What would make it "
                    "easier to stay in touch with the school?”",
                    "«¿Qué está funcionando bien para su hijo(a) este año? ¿Qué le facilitaría "
                    "mantenerse en contacto con la escuela?»",
                ),
            ),
            step(
                t("Listen without defending", "Escuche sin defenderse"),
                t(
                    "Take notes, thank people for hard comments, and save explanations for later.",
                    "Tome notas, agradezca los comentarios difíciles y deje las explicaciones "
                    "para después.",
                ),
            ),
            step(
                t("Close the loop", "Cierre el ciclo"),
                t(
                    "Within two weeks, tell families what you heard and what you will do: "
                    "“You said…, so we will…”.",
                    "En un plazo de dos semanas, cuénteles a las familias lo que escuchó y lo "
                    "que va a hacer: «Ustedes dijeron…, así que vamos a…».",
                ),
            ),
        ),
        important(
            t(
                "Asking and never answering back does more harm than not asking. If you "
                "cannot act on a request, say so and explain why.",
                "Preguntar y nunca responder hace más daño que no preguntar. Si no puede "
                "hacer algo que le piden, dígalo y explique por qué.",
            )
        ),
        checklist(
            t("More ways to hear from families", "Otras maneras de escuchar a las familias"),
            t(
                "A short survey, in the family's language, with a paper option",
                "Una encuesta corta, en el idioma de la familia, con opción en papel",
            ),
            t(
                "Text messages families can reply to",
                "Mensajes de texto que las familias puedan contestar",
            ),
            t(
                "“Coffee with the principal” at pick-up time",
                "«Café con el director» a la hora de la salida",
            ),
            t(
                "A suggestion box at the front office",
                "Un buzón de sugerencias en la oficina de recepción",
            ),
        ),
        try_at_home(
            t("Try it this week: one open question", "Inténtelo esta semana: una pregunta abierta"),
            t(
                "In your next three conversations with families, ask one open question, such "
                "as “What should I know about your child?”, and just listen. Write down one "
                "thing you learned.",
                "En sus próximas tres conversaciones con familias, haga una pregunta "
                "abierta, como «¿Qué debería saber sobre su hijo(a)?», y solo escuche. Anote "
                "una cosa que aprendió.",
            ),
            15,
        ),
    ],
    "quiz": quiz(
        single(
            t(
                "Which of these is two-way communication?",
                "¿Cuál de estas es comunicación en dos sentidos?",
            ),
            t(
                "Two-way communication asks families for their view and responds to it.",
                "La comunicación en dos sentidos pide la opinión de las familias y responde "
                "a ella.",
            ),
            wrong(
                t("A monthly newsletter", "Un boletín mensual"),
                t(
                    "Useful, but it only informs. Families cannot answer it.",
                    "Es útil, pero solo informa. Las familias no pueden responderle.",
                ),
            ),
            wrong(
                t(
                    "An automated call about picture day",
                    "Una llamada automática sobre el día de fotos",
                ),
                t(
                    "It is one-way: the message goes out and nothing comes back.",
                    "Es en un solo sentido: el mensaje sale y no regresa nada.",
                ),
            ),
            right(
                t(
                    "A listening session followed by a “You said, we did” update",
                    "Una sesión para escuchar a las familias seguida de un informe «Ustedes "
                    "dijeron, nosotros hicimos»",
                ),
                t(
                    "Right. The school asked, listened, and answered back.",
                    "Correcto. La escuela preguntó, escuchó y respondió.",
                ),
            ),
        ),
        multiple(
            t(
                "What helps more families come to a listening session?",
                "¿Qué ayuda a que más familias asistan a una sesión para escucharlas?",
            ),
            t(
                "Times that suit families, interpreters and childcare remove common barriers.",
                "Los horarios que convienen a las familias, los intérpretes y el cuidado de "
                "niños quitan obstáculos comunes.",
            ),
            right(
                t("Interpreters and childcare", "Intérpretes y cuidado de niños"),
                t(
                    "Yes. Language and young children keep many parents away.",
                    "Sí. El idioma y los niños pequeños alejan a muchos padres.",
                ),
            ),
            right(
                t(
                    "Asking families which times work for them",
                    "Preguntar a las familias qué horarios les convienen",
                ),
                t(
                    "Yes. Many parents work during the school day.",
                    "Sí. Muchos padres trabajan durante el horario escolar.",
                ),
            ),
            wrong(
                t(
                    "Holding it at 10 a.m. on a weekday, as usual",
                    "Hacerla a las 10 de la mañana entre semana, como siempre",
                ),
                t(
                    "That leaves out most working parents. Offer another time too.",
                    "Así se excluye a la mayoría de los padres que trabajan. Ofrezca también "
                    "otro horario.",
                ),
            ),
        ),
        true_false(
            t(
                "After a listening session, telling families what you heard and what you will "
                "do is as important as the session itself.",
                "Después de una sesión para escuchar a las familias, decirles lo que se "
                "escuchó y lo que se va a hacer es tan importante como la sesión misma.",
            ),
            t(
                "Closing the loop shows families that speaking up is worth it.",
                "Cerrar el ciclo les muestra a las familias que vale la pena opinar.",
            ),
            True,
            t(
                "Right. Without it, families stop taking part.",
                "Correcto. Sin eso, las familias dejan de participar.",
            ),
            t(
                "Not so. If families never hear back, they stop sharing.",
                "No es así. Si las familias nunca reciben respuesta, dejan de opinar.",
            ),
        ),
        pass_mark=80,
        max_attempts=3,
    ),
}
