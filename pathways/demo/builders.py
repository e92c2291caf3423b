"""Small helpers for writing bilingual pathway content as plain data.

Every text is a dict ``{"en": ..., "es": ...}``; the helpers only save typing and
return exactly the shapes documented in ``pathways.demo`` (no Django, no Wagtail).
"""


def t(en, es):
    """A text in English and Spanish."""
    return {"en": en, "es": es}


# Body sections -------------------------------------------------------------


def paragraph(text):
    return {"type": "paragraph", "text": text}


def step(title, text):
    return {"title": title, "text": text}


def steps(heading, *items):
    return {"type": "steps", "heading": heading, "steps": list(items)}


def tip(text, kind="tip"):
    return {"type": "tip", "kind": kind, "text": text}


def important(text):
    return tip(text, kind="important")


def checklist(heading, *items):
    return {"type": "checklist", "heading": heading, "items": list(items)}


def try_at_home(title, text, minutes):
    return {"type": "try_at_home", "title": title, "text": text, "minutes": minutes}


# Quizzes ----------------------------------------------------------------------


def right(text, feedback):
    return {"text": text, "correct": True, "feedback": feedback}


def wrong(text, feedback):
    return {"text": text, "correct": False, "feedback": feedback}


def single(prompt, explanation, *choices):
    return {
        "kind": "single",
        "prompt": prompt,
        "explanation": explanation,
        "choices": list(choices),
    }


def multiple(prompt, explanation, *choices):
    return {
        "kind": "multiple",
        "prompt": prompt,
        "explanation": explanation,
        "choices": list(choices),
    }


def true_false(prompt, explanation, answer, if_true, if_false):
    """A true/false question; ``answer`` is the correct value, feedback per choice."""
    return {
        "kind": "true_false",
        "prompt": prompt,
        "explanation": explanation,
        "choices": [
            {"text": t("True", "Verdadero"), "correct": answer is True, "feedback": if_true},
            {"text": t("False", "Falso"), "correct": answer is False, "feedback": if_false},
        ],
    }


def quiz(*questions, pass_mark=70, max_attempts=0, shuffle=False):
    return {
        "pass_mark": pass_mark,
        "max_attempts": max_attempts,
        "shuffle": shuffle,
        "questions": list(questions),
    }
