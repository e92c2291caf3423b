"""The public certificate verification page, its print layout and its PDF: anyone with
the (unguessable) code can check it, as the person who shared it intends."""

import segno

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from pathways.certificate_pdf import certificate_pdf
from pathways.models import Certificate
from portal import navigation


def qr_svg(url):
    """The URL as an inline SVG QR code (the page shows the URL itself as its text)."""
    return segno.make(url, error="m").svg_inline(
        scale=4, svgclass="certificate-qr__code", title=gettext("QR code for this page")
    )


def find(code):
    return (
        Certificate.objects.filter(code=code.strip().upper())
        .only("code", "recipient_name", "pathway_title", "issued_at", "language")
        .first()
    )


def verify_url(request, certificate):
    """The verification page's address without a language (the reader's is chosen on
    arrival): what the QR code and the PDF carry."""
    return request.build_absolute_uri(certificate.get_verify_path())


def verify(request, code):
    certificate = find(code)
    if certificate is None:
        return render(
            request,
            "pathways/certificate_verify.html",
            {"certificate": None, "code": code},
            status=404,
        )
    url = verify_url(request, certificate)
    pdf_url = reverse("pathways:certificate_pdf", args=[certificate.code])
    context = {
        "certificate": certificate,
        "verify_url": url,
        "qr_svg": qr_svg(url),
        "pdf_url": pdf_url,
    }
    response = render(request, "pathways/certificate_verify.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


def pdf(request, code):
    """The certificate as a PDF file to download, in the certificate's language."""
    certificate = find(code)
    if certificate is None:
        raise Http404
    with translation.override(certificate.language or None):
        text = navigation.site_text(request)
    issuer = text.district_name or text.office_name
    content = certificate_pdf(certificate, verify_url(request, certificate), issuer)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    response["X-Robots-Tag"] = "noindex"
    return response
