"""Events in a real browser at phone width, in English and Spanish: axe-core finds
nothing on any events page, nothing scrolls sideways, and a parent finds a workshop,
registers as a guest, opens the link in the email and cancels; staff check a person in
by opening their QR code's URL."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import PHONE, WCAG_21_AA, describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

WCAG_22_AA = [*WCAG_21_AA, "wcag22aa"]
TEXT = {
    "en": {
        "register": "Register",
        "name": "Your name",
        "registered": "You are registered",
        "cancel": "Cancel my registration",
        "cancelled": "Your registration is cancelled.",
        "title": "Reading at home",
    },
    "es": {
        "register": "Inscribirse",
        "name": "Su nombre",
        "registered": "Tiene un lugar reservado",
        "cancel": "Cancelar mi inscripción",
        "cancelled": "Su inscripción se canceló.",
        "title": "Leer en casa",
    },
}


def check(page, name):
    expect(page.locator("h1")).to_have_count(1)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name} is {overflow}px wider than a phone"
    violations = run_axe(page, WCAG_22_AA)["violations"]
    assert violations == [], f"{name} {page.url}:\n{describe_violations(violations)}"


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_a_guest_registers_and_cancels_from_the_email(
    new_context, live_server, calendar_site, language, mailoutbox
):
    words = TEXT[language]
    index = calendar_site.index if language == "en" else calendar_site.index_es
    page = new_context(locale=language, viewport=PHONE).new_page()
    page.goto(index.url)
    check(page, "calendar list")
    page.goto(index.url + "month/")
    check(page, "calendar month")
    page.goto(index.url)
    page.get_by_role("link", name=words["title"]).first.click()
    page.wait_for_load_state("load")
    expect(page.locator("h1")).to_have_text(words["title"])
    check(page, "event")
    page.locator(".date-card__action a.button").first.click()
    page.wait_for_load_state("load")
    check(page, "registration form")
    page.get_by_label(words["name"]).fill("Ana Ruiz")
    page.locator("input[name=email]").fill("ana@example.org")
    page.locator("form.form-stack button[type=submit]").click()
    page.wait_for_load_state("load")
    expect(page.locator("h1")).to_have_text(words["registered"])
    expect(page.locator(".check-in-code svg")).to_be_visible()
    check(page, "registration")

    (email,) = [m for m in mailoutbox if m.to == ["ana@example.org"]]
    link = re.search(
        r"https?://\S+/(?:events/registration|eventos/inscripcion)/\S+/", email.body
    ).group(0)
    path = re.sub(r"^https?://[^/]+", "", link)
    page.goto(path)
    page.get_by_role("button", name=words["cancel"]).click()
    page.wait_for_load_state("load")
    expect(page.locator(".messages")).to_contain_text(words["cancelled"])
    check(page, "cancelled registration")


def test_staff_check_a_person_in_by_their_qr_code(new_context, live_server, calendar_site):
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from events import registration, tokens
    from events.factories import occurrences_of
    from events.models import Attendance
    from portal.roles import FAMILY_ENGAGEMENT_STAFF
    from tests.browser.journey import admin_login
    from tests.factories import UserFactory

    date = occurrences_of(calendar_site.weekly)[0]
    date.starts_at = timezone.now()
    date.save()
    made = registration.register(
        date, registration.Details(name="Luis Paz", email="luis@example.org")
    )
    staff = UserFactory(email="door@example.org", is_staff=True)
    staff.groups.add(Group.objects.get(name=FAMILY_ENGAGEMENT_STAFF))
    page = new_context(locale="en", viewport=PHONE).new_page()
    admin_login(page, staff)
    page.goto(f"/en/events/check-in/{tokens.check_in_token(made.registration)}/")
    check(page, "check-in")
    page.get_by_role("button", name="Check in Luis Paz").click()
    page.wait_for_load_state("load")
    expect(page.locator(".messages")).to_contain_text("Luis Paz is checked in.")
    assert Attendance.objects.filter(registration=made.registration).count() == 1


KIOSK = {
    "en": {
        "walk_in": "I did not register",
        "registered": "I registered",
        "name": "Your name",
        "sign_in": "Sign in",
        "next": "Next person",
        "search": "Search",
    },
    "es": {
        "walk_in": "No me inscribí",
        "registered": "Me inscribí",
        "name": "Su nombre",
        "sign_in": "Registrarse",
        "next": "Siguiente persona",
        "search": "Buscar",
    },
}


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_a_walk_in_and_a_registered_person_sign_in_at_the_kiosk(
    new_context, live_server, calendar_site, language
):
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from events import registration
    from events.factories import occurrences_of
    from events.models import Attendance
    from portal.roles import FAMILY_ENGAGEMENT_STAFF
    from tests.browser.journey import admin_login
    from tests.factories import UserFactory

    words = KIOSK[language]
    date = occurrences_of(calendar_site.weekly)[0]
    date.starts_at = timezone.now()
    date.save()
    registration.register(date, registration.Details(name="Rosa Díaz", email="rosa@example.org"))
    staff = UserFactory(email="kiosk@example.org", is_staff=True)
    staff.groups.add(Group.objects.get(name=FAMILY_ENGAGEMENT_STAFF))
    page = new_context(locale="en", viewport=PHONE).new_page()  # staff sign in in English
    admin_login(page, staff)
    page.goto(f"/admin/events/dates/{date.pk}/kiosk/")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("load")
    page.goto(f"/{language}/events/kiosk/")
    check(page, "kiosk")
    page.get_by_role("link", name=words["walk_in"]).first.click()
    page.wait_for_load_state("load")
    check(page, "kiosk walk-in")
    page.get_by_label(words["name"]).fill("Luis Gómez")
    page.locator("input[name=phone]").fill("559-555-0199")
    page.locator("form.form-stack button[type=submit]").click()
    page.wait_for_load_state("load")
    expect(page.locator("h1")).to_contain_text("Luis G.")
    check(page, "kiosk welcome")
    page.get_by_role("link", name=words["next"]).click()
    page.get_by_role("link", name=words["registered"], exact=True).click()
    page.locator("input[name=name]").fill("ros")
    page.get_by_role("button", name=words["search"]).click()
    page.wait_for_load_state("load")
    check(page, "kiosk find")
    page.get_by_role("button", name="Rosa D.").click()
    page.wait_for_load_state("load")
    expect(page.locator("h1")).to_contain_text("Rosa D.")
    assert Attendance.objects.filter(occurrence=date).count() == 2
    page.goto("/admin/")  # the kiosk keeps the tablet on its own pages
    assert page.url.endswith("/events/kiosk/")
