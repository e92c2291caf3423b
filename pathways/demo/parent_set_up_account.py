"""Parent module: how to set up a Parent Portal account."""

from .builders import (
    checklist,
    important,
    paragraph,
    quiz,
    right,
    single,
    step,
    steps,
    t,
    tip,
    true_false,
    wrong,
)

SET_UP_ACCOUNT = {
    "slug": t("set-up-parent-portal-account", "crear-cuenta-portal-para-padres"),
    "title": t(
        "How to set up your Parent Portal account",
        "Cómo crear su cuenta del Portal para Padres",
    ),
    "intro": t(
        "Your Parent Portal account takes about fifteen minutes to set up, and you only do "
        "it once. All you need is an email address and the activation code from your "
        "child's school.",
        "Crear su cuenta del Portal para Padres toma unos quince minutos, y solo se hace una "
        "vez. Lo único que necesita es un correo electrónico y el código de activación de la "
        "escuela de su hijo(a).",
    ),
    "estimated_minutes": 15,
    "topic": "technology",
    "audience": "parents",
    "objectives": [
        t(
            "Get your activation code from the school.",
            "Obtener su código de activación en la escuela.",
        ),
        t(
            "Create your account and choose a safe password.",
            "Crear su cuenta y elegir una contraseña segura.",
        ),
        t(
            "Link all your children to one account and set your language.",
            "Vincular a todos sus hijos a una sola cuenta y elegir su idioma.",
        ),
    ],
    "body": [
        checklist(
            t("Before you start, have ready", "Antes de empezar, tenga a la mano"),
            t(
                "An email address that you check often",
                "Un correo electrónico que revise con frecuencia",
            ),
            t(
                "The activation code for each child (one code per child)",
                "El código de activación de cada hijo(a) (un código por niño)",
            ),
            t(
                "Your child's student ID number and date of birth",
                "El número de estudiante y la fecha de nacimiento de su hijo(a)",
            ),
            t("A phone, tablet or computer", "Un teléfono, una tableta o una computadora"),
        ),
        paragraph(
            t(
                "<p>The school office gives you the <strong>activation code</strong> on a "
                "printed letter or by email. If you do not have one, ask the office in person "
                "and bring an ID. Only a parent or legal guardian listed in the school's "
                "records can receive a code.</p>",
                "<p>La oficina de la escuela le entrega el <strong>código de "
                "activación</strong> en una carta impresa o por correo electrónico. Si no lo "
                "tiene, pídalo en persona en la oficina y lleve una identificación. Solo un "
                "padre, una madre o un tutor legal que aparezca en los registros de la escuela "
                "puede recibir un código.</p>",
            )
        ),
        steps(
            t("Create your account", "Cree su cuenta"),
            step(
                t("Open the sign-up page", "Abra la página de registro"),
                t(
                    "Download the Parent Portal app or go to the Parent Portal website, and "
                    "choose “Create account”. Tap “Español” to see every screen in Spanish.",
                    "Descargue la aplicación del Portal para Padres o entre a su página web y "
                    "elija «Crear cuenta». Toque «Español» para ver todas las pantallas en "
                    "español.",
                ),
            ),
            step(
                t("Enter your activation code", "Escriba su código de activación"),
                t(
                    "Type the code exactly as it appears on the letter, then your child's "
                    "student ID and date of birth.",
                    "Escriba el código tal como aparece en la carta y después el número de "
                    "estudiante y la fecha de nacimiento de su hijo(a).",
                ),
            ),
            step(
                t("Choose your email and password", "Elija su correo y su contraseña"),
                t(
                    "Use a password of at least ten characters that you do not use anywhere "
                    "else. A short sentence you can remember works well.",
                    "Use una contraseña de al menos diez caracteres que no use en ningún otro "
                    "lugar. Una frase corta que pueda recordar funciona bien.",
                ),
            ),
            step(
                t("Confirm your email", "Confirme su correo"),
                t(
                    "Open the message the portal sends you and tap the link. If it does not "
                    "arrive in ten minutes, look in your spam folder.",
                    "Abra el mensaje que le envía el portal y toque el enlace. Si no llega en "
                    "diez minutos, revise la carpeta de correo no deseado.",
                ),
            ),
            step(
                t("Add your other children", "Agregue a sus otros hijos"),
                t(
                    "In “Account settings”, choose “Add student” and enter the next code. "
                    "All your children then appear in one account.",
                    "En «Configuración de la cuenta», elija «Agregar estudiante» y escriba el "
                    "siguiente código. Así todos sus hijos aparecen en una sola cuenta.",
                ),
            ),
        ),
        important(
            t(
                "Keep your password to yourself. School staff will never ask you for it, by "
                "phone, by text or in person.",
                "No comparta su contraseña con nadie. El personal de la escuela nunca se la "
                "pedirá, ni por teléfono, ni por mensaje de texto, ni en persona.",
            )
        ),
        tip(
            t(
                "Stuck? Any Family Engagement Center can help you set up your account, in "
                "English or Spanish. Bring your activation code and your phone.",
                "¿Tiene problemas? Cualquier Centro de Participación Familiar le puede ayudar "
                "a crear su cuenta, en inglés o en español. Traiga su código de activación y "
                "su teléfono.",
            )
        ),
    ],
    "quiz": quiz(
        single(
            t(
                "Where do you get your Parent Portal activation code?",
                "¿Dónde obtiene su código de activación del Portal para Padres?",
            ),
            t(
                "Each code is tied to one student, so only the school can give it out.",
                "Cada código corresponde a un estudiante, por eso solo la escuela puede "
                "entregarlo.",
            ),
            right(
                t("From your child's school office", "En la oficina de la escuela de su hijo(a)"),
                t(
                    "Right. The office gives it to a parent or guardian on record.",
                    "Correcto. La oficina se lo entrega a un padre, madre o tutor registrado.",
                ),
            ),
            wrong(
                t("From your child's teacher", "Con el maestro de su hijo(a)"),
                t(
                    "Teachers do not hand out codes. Ask the school office.",
                    "Los maestros no entregan códigos. Pídalo en la oficina de la escuela.",
                ),
            ),
            wrong(
                t(
                    "From another parent who already has an account",
                    "Con otro padre de familia que ya tiene una cuenta",
                ),
                t(
                    "No. Each code belongs to one child and must come from the school.",
                    "No. Cada código pertenece a un solo niño y debe venir de la escuela.",
                ),
            ),
        ),
        true_false(
            t(
                "You need a separate account for each of your children.",
                "Necesita una cuenta diferente para cada uno de sus hijos.",
            ),
            t(
                "One account can hold all your children: add each one with their own code.",
                "Una sola cuenta puede incluir a todos sus hijos: agregue a cada uno con su "
                "propio código.",
            ),
            False,
            t(
                "Not quite. Use “Add student” to link every child to the same account.",
                "No exactamente. Use «Agregar estudiante» para vincular a todos sus hijos a "
                "la misma cuenta.",
            ),
            t(
                "Right. One account, one code per child.",
                "Correcto. Una cuenta, un código por cada hijo(a).",
            ),
        ),
        single(
            t(
                "Someone calls saying they are from the school and asks for your portal "
                "password. What do you do?",
                "Alguien llama diciendo que es de la escuela y le pide su contraseña del "
                "portal. ¿Qué hace?",
            ),
            t(
                "School staff never ask for your password. Hang up and call the school yourself.",
                "El personal de la escuela nunca le pide su contraseña. Cuelgue y llame "
                "usted mismo(a) a la escuela.",
            ),
            wrong(
                t("Give it, since it is the school", "Se la doy, porque es la escuela"),
                t(
                    "No. A real school employee will never ask for it.",
                    "No. Un empleado real de la escuela nunca se la pedirá.",
                ),
            ),
            right(
                t(
                    "Do not give it, and call the school office to report it",
                    "No se la doy y llamo a la oficina de la escuela para avisar",
                ),
                t(
                    "Right. Your password is only for you.",
                    "Correcto. Su contraseña es solo para usted.",
                ),
            ),
            wrong(
                t("Give only the first half", "Le doy solo la primera mitad"),
                t(
                    "Even part of a password helps someone guess it. Do not share any of it.",
                    "Incluso una parte de la contraseña ayuda a adivinarla. No comparta nada.",
                ),
            ),
        ),
    ),
}
