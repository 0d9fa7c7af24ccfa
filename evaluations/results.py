"""Results per session and for the whole cohort: counts, means and the free texts.

Below `EVALUATION_MIN_ANSWERS` answers a result is not shown, so that in a small
cohort nobody's answer can be picked out; answers come in groups of that size
(evaluations.anonymity), and those still held are counted, never shown.
"""

import io
from dataclasses import dataclass, field

from openpyxl import Workbook

from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext as _

from editorial.csv_exports import neutralise

from .anonymity import held_counts
from .models import EvaluationResponse

CHART_WIDTH = 400  # the bar for 5 of 5, in the chart's units


@dataclass
class ScaleResult:
    number: int
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
        return round((self.mean or 0) / 5 * CHART_WIDTH)


@dataclass
class Result:
    label: str
    answers: int
    held: int = 0
    scales: list = field(default_factory=list)
    texts: list = field(default_factory=list)  # [(question, [answer])]

    @property
    def shown(self):
        return self.answers >= settings.EVALUATION_MIN_ANSWERS

    @property
    def chart_height(self):
        return 30 * len(self.scales) + 30


def summarise(label, responses, questions, held=0):
    result = Result(label, len(responses), held)
    for number, question in enumerate(questions, 1):
        values = [r.answers.get(question.key) for r in responses]
        if question.kind == "scale":
            counts = [sum(v == n for v in values) for n in range(1, 6)]
            result.scales.append(
                ScaleResult(number, question.text, counts, question.low, question.high)
            )
        else:
            result.texts.append((question.text, sorted(v for v in values if isinstance(v, str))))
    return result


def results(cohort, sessions, questions):
    """[Result] per session that has answers, then the whole cohort's."""
    responses = list(EvaluationResponse.objects.filter(cohort=cohort))
    by_session = {}
    for response in responses:
        by_session.setdefault(response.session, []).append(response)
    held = held_counts(cohort)
    found, pooled = [], []
    for session in sessions:
        if session.uid in by_session or session.uid in held:
            label = formats.date_format(session.start, "j. F Y")
            answers = by_session.get(session.uid, [])
            found.append(summarise(label, answers, questions, held.get(session.uid, 0)))
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
    texts.append([_("Session"), _("Question"), _("Answer")])
    for result in found:
        if not result.shown:
            continue
        for scale in result.scales:
            mean = round(scale.mean, 2) if scale.mean is not None else ""
            sheet.append(
                [result.label, neutralise(scale.text), scale.answered, mean, *scale.counts]
            )
        for question, answers in result.texts:
            for answer in answers:
                texts.append([result.label, neutralise(question), neutralise(answer)])
    for each in (sheet, texts):
        each.column_dimensions["A"].width = 18
        each.column_dimensions["B"].width = 50
    texts.column_dimensions["C"].width = 80
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
