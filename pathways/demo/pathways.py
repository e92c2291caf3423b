"""The demo pathways: two for parents, one for school staff.

Steps name modules by their English slug; survey steps use the one demo
instrument (``INSTRUMENT``) in its "pre" (before) and "post" (after) phase.
"""

from .builders import t


def _module(slug, required=True):
    return {"kind": "module", "module": slug, "required": required}


PRE_SURVEY = {"kind": "survey", "phase": "pre"}
POST_SURVEY = {"kind": "survey", "phase": "post"}

PARTNERING = {
    "slug": t("partnering-with-your-childs-school", "colaborar-con-la-escuela-de-su-hijo"),
    "title": t(
        "Partnering with your child's school",
        "Colaborar con la escuela de su hijo(a)",
    ),
    "intro": t(
        "Five short lessons, about an hour in all, on the everyday ways families and schools "
        "work together: checking grades, preparing for conferences, talking with teachers, "
        "reading at home and making a plan when your child needs help. Go at your own pace; "
        "finish all five to receive a certificate.",
        "Cinco lecciones cortas, de aproximadamente una hora en total, sobre las maneras "
        "cotidianas en que las familias y las escuelas trabajan juntas: revisar calificaciones, "
        "prepararse para las conferencias, hablar con los maestros, leer en casa y hacer un "
        "plan cuando su hijo(a) necesita ayuda. Avance a su propio ritmo; termine las cinco "
        "para recibir un certificado.",
    ),
    "audience": "parents",
    "completion_rule": "all",
    "required_count": None,
    "issues_certificate": True,
    "retrospective_survey": True,
    "steps": [
        PRE_SURVEY,
        _module("check-grades-parent-portal"),
        _module("prepare-parent-teacher-conference"),
        _module("talk-to-your-childs-teacher"),
        _module("support-reading-at-home"),
        _module("make-a-plan-when-your-child-is-struggling"),
        POST_SURVEY,
    ],
}

PARENT_PORTAL_START = {
    "slug": t("getting-started-parent-portal", "primeros-pasos-portal-para-padres"),
    "title": t(
        "Getting started with the Parent Portal",
        "Primeros pasos con el Portal para Padres",
    ),
    "intro": t(
        "New to the Parent Portal? Set up your account, then learn to check grades and "
        "attendance. Already have an account? Skip straight to the second lesson: one "
        "lesson is enough to complete this pathway.",
        "¿Es nuevo(a) en el Portal para Padres? Cree su cuenta y después aprenda a revisar "
        "las calificaciones y la asistencia. ¿Ya tiene una cuenta? Pase directamente a la "
        "segunda lección: basta con terminar una lección para completar esta ruta.",
    ),
    "audience": "parents",
    # Either lesson completes it: both steps are optional, and one of the two is enough.
    "completion_rule": "m_of_n",
    "required_count": 1,
    "issues_certificate": False,
    "retrospective_survey": False,
    "steps": [
        PRE_SURVEY,
        _module("set-up-parent-portal-account", required=False),
        _module("check-grades-parent-portal", required=False),
        POST_SURVEY,
    ],
}

WELCOMING_SCHOOLS = {
    "slug": t("welcoming-schools", "escuelas-acogedoras"),
    "title": t(
        "Welcoming Schools: partnering with every family",
        "Escuelas acogedoras: colaborar con todas las familias",
    ),
    "intro": t(
        "Professional development for teachers, office staff and site leaders. Four "
        "practical lessons on why family partnership matters and how to make every family "
        "feel welcome, understood and heard, whatever language they speak. Complete all "
        "four for a certificate you can submit for professional-development hours.",
        "Desarrollo profesional para maestros, personal de oficina y directivos. Cuatro "
        "lecciones prácticas sobre por qué importa la colaboración con las familias y cómo "
        "lograr que todas se sientan bienvenidas, comprendidas y escuchadas, hablen el "
        "idioma que hablen. Complete las cuatro para obtener un certificado que puede "
        "presentar como horas de desarrollo profesional.",
    ),
    "audience": "staff",
    "completion_rule": "all",
    "required_count": None,
    "issues_certificate": True,
    "retrospective_survey": False,
    "steps": [
        _module("value-of-family-partnership"),
        _module("communicating-multilingual-community"),
        _module("welcoming-front-office"),
        _module("two-way-communication-with-families"),
    ],
}

PATHWAYS = [PARTNERING, PARENT_PORTAL_START, WELCOMING_SCHOOLS]
