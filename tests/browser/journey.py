"""The moves of a parent's Pathways journey in a real browser, for test_full_journey.py.

Every page the parent lands on goes through `Visit.check`: axe-core (WCAG 2.1 A/AA),
nothing wider than the phone, and the page in the journey's language. The words
asserted on are written out per language here, so a Spanish page that falls back to
English fails instead of passing unnoticed.
"""

import re

from playwright.sync_api import expect

from portal.factories.users import DEFAULT_PASSWORD
from tests.browser.axe import PHONE, describe_violations, run_axe

TEXT = {
    "en": {
        "start": "Start this pathway",
        "started": "You have started the pathway. Welcome!",
        "saved": "Thank you. Your answers are saved.",
        "not_passed": "Not passed yet",
        "not_correct": "Not correct.",
        "your_answer": "Your answer",
        "try_again": "Try again",
        "passed": "You passed!",
        "account": "My account",
        "preferences_saved": "Your preferences are saved.",
        "my_learning": "My learning",
        "sign_in": "Sign in",
        "quiz_passed": "Passed",
        "percent_done": "{}% done",
        "two_attempts": "2 attempts",
        "no_certificate": "Pathways that give a certificate show it here when you complete them.",
        "certificates": "Certificates",
        "complete": "You have completed this pathway. Well done!",
        "see_certificate": "See your certificate",
        "verified": "Certificate verified",
        "awarded_to": "Awarded to",
        "status": {"done": "Done", "next": "Next", "todo": "To do"},
    },
    "es": {
        "start": "Comenzar esta ruta",
        "started": "Comenzó la ruta. ¡Le damos la bienvenida!",
        "saved": "Gracias. Sus respuestas se guardaron.",
        "not_passed": "Todavía no aprueba",
        "not_correct": "No es correcto.",
        "your_answer": "Su respuesta",
        "try_again": "Intentar de nuevo",
        "passed": "¡Aprobó!",
        "account": "Mi cuenta",
        "preferences_saved": "Sus preferencias se guardaron.",
        "my_learning": "Mi aprendizaje",
        "sign_in": "Iniciar sesión",
        "quiz_passed": "Aprobada",
        "percent_done": "{}% hecho",
        "two_attempts": "2 intentos",
        "no_certificate": "Las rutas que dan un certificado lo muestran aquí cuando las complete.",
        "certificates": "Certificados",
        "complete": "Completó esta ruta. ¡Muy bien!",
        "see_certificate": "Ver su certificado",
        "verified": "Certificado verificado",
        "awarded_to": "Otorgado a",
        "status": {"done": "Hecho", "next": "Siguiente", "todo": "Por hacer"},
    },
}
LOCALES = {"en": "en-US", "es": "es-US"}
PASSWORD = "a quiet garden at noon"


class Visit:
    """One person's browser (a context at phone width) in one language."""

    def __init__(self, new_context, language, who):
        self.language = language
        self.who = who
        self.text = TEXT[language]
        self.page = new_context(locale=LOCALES[language], viewport=PHONE).new_page()
        self.checked = []

    def open(self, url, what):
        response = self.page.goto(url)
        assert response.status == 200, f"{self.who}: {url} answered {response.status}"
        self.check(what)

    def check(self, what):
        """axe-core finds nothing, nothing scrolls sideways, and the page is in our language."""
        page = self.page
        page.wait_for_load_state("load")
        where = f"{self.who}, {what} ({self.language}, {page.url})"
        assert page.locator("html").get_attribute("lang") == self.language, where
        assert f"/{self.language}/" in page.url, f"{where}: left the {self.language} pages"
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{where} is {overflow}px wider than the phone"
        violations = run_axe(page)["violations"]
        assert violations == [], f"axe on {where}:\n{describe_violations(violations)}"
        self.checked.append(what)

    def follow(self, link, what, url=None):
        """Click a link (or button) and check the page it leads to."""
        link.click()
        if url is not None:
            self.page.wait_for_url(re.compile(re.escape(url) + r"(\?.*)?(#.*)?$"))
        self.page.wait_for_load_state("load")
        self.check(what)

    # The pathway page -------------------------------------------------------

    def statuses(self):
        """Each step's status as the page says it, e.g. ["done", "next", "todo", ...]."""
        return self.page.locator("[data-status]").evaluate_all(
            "nodes => nodes.map(n => n.dataset.status)"
        )

    def expect_statuses(self, expected):
        expect(self.page.locator("[data-status]")).to_have_count(len(expected))
        assert self.statuses() == expected, f"{self.who}: {self.page.url}"
        words = [self.text["status"][status] for status in expected]
        expect(self.page.locator("[data-status]")).to_have_text(words)

    def continue_to(self, title, what):
        """Follow the pathway's “Continue with …” button to the next step."""
        link = self.page.locator("a[data-continue]")
        expect(link).to_contain_text(title)
        self.follow(link, what)

    def expect_message(self, text):
        expect(self.page.locator(".messages")).to_contain_text(text)

    # Surveys ---------------------------------------------------------------------

    def answer_survey(self, point, pathway_url, what):
        """Choose the same point on every scale (by clicking its label) and send."""
        scales = self.page.locator("fieldset.survey-scale")
        assert scales.count() > 0, f"{self.who}: no survey on {self.page.url}"
        for scale in scales.all():
            scale.locator("label.survey-scale__point").nth(point).click()
        self.follow(self.page.locator("form.survey-form button[type=submit]"), what, pathway_url)
        self.expect_message(self.text["saved"])

    # Quizzes ---------------------------------------------------------------------

    def quiz(self):
        return self.page.locator("form.quiz__form")

    def choose_with_mouse(self, answers):
        for name, values in answers.items():
            for value in values:
                self.quiz().locator(f"input[name='{name}'][value='{value}']").check()

    def answer_quiz(self, answers, what, keyboard=False):
        """Answer (field name → choice ids) and send, with the mouse or with the keyboard only."""
        if keyboard:
            answer_with_keyboard(self.page, answers)
        else:
            self.choose_with_mouse(answers)
            self.quiz().locator("button[type=submit]").click()
        expect(self.page.locator("#quiz-result")).to_be_visible()
        self.check(what)


FOCUSED = """() => {
    const e = document.activeElement;
    return {
        inQuiz: !!(e && e.closest('form.quiz__form')),
        tag: e ? e.tagName : '', type: e ? e.type : '', name: e ? e.name : '',
        value: e ? e.value : '', checked: !!(e && e.checked),
    };
}"""


def answer_with_keyboard(page, answers, most=300):
    """From the top of the page, with Tab, arrows, Space and Enter only.

    Tab walks the page; in a radio group the arrows move the choice, on a checkbox
    Space ticks it; Enter on the submit button sends the form.
    """
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); }")
    page.evaluate("() => window.scrollTo(0, 0)")
    seen = set()
    for _press in range(most):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if not focused["inQuiz"]:
            continue
        if focused["tag"] == "BUTTON":
            missing = set(answers) - seen
            assert not missing, f"Tab reached the submit button before {missing}"
            for name, values in answers.items():
                for value in values:
                    box = page.locator(f"form.quiz__form input[name='{name}'][value='{value}']")
                    expect(box).to_be_checked()
            page.keyboard.press("Enter")
            return
        name, wanted = focused["name"], set(answers.get(focused["name"], ()))
        seen.add(name)
        if focused["type"] == "radio":
            for _step in range(12):
                if focused["value"] in wanted:
                    if not focused["checked"]:
                        page.keyboard.press("Space")
                    break
                page.keyboard.press("ArrowDown")
                focused = page.evaluate(FOCUSED)
            else:
                raise AssertionError(f"The arrows never reached {wanted} in {name}")
        elif focused["type"] == "checkbox" and (focused["value"] in wanted) != focused["checked"]:
            page.keyboard.press("Space")
    raise AssertionError(f"{most} presses of Tab never reached the quiz's submit button")


def field_answers(answers):
    """`right_answers`/`wrong_answers` (question id → id or ids) as form fields → ids."""
    from pathways.forms import field_name

    return {
        field_name(question): [value] if isinstance(value, str) else list(value)
        for question, value in answers.items()
    }


def confirmation_link(mailoutbox, address):
    """The link of the one email-confirmation message sent to `address`."""
    messages = [m for m in mailoutbox if address in m.to]
    assert len(messages) == 1, [(m.to, m.subject) for m in mailoutbox]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", messages[0].body)
    assert link, messages[0].body
    return link.group(0)


def admin_login(page, user):
    """Sign ``user`` into the Wagtail admin with the factories' password."""
    page.goto("/admin/login/")
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
