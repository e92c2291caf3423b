"""An anonymous parent on a phone takes a module's quiz: fails, reads the feedback,
tries again and passes, with mouse and keyboard; axe-core checks the form and the
result in English and Spanish."""

import copy

import pytest
from playwright.sync_api import expect

from tests.browser.axe import PHONE, describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

SPANISH = {
    "Where do you find your child's grades?": "¿Dónde encuentra las calificaciones de su hijo?",
    "In the Parent Portal": "En el Portal para Padres",
    "Yes: open “Grades”.": "Sí: abra “Calificaciones”.",
    "Only on the paper report card": "Solo en la boleta de papel",
    "Grades are online all year.": "Las calificaciones están en línea todo el año.",
    "What can you bring to a parent–teacher conference?": "¿Qué puede llevar a una reunión?",
    "Your questions": "Sus preguntas",
    "Your child's latest report card": "La última boleta de su hijo",
    "Nothing: teachers prefer it": "Nada: los maestros lo prefieren",
    "Notes help you remember.": "Las notas le ayudan a recordar.",
    "You can ask for an interpreter at no cost.": "Puede pedir un intérprete gratis.",
    "True": "Verdadero",
    "False": "Falso",
    "Interpretation is free for every family.": "La interpretación es gratuita.",
}
WRONG = ["Only on the paper report card", "Nothing: teachers prefer it", "False"]
RIGHT = ["In the Parent Portal", "Your questions", "Your child's latest report card", "True"]


def words(language, text):
    return SPANISH[text] if language == "es" else text


def spanish_quiz(raw):
    """The English quiz's raw data with Spanish text and the same block and choice ids."""
    data = copy.deepcopy(list(raw))
    for question in data:
        value = question["value"]
        for key in ("prompt", "explanation"):
            value[key] = SPANISH.get(value[key], value[key])
        for item in value["choices"]:
            for key in ("text", "feedback"):
                item["value"][key] = SPANISH.get(item["value"][key], item["value"][key])
    return data


@pytest.fixture
def quiz_module(portal_site):
    from pathways.factories import sample_quiz
    from tests.factories import HowToModulePageFactory, build_learning_index, publish_translation

    learn, _learn_es = build_learning_index(portal_site)
    module = HowToModulePageFactory(
        parent=learn,
        title="How to check grades",
        slug="check-grades",
        quiz_questions=sample_quiz(),
        quiz_pass_mark=70,
        quiz_max_attempts=3,
    )
    module.save_revision().publish()
    module.refresh_from_db()
    module_es = publish_translation(
        module,
        "es",
        title="Cómo ver las calificaciones",
        slug="ver-calificaciones",
        quiz_questions=spanish_quiz(module.quiz_questions.raw_data),
    )
    return {"en": module.url, "es": module_es.url}


def assert_no_axe_violations(page, what):
    violations = run_axe(page)["violations"]
    assert violations == [], f"{what}:\n{describe_violations(violations)}"


def form(page):
    return page.locator("form.quiz__form")


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_anonymous_parent_fails_then_passes_on_a_phone(new_context, quiz_module, language):
    from pathways.models import QuizAttempt

    page = new_context(locale=language, viewport=PHONE).new_page()
    response = page.goto(quiz_module[language])
    assert response.status == 200
    expect(form(page).locator("fieldset")).to_have_count(3)
    assert_no_axe_violations(page, "the quiz form")

    # Submitting with nothing chosen: errors, nothing kept.
    form(page).locator("button[type=submit]").click()
    expect(page.locator("#quiz-errors li")).to_have_count(3)
    assert QuizAttempt.objects.count() == 0
    assert_no_axe_violations(page, "the form with errors")

    # Wrong answers: two by mouse, the true/false one by keyboard.
    form(page).get_by_label(words(language, WRONG[0]), exact=True).click()
    form(page).get_by_label(words(language, WRONG[1]), exact=True).click()
    false = form(page).get_by_label(words(language, WRONG[2]), exact=True)
    false.focus()
    page.keyboard.press("Space")
    expect(false).to_be_checked()
    form(page).locator("button[type=submit]").focus()
    page.keyboard.press("Enter")

    result = page.locator("#quiz-result")
    expect(result).to_contain_text("0")
    expect(result).to_contain_text("70")
    expect(page.locator(".quiz-result--failed")).to_be_visible()
    feedback = page.locator(".quiz-feedback")
    expect(feedback).to_contain_text(words(language, "Grades are online all year."))
    expect(feedback).to_contain_text(words(language, "Interpretation is free for every family."))
    expect(page.locator(".quiz-feedback__choice--right")).to_have_count(4)
    assert_no_axe_violations(page, "the failed result with the try-again form")
    assert list(QuizAttempt.objects.values_list("passed", "language")) == [(False, language)]

    # Try again and pass.
    for text in RIGHT:
        form(page).get_by_label(words(language, text), exact=True).check()
    form(page).locator("button[type=submit]").click()
    expect(page.locator(".quiz-result--passed")).to_be_visible()
    expect(page.locator("#quiz-result")).to_contain_text("3")
    expect(form(page)).to_have_count(0)
    assert_no_axe_violations(page, "the passed result")
    attempts = QuizAttempt.objects.order_by("attempt_number")
    assert [(a.attempt_number, a.passed, a.user_id) for a in attempts] == [
        (1, False, None),
        (2, True, None),
    ]
    assert len({a.learner_key for a in attempts}) == 1
