"""A certificate as a PDF to keep and print: landscape Letter, in the certificate's
language, with the name, the pathway, the date, the district, and the verification code
and QR code (segno) that lead to its public verification page.

ReportLab draws it (pure Python). The text uses DejaVu Sans when the machine has it
(every name prints, whatever its alphabet), else Helvetica.
"""

from __future__ import annotations

import io
from pathlib import Path

import segno
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

GREEN, GOLD, INK = HexColor("#0b5c4b"), HexColor("#c99a12"), HexColor("#1d2733")
FONT_FILES = {
    "Certificate": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Certificate-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}


def fonts() -> tuple[str, str]:
    """(regular, bold) font names: DejaVu Sans if installed, else Helvetica."""
    if all(Path(path).exists() for path in FONT_FILES.values()):
        for name, path in FONT_FILES.items():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, path))
        return "Certificate", "Certificate-Bold"
    return "Helvetica", "Helvetica-Bold"


def _fit(pdf, text, font, size, width):
    """The largest size up to ``size`` at which ``text`` fits in ``width``."""
    while size > 10 and pdf.stringWidth(text, font, size) > width:
        size -= 1
    return size


def certificate_pdf(certificate, verify_url: str, issuer: str) -> bytes:
    """The PDF of ``certificate``; ``verify_url`` is its verification page, ``issuer`` the
    district (or office) that issues it."""
    regular, bold = fonts()
    buffer = io.BytesIO()
    width, height = landscape(letter)
    pdf = canvas.Canvas(buffer, pagesize=(width, height), pageCompression=0, invariant=1)
    with translation.override(certificate.language or "en"):
        title = _("Certificate of completion")
        pdf.setTitle(f"{title}: {certificate.pathway_title}")
        pdf.setAuthor(issuer)
        pdf.setSubject(f"{certificate.recipient_name} · {certificate.code}")
        # Frame: a green border and a thin gold one inside it.
        pdf.setStrokeColor(GREEN)
        pdf.setLineWidth(6)
        pdf.rect(24, 24, width - 48, height - 48)
        pdf.setStrokeColor(GOLD)
        pdf.setLineWidth(1.5)
        pdf.rect(36, 36, width - 72, height - 72)
        usable = width - 160
        center = width / 2
        pdf.setFillColor(GREEN)
        pdf.setFont(bold, 14)
        pdf.drawCentredString(center, height - 90, issuer)
        pdf.setFont(bold, 34)
        pdf.drawCentredString(center, height - 150, title)
        pdf.setFillColor(INK)
        pdf.setFont(regular, 15)
        pdf.drawCentredString(center, height - 200, _("This certifies that"))
        name = certificate.recipient_name or "—"
        pdf.setFont(bold, _fit(pdf, name, bold, 32, usable))
        pdf.drawCentredString(center, height - 250, name)
        pdf.setStrokeColor(GOLD)
        pdf.line(center - 200, height - 262, center + 200, height - 262)
        pdf.setFont(regular, 15)
        pdf.drawCentredString(center, height - 295, _("has completed the pathway"))
        pathway = certificate.pathway_title
        pdf.setFont(bold, _fit(pdf, pathway, bold, 22, usable))
        pdf.drawCentredString(center, height - 330, pathway)
        issued = formats.date_format(timezone.localtime(certificate.issued_at), "DATE_FORMAT")
        pdf.setFont(regular, 13)
        pdf.drawCentredString(center, height - 365, _("Issued on %(date)s") % {"date": issued})
        # Verification: the QR code at the bottom left, the code and address beside it.
        qr = io.BytesIO()
        segno.make(verify_url, error="m").save(qr, kind="png", scale=6, border=2)
        qr.seek(0)
        pdf.drawImage(ImageReader(qr), 60, 56, width=96, height=96)
        pdf.setFont(bold, 11)
        pdf.drawString(170, 120, _("Verification code: %(code)s") % {"code": certificate.code})
        pdf.setFont(regular, 10)
        pdf.drawString(170, 102, _("Check this certificate at:"))
        pdf.setFillColor(GREEN)
        pdf.drawString(170, 88, verify_url)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
