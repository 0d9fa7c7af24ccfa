"""A team's workbook ("Arbeidsbok" / "Arbejdsbog"): every task of the cohort in programme
order, with its questions, the team's answer and its files, and whether it is done (the
rule of teamwork.progress), as .docx (with Word's headings) and as a tagged PDF (PDF/UA:
headings, language, reading order) with the programme, team, date and page numbers. A
member's own notes on tasks done alone are in their copy only."""

import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

import reportlab
from docx import Document

from django.http import Http404
from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from base.downloads import file_name, private_file
from programme.cohort_page.checklist import TaskTick

from .models import TeamAnswer
from .tasks import cohort_tasks, is_team_task

logger = logging.getLogger(__name__)

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
    done: bool = False
    files: list = field(default_factory=list)  # names of the saved version's files

    # What both the .docx and the PDF say about the entry, in the same words.
    @property
    def heading(self):
        return _("Your note") if self.kind == "note" else _("Our answer")

    @property
    def status(self):
        """The same words as the cohort page; none for notes nobody else reads."""
        if self.kind == "private":
            return None
        return _("Done") if self.done else _("Not done yet")

    @property
    def label(self):
        """What stands in place of the text where there is none to show."""
        if self.kind == "private":
            return _("Done individually: notes are private.")
        if not self.text.strip():
            return _("Not answered yet.")
        return None


@dataclass
class Part:
    heading: str
    entries: list


def contents(page, team, member):
    """[Part] per session: its module's tasks with the team's answers (and the member's notes)."""
    found = TeamAnswer.objects.filter(team=team).prefetch_related("files")
    answers = {answer.task_key: answer for answer in found}
    notes, ticked = {}, set()
    if member is not None:
        notes = dict(member.notes.values_list("task_key", "text"))
        ticks = TaskTick.objects.filter(user=member.user_id)
        ticked = set(ticks.values_list("task_key", flat=True))
    parts = []
    for part in cohort_tasks(page):
        date = formats.date_format(part.session.start, "j. F Y")
        entries = [entry_for(task, answers, notes, ticked, member) for task in part.tasks]
        parts.append(Part(f"{part.module.title} ({date})", entries))
    return parts


def entry_for(task, answers, notes, ticked, member):
    questions = [block.value for block in task.questions if block.block_type == "question"]
    key = task.translation_key
    entry = Entry(task.title, task.introduction, questions, "", "private")
    if is_team_task(task):
        answer = answers.get(key)
        entry.kind = "team"
        if answer is not None:
            entry.text, entry.done = answer.text, answer.done
            entry.files = [f.name for f in answer.current_files()]
    elif member is not None:
        entry.text, entry.kind, entry.done = notes.get(key, ""), "note", key in ticked
    return entry


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
            document.add_heading(entry.heading, level=3)
            if entry.status:
                document.add_paragraph(entry.status)
            for paragraph in (entry.label or entry.text).split("\n"):
                document.add_paragraph(paragraph)
            if entry.files:
                document.add_paragraph(_("Files") + ": " + ", ".join(entry.files))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


FONT_FOLDER = Path(reportlab.__file__).parent / "fonts"  # Unicode TTFs that ship with it
FONT = "Vera"  # certificates.pdf draws with the same font


def register_font():
    """Vera for reportlab's drawings (the certificates)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_FOLDER / "Vera.ttf"))
        pdfmetrics.registerFont(TTFont(f"{FONT}-Bold", FONT_FOLDER / "VeraBd.ttf"))


def warm_up():
    """Import WeasyPrint and lay out one page, as a server process starts (cms/wsgi.py).
    Without Pango on the machine the site still starts: only the PDF workbook fails."""
    try:
        from weasyprint import HTML

        HTML(string="<p>Samling</p>").write_pdf()
    except OSError:
        logger.exception("WeasyPrint cannot load Pango: workbooks cannot be made as PDF")


def as_pdf(title, parts, language, about):
    """A tagged PDF (PDF/UA-1) from the workbook's HTML: WeasyPrint writes the structure
    tree from the headings and lists, in reading order, with the document's language."""
    from weasyprint import HTML  # loads Pango: only when a workbook is made

    html = render_to_string(
        "teamwork/workbook_pdf.html",
        {
            "title": title,
            "parts": parts,
            "language": language,
            "about": about,
            "font_folder": FONT_FOLDER.as_uri(),
            "made": formats.date_format(timezone.localdate(), "j. F Y"),
        },
    )
    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")


def response(page, team, member, kind):
    if kind not in TYPES:
        raise Http404
    title = title_of(page, team)
    parts = contents(page, team, member)
    if kind == "docx":
        body = as_docx(title, parts)
    else:
        about = {"programme": page.get_parent().title, "cohort": page.title, "team": team}
        body = as_pdf(title, parts, page.locale.language_code, about)
    # TRANSLATORS: the start of a workbook's file name, in lower case
    name = file_name(_("workbook"), team.municipality, extension=kind)
    return private_file(body, name, TYPES[kind])
