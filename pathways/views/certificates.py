"""The public certificate verification page: anyone with the code can check it."""

import segno

from django.shortcuts import render
from django.utils.translation import gettext

from pathways.models import Certificate


def qr_svg(url):
    """The URL as an inline SVG QR code (the page shows the URL itself as its text)."""
    return segno.make(url, error="m").svg_inline(
        scale=4, svgclass="certificate-qr__code", title=gettext("QR code for this page")
    )


def verify(request, code):
    certificate = (
        Certificate.objects.filter(code=code.strip().upper())
        .only("code", "recipient_name", "pathway_title", "issued_at")
        .first()
    )
    if certificate is None:
        return render(
            request,
            "pathways/certificate_verify.html",
            {"certificate": None, "code": code},
            status=404,
        )
    url = request.build_absolute_uri(certificate.get_verify_path())
    context = {"certificate": certificate, "verify_url": url, "qr_svg": qr_svg(url)}
    response = render(request, "pathways/certificate_verify.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
