"""A certificate as an A4 PDF in its own language, with the address that verifies it."""

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from django.utils import formats, translation
from django.utils.html import escape
from django.utils.translation import gettext as _

from teamwork.workbook import FONT, register_font


def styles():
    register_font()
    found = getSampleStyleSheet()
    for name in ("Title", "Heading2"):
        found[name].fontName = f"{FONT}-Bold"
    found["BodyText"].fontName = FONT
    found["BodyText"].fontSize = 11
    found["BodyText"].leading = 15
    return found


def day(iso):
    return formats.date_format(date.fromisoformat(iso), "j. F Y")


def as_pdf(certificate, verify_url):
    with translation.override(certificate.language):
        sheet = styles()
        body = sheet["BodyText"]
        title = _("Certificate of participation")
        story = [
            Paragraph(escape(title), sheet["Title"]),
            Spacer(1, 10 * mm),
            Paragraph(escape(certificate.name), sheet["Heading2"]),
            Paragraph(
                escape(
                    _("has taken part in %(programme)s, %(cohort)s.")
                    % {"programme": certificate.programme, "cohort": certificate.cohort_title}
                ),
                body,
            ),
            Spacer(1, 6 * mm),
            Paragraph(escape(_("Sessions attended")), sheet["Heading2"]),
        ]
        for iso, module in certificate.sessions:
            line = f"{day(iso)}: {module}" if module else day(iso)
            story.append(Paragraph(escape(line), body))
        if certificate.facilitators:
            story += [
                Spacer(1, 6 * mm),
                Paragraph(escape(_("Facilitators")), sheet["Heading2"]),
                Paragraph(escape(", ".join(certificate.facilitators)), body),
            ]
        issued = formats.date_format(certificate.issued_at, "j. F Y")
        story += [
            Spacer(1, 12 * mm),
            Paragraph(escape(_("Issued %(date)s.") % {"date": issued}), body),
            Paragraph(escape(_("Check that it is genuine at %(url)s") % {"url": verify_url}), body),
            Paragraph(escape(_("Code: %(code)s") % {"code": certificate.code}), body),
        ]
        buffer = io.BytesIO()
        SimpleDocTemplate(
            buffer,
            pagesize=A4,
            title=f"{title}: {certificate.name}",
            author=certificate.cohort_title,
            lang=certificate.language,
        ).build(story)
    return buffer.getvalue()
