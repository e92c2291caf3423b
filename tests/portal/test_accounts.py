"""Parent accounts: sign-up, verification, log-in by password or code, reset, rate limits,
the account page, and how the allauth pages look and read."""

import re
from html.parser import HTMLParser

import pytest
from allauth.account.models import EmailAddress

from django.conf import settings
from django.test import Client

from wagtail.models import Locale

from portal.factories.users import DEFAULT_PASSWORD
from portal.models import User
from tests.factories import SiteTextFactory, UserFactory, translate_snippet

LANGUAGES = pytest.mark.parametrize("lang", ["en", "es"], ids=["en", "es"])
#: The account page of each language (its address is translated).
ACCOUNT = {"en": "/en/account/", "es": "/es/cuenta/"}
NEW_PASSWORD = "tamales on a rainy tuesday 42"

# allauth's own strings in each language (allauth ships the Spanish catalog).
TEXT = {
    "en": {
        "confirm_subject": "Please Confirm Your Email Address",
        "code_subject": "Sign-In Code",
        "reset_subject": "Password Reset Email",
        "mismatch": "The email address and/or password you specified are not correct.",
        "too_many": "Too many failed login attempts. Try again later.",
        "incorrect_code": "Incorrect code.",
        "send_code": "Send me a sign-in code",
        "forgot": "Forgot your password?",
        "bad_token": "Bad Token",
        "invalid_phone": "Enter a valid phone number",
        "signed_in": "Successfully signed in as",
    },
    "es": {
        "confirm_subject": "Por favor, confirme su dirección de correo electrónico",
        "code_subject": "Código de inicio de sesión",
        "reset_subject": "Correo electrónico para restablecer contraseña",
        "mismatch": "La dirección de correo electrónico y/o la contraseña que ha indicado",
        "too_many": "Demasiados intentos fallidos. Inténtelo más tarde.",
        "incorrect_code": "Código incorrecto.",
        "send_code": "Enviarme un código para iniciar sesión",
        "forgot": "¿Olvidó su contraseña?",
        "bad_token": "El enlace no es válido",
        "invalid_phone": "Ingrese un número de teléfono válido",
        "signed_in": "Inició sesión como",
    },
}


# --- helpers ---------------------------------------------------------------


class PageParser(HTMLParser):
    """Collects the parts of a page the accessibility checks look at."""

    def __init__(self):
        super().__init__()
        self.h1_count = 0
        self.controls = []  # attrs of every visible input, select and textarea
        self.label_for = set()
        self.ids = set()
        self.links = []  # (href, text)
        self._link = None
        self.html_lang = None
        self.landmarks = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "html":
            self.html_lang = attrs.get("lang")
        elif tag in {"header", "main", "footer", "nav"}:
            self.landmarks.add(tag)
        elif tag == "h1":
            self.h1_count += 1
        elif tag == "label" and attrs.get("for"):
            self.label_for.add(attrs["for"])
        elif tag in {"input", "select", "textarea"}:
            if attrs.get("type") not in {"hidden", "submit", "button"}:
                self.controls.append(attrs)
        elif tag == "a":
            self._link = [attrs.get("href"), ""]

    def handle_data(self, data):
        if self._link is not None:
            self._link[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            self.links.append((self._link[0], " ".join(self._link[1].split())))
            self._link = None


def parse(response):
    parser = PageParser()
    parser.feed(response.content.decode())
    return parser


def path_in(message):
    """The site path of the first link in an email."""
    match = re.search(r"https?://testserver(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def code_in(message):
    """The one-time sign-in code: the line of the email that is only the code."""
    pattern = r"\s*[A-Z0-9]{4,}(-[A-Z0-9]{4,})*\s*"  # e.g. KNZP-RGKL
    codes = [line.strip() for line in message.body.splitlines() if re.fullmatch(pattern, line)]
    assert len(codes) == 1, message.body
    return codes[0]


def is_logged_in(client):
    return "_auth_user_id" in client.session


def sign_up(client, lang, email, preferred_language=None, **extra):
    data = {
        "email": email,
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "preferred_language": preferred_language or lang,
    }
    return client.post(f"/{lang}/accounts/signup/", data, **extra)


def log_in(client, lang, email, password=DEFAULT_PASSWORD, **extra):
    return client.post(f"/{lang}/accounts/login/", {"login": email, "password": password}, **extra)


# --- 1. sign-up and email verification ---------------------------------------


@LANGUAGES
def test_signup_form_defaults_to_the_page_language(client, site_tree, lang):
    response = client.get(f"/{lang}/accounts/signup/")
    assert response.status_code == 200
    form = response.context["form"]
    assert form["preferred_language"].value() == lang
    assert f'<option value="{lang}" selected>' in response.content.decode()
    assert list(form.fields) == [
        "first_name",
        "last_name",
        "email",
        "password1",
        "password2",
        "preferred_language",
    ]


@LANGUAGES
def test_signup_sends_confirmation_in_request_language_and_link_logs_in(
    client, site_tree, mailoutbox, lang
):
    english = SiteTextFactory(district_name="Valle del Sol Unified School District")
    translate_snippet(english, "es", district_name="Distrito Escolar Unificado Valle del Sol")
    response = sign_up(client, lang, "Maria.Lopez@Example.org")

    assert response.status_code == 302
    assert response["Location"] == f"/{lang}/accounts/confirm-email/"
    user = User.objects.get(email="maria.lopez@example.org")
    assert user.preferred_language == lang
    assert not EmailAddress.objects.get(user=user).verified
    assert not is_logged_in(client)

    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["maria.lopez@example.org"]
    assert message.subject == TEXT[lang]["confirm_subject"]
    district = english.get_translation(Locale.objects.get(language_code=lang)).district_name
    assert f"{district}!" in message.body  # signed with the district in the request's language
    link = path_in(message)
    assert link.startswith(f"/{lang}/accounts/confirm-email/")

    # Opening the link only shows a confirm button (mail scanners must not confirm).
    response = client.get(link)
    assert response.status_code == 200
    # (The key is re-signed with a fresh timestamp, so compare the path up to the key.)
    assert re.search(
        rf'<form[^>]*method="post"[^>]*action="/{lang}/accounts/confirm-email/[^"]+/"',
        response.content.decode(),
    )
    assert not EmailAddress.objects.get(user=user).verified

    response = client.post(link)
    assert response.status_code == 302
    assert response["Location"] == ACCOUNT[lang]
    assert EmailAddress.objects.get(user=user).verified
    assert client.session["_auth_user_id"] == str(user.pk)
    assert "maria.lopez@example.org" in client.get(f"/{lang}/account/").content.decode()


def test_signup_in_english_choosing_spanish_lands_on_the_spanish_account_page(
    client, site_tree, mailoutbox
):
    sign_up(client, "en", "padre@example.org", preferred_language="es")

    response = client.post(path_in(mailoutbox[0]))

    assert User.objects.get(email="padre@example.org").preferred_language == "es"
    assert response["Location"] == "/es/cuenta/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "es"


def test_signup_rejects_an_email_already_registered(client, site_tree, mailoutbox):
    UserFactory(email="taken@example.org")

    response = sign_up(client, "en", "taken@example.org")

    # allauth does not reveal the account: it acts as if it signed up and emails the owner.
    assert User.objects.filter(email="taken@example.org").count() == 1
    assert response.status_code == 302
    assert [m.to for m in mailoutbox] == [["taken@example.org"]]
    assert not is_logged_in(client)


# --- 2. log in by password, log out, log in by code --------------------------


@LANGUAGES
def test_password_login_then_logout(client, site_tree, lang):
    user = UserFactory(preferred_language=lang)

    response = log_in(client, lang, user.email)
    assert response.status_code == 302
    assert response["Location"] == ACCOUNT[lang]
    assert client.session["_auth_user_id"] == str(user.pk)

    # GET only asks; it does not log out.
    response = client.get(f"/{lang}/accounts/logout/")
    assert response.status_code == 200
    assert is_logged_in(client)

    response = client.post(f"/{lang}/accounts/logout/")
    assert response.status_code == 302
    assert not is_logged_in(client)
    assert client.get(f"/{lang}/account/").status_code == 302


@pytest.mark.parametrize(
    ("page_lang", "preferred"),
    [("en", "es"), ("es", "en")],
    ids=["en-page-es-user", "es-page-en-user"],
)
def test_login_lands_on_account_page_in_preferred_language(client, site_tree, page_lang, preferred):
    user = UserFactory(preferred_language=preferred)

    response = log_in(client, page_lang, user.email)

    assert response["Location"] == ACCOUNT[preferred]
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == preferred
    # The greeting is in the language of the page it appears on.
    page = client.get(response["Location"]).content.decode()
    assert TEXT[preferred]["signed_in"] in page
    assert TEXT[page_lang]["signed_in"] not in page


@LANGUAGES
def test_wrong_password_is_refused_with_a_clear_error(client, site_tree, lang):
    user = UserFactory()

    response = log_in(client, lang, user.email, password="not my password")

    assert response.status_code == 200
    assert TEXT[lang]["mismatch"] in response.content.decode()
    assert not is_logged_in(client)


def test_unverified_account_cannot_log_in_by_password_and_gets_a_new_link(
    client, site_tree, mailoutbox
):
    user = UserFactory(verified=False)
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)

    response = log_in(client, "en", user.email)

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert not is_logged_in(client)
    assert len(mailoutbox) == 1
    assert path_in(mailoutbox[0]).startswith("/en/accounts/confirm-email/")


@LANGUAGES
def test_login_by_code(client, site_tree, mailoutbox, lang):
    user = UserFactory(preferred_language=lang)

    login_page = parse(client.get(f"/{lang}/accounts/login/"))
    assert (f"/{lang}/accounts/login/code/", TEXT[lang]["send_code"]) in login_page.links

    response = client.post(f"/{lang}/accounts/login/code/", {"email": user.email})
    assert response.status_code == 302
    confirm_url = response["Location"]
    assert confirm_url == f"/{lang}/accounts/login/code/confirm/"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].subject == TEXT[lang]["code_subject"]
    assert mailoutbox[0].to == [user.email]
    code = code_in(mailoutbox[0])

    page = client.get(confirm_url)
    assert page.status_code == 200
    assert 'name="code"' in page.content.decode()

    wrong = "AAAA-AAAA" if code != "AAAA-AAAA" else "BBBB-BBBB"
    response = client.post(confirm_url, {"code": wrong})
    assert response.status_code == 200
    html = response.content.decode()
    assert TEXT[lang]["incorrect_code"] in html
    assert 'aria-invalid="true"' in html
    assert not is_logged_in(client)

    response = client.post(confirm_url, {"code": code})
    assert response.status_code == 302
    assert response["Location"] == ACCOUNT[lang]
    assert client.session["_auth_user_id"] == str(user.pk)


def test_login_code_stops_working_after_three_wrong_guesses(client, site_tree, mailoutbox):
    """ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS (3): the code is spent and the person starts over."""
    user = UserFactory()
    client.post("/en/accounts/login/code/", {"email": user.email})
    code = code_in(mailoutbox[0])

    for _attempt in range(2):
        response = client.post("/en/accounts/login/code/confirm/", {"code": "AAAA-AAAA"})
        assert response.status_code == 200
    response = client.post("/en/accounts/login/code/confirm/", {"code": "AAAA-AAAA"})
    assert response["Location"] == "/en/accounts/login/code/"

    response = client.post("/en/accounts/login/code/confirm/", {"code": code})

    assert response["Location"] == "/en/accounts/login/code/"
    assert not is_logged_in(client)
    assert TEXT["en"]["too_many"] in client.get(response["Location"]).content.decode()


# --- 3. password reset ---------------------------------------------------------


@LANGUAGES
def test_password_reset_by_email_link(client, site_tree, mailoutbox, lang):
    user = UserFactory(preferred_language=lang)

    login_page = parse(client.get(f"/{lang}/accounts/login/"))
    assert (f"/{lang}/accounts/password/reset/", TEXT[lang]["forgot"]) in login_page.links

    response = client.post(f"/{lang}/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    assert response["Location"] == f"/{lang}/accounts/password/reset/done/"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].subject == TEXT[lang]["reset_subject"]
    link = path_in(mailoutbox[0])
    assert link.startswith(f"/{lang}/accounts/password/reset/key/")

    # The key moves from the URL into the session, then the form is shown.
    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    assert 'name="password1"' in response.content.decode()

    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == f"/{lang}/accounts/password/reset/key/done/"
    assert client.get(response["Location"]).status_code == 200

    assert log_in(client, lang, user.email).status_code == 200  # old password refused
    assert not is_logged_in(client)
    response = log_in(client, lang, user.email, password=NEW_PASSWORD)
    assert response["Location"] == ACCOUNT[lang]
    assert client.session["_auth_user_id"] == str(user.pk)

    # The link works once.
    client.post(f"/{lang}/accounts/logout/")
    response = client.get(link, follow=True)
    assert TEXT[lang]["bad_token"] in response.content.decode()


# --- 4. rate limits (ACCOUNT_RATE_LIMITS in portal/settings/base.py) -----------


@LANGUAGES
def test_failed_logins_for_one_account_are_limited_to_five(client, site_tree, lang):
    """login_failed "5/5m/key": five wrong passwords, then even the right one is refused."""
    user = UserFactory()
    other = UserFactory()

    for _attempt in range(5):
        response = log_in(client, lang, user.email, password="guess")
        assert TEXT[lang]["mismatch"] in response.content.decode()

    response = log_in(client, lang, user.email)
    assert response.status_code == 200
    html = response.content.decode()
    assert TEXT[lang]["too_many"] in html
    assert 'role="alert"' in html
    assert not is_logged_in(client)

    # The limit is per account: someone else on the same network can still log in.
    assert log_in(client, lang, other.email)["Location"] == ACCOUNT[other.preferred_language]


def test_failed_logins_from_one_address_are_limited_to_ten(client, site_tree):
    """login_failed "10/m/ip": ten failures on any accounts, then the eleventh is refused."""
    user = UserFactory()

    for n in range(10):
        response = log_in(client, "en", f"nobody{n}@example.org", password="guess")
        assert TEXT["en"]["mismatch"] in response.content.decode()

    response = log_in(client, "en", user.email)
    assert TEXT["en"]["too_many"] in response.content.decode()
    assert not is_logged_in(client)

    response = log_in(client, "en", user.email, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302
    assert is_logged_in(client)


@LANGUAGES
def test_signups_from_one_address_are_limited_to_ten_a_minute(client, site_tree, mailoutbox, lang):
    """signup "10/m/ip": the eleventh sign-up gets allauth's 429, rendered in the site layout."""
    for n in range(10):
        assert sign_up(client, lang, f"parent{n}@example.org").status_code == 302

    response = sign_up(client, lang, "parent10@example.org")

    assert response.status_code == 429
    page = parse(response)
    assert page.html_lang == lang
    assert {"header", "main", "footer"} <= page.landmarks
    assert page.h1_count == 1
    assert not User.objects.filter(email="parent10@example.org").exists()
    assert len(mailoutbox) == 10

    assert (
        sign_up(client, lang, "parent10@example.org", REMOTE_ADDR="203.0.113.9").status_code == 302
    )
    assert User.objects.filter(email="parent10@example.org").exists()


def test_sign_in_code_requests_are_limited_to_three_a_minute_per_address(site_tree, mailoutbox):
    """request_login_code "3/m/key": the fourth request for one email is refused.

    Each request comes from a fresh browser session: within one session allauth
    just resumes the pending code instead of sending another.
    """
    user = UserFactory()
    for _attempt in range(3):
        response = Client().post("/en/accounts/login/code/", {"email": user.email})
        assert response["Location"] == "/en/accounts/login/code/confirm/"
    assert len(mailoutbox) == 3

    response = Client().post("/en/accounts/login/code/", {"email": user.email})

    assert response.status_code == 200
    assert TEXT["en"]["too_many"] in response.content.decode()
    assert len(mailoutbox) == 3


def test_repeated_code_requests_in_one_session_send_one_email(client, site_tree, mailoutbox):
    user = UserFactory()

    for _attempt in range(3):
        response = client.post("/en/accounts/login/code/", {"email": user.email})
        assert response["Location"] == "/en/accounts/login/code/confirm/"

    assert len(mailoutbox) == 1


# --- 5. the account page -------------------------------------------------------


@LANGUAGES
def test_account_page_requires_login(client, site_tree, lang):
    response = client.get(f"/{lang}/account/")

    assert response.status_code == 302
    assert response["Location"] == f"/{lang}/accounts/login/?next=/{lang}/account/"


def test_account_page_shows_only_the_signed_in_persons_data(client, site_tree):
    ana = UserFactory(email="ana@example.org", first_name="Ana", phone="+16195550101")
    ben = UserFactory(email="ben@example.org", first_name="Benito", phone="+16195550202")

    for me, them in [(ana, ben), (ben, ana)]:
        client.force_login(me)
        html = client.get("/en/account/").content.decode()
        assert me.email in html
        assert me.first_name in html
        assert str(me.phone.national_number)[-4:] in html
        assert them.email not in html
        assert them.first_name not in html
        assert str(them.phone.national_number)[-4:] not in html


def account_data(user, **changes):
    data = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "phone": "",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("page_lang", "new_lang"), [("en", "es"), ("es", "en")], ids=["en-to-es", "es-to-en"]
)
def test_account_page_saves_name_language_and_normalized_phone(
    client, site_tree, page_lang, new_lang
):
    user = UserFactory(preferred_language=page_lang)
    client.force_login(user)

    response = client.post(
        f"/{page_lang}/account/",
        account_data(
            user,
            first_name="Rosa",
            last_name="Quintero",
            preferred_language=new_lang,
            phone="(619) 555-0142",
        ),
    )

    assert response.status_code == 302
    assert response["Location"] == ACCOUNT[new_lang]
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == new_lang
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Rosa", "Quintero")
    assert user.preferred_language == new_lang
    assert user.phone.as_e164 == "+16195550142"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert parse(page).html_lang == new_lang
    assert "(619) 555-0142" in page.content.decode()


@LANGUAGES
def test_account_page_invalid_phone_is_refused_and_changes_nothing(client, site_tree, lang):
    user = UserFactory(first_name="Luz", preferred_language=lang, phone="+16195550101")
    client.force_login(user)

    response = client.post(
        f"/{lang}/account/",
        account_data(user, first_name="Changed", preferred_language="en", phone="555"),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert TEXT[lang]["invalid_phone"] in html
    phone_input = next(c for c in parse(response).controls if c.get("name") == "phone")
    assert phone_input["aria-invalid"] == "true"
    assert "id_phone_error" in phone_input["aria-describedby"].split()
    assert 'id="id_phone_error"' in html
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    user.refresh_from_db()
    assert (user.first_name, user.preferred_language) == ("Luz", lang)
    assert user.phone.as_e164 == "+16195550101"


def test_account_page_double_post_does_no_harm(client, site_tree):
    user = UserFactory()
    client.force_login(user)
    data = account_data(user, first_name="Rosa", phone="619-555-0142")

    first = client.post("/en/account/", data)
    second = client.post("/en/account/", data)

    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == "/en/account/"
    assert User.objects.count() == 1
    assert EmailAddress.objects.filter(user=user).count() == 1
    user.refresh_from_db()
    assert (user.first_name, user.phone.as_e164) == ("Rosa", "+16195550142")


def test_account_page_cannot_change_email_or_staff_flags(client, site_tree):
    user = UserFactory(email="me@example.org")
    client.force_login(user)

    client.post(
        "/en/account/",
        account_data(user, email="other@example.org", is_staff="on", is_superuser="on"),
    )

    user.refresh_from_db()
    assert user.email == "me@example.org"
    assert not user.is_staff
    assert not user.is_superuser


# --- 6. the allauth pages: inside the layout, labelled, one h1, both languages ---

ANONYMOUS_PAGES = [
    "accounts/login/",
    "accounts/signup/",
    "accounts/login/code/",
    "accounts/password/reset/",
    "accounts/password/reset/done/",
    "accounts/password/reset/key/done/",
    "accounts/confirm-email/",
]
SIGNED_IN_PAGES = [
    "account/",
    "accounts/email/",
    "accounts/password/change/",
    "accounts/logout/",
]


def assert_accessible_page(response, lang):
    assert response.status_code == 200
    page = parse(response)
    assert page.html_lang == lang
    assert {"header", "nav", "main", "footer"} <= page.landmarks, "rendered outside base.html"
    assert page.h1_count == 1
    html = response.content.decode()
    assert not re.search(r"<p[\s>](?:(?!</p>).)*<(ul|div)[\s>]", html, re.S), "block inside <p>"
    for control in page.controls:
        assert control.get("id"), control
        assert control["id"] in page.label_for, f"no <label> for {control}"
        for target in (control.get("aria-describedby") or "").split():
            assert target in page.ids, f"aria-describedby points at missing #{target}"
    return page


@LANGUAGES
@pytest.mark.parametrize("path", ANONYMOUS_PAGES, ids=[p.strip("/") for p in ANONYMOUS_PAGES])
def test_anonymous_account_pages_are_in_the_layout_and_labelled(client, site_tree, lang, path):
    assert_accessible_page(client.get(f"/{lang}/{path}"), lang)


@LANGUAGES
@pytest.mark.parametrize("path", SIGNED_IN_PAGES, ids=[p.strip("/") for p in SIGNED_IN_PAGES])
def test_signed_in_account_pages_are_in_the_layout_and_labelled(client, site_tree, lang, path):
    client.force_login(UserFactory(preferred_language=lang))
    page = assert_accessible_page(client.get(f"/{lang}/{path}"), lang)
    if path.startswith("accounts/"):
        assert ACCOUNT[lang] in {href for href, _text in page.links}


@LANGUAGES
def test_pages_reached_from_emails_are_in_the_layout_and_labelled(
    client, site_tree, mailoutbox, lang
):
    sign_up(client, lang, "nueva@example.org")
    assert_accessible_page(client.get(path_in(mailoutbox[0])), lang)  # confirm email

    client.post(f"/{lang}/accounts/logout/")
    client.post(f"/{lang}/accounts/login/code/", {"email": UserFactory().email})
    assert_accessible_page(client.get(f"/{lang}/accounts/login/code/confirm/"), lang)

    # The email links to the pages in the person's preferred language.
    person = UserFactory(preferred_language=lang)
    client.post(f"/{lang}/accounts/password/reset/", {"email": person.email})
    assert_accessible_page(client.get(path_in(mailoutbox[-1]), follow=True), lang)


@LANGUAGES
def test_signup_errors_are_tied_to_their_inputs(client, site_tree, lang):
    response = client.post(
        f"/{lang}/accounts/signup/",
        {"email": "not-an-email", "password1": "short", "password2": "different"},
    )

    page = assert_accessible_page(response, lang)
    invalid = {c["name"]: c for c in page.controls if c.get("aria-invalid") == "true"}
    assert {"email", "password1"} <= set(invalid)
    for name, control in invalid.items():
        assert f"id_{name}_error" in control["aria-describedby"].split()


@LANGUAGES
def test_login_errors_are_announced(client, site_tree, lang):
    response = log_in(client, lang, "someone@example.org", password="wrong")

    html = response.content.decode()
    assert_accessible_page(response, lang)
    assert re.search(r'role="alert">\s*<ul><li>' + re.escape(TEXT[lang]["mismatch"]), html)
