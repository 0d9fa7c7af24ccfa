"""Real office documents for the demo tools, made with python-docx, openpyxl and reportlab.

Each builder takes a title, a short introduction and rows of (heading, text) pairs, and
returns the file's bytes, so a tool's template is a document a leader can open and use.
"""

from io import BytesIO

from docx import Document as WordDocument
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table


def docx_bytes(title, intro, rows):
    document = WordDocument()
    document.core_properties.title = title
    document.add_heading(title, level=1)
    document.add_paragraph(intro)
    for heading, text in rows:
        document.add_heading(heading, level=2)
        document.add_paragraph(text)
        document.add_paragraph("…" * 3)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(title, intro, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = intro
    sheet.append([])
    sheet.append(["", "", ""])
    for heading, text in rows:
        sheet.append([heading, text, ""])
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["C"].width = 30
    workbook.properties.title = title
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def pdf_bytes(title, intro, rows):
    buffer = BytesIO()
    styles = getSampleStyleSheet()
    story = [Paragraph(title, styles["Title"]), Paragraph(intro, styles["BodyText"]), Spacer(1, 12)]
    story.append(
        Table(
            [[heading, Paragraph(text, styles["BodyText"])] for heading, text in rows],
            colWidths=[140, 330],
            style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, "#999999")],
        )
    )
    SimpleDocTemplate(buffer, pagesize=A4, title=title).build(story)
    return buffer.getvalue()


BUILDERS = {"docx": docx_bytes, "xlsx": xlsx_bytes, "pdf": pdf_bytes}
