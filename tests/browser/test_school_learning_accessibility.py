"""A principal reads “My school's staff learning” on a phone: axe-core finds nothing in
English and Spanish, the page does not scroll sideways, and the table can be reached and
scrolled with the keyboard."""

import os

import pytest
from playwright.sync_api import expect

from django.conf import settings
from django.test import Client

from tests.browser.axe import PHONE, describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

LANGUAGES = ["en", "es"]
SHOTS_DIR = os.environ.get("PORTAL_SHOTS_DIR")


@pytest.fixture
def principal(portal_site):
    from tests.factories.school_learning import (
        build_school,
        build_staff_course,
        enroll,
        leader,
        staff_member,
    )

    course = build_staff_course(portal_site)
    school = build_school("Lincoln Elementary", "LIN")
    steps = list(course["steps"].values())
    done = staff_member(school, first_name="Dora", last_name="Done")
    enroll(done, course["pathway"], steps=steps, completed=True)
    half = staff_member(school, first_name="Hugo", last_name="Half")
    enroll(half, course["pathway"], steps=steps[:1])
    enroll(half, course["parent_pathway"])
    staff_member(school, first_name="Nina", last_name="None")
    return leader(school, first_name="Lena", last_name="Leader")


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


@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGES)
def test_school_learning_has_no_axe_violations_at_phone_width(
    new_context, live_server, principal, language
):
    page = signed_in_page(new_context, live_server, principal, language)
    page.goto(f"/{language}/my-school/learning/")
    main = page.locator("main")
    expect(main).to_contain_text("Lincoln Elementary")
    expect(main).to_contain_text("Dora Done")
    expect(page.locator("table")).to_have_count(2)
    if SHOTS_DIR:
        page.screenshot(path=os.path.join(SHOTS_DIR, f"school-learning-{language}.png"))
    violations = run_axe(page)["violations"]
    assert not violations, describe_violations(violations)
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    # The wide staff table scrolls inside its own region, which the keyboard can reach.
    region = page.locator(".table-scroll[role=region]")
    region.focus()
    expect(region).to_be_focused()


@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGES)
def test_leader_without_a_school_page_has_no_axe_violations(
    new_context, live_server, portal_site, language
):
    from portal import roles
    from tests.factories import UserFactory

    person = UserFactory(roles=[roles.SCHOOL_LEADERS])
    page = signed_in_page(new_context, live_server, person, language)
    page.goto(f"/{language}/my-school/learning/")
    account = {"en": "/en/account/", "es": "/es/cuenta/"}[language]
    expect(page.locator(f"main a[href='{account}']")).to_be_visible()
    violations = run_axe(page)["violations"]
    assert not violations, describe_violations(violations)


@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGES)
def test_leader_whose_school_is_not_confirmed_page_has_no_axe_violations(
    new_context, live_server, portal_site, language
):
    from tests.factories.school_learning import build_school, leader

    person = leader(build_school("Adams Middle", "ADA"), school_confirmed=False)
    page = signed_in_page(new_context, live_server, person, language)
    page.goto(f"/{language}/my-school/learning/")
    expect(page.locator("main .message")).to_be_visible()
    expect(page.locator("table")).to_have_count(0)
    if SHOTS_DIR:
        page.screenshot(path=os.path.join(SHOTS_DIR, f"school-unconfirmed-{language}.png"))
    violations = run_axe(page)["violations"]
    assert not violations, describe_violations(violations)
