"""My learning (with records) and the certificate verification page in a real browser: axe-core
finds nothing in English and Spanish at phone width, and the QR code has its text alternative."""

import os
import re

import pytest
from playwright.sync_api import expect

from django.conf import settings
from django.test import Client

from tests.browser.axe import PHONE, describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

LANGUAGES = ["en", "es"]
SHOTS_DIR = os.environ.get("PORTAL_SHOTS_DIR")


@pytest.fixture
def learner(portal_site):
    from tests.factories import UserFactory
    from tests.factories.records import (
        CertificateFactory,
        EnrollmentFactory,
        QuizAttemptFactory,
        SurveyResponseFactory,
    )

    person = UserFactory(first_name="Ana", last_name="López")
    EnrollmentFactory(user=person, pathway_title="Reading at home")
    done = EnrollmentFactory(user=person, pathway_title="Partnering with your school")
    CertificateFactory(enrollment=done, code="AXE234567892", recipient_name="Ana López")
    QuizAttemptFactory(user=person, module_title="How to check grades", percent=67, passed=False)
    SurveyResponseFactory(user=person, instrument_name="Confidence with school")
    return person


def signed_in_page(new_context, live_server, person, language):
    client = Client()
    client.force_login(person)
    context = new_context(locale="es-US" if language == "es" else "en-US", viewport=PHONE)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return context.new_page()


def assert_no_violations(page, name):
    if SHOTS_DIR:
        page.screenshot(path=os.path.join(SHOTS_DIR, f"{name}.png"), full_page=True)
    violations = run_axe(page)["violations"]
    assert not violations, describe_violations(violations)


@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGES)
def test_my_learning_has_no_axe_violations_at_phone_width(
    new_context, live_server, learner, language
):
    page = signed_in_page(new_context, live_server, learner, language)
    page.goto(f"/{language}/my-learning/")
    expect(page.locator("main")).to_contain_text("Reading at home")
    expect(page.locator("main")).to_contain_text("AXE234567892")
    assert_no_violations(page, f"my-learning-{language}")
    # Nothing scrolls sideways on a phone.
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGES)
def test_verify_page_has_no_axe_violations_and_a_readable_qr(new_context, learner, language):
    context = new_context(locale="es-US" if language == "es" else "en-US", viewport=PHONE)
    page = context.new_page()
    page.goto(f"/{language}/verify/AXE234567892/")
    expect(page.locator("main")).to_contain_text("Ana López")
    qr = page.locator("figure.certificate-qr")
    expect(qr.locator("svg")).to_be_visible()
    expect(qr.locator("figcaption a")).to_have_text(
        re.compile(r"^http://\S+/verify/AXE234567892/$")
    )
    assert_no_violations(page, f"verify-{language}")
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGES)
def test_unknown_certificate_page_has_no_axe_violations(new_context, portal_site, language):
    context = new_context(locale="en-US", viewport=PHONE)
    page = context.new_page()
    response = page.goto(f"/{language}/verify/NOPE23456789/")
    assert response.status == 404
    assert_no_violations(page, f"verify-unknown-{language}")
