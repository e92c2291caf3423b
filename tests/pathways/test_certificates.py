"""The public certificate verification page."""

import pytest

from tests.factories import UserFactory
from tests.factories.records import CertificateFactory, EnrollmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(site_tree):
    person = UserFactory(email="ana@example.org", first_name="Ana", last_name="López")
    enrollment = EnrollmentFactory(user=person, pathway_title="Reading at home")
    return CertificateFactory(
        enrollment=enrollment, code="ABCD23456789", recipient_name="Ana López"
    )


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_valid_certificate_shows_name_pathway_date_district_and_qr(client, certificate, language):
    response = client.get(f"/{language}/verify/{certificate.code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ana López" in html
    assert "Reading at home" in html
    assert certificate.code in html
    assert "<svg" in html and "certificate-qr__code" in html
    # The QR's text alternative: the (language-agnostic) URL itself, shown and linked.
    assert f"http://testserver/verify/{certificate.code}/</a>" in html
    assert response["X-Robots-Tag"] == "noindex"


def test_district_name_is_shown(client, certificate):
    from django.test import RequestFactory

    from portal import navigation

    request = RequestFactory().get("/en/")
    text = navigation.site_text(request)
    name = text.district_name or text.office_name
    assert name
    assert name in client.get(f"/en/verify/{certificate.code}/").content.decode()


def test_no_other_personal_data(client, certificate):
    html = client.get(f"/en/verify/{certificate.code}/").content.decode()
    assert "ana@example.org" not in html
    assert str(certificate.enrollment.learner_key) not in html


def test_blank_recipient_name_shows_no_awarded_to(client, certificate):
    certificate.recipient_name = ""
    certificate.save()
    html = client.get(f"/en/verify/{certificate.code}/").content.decode()
    assert "Awarded to" not in html
    assert "Reading at home" in html


def test_lowercase_code_still_verifies(client, certificate):
    assert client.get(f"/en/verify/{certificate.code.lower()}/").status_code == 200


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_unknown_code_is_a_clear_404(client, site_tree, language):
    response = client.get(f"/{language}/verify/NOPE23456789/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "NOPE23456789" in html
    assert "certificate-qr__code" not in html
    if language == "en":
        assert "Certificate not found" in html


@pytest.mark.parametrize(
    ("accept", "expected"), [("en", "/en/"), ("es", "/es/")], ids=["english", "spanish"]
)
def test_language_agnostic_path_redirects_to_visitors_language(
    client, certificate, accept, expected
):
    path = certificate.get_verify_path()
    assert path == f"/verify/{certificate.code}/"
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == f"{expected}verify/{certificate.code}/"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("language", ["en", "es"], ids=["en", "es"])
def test_the_certificate_prints_and_downloads_as_a_pdf(client, certificate, language):
    html = client.get(f"/{language}/verify/{certificate.code}/").content.decode()
    pdf_path = {
        "en": "/en/verify/ABCD23456789/certificate.pdf",
        "es": "/es/verificar/ABCD23456789/certificado.pdf",
    }[language]
    assert f'href="{pdf_path}"' in html
    assert 'class="certificate-sheet"' in html  # the layout print.css prints
    response = client.get(pdf_path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    content = response.content
    assert content.startswith(b"%PDF-")
    # The QR code and the verification address are drawn in the file.
    assert b"/Subtype /Image" in content
    assert b"/verify/ABCD23456789/" in content or b"ABCD23456789" in content


def test_the_pdf_is_in_the_certificates_language_with_the_name(certificate):
    from pathways.certificate_pdf import certificate_pdf

    certificate.language = "es"
    content = certificate_pdf(certificate, "http://testserver/verify/ABCD23456789/", "Valle")
    # The file's own title and subject (its text is drawn in an embedded font).
    assert b"/Title (Certificado de finalizaci" in content
    assert b"/Subject (Ana L" in content and b"ABCD23456789)" in content


def test_an_unknown_code_has_no_pdf(client, certificate):
    assert client.get("/en/verify/NOPE23456789/certificate.pdf").status_code == 404
