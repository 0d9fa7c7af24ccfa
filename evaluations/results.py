"""Results per session and for the whole cohort: counts, means and the free texts.

Below `EVALUATION_MIN_ANSWERS` answers a result is not shown, so that in a small
cohort nobody's answer can be picked out; answers come in groups of that size
(evaluations.anonymity), and those still held are counted, never shown.
"""

import io
from collections import Counter
from dataclasses import dataclass, field

from openpyxl import Workbook

from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext as _

from editorial.csv_exports import neutralise

from .anonymity import held_counts
from .models import EvaluationResponse


@dataclass
class ScaleResult:
    text: str
    counts: list  # answers of 1..5
    low: str
    high: str

    @property
    def answered(self):
        return sum(self.counts)

    @property
    def mean(self):
        if not self.answered:
            return None
        return sum(n * c for n, c in enumerate(self.counts, 1)) / self.answered

    @property
    def bar(self):
        """The bar's length in per cent of the scale, which starts at 1, not 0."""
        return round(((self.mean or 1) - 1) / 4 * 100, 1)


@dataclass
class Result:
    label: str
    answers: int
    held: int = 0
    scales: list = field(default_factory=list)
    texts: list = field(default_factory=list)  # [(question, [(answer, how many wrote it)])]
    possible: int | None = None  # members who could answer (not recorded absent)

    @property
    def counted(self):
        """Answers, including those held back for anonymity: the response rate's."""
        return self.answers + self.held

    @property
    def shown(self):
        return self.answers >= settings.EVALUATION_MIN_ANSWERS


def grouped(values):
    """[(answer, count)]: the same answer (case, spaces and a last full stop aside) once,
    with how many wrote it, the most written first."""
    counts, shown = Counter(), {}
    for value in values:  # in no particular order (evaluations.anonymity)
        key = " ".join(value.split()).rstrip(".!").casefold()
        counts[key] += 1
        shown[key] = min(shown.get(key, value.strip()), value.strip())  # the same each time
    return sorted(((shown[k], n) for k, n in counts.items()), key=lambda a: (-a[1], a[0]))


def summarise(label, responses, questions, held=0, possible=None):
    result = Result(label, len(responses), held, possible=possible)
    for question in questions:
        values = [r.answers.get(question.key) for r in responses]
        if question.kind == "scale":
            counts = [sum(v == n for v in values) for n in range(1, 6)]
            result.scales.append(ScaleResult(question.text, counts, question.low, question.high))
        else:
            answers = [v for v in values if isinstance(v, str) and v.strip()]
            result.texts.append((question.text, grouped(answers)))
    return result


def session_label(session):
    """ "Module 2: Leading change – 12 March 2026", the module in the screen's language."""
    day = formats.date_format(session.start, "j. F Y")
    module = session.module.localized if session.module else None
    return f"{module.title} – {day}" if module else day


def results(cohort, sessions, questions, possible=None):
    """[Result] per session that has answers, then the whole cohort's; `possible` is
    {session uid: members who could answer}."""
    possible = possible or {}
    responses = list(EvaluationResponse.objects.filter(cohort=cohort))
    by_session = {}
    for response in responses:
        by_session.setdefault(response.session, []).append(response)
    held = held_counts(cohort)
    found, pooled = [], []
    for session in sessions:
        if session.uid in by_session or session.uid in held:
            answers = by_session.get(session.uid, [])
            kept = held.get(session.uid, 0)
            found.append(
                summarise(
                    session_label(session), answers, questions, kept, possible.get(session.uid)
                )
            )
            if found[-1].shown:  # a session too few answered stays hidden in the total too
                pooled += by_session[session.uid]
    if len(found) > 1:
        found.append(summarise(_("All sessions"), pooled, questions))
    return found


def workbook(found):
    """The shown results as .xlsx: the scales, then the free texts."""
    book = Workbook()
    sheet = book.active
    sheet.title = _("Scales")[:31]
    sheet.append([_("Session"), _("Question"), _("Answers"), _("Mean"), "1", "2", "3", "4", "5"])
    texts = book.create_sheet(_("Free text")[:31])
    texts.append([_("Session"), _("Question"), _("Answer"), _("How many")])
    for result in found:
        if not result.shown:
            continue
        for scale in result.scales:
            mean = round(scale.mean, 2) if scale.mean is not None else ""
            sheet.append(
                [result.label, neutralise(scale.text), scale.answered, mean, *scale.counts]
            )
        for question, answers in result.texts:
            for answer, count in answers:
                texts.append([result.label, neutralise(question), neutralise(answer), count])
    for each in (sheet, texts):
        each.column_dimensions["A"].width = 18
        each.column_dimensions["B"].width = 50
    texts.column_dimensions["C"].width = 80
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
