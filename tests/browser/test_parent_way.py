"""A parent's way through the portal on a 390 px phone, in English and Spanish.

An anonymous visitor lands on the home page and finds the pathways in one tap from its
first screen, passes a module's quiz before starting and sees it credited on the
pathway, signs up from the header (giving the name for certificates) and comes back to
the pathway after confirming the email, starts it (the quiz counts at once), answers
the two surveys, gets a certificate with their name and opens its print layout.
axe-core checks every page on the way, and the printed certificate too.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import describe_violations, run_axe
from tests.browser.journey import PASSWORD, Visit, confirmation_link, field_answers

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

WORDS = {
    "en": {
        "learn": "Learn step by step",
        "credited": "Quiz passed: this step counts when you start",
        "sign_up": "Sign up",
        "start": "Start this pathway",
        "certificate": "See your certificate",
        "sheet": "Certificate of completion",
        "next": "Your next step",
    },
    "es": {
        "learn": "Aprenda paso a paso",
        "credited": "Cuestionario aprobado: este paso cuenta cuando empiece",
        "sign_up": "Crear cuenta",
        "start": "Comenzar esta ruta",
        "certificate": "Ver su certificado",
        "sheet": "Certificado de finalización",
        "next": "Su siguiente paso",
    },
}
PEOPLE = {
    "en": ("Grace", "Walker", "grace.walker@example.org"),
    "es": ("Lucía", "Ramírez", "lucia.ramirez@example.org"),
}


@pytest.fixture
def course(live_server):
    from tests.factories import build_course, build_site

    return build_course(build_site())


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_from_the_home_page_to_a_named_certificate(new_context, course, language, mailoutbox):
    from pathways.models import Certificate
    from tests.factories.records import right_answers

    words = WORDS[language]
    suffix = "" if language == "en" else "_es"
    pathway, module = course[f"pathway{suffix}"], course[f"module{suffix}"]
    visit = Visit(new_context, language, "a parent")
    page = visit.page

    visit.open(f"/{language}/", "home page")
    first_screen = page.locator(".main-tasks")
    expect(first_screen).to_be_in_viewport()  # on the first screen, no scrolling
    visit.follow(first_screen.get_by_role("link", name=words["learn"]), "pathways")
    visit.follow(page.get_by_role("link", name=pathway.title).first, "pathway", pathway.url)

    # The module's quiz, passed before starting: the pathway says it counts.
    visit.follow(page.get_by_role("link", name=module.title).first, "module", module.url)
    visit.answer_quiz(field_answers(right_answers(module)), "quiz passed")
    expect(page.locator(".next-step")).to_be_visible()
    visit.open(pathway.url, "pathway with a credit")
    expect(page.locator("[data-status=done]")).to_have_text(words["credited"])

    # Sign up from the header, with the name for certificates; back on the pathway.
    first, last, email = PEOPLE[language]
    visit.follow(page.locator(".account-links__cta"), "sign-up form")
    page.locator("input[name=first_name]").fill(first)
    page.locator("input[name=last_name]").fill(last)
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state("load")
    page.goto(confirmation_link(mailoutbox, email))
    visit.check("confirm email")
    visit.follow(page.locator("main form button[type=submit]"), "back on the pathway")
    assert page.url.endswith(pathway.url), page.url

    # Start: the quiz passed earlier counts at once.
    visit.follow(page.get_by_role("button", name=words["start"]), "started")
    visit.expect_statuses(["next", "done", "todo"])
    visit.continue_to(pathway.survey_step("pre")["title"], "before survey")
    visit.answer_survey(1, pathway.url, "before survey answered")
    visit.continue_to(pathway.survey_step("post")["title"], "after survey")
    visit.answer_survey(3, pathway.url, "after survey answered")

    # The certificate carries the name given at sign-up, and prints as a certificate.
    certificate = Certificate.objects.get(enrollment__user__email=email)
    assert certificate.recipient_name == f"{first} {last}"
    visit.follow(page.get_by_role("link", name=words["certificate"]), "certificate")
    expect(page.locator(".certificate-facts")).to_contain_text(f"{first} {last}")
    page.emulate_media(media="print")
    sheet = page.locator(".certificate-sheet")
    expect(sheet).to_be_visible()
    expect(sheet).to_contain_text(words["sheet"])
    expect(sheet).to_contain_text(f"{first} {last}")
    violations = run_axe(page)["violations"]
    assert violations == [], f"printed certificate:\n{describe_violations(violations)}"
    page.emulate_media(media="screen")
