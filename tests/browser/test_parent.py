"""A parent signs up, confirms by the emailed link, logs out and back in with a code."""

import re

import pytest
from playwright.sync_api import expect

from portal.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(serialized_rollback=True)]

EMAIL = "maria.parent@example.org"
PASSWORD = "a quiet garden at noon"


def _only_mail_to(mailoutbox, address):
    messages = [m for m in mailoutbox if address in m.to]
    assert len(messages) == 1, [(m.to, m.subject) for m in mailoutbox]
    return messages[0]


def test_parent_signs_up_confirms_and_logs_back_in_with_a_code(page, mailoutbox, portal_site):
    # Sign up in English, choosing Spanish as the preferred language.
    page.goto("/en/accounts/signup/")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label(re.compile(r"^Password \(required\)")).fill(PASSWORD)
    page.get_by_label(re.compile(r"^Password \(again\)")).fill(PASSWORD)
    page.get_by_label("Preferred language").select_option("es")
    page.get_by_role("button", name="Sign Up").click()
    expect(page).to_have_url(re.compile(r"/en/accounts/confirm-email/$"))

    user = User.objects.get(email=EMAIL)
    assert user.preferred_language == "es"
    confirmation = _only_mail_to(mailoutbox, EMAIL)
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", confirmation.body)
    assert link, confirmation.body

    # The emailed link shows a confirmation button; confirming logs the parent in,
    # in the language they chose.
    page.goto(link.group(0))
    page.locator("main").get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(re.compile(r"/es/cuenta/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Mi cuenta")
    expect(page.locator("main")).to_contain_text(EMAIL)
    assert user.emailaddress_set.get(email=EMAIL).verified

    # Sign out from the account links in the header.
    page.get_by_role("navigation", name="Su cuenta").get_by_role(
        "button", name="Cerrar sesión"
    ).click()
    # Logged out, back on the home page in the language remembered at login.
    expect(page).to_have_url(re.compile(r"/es/$"))
    expect(page.get_by_role("link", name="Iniciar sesión")).to_be_visible()
    page.goto("/es/account/")
    expect(page).to_have_url(re.compile(r"/es/accounts/login/\?next="))

    # Log back in with a one-time code sent by email.
    mailoutbox.clear()
    page.goto("/en/accounts/login/")
    page.get_by_role("link", name="Send me a sign-in code").or_(
        page.get_by_role("button", name="Send me a sign-in code")
    ).click()
    page.get_by_label("Email").fill(EMAIL)
    page.locator("main").get_by_role("button", name=re.compile("code", re.I)).click()
    code_message = _only_mail_to(mailoutbox, EMAIL)
    code = re.search(r"^\s*([A-Z0-9]{4}-?[A-Z0-9]{4})\s*$", code_message.body, re.M)
    assert code, code_message.body
    page.get_by_label("Code").fill(code.group(1))
    page.locator("main").get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(re.compile(r"/es/cuenta/$"))
    expect(page.locator("main")).to_contain_text(EMAIL)
