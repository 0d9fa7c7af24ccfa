"""A team's workbook ("Arbeidsbok" / "Arbejdsbog"): every task of the cohort in programme
order, with its questions and the team's answer, as .docx and as PDF. A member's own
notes on tasks done alone are in their copy only."""

import io
from dataclasses import dataclass
from pathlib import Path

import reportlab
from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer

from django.http import Http404
from django.utils import formats
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from base.downloads import private_file

from .models import PersonalNote, TeamAnswer
from .tasks import cohort_tasks, is_team_task

TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


@dataclass
class Entry:
    title: str
    introduction: str
    questions: list
    text: str
    kind: str  # "team", "note" or "private"


@dataclass
class Part:
    heading: str
    entries: list


def contents(page, team, member):
    """[Part] per session: its module's tasks with the team's answers (and the member's notes)."""
    answers = dict(TeamAnswer.objects.filter(team=team).values_list("task_key", "text"))
    notes = {}
    if member is not None:
        notes = dict(PersonalNote.objects.filter(membership=member).values_list("task_key", "text"))
    parts = []
    for part in cohort_tasks(page):
        date = formats.date_format(part.session.start, "j. F Y")
        entries = [entry_for(task, answers, notes, member) for task in part.tasks]
        parts.append(Part(f"{part.module.title} ({date})", entries))
    return parts


def entry_for(task, answers, notes, member):
    questions = [block.value for block in task.questions if block.block_type == "question"]
    if is_team_task(task):
        text, kind = answers.get(task.translation_key, ""), "team"
    else:
        text, kind = notes.get(task.translation_key, ""), "note" if member else "private"
    return Entry(task.title, task.introduction, questions, text, kind)


def labels(entry):
    if entry.kind == "private":
        return _("Done individually: notes are private.")
    if not entry.text.strip():
        return _("Not answered yet.")
    return None


def title_of(page, team):
    return _("Workbook – %(team)s – %(cohort)s") % {"team": team.municipality, "cohort": page.title}


def as_docx(title, parts):
    document = Document()
    document.core_properties.title = title
    document.add_heading(title, level=0)
    for part in parts:
        document.add_heading(part.heading, level=1)
        for entry in part.entries:
            document.add_heading(entry.title, level=2)
            if entry.introduction:
                document.add_paragraph(entry.introduction)
            for question in entry.questions:
                document.add_paragraph(question, style="List Bullet")
            document.add_heading(heading_of(entry), level=3)
            for paragraph in (labels(entry) or entry.text).split("\n"):
                document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def heading_of(entry):
    return _("Your note") if entry.kind == "note" else _("Our answer")


FONT = "Vera"


def register_font():
    if FONT not in pdfmetrics.getRegisteredFontNames():
        folder = Path(reportlab.__file__).parent / "fonts"  # Unicode TTFs that ship with it
        pdfmetrics.registerFont(TTFont(FONT, folder / "Vera.ttf"))
        pdfmetrics.registerFont(TTFont(f"{FONT}-Bold", folder / "VeraBd.ttf"))


def as_pdf(title, parts, language):
    register_font()
    styles = getSampleStyleSheet()
    for name in ("Title", "Heading1", "Heading2", "Heading3"):
        styles[name].fontName = f"{FONT}-Bold"
    styles["BodyText"].fontName = FONT
    story = [Paragraph(escape(title), styles["Title"])]
    for part in parts:
        story.append(Paragraph(escape(part.heading), styles["Heading1"]))
        for entry in part.entries:
            story += pdf_entry(entry, styles)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=title, lang=language).build(story)
    return buffer.getvalue()


def pdf_entry(entry, styles):
    body = styles["BodyText"]
    flow = [Paragraph(escape(entry.title), styles["Heading2"])]
    if entry.introduction:
        flow.append(Paragraph(escape(entry.introduction), body))
    if entry.questions:
        items = [Paragraph(escape(q), body) for q in entry.questions]
        flow.append(ListFlowable(items, bulletType="bullet", bulletFontName=FONT))
    flow.append(Paragraph(escape(heading_of(entry)), styles["Heading3"]))
    text = labels(entry) or entry.text
    flow += [Paragraph(escape(line), body) for line in text.split("\n") if line.strip()]
    flow.append(Spacer(1, 8))
    return flow


def response(page, team, member, kind):
    if kind not in TYPES:
        raise Http404
    title = title_of(page, team)
    parts = contents(page, team, member)
    language = page.locale.language_code
    body = as_docx(title, parts) if kind == "docx" else as_pdf(title, parts, language)
    name = slugify(f"{_('workbook')}-{team.municipality}") or "workbook"
    return private_file(body, f"{name}.{kind}", TYPES[kind])
