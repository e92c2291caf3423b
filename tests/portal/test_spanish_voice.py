"""One Spanish voice: the portal speaks to families as *usted*, in Latin American Spanish,
on its own pages and emails and on django-allauth's (``portal/allauth_texts.py``).

A word list is enough to catch *tú*: its pronouns and possessives, and verb forms that
only *tú* uses. A word that is also an *usted* form (``inicia``, ``introduce``) is not
in the list.
"""

import re
from pathlib import Path

import allauth
import polib
import pytest

from django.core import mail
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
TU = re.compile(
    r"\b(tu|tus|te|ti|contigo|tuyo|tuya|tuyos|tuyas|eres|estás|tienes|puedes|quieres|"
    r"debes|necesitas|has|haz|vete|ves|envíame|regístrate|introdúcelo|olvidaste|recibiste|"
    r"solicitaste|hiciste|inténtalo|asegúrate|confírmalo|escríbelo|utiliza|selecciona|"
    r"comprueba|vuelve)\b",
    re.IGNORECASE,
)
#: Spain's Spanish the portal does not use (Latin American: agregar, computadora, vencer).
SPAIN = re.compile(r"\b(añadir|ordenador|vale|vosotros|caducad[oa]s?|vete)\b", re.IGNORECASE)
#: Greetings that pick a gender ("Le damos la bienvenida" welcomes everyone).
GENDERED = re.compile(r"(?<!la )\b(bienvenid[oa]s?|seguro\(a\))", re.IGNORECASE)


def offending(text):
    return TU.findall(text) + SPAIN.findall(text) + GENDERED.findall(text)


def translations(po):
    for entry in po:
        if entry.obsolete or not entry.translated():
            continue
        texts = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
        yield entry.msgid, " ".join(texts)


def test_the_word_list_catches_tu():
    assert offending("Si no ves el correo en tu bandeja, vete a http://x")
    assert offending("Envíame un código") and offending("¿Olvidaste tu contraseña?")
    assert offending("¡Bienvenido!") and offending("¿Está seguro(a)?")
    assert not offending("Si no lo ve en su bandeja, vaya a http://x. Escríbalo pronto.")


def test_the_portals_own_spanish_uses_usted():
    po = polib.pofile(str(ROOT / "locale/es/LC_MESSAGES/django.po"))
    found = {msgid: offending(text) for msgid, text in translations(po) if offending(text)}
    assert found == {}


def test_every_allauth_text_of_the_account_pages_and_emails_uses_usted():
    catalog = Path(allauth.__file__).parent / "locale/es/LC_MESSAGES/django.po"
    used = [
        entry
        for entry in polib.pofile(str(catalog))
        if not entry.obsolete
        and any(
            ("account/" in path or "templates/allauth" in path)
            and not any(part in path for part in ("socialaccount", "mfa", "usersessions"))
            for path, _line in entry.occurrences
        )
    ]
    assert len(used) > 150
    with translation.override("es"):
        spoken = {
            entry.msgid: translation.gettext(entry.msgid)
            for entry in used
            if not entry.msgid_plural and not entry.msgctxt
        }
    found = {msgid: offending(text) for msgid, text in spoken.items() if offending(text)}
    assert found == {}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/es/accounts/login/",
        "/es/accounts/signup/",
        "/es/accounts/password/reset/",
        "/es/accounts/login/code/",
        "/es/accounts/confirm-email/",
    ],
)
def test_the_spanish_account_pages_use_usted(client, site_tree, path):
    response = client.get(path)
    assert response.status_code == 200
    text = re.sub(r"<[^>]+>", " ", response.content.decode())
    assert offending(text) == []


@pytest.mark.django_db
def test_the_spanish_account_emails_use_usted(client, site_tree):
    from tests.factories import UserFactory

    UserFactory(email="ana@example.org", preferred_language="es")
    client.post(
        "/es/accounts/signup/",
        {
            "email": "nueva@example.org",
            "password1": "una-Clave-larga-2026",
            "password2": "una-Clave-larga-2026",
            "preferred_language": "es",
        },
    )
    client.post("/es/accounts/password/reset/", {"email": "ana@example.org"})
    client.post("/es/accounts/password/reset/", {"email": "nadie@example.org"})
    client.post("/es/accounts/login/code/", {"email": "ana@example.org"})
    assert len(mail.outbox) >= 3
    assert all("correo" in message.body for message in mail.outbox)  # in Spanish
    for message in mail.outbox:
        assert offending(f"{message.subject}\n{message.body}") == [], message.subject
